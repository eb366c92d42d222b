package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.calculators.Citation;
import cn.xiangyang.portal.filing.ClaimType;
import cn.xiangyang.portal.filing.internal.CheckResult.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The statutory caps of the claims: warns when a claimed amount exceeds what the stated facts allow. */
@Component
@Order(60)
class CapsCheck implements EligibilityCheck {

  @Override
  public Mono<List<CheckResult>> check(Facts facts) {
    ApplicationForm.Employment e = facts.employment();
    BigDecimal wage = e == null ? null : e.monthlyWage();
    List<CheckResult> results = new ArrayList<>();
    for (ApplicationForm.Claim c : facts.claims()) {
      switch (c.type()) {
        case DOUBLE_WAGES_NO_CONTRACT -> results.addAll(doubleWages(c, wage));
        case ECONOMIC_COMPENSATION, UNLAWFUL_TERMINATION_DAMAGES ->
          results.addAll(severance(c, e, wage));
        default -> {}
      }
    }
    return Mono.just(results);
  }

  private static List<CheckResult> doubleWages(ApplicationForm.Claim c, @Nullable BigDecimal wage) {
    // 劳动合同法实施条例 第六条、第七条: from the day after one month to the day before one year: at most 11
    // months.
    Citation citation = Citation.laborContractRegulation(7);
    List<Citation> all =
        List.of(citation, Citation.laborContractRegulation(6), Citation.laborContractLaw(82));
    if (c.periodFrom() != null
        && c.periodTo() != null
        && c.periodFrom().plusMonths(11).isBefore(c.periodTo().plusDays(1))) {
      return List.of(new CheckResult(
          "CAPS",
          Outcome.WARNING,
          "二倍工资最多 11 个月",
          "二倍工资从入职满一个月的次日起算，到补签书面合同的前一日为止，最长到入职满一年的前一日，最多 11 个月；入职满一年仍未签的，"
              + "视为已订立无固定期限劳动合同，此后不再支付二倍工资。您填写的期间 " + c.periodFrom() + " 至 " + c.periodTo()
              + " 超过了 11 个月，请核对。",
          citation,
          all));
    }
    if (wage != null
        && c.amount() != null
        && c.amount().compareTo(wage.multiply(BigDecimal.valueOf(11))) > 0) {
      return List.of(new CheckResult(
          "CAPS",
          Outcome.WARNING,
          "二倍工资差额超过了 11 个月工资",
          "请求的是“二倍工资差额”，即每月再多付一倍工资，最多 11 个月。按您填写的月工资 " + wage.toPlainString() + " 元，最多约 "
              + wage.multiply(BigDecimal.valueOf(11))
                  .setScale(2, RoundingMode.HALF_UP)
                  .toPlainString()
              + " 元，您填写的 "
              + c.amount().toPlainString() + " 元超过了这个数，请核对。",
          citation,
          all));
    }
    return List.of();
  }

  private static List<CheckResult> severance(
      ApplicationForm.Claim c, ApplicationForm.@Nullable Employment e, @Nullable BigDecimal wage) {
    // 劳动合同法 第四十七条: one month per full year (six months or more count as a year, less as half a
    // month);
    // above three times the local average monthly wage: capped at three times and 12 years. 第八十七条:
    // damages = 2×.
    Citation citation = Citation.laborContractLaw(47);
    boolean damages = c.type() == ClaimType.UNLAWFUL_TERMINATION_DAMAGES;
    List<Citation> all =
        damages ? List.of(citation, Citation.laborContractLaw(87)) : List.of(citation);
    String capRule =
        "月工资高于当地上年度职工月平均工资三倍的，按三倍计算，且年限最多 12 年；襄阳市的上年度职工月平均工资以市政府公布的为准（本系统尚未录入官方数值时无法代您核算封顶）。";
    LocalDate start = e == null ? null : e.startDate();
    LocalDate end = e == null ? null : e.endDate();
    if (start == null
        || end == null
        || wage == null
        || wage.signum() == 0
        || c.amount() == null
        || end.isBefore(start)) {
      return List.of(new CheckResult(
          "CAPS",
          Outcome.INFO,
          damages ? "赔偿金按经济补偿标准的二倍计算" : "经济补偿按工作年限计算",
          "经济补偿按在本单位工作的年限，每满一年支付一个月工资；六个月以上不满一年的按一年，不满六个月的支付半个月工资"
              + (damages ? "；违法解除的赔偿金是其二倍" : "") + "。月工资指解除前十二个月的平均工资。" + capRule
              + "填写入职、离职日期和月工资后，可以核对请求金额。",
          citation,
          all));
    }
    Period p = Period.between(start, end.plusDays(1));
    boolean partial = p.getMonths() > 0 || p.getDays() > 0;
    BigDecimal remainder =
        p.getMonths() >= 6 ? BigDecimal.ONE : partial ? new BigDecimal("0.5") : BigDecimal.ZERO;
    BigDecimal months = BigDecimal.valueOf(p.getYears()).add(remainder);
    BigDecimal max = wage.multiply(months)
        .multiply(damages ? BigDecimal.valueOf(2) : BigDecimal.ONE)
        .setScale(2, RoundingMode.HALF_UP);
    String basis = "按您填写的入职 " + start + "、离职 " + end + "，工作年限折合 "
        + months.stripTrailingZeros().toPlainString() + " 个月工资，月工资 " + wage.toPlainString() + " 元"
        + (damages ? "，赔偿金为二倍" : "") + "，最多约 " + max.toPlainString() + " 元。";
    if (c.amount().compareTo(max) > 0) {
      return List.of(new CheckResult(
          "CAPS",
          Outcome.WARNING,
          (damages ? "赔偿金" : "经济补偿") + "的请求金额超过了按事实计算的数额",
          basis + "您填写的 " + c.amount().toPlainString() + " 元超过了这个数，请核对月工资（解除前十二个月的平均工资）和工作年限。"
              + capRule,
          citation,
          all));
    }
    return List.of(new CheckResult(
        "CAPS",
        Outcome.OK,
        (damages ? "赔偿金" : "经济补偿") + "的金额在法定标准以内",
        basis + capRule,
        citation,
        all));
  }
}
