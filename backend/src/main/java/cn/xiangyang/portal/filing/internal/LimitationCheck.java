package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.calculators.Citation;
import cn.xiangyang.portal.calculators.LimitationPeriod;
import cn.xiangyang.portal.calculators.LimitationPeriod.ClaimKind;
import cn.xiangyang.portal.filing.ClaimType;
import cn.xiangyang.portal.filing.internal.CheckResult.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The one-year limitation per claim (劳动争议调解仲裁法 第二十七条). "在仲裁时效内" only when every claim could
 * be assessed; a claim whose dates are missing makes the answer "无法判断".
 */
@Component
@Order(40)
class LimitationCheck implements EligibilityCheck {

  private final LimitationPeriod limitation;

  LimitationCheck(LimitationPeriod limitation) {
    this.limitation = limitation;
  }

  @Override
  public Mono<List<CheckResult>> check(Facts facts) {
    Citation citation = Citation.arbitrationLaw(27);
    ApplicationForm.Employment e = facts.employment();
    List<ApplicationForm.Claim> claims = facts.claims();
    if (claims.isEmpty()) {
      return Mono.just(List.of(new CheckResult(
          "LIMITATION", Outcome.INFO, "无法判断时效", "请先填写仲裁请求，以及入职、离职日期和是否已离职。", citation)));
    }
    Set<Citation> citations = new LinkedHashSet<>();
    citations.add(citation);
    StringBuilder text = new StringBuilder();
    boolean expired = false;
    boolean near = false;
    boolean unknown = false;
    for (ApplicationForm.Claim claim : claims) {
      String label = "“" + claim.type().label() + "”：";
      LocalDate knew = claim.knewOn() != null ? claim.knewOn() : facts.form().knewOn();
      LimitationPeriod.Query q = new LimitationPeriod.Query(
          kind(claim.type()),
          knew,
          e == null ? null : e.endDate(),
          e == null ? null : e.stillEmployed(),
          periodFrom(claim, e),
          claim.periodTo(),
          facts.form().interruptedOn(),
          null,
          null,
          facts.today());
      try {
        LimitationPeriod.Assessment a = limitation.assess(q);
        citations.addAll(a.citations());
        switch (a.status()) {
          case NOT_STARTED, NOT_APPLICABLE -> text.append(label).append(a.explanation());
          case RUNNING -> {
            text.append(label)
                .append("请在 ")
                .append(cn.xiangyang.portal.calculators.Deadlines.chinese(
                    java.util.Objects.requireNonNull(a.lastDay())))
                .append(" 前申请（还有 ")
                .append(a.daysLeft())
                .append(" 天）。");
            near |= a.daysLeft() != null && a.daysLeft() <= 30;
          }
          case EXPIRED -> {
            expired = true;
            text.append(label)
                .append("按您填写的日期，一年时效已于 ")
                .append(cn.xiangyang.portal.calculators.Deadlines.chinese(
                    java.util.Objects.requireNonNull(a.lastDay())))
                .append(" 届满。");
          }
        }
      } catch (LimitationPeriod.MissingFact missing) {
        unknown = true;
        text.append(label).append("无法判断：").append(missing.getMessage());
      }
    }
    List<Citation> cited = new ArrayList<>(citations);
    if (expired) {
      cited.add(Citation.caseHandlingRules(30));
      text.append("超过时效不是不予受理的理由，仲裁委员会仍会受理，时效是对方可以提出的抗辩。如果您曾向单位书面催要、向劳动监察等部门投诉或申请过调解，"
          + "或单位同意支付，时效从那时起重新计算；因不可抗力等正当理由无法申请的，时效中止。请保留并上传这些记录，照样可以提交申请。"
          + "可以用“时效计算器”（/calculators/limitation）填入这些日期重新计算。");
      return Mono.just(List.of(new CheckResult(
          "LIMITATION", Outcome.PROBLEM, "部分请求可能已超过一年仲裁时效", text.toString(), citation, cited)));
    }
    if (unknown) {
      return Mono.just(List.of(new CheckResult(
          "LIMITATION", Outcome.WARNING, "部分请求无法判断时效", text.toString(), citation, cited)));
    }
    if (near) {
      return Mono.just(List.of(new CheckResult(
          "LIMITATION", Outcome.WARNING, "时效即将届满，请尽快提交", text.toString(), citation, cited)));
    }
    return Mono.just(List.of(
        new CheckResult("LIMITATION", Outcome.OK, "在仲裁时效内", text.toString(), citation, cited)));
  }

  /** Double wages start the day after the first month of employment when the worker gave no period. */
  private static @Nullable LocalDate periodFrom(
      ApplicationForm.Claim claim, ApplicationForm.@Nullable Employment e) {
    if (claim.periodFrom() != null) {
      return claim.periodFrom();
    }
    if (claim.type() == ClaimType.DOUBLE_WAGES_NO_CONTRACT && e != null && e.startDate() != null) {
      // 劳动合同法实施条例 第七条: from the day after one month of employment.
      return e.startDate().plusMonths(1);
    }
    return null;
  }

  static ClaimKind kind(ClaimType type) {
    return switch (type) {
      case UNPAID_WAGES -> ClaimKind.UNPAID_WAGES;
      case OVERTIME_PAY -> ClaimKind.OVERTIME_PAY;
      case ECONOMIC_COMPENSATION, CONTINUE_EMPLOYMENT -> ClaimKind.ECONOMIC_COMPENSATION;
      case UNLAWFUL_TERMINATION_DAMAGES -> ClaimKind.UNLAWFUL_TERMINATION_DAMAGES;
      case DOUBLE_WAGES_NO_CONTRACT -> ClaimKind.DOUBLE_WAGES;
      case ANNUAL_LEAVE_PAY -> ClaimKind.ANNUAL_LEAVE_PAY;
      case SOCIAL_INSURANCE -> ClaimKind.SOCIAL_INSURANCE_LOSS;
      case CONFIRM_LABOR_RELATIONSHIP -> ClaimKind.CONFIRM_LABOR_RELATIONSHIP;
      case WORK_INJURY_MEDICAL_COSTS -> ClaimKind.WORK_INJURY_MEDICAL_COSTS;
      case NON_COMPETE_COMPENSATION -> ClaimKind.NON_COMPETE_COMPENSATION;
      case OTHER -> ClaimKind.OTHER;
    };
  }
}
