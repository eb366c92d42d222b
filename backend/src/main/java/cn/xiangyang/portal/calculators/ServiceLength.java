package cn.xiangyang.portal.calculators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

/**
 * The length of an employment from its first day to its last day, both counted (the last day is the
 * day the contract ended), as whole years, months and days.
 *
 * @param years whole years
 * @param months whole months beyond the years (0–11)
 * @param days days beyond the months
 */
public record ServiceLength(int years, int months, int days) {

  /** The length from {@code first} to {@code last}, both days included; zero when last is before first. */
  public static ServiceLength of(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      return new ServiceLength(0, 0, 0);
    }
    Period p = Period.between(first, last.plusDays(1));
    return new ServiceLength(p.getYears(), p.getMonths(), p.getDays());
  }

  /**
   * Months of wage due under the half-year rule: one per full year; a remainder of six months or more
   * counts as a year, a shorter remainder as half a month.
   */
  public BigDecimal compensationMonths() {
    // 劳动合同法 第四十七条第一款: 六个月以上的，按一年计算；不满六个月的，支付半个月工资.
    // "以上" includes the number itself, so exactly six months is a year.
    BigDecimal whole = BigDecimal.valueOf(years);
    if (months >= 6) {
      return whole.add(BigDecimal.ONE);
    }
    if (months > 0 || days > 0) {
      return whole.add(new BigDecimal("0.5"));
    }
    return whole;
  }

  /**
   * Months of wage due under the rules before 2008: one per full year, and a remainder of any length
   * counts as a full year.
   */
  public BigDecimal compensationMonthsBefore2008() {
    // 劳动合同法 第九十七条第三款 keeps the rules then in force (违反和解除劳动合同的经济补偿办法: 工作时间不满一年的按一年的标准).
    return BigDecimal.valueOf(years + (months > 0 || days > 0 ? 1 : 0));
  }

  /** True when nothing at all was worked. */
  public boolean isZero() {
    return years == 0 && months == 0 && days == 0;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    if (years > 0) b.append(years).append("年");
    if (months > 0) b.append(months).append("个月");
    if (days > 0 || b.isEmpty()) b.append(days).append("天");
    return b.toString();
  }
}
