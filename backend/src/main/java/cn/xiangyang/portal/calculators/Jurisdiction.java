package cn.xiangyang.portal.calculators;

import org.jspecify.annotations.Nullable;

/** Which arbitration commission hears a dispute. */
public final class Jurisdiction {

  private Jurisdiction() {}

  /** The ground on which a commission has jurisdiction. */
  public enum Basis {
    /** 劳动合同履行地. */
    PLACE_OF_PERFORMANCE,
    /** 用人单位所在地. */
    EMPLOYER_LOCATION,
    /** Neither place is known (or lies in Xiangyang): no commission can be chosen. */
    UNKNOWN
  }

  /**
   * @param commissionId the chosen commission, null when unknown
   * @param basis why it was chosen
   * @param differs true when the two places belong to different commissions (both had jurisdiction)
   */
  public record Choice(@Nullable String commissionId, Basis basis, boolean differs) {}

  /**
   * Chooses between the commission of the place where the contract is performed and that of the
   * employer's location; the former wins when both are known.
   */
  public static Choice choose(
      @Nullable String performanceCommission, @Nullable String employerCommission) {
    // 劳动争议调解仲裁法 第二十一条第二款: either commission has jurisdiction; where both are asked, the
    // commission of the place of performance does. A portal filing asks one, so we propose that
    // one.
    boolean differs = performanceCommission != null
        && employerCommission != null
        && !performanceCommission.equals(employerCommission);
    if (performanceCommission != null) {
      return new Choice(performanceCommission, Basis.PLACE_OF_PERFORMANCE, differs);
    }
    if (employerCommission != null) {
      return new Choice(employerCommission, Basis.EMPLOYER_LOCATION, false);
    }
    return new Choice(null, Basis.UNKNOWN, false);
  }
}
