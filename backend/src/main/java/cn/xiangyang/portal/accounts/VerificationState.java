package cn.xiangyang.portal.accounts;

/** Where an employer account stands in verification, with the Chinese word people see. */
public enum VerificationState {
  /** Registered, nothing submitted: sees only that a case names the company. */
  UNVERIFIED("未认证"),
  /** Documents or a case access code submitted, waiting for staff. */
  PENDING("审核中"),
  /** Staff approved (or a verified colleague invited it): acts for the company. */
  VERIFIED("已认证"),
  /** Staff refused the documents; may submit again. */
  REJECTED("未通过"),
  /** Reported as an impostor and suspended by staff. */
  SUSPENDED("已停用");

  private final String label;

  VerificationState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
