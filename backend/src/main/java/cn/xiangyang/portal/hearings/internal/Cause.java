package cn.xiangyang.portal.hearings.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The cause of a dispute as the public schedule names it (案由), derived from the claim types of the case. */
enum Cause {
  LABOR_REMUNERATION("劳动报酬争议"),
  TERMINATION("解除劳动合同争议"),
  LABOR_CONTRACT("劳动合同争议"),
  REST_AND_LEAVE("休息休假争议"),
  SOCIAL_INSURANCE("社会保险争议"),
  LABOR_RELATIONSHIP("确认劳动关系争议"),
  OTHER("其他劳动争议");

  private final String label;

  Cause(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** The cause of one claim type of the filing module ({@code UNPAID_WAGES} …); unknown types are OTHER. */
  static Cause ofClaimType(String claimType) {
    return switch (claimType) {
      case "UNPAID_WAGES", "OVERTIME_PAY" -> LABOR_REMUNERATION;
      case "ECONOMIC_COMPENSATION", "UNLAWFUL_TERMINATION_DAMAGES" -> TERMINATION;
      case "DOUBLE_WAGES_NO_CONTRACT" -> LABOR_CONTRACT;
      case "ANNUAL_LEAVE_PAY" -> REST_AND_LEAVE;
      case "SOCIAL_INSURANCE" -> SOCIAL_INSURANCE;
      case "CONFIRM_LABOR_RELATIONSHIP" -> LABOR_RELATIONSHIP;
      default -> OTHER;
    };
  }

  /** The distinct causes of a case's claims, in claim order; OTHER when there are none. */
  static List<Cause> ofClaimTypes(List<String> claimTypes) {
    Set<Cause> causes = new LinkedHashSet<>();
    claimTypes.forEach(t -> causes.add(ofClaimType(t)));
    return causes.isEmpty() ? List.of(OTHER) : List.copyOf(causes);
  }
}
