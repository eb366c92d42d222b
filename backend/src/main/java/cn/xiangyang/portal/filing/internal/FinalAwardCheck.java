package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.calculators.Citation;
import cn.xiangyang.portal.calculators.FinalAward;
import cn.xiangyang.portal.calculators.LocalFigures;
import cn.xiangyang.portal.filing.internal.CheckResult.Outcome;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Whether the award on each claim may be final (劳动争议调解仲裁法 第四十七条; 解释（一） 第十九、二十条). The
 * threshold applies to the amount the award fixes, not the amount claimed, and the area's tier may be
 * unknown: so a money claim is never told "不是终局" on a guess, only "可能属于终局裁决" or "超过 … 时不是终局".
 */
@Component
@Order(80)
class FinalAwardCheck implements EligibilityCheck {

  private static final List<Citation> CITED = List.of(
      Citation.arbitrationLaw(47), Citation.spcInterpretation(19), Citation.spcInterpretation(20));

  private final LocalFigures figures;

  FinalAwardCheck(LocalFigures figures) {
    this.figures = figures;
  }

  @Override
  public Mono<List<CheckResult>> check(Facts facts) {
    List<ApplicationForm.Claim> claims = facts.claims();
    if (claims.isEmpty()) {
      return Mono.just(List.of(result("暂无请求可判断", "填写仲裁请求后，可以提示裁决是否可能为终局裁决。")));
    }
    String area = area(facts);
    if (area == null) {
      return Mono.just(List.of(result(
          "可能属于终局裁决", perClaim(claims, null) + "当地月最低工资标准要按工作地点确定，请先选择工作地点所在区域。" + closing())));
    }
    return figures
        .minimumWage(area, facts.today())
        .map(wage -> List.of(
            result(title(claims, wage), describe(wage) + perClaim(claims, wage) + closing())))
        .defaultIfEmpty(List.of(result(
            "可能属于终局裁决",
            perClaim(claims, null) + "系统中没有当前适用的最低工资标准，无法给出金额标准，请咨询仲裁机构或拨打 12333。" + closing())));
  }

  private static @Nullable String area(Facts facts) {
    ApplicationForm.Employment e = facts.employment();
    if (e != null
        && e.workAreaCode() != null
        && facts.places().areaNames().containsKey(e.workAreaCode())) {
      return e.workAreaCode();
    }
    return facts.form().respondentsOrEmpty().stream()
        .map(ApplicationForm.Respondent::areaCode)
        .filter(c -> c != null && facts.places().areaNames().containsKey(c))
        .findFirst()
        .orElse(null);
  }

  private static String describe(LocalFigures.AreaMinimumWage wage) {
    BigDecimal threshold = FinalAward.threshold(wage.monthly());
    if (wage.tierKnown()) {
      return wage.areaName() + "执行第" + wage.tier() + "档月最低工资 " + wage.monthly().toPlainString()
          + " 元（" + wage.source() + "，" + wage.effective() + "起执行），12 个月为 "
          + threshold.toPlainString() + " 元。";
    }
    return "尚未核实" + wage.areaName() + "属于哪一档最低工资，最低一档月最低工资 " + wage.monthly().toPlainString()
        + " 元，12 个月为 " + threshold.toPlainString() + " 元，实际标准可能更高，以官方文件或 12333 为准。";
  }

  private static String perClaim(
      List<ApplicationForm.Claim> claims, LocalFigures.@Nullable AreaMinimumWage wage) {
    StringBuilder text = new StringBuilder();
    BigDecimal threshold = wage == null ? null : FinalAward.threshold(wage.monthly());
    for (ApplicationForm.Claim c : claims) {
      text.append("“").append(c.type().label()).append("”：");
      FinalAward.Category category = c.type().finalAwardCategory();
      BigDecimal amount = c.amount();
      switch (category) {
        case OTHER -> text.append("不属于终局裁决的范围。");
        // 劳动争议调解仲裁法 第四十七条第二项: disputes over national labor standards (working time, leave, social
        // insurance).
        case LABOR_STANDARDS -> text.append("属于执行工作时间、休息休假、社会保险等国家劳动标准的争议，可能属于终局裁决。");
        case NON_COMPETE_COMPENSATION -> text.append("竞业限制经济补偿是否属于终局裁决，各地认识不一，可能属于终局裁决，以裁决书载明的为准。");
        default -> {
          if (amount == null || amount.signum() == 0) {
            text.append("金额未填写，可能属于终局裁决。");
          } else if (threshold != null && amount.compareTo(threshold) <= 0) {
            text.append("金额未超过标准，可能属于终局裁决。");
          } else if (threshold != null && wage.tierKnown()) {
            text.append("请求金额超过 ")
                .append(threshold.toPlainString())
                .append(" 元；裁决确定的数额超过这个标准时不是终局裁决，在此以内的仍属于终局裁决。");
          } else {
            text.append("可能属于终局裁决（是否超过标准取决于当地档次和裁决确定的数额）。");
          }
        }
      }
    }
    return text.toString();
  }

  private static String title(
      List<ApplicationForm.Claim> claims, LocalFigures.AreaMinimumWage wage) {
    boolean allOther =
        claims.stream().allMatch(c -> c.type().finalAwardCategory() == FinalAward.Category.OTHER);
    return allOther ? "请求不属于终局裁决的范围" : "部分或全部请求可能属于终局裁决";
  }

  private static String closing() {
    return "是否终局以裁决确定的每一项数额为准；同一裁决既有终局又有非终局事项、当事人起诉的，按非终局裁决处理。终局裁决作出即生效，"
        + "劳动者不服仍可在 15 日内起诉，用人单位只能在法定情形下申请撤销。";
  }

  private static CheckResult result(String title, String explanation) {
    return new CheckResult(
        "FINAL_AWARD", Outcome.INFO, title, explanation, CITED.getFirst(), CITED);
  }
}
