package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.calculators.Citation;
import cn.xiangyang.portal.calculators.FinalAward;
import cn.xiangyang.portal.calculators.Jurisdiction;
import cn.xiangyang.portal.calculators.LimitationPeriod;
import cn.xiangyang.portal.calculators.LocalFigures;
import cn.xiangyang.portal.filing.ClaimType;
import cn.xiangyang.portal.filing.internal.CheckResult.Outcome;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The checks a worker sees before submitting; each cites its rule and explains itself in Chinese. */
@Component
class EligibilityChecks {

  private final LimitationPeriod limitation;
  private final LocalFigures figures;
  private final Clock clock;

  EligibilityChecks(LimitationPeriod limitation, LocalFigures figures, Clock clock) {
    this.limitation = limitation;
    this.figures = figures;
    this.clock = clock;
  }

  /** Reference data the checks need. */
  record Places(Map<String, String> areaCommissions, Map<String, String> areaNames, Map<String, String> commissionNames) {}

  Mono<List<CheckResult>> run(ApplicationForm form, int evidenceCount, Places places) {
    List<CheckResult> results = new ArrayList<>();
    results.add(requiredElements(form, evidenceCount));
    results.addAll(limitation(form));
    results.add(jurisdiction(form, places));
    return finalAward(form, places)
        .map(
            award -> {
              results.add(award);
              results.add(fastTrack(form));
              return List.copyOf(results);
            });
  }

  /** What a 补正 notice would ask for, as one list; empty when the application is complete. */
  static List<String> missingElements(ApplicationForm form, int evidenceCount) {
    // 劳动争议调解仲裁法 第二十八条: the contents an application must state.
    List<String> missing = new ArrayList<>();
    ApplicationForm.Applicant applicant = form.applicant();
    if (applicant == null || blank(applicant.address())) {
      missing.add("申请人的住所（经常居住地）");
    }
    if (form.respondentsOrEmpty().isEmpty()) {
      missing.add("被申请人（用人单位）");
    }
    int n = 0;
    for (ApplicationForm.Respondent r : form.respondentsOrEmpty()) {
      n++;
      String who = form.respondentsOrEmpty().size() > 1 ? "第 " + n + " 个被申请人的" : "被申请人的";
      if (blank(r.name())) {
        missing.add(who + "名称");
      }
      if (blank(r.address())) {
        missing.add(who + "住所（注册地或经营地址）");
      }
      if (blank(r.legalRepresentative())) {
        missing.add(who + "法定代表人或者主要负责人的姓名");
      }
      if (blank(r.creditCode())) {
        missing.add(who + "统一社会信用代码（可在营业执照或“国家企业信用信息公示系统”查到）");
      }
    }
    ApplicationForm.Employment e = form.employment();
    if (e == null || e.startDate() == null) {
      missing.add("入职时间");
    }
    if (e == null || blank(e.workAreaCode())) {
      missing.add("工作地点所在区域（用于确定由哪个仲裁委员会受理）");
    }
    if (form.claimsOrEmpty().isEmpty()) {
      missing.add("至少一项仲裁请求");
    }
    n = 0;
    for (ApplicationForm.Claim c : form.claimsOrEmpty()) {
      n++;
      if (c.type() != null && c.type().moneyClaim() && (c.amount() == null || c.amount().signum() == 0)) {
        missing.add("第 " + n + " 项请求（" + c.type().label() + "）的金额");
      }
      if (c.type() == ClaimType.OTHER && blank(c.description())) {
        missing.add("第 " + n + " 项“其他请求”的具体内容");
      }
    }
    if (blank(form.factsAndReasons())) {
      missing.add("事实和理由");
    }
    if (evidenceCount == 0 && blank(form.evidenceNotes())) {
      missing.add("证据和证据来源（上传材料，或写明证据、证人姓名和住所）");
    }
    return missing;
  }

  private CheckResult requiredElements(ApplicationForm form, int evidenceCount) {
    List<String> missing = missingElements(form, evidenceCount);
    Citation citation = Citation.arbitrationLaw(28);
    if (missing.isEmpty()) {
      return new CheckResult("REQUIRED_ELEMENTS", Outcome.OK, "申请书内容齐全", "申请书已写明法律要求的各项内容。", citation);
    }
    return new CheckResult(
        "REQUIRED_ELEMENTS",
        Outcome.WARNING,
        "申请书还缺 " + missing.size() + " 项内容",
        "法律要求申请书写明当事人情况、仲裁请求和事实理由、证据。请补充：" + String.join("；", missing)
            + "。不补充也可以提交，但仲裁委员会可能要求您补正，会耽误受理。",
        citation);
  }

  private List<CheckResult> limitation(ApplicationForm form) {
    Citation citation = Citation.arbitrationLaw(27);
    LocalDate today = LocalDate.now(clock);
    ApplicationForm.Employment e = form.employment();
    LocalDate ended = e == null ? null : e.endDate();
    List<CheckResult> results = new ArrayList<>();
    boolean anyExpired = false;
    boolean anyNear = false;
    StringBuilder text = new StringBuilder();
    for (ApplicationForm.Claim claim : form.claimsOrEmpty()) {
      if (claim.type() == null) {
        continue;
      }
      LimitationPeriod.Assessment a;
      try {
        a = limitation.assess(new LimitationPeriod.Query(
            limitationKind(claim.type()), form.knewOn(), ended, null, claim.periodFrom(), claim.periodTo(), null, null, null, today));
      } catch (LimitationPeriod.MissingFact unknown) {
        continue;
      }
      String label = claim.type().label();
      switch (a.status()) {
        case NOT_STARTED, NOT_APPLICABLE -> text.append("“").append(label).append("”：").append(a.explanation());
        case RUNNING -> {
          text.append("“").append(label).append("”：请在 ").append(a.lastDay()).append(" 前申请（还有 ").append(a.daysLeft()).append(" 天）。");
          if (a.daysLeft() != null && a.daysLeft() <= 30) {
            anyNear = true;
          }
        }
        case EXPIRED -> {
          anyExpired = true;
          text.append("“").append(label).append("”：按您填写的日期，一年时效已于 ").append(a.lastDay()).append(" 届满。");
        }
      }
    }
    if (text.isEmpty()) {
      results.add(
          new CheckResult(
              "LIMITATION", Outcome.INFO, "无法判断时效", "请填写仲裁请求及入职、离职日期（或请求涉及的期间），以便判断是否在一年时效内。", citation));
      return results;
    }
    if (anyExpired) {
      text.append(
          "超过时效并不当然败诉：如果您曾向单位书面催要、向劳动监察等部门投诉或申请过调解，或单位同意支付，时效从那时起重新计算；因不可抗力等正当理由无法申请的，时效中止。请保留并上传这些记录，照样可以提交申请。");
      results.add(new CheckResult("LIMITATION", Outcome.PROBLEM, "部分请求可能已超过一年仲裁时效", text.toString(), citation));
    } else if (anyNear) {
      results.add(new CheckResult("LIMITATION", Outcome.WARNING, "时效即将届满，请尽快提交", text.toString(), citation));
    } else {
      results.add(new CheckResult("LIMITATION", Outcome.OK, "在仲裁时效内", text.toString(), citation));
    }
    return results;
  }

  private static LimitationPeriod.ClaimKind limitationKind(ClaimType type) {
    return switch (type) {
      case UNPAID_WAGES -> LimitationPeriod.ClaimKind.UNPAID_WAGES;
      case OVERTIME_PAY -> LimitationPeriod.ClaimKind.OVERTIME_PAY;
      case ECONOMIC_COMPENSATION -> LimitationPeriod.ClaimKind.ECONOMIC_COMPENSATION;
      case UNLAWFUL_TERMINATION_DAMAGES -> LimitationPeriod.ClaimKind.UNLAWFUL_TERMINATION_DAMAGES;
      case DOUBLE_WAGES_NO_CONTRACT -> LimitationPeriod.ClaimKind.DOUBLE_WAGES;
      case ANNUAL_LEAVE_PAY -> LimitationPeriod.ClaimKind.ANNUAL_LEAVE_PAY;
      case SOCIAL_INSURANCE -> LimitationPeriod.ClaimKind.SOCIAL_INSURANCE_LOSS;
      case CONFIRM_LABOR_RELATIONSHIP -> LimitationPeriod.ClaimKind.CONFIRM_LABOR_RELATIONSHIP;
      case OTHER -> LimitationPeriod.ClaimKind.OTHER;
    };
  }

  /** When the worker knew (or should have known) of the infringement behind a claim. */
  private static @Nullable LocalDate knewOn(ApplicationForm form, ApplicationForm.Claim claim, @Nullable LocalDate ended) {
    if (form.knewOn() != null) {
      return form.knewOn();
    }
    return switch (claim.type()) {
      // Termination-related rights are infringed when the relationship ends.
      case ECONOMIC_COMPENSATION, UNLAWFUL_TERMINATION_DAMAGES -> ended;
      default -> Optional.ofNullable(claim.periodTo()).orElse(ended);
    };
  }

  private CheckResult jurisdiction(ApplicationForm form, Places places) {
    Citation citation = Citation.arbitrationLaw(21);
    ApplicationForm.Employment e = form.employment();
    String workArea = e == null ? null : e.workAreaCode();
    String employerArea =
        form.respondentsOrEmpty().stream().map(ApplicationForm.Respondent::areaCode).filter(c -> c != null && !c.isBlank()).findFirst().orElse(null);
    Jurisdiction.Choice choice =
        Jurisdiction.choose(
            workArea == null ? null : places.areaCommissions().get(workArea),
            employerArea == null ? null : places.areaCommissions().get(employerArea));
    if (choice.commissionId() == null) {
      return new CheckResult(
          "JURISDICTION",
          Outcome.PROBLEM,
          "还不能确定由哪个仲裁委员会受理",
          "劳动争议由劳动合同履行地（您实际工作的地方）或者用人单位所在地的仲裁委员会管辖。请选择您工作地点所在的区域；如果工作地点不在襄阳，也可以选择单位所在的区域，或向工作地的仲裁委员会申请。",
          citation);
    }
    String name = places.commissionNames().getOrDefault(choice.commissionId(), choice.commissionId());
    String explanation =
        switch (choice.basis()) {
          case PLACE_OF_PERFORMANCE ->
              "您的工作地点在" + places.areaNames().getOrDefault(workArea, workArea) + "，由" + name + "受理（劳动合同履行地）。"
                  + (choice.differs() ? "单位所在地的仲裁委员会也有管辖权；双方分别申请时，由劳动合同履行地的仲裁委员会管辖。" : "");
          case EMPLOYER_LOCATION ->
              "您没有填写工作地点，按单位所在地由" + name + "受理。如果您实际在别处工作，请填写工作地点：劳动合同履行地的仲裁委员会优先。";
          case UNKNOWN -> "";
        };
    return new CheckResult("JURISDICTION", Outcome.OK, "由" + name + "受理", explanation, citation);
  }

  private Mono<CheckResult> finalAward(ApplicationForm form, Places places) {
    Citation citation = Citation.arbitrationLaw(47);
    List<ApplicationForm.Claim> claims = form.claimsOrEmpty().stream().filter(c -> c.type() != null).toList();
    if (claims.isEmpty()) {
      return Mono.just(new CheckResult("FINAL_AWARD", Outcome.INFO, "暂无请求可判断", "填写仲裁请求后，可以判断裁决是否为终局裁决。", citation));
    }
    ApplicationForm.Employment e = form.employment();
    String area = e != null && e.workAreaCode() != null && places.areaNames().containsKey(e.workAreaCode()) ? e.workAreaCode() : null;
    if (area == null) {
      area =
          form.respondentsOrEmpty().stream()
              .map(ApplicationForm.Respondent::areaCode)
              .filter(c -> c != null && places.areaNames().containsKey(c))
              .findFirst()
              .orElse(null);
    }
    if (area == null) {
      return Mono.just(
          new CheckResult("FINAL_AWARD", Outcome.INFO, "需要工作地点才能判断", "是否终局裁决取决于当地月最低工资标准。请先选择工作地点所在区域。", citation));
    }
    LocalDate today = LocalDate.now(clock);
    return figures
        .minimumWage(area, today)
        .map(wage -> finalAwardResult(claims, wage, citation))
        .defaultIfEmpty(
            new CheckResult("FINAL_AWARD", Outcome.INFO, "暂时无法判断", "系统中没有当前适用的最低工资标准，无法计算终局裁决的金额标准。请咨询仲裁机构或拨打 12333。", citation));
  }

  private static CheckResult finalAwardResult(List<ApplicationForm.Claim> claims, LocalFigures.AreaMinimumWage wage, Citation citation) {
    BigDecimal threshold = FinalAward.threshold(wage.monthly());
    StringBuilder text = new StringBuilder();
    if (wage.tierKnown()) {
      text.append(wage.areaName()).append("执行第").append(wage.tier()).append("档月最低工资 ").append(wage.monthly().toPlainString())
          .append(" 元（").append(wage.source()).append("，").append(wage.effective()).append("起执行），12 个月为 ")
          .append(threshold.toPlainString()).append(" 元。");
    } else {
      text.append("尚未核实").append(wage.areaName()).append("属于哪一档最低工资，这里按最低一档 ").append(wage.monthly().toPlainString())
          .append(" 元计算（12 个月为 ").append(threshold.toPlainString())
          .append(" 元），这是最保守的算法：只有金额在这个标准以内的请求才说是终局裁决，避免把实际可能不属于终局的请求说成终局。实际档次请以官方文件或 12333 为准。");
    }
    int finals = 0;
    for (ApplicationForm.Claim c : claims) {
      BigDecimal amount = c.amount() == null ? BigDecimal.ZERO : c.amount();
      FinalAward.Verdict v = FinalAward.verdict(c.type().finalAwardCategory(), amount, threshold);
      text.append("“").append(c.type().label()).append("”");
      if (v == FinalAward.Verdict.FINAL) {
        finals++;
        text.append(c.type().finalAwardCategory() == FinalAward.Category.LABOR_STANDARDS ? "：属于休息休假、社会保险等劳动标准争议，可能终局。" : "：金额未超过标准，可能终局。");
      } else {
        text.append(c.type().finalAwardCategory() == FinalAward.Category.OTHER ? "：不属于终局裁决的范围。" : "：金额超过标准或未填写，不是终局裁决。");
      }
    }
    text.append("终局裁决作出即生效，劳动者不服仍可在 15 日内起诉，用人单位只能在法定情形下申请撤销。最终以仲裁委员会的裁决书为准。");
    Outcome outcome = Outcome.INFO;
    String title =
        finals == claims.size() ? "各项请求都可能适用终局裁决" : finals == 0 ? "请求不适用终局裁决" : "部分请求可能适用终局裁决";
    return new CheckResult("FINAL_AWARD", outcome, title, text.toString(), citation);
  }

  private static CheckResult fastTrack(ApplicationForm form) {
    // 劳动人事争议仲裁办案规则 第五十六条: clear, undisputed cases may be handled simply — advisory only.
    Citation citation = Citation.caseHandlingRules(56);
    List<ApplicationForm.Claim> claims = form.claimsOrEmpty();
    boolean wagesOnly =
        !claims.isEmpty() && claims.stream().allMatch(c -> c.type() == ClaimType.UNPAID_WAGES || c.type() == ClaimType.OVERTIME_PAY);
    boolean migrant = Boolean.TRUE.equals(form.migrantWorker());
    if (wagesOnly) {
      return new CheckResult(
          "FAST_TRACK",
          Outcome.INFO,
          migrant ? "农民工讨薪，可能适用快速处理" : "单纯追索工资，可能适用简易处理",
          "事实清楚、争议不大的追索劳动报酬案件，仲裁委员会可以简易处理"
              + (migrant ? "，农民工欠薪案件通常优先、快速办理" : "")
              + "。这只是提示：是否简易处理由仲裁委员会决定，系统不作承诺。准备好工资条、考勤、聊天记录等证据有助于快速处理。",
          citation);
    }
    return new CheckResult(
        "FAST_TRACK", Outcome.INFO, "按普通程序办理", "您的请求不只是追索工资，一般按普通程序办理；如双方同意，也可以申请简易处理。这只是提示，以仲裁委员会决定为准。", citation);
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
