package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.calculators.Citation;
import cn.xiangyang.portal.filing.ClaimType;
import cn.xiangyang.portal.filing.internal.CheckResult.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * 受案范围: whether the dispute is a labor dispute the commission hears, from plain answers, with the right
 * place to go when it is not.
 */
@Component
@Order(20)
class ScopeCheck implements EligibilityCheck {

  private static final Pattern INJURY_DECISION =
      Pattern.compile("工伤认定|认定工伤|伤残等级|劳动能力鉴定|职业病诊断|鉴定结论");
  private static final Pattern INSURANCE_AGENCY =
      Pattern.compile("社保局|社会保险经办|经办机构|医保局|发放.{0,6}(养老金|社会保险金)");
  private static final Pattern BACK_CONTRIBUTIONS = Pattern.compile("补缴|补交|缴纳社保|缴纳社会保险|交社保");

  @Override
  public Mono<List<CheckResult>> check(Facts facts) {
    List<CheckResult> results = new ArrayList<>();
    ApplicationForm.Employment e = facts.employment();
    // 最高人民法院关于审理劳动争议案件适用法律问题的解释（一） 第二条: disputes that are not labor disputes.
    Citation notLaborDispute = Citation.spcInterpretation(2);
    if (e != null && e.employerKind() != null) {
      switch (e.employerKind()) {
        case HOUSEHOLD ->
          results.add(outside(
              "家庭或者个人雇请的家政服务人员（保姆、钟点工等）与雇主之间的纠纷不属于劳动争议，仲裁委员会不受理；" + "可以协商、找人民调解委员会调解，或者直接向人民法院起诉。",
              notLaborDispute));
        case CRAFTSMAN ->
          results.add(
              outside("个体工匠与其帮工、学徒之间的纠纷不属于劳动争议，仲裁委员会不受理；可以协商、申请人民调解，或者向人民法院起诉。", notLaborDispute));
        case RURAL_CONTRACTOR ->
          results.add(outside(
              "农村承包经营户与其雇请的人之间的纠纷不属于劳动争议，仲裁委员会不受理；可以协商、申请人民调解，或者向人民法院起诉。", notLaborDispute));
        case UNLICENSED_BOSS, ORGANISATION -> {}
      }
    }
    if (e != null && Boolean.TRUE.equals(e.retiredWithPension())) {
      // 解释（一） 第三十二条: with people already drawing a pension the relationship is treated as 劳务关系.
      results.add(new CheckResult(
          "SCOPE",
          Outcome.PROBLEM,
          "已领取养老金的人员，一般按劳务关系处理",
          "已经依法享受养老保险待遇或者领取退休金的人员与用人单位发生用工争议的，按劳务关系处理，通常不属于劳动争议仲裁的范围，"
              + "可以直接向人民法院起诉（劳务合同纠纷）。如果您还没有领取养老金（例如未达到退休年龄或没有办理退休），请把这一项改为“否”。",
          Citation.spcInterpretation(32)));
    }
    for (ApplicationForm.Claim c : facts.claims()) {
      String text = c.description() == null ? "" : c.description();
      if (c.type() == ClaimType.SOCIAL_INSURANCE
          && (BACK_CONTRIBUTIONS.matcher(text).find() || text.isBlank())) {
        // 社会保险法 第六十三条、第八十六条: unpaid contributions are collected by the collection agency.
        results.add(new CheckResult(
            "SCOPE",
            Outcome.WARNING,
            "要求补缴社会保险费，应向社会保险费征收机构投诉",
            "单位未按时足额缴纳社会保险费的，由社会保险费征收机构（目前是税务部门）责令限期缴纳或者补足，并加收滞纳金，"
                + "这类请求一般不作为劳动争议受理，请向征收机构或劳动保障监察投诉。因单位没有缴纳而使您无法享受的社会保险待遇（例如失业金、医疗费损失），"
                + "可以作为“赔偿社会保险待遇损失”申请仲裁：请在请求说明中写明损失是什么。",
            Citation.socialInsuranceLaw(63),
            List.of(Citation.socialInsuranceLaw(63), Citation.socialInsuranceLaw(86))));
      }
      if (INJURY_DECISION.matcher(text).find()) {
        results.add(new CheckResult(
            "SCOPE",
            Outcome.PROBLEM,
            "对工伤认定或鉴定结论的异议不在仲裁范围内",
            "对工伤认定决定（或不予受理的决定）不服的，可以申请行政复议或者提起行政诉讼（工伤保险条例第五十五条）；"
                + "对劳动能力（伤残等级）鉴定结论不服的，可以在收到结论之日起15日内向省级劳动能力鉴定委员会申请再次鉴定（第二十六条）。"
                + "对伤残等级或职业病诊断鉴定结论的异议不属于劳动争议（解释（一）第二条第三项）；工伤认定是行政机关的决定，对它的异议也不由仲裁处理。工伤认定之后的工伤待遇争议，可以申请仲裁。",
            Citation.workInjuryRegulation(55),
            List.of(
                Citation.workInjuryRegulation(55),
                Citation.workInjuryRegulation(26),
                notLaborDispute)));
      }
      if (INSURANCE_AGENCY.matcher(text).find()) {
        results.add(new CheckResult(
            "SCOPE",
            Outcome.PROBLEM,
            "针对社会保险经办机构的请求不在仲裁范围内",
            "请求社会保险经办机构发放社会保险金的纠纷不属于劳动争议（解释（一）第二条第一项），" + "请向经办机构提出，对其决定不服的，可以依法申请行政复议或者提起行政诉讼。",
            notLaborDispute));
      }
    }
    if (!results.isEmpty()) {
      return Mono.just(results);
    }
    Citation scope = Citation.arbitrationLaw(2);
    if (e == null || e.employerKind() == null) {
      return Mono.just(List.of(new CheckResult(
          "SCOPE",
          Outcome.INFO,
          "请回答雇用您的是谁",
          "家政服务、个体工匠的帮工学徒、农村承包经营户雇请的人、已领取养老金的人员，发生的纠纷一般不由劳动争议仲裁委员会处理。"
              + "请在“劳动关系”一步回答雇用您的是谁、是否已领取养老金，以便判断。",
          scope)));
    }
    return Mono.just(List.of(new CheckResult(
        "SCOPE",
        Outcome.OK,
        "按您的回答，属于劳动争议仲裁的受理范围",
        "用人单位与劳动者之间因劳动关系、劳动合同、劳动报酬、工伤医疗费、经济补偿或者赔偿金等发生的争议，由劳动争议仲裁委员会处理。"
            + (e.employerKind() == ApplicationForm.EmployerKind.UNLICENSED_BOSS
                ? "没有营业执照的老板，同样可以作为被申请人（见“被申请人”一项）。"
                : ""),
        scope)));
  }

  private static CheckResult outside(String explanation, Citation citation) {
    return new CheckResult("SCOPE", Outcome.PROBLEM, "按您的回答，这不属于劳动争议", explanation, citation);
  }
}
