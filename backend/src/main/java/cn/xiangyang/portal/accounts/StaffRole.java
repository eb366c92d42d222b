package cn.xiangyang.portal.accounts;

/** What a staff member of a commission does, with the Chinese title. */
public enum StaffRole {
  CLERK("书记员"),
  MEDIATOR("调解员"),
  ARBITRATOR("仲裁员"),
  /**
   * The commission's director, or the head of the arbitration institute he entrusts: approves the
   * extension of the award deadline (劳动人事争议仲裁办案规则 第四十五条).
   */
  DIRECTOR("仲裁委主任"),
  ADMIN("管理员");

  private final String label;

  StaffRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
