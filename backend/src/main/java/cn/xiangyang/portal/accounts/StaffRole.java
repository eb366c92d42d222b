package cn.xiangyang.portal.accounts;

/** What a staff member of a commission does, with the Chinese title. */
public enum StaffRole {
  CLERK("书记员"),
  MEDIATOR("调解员"),
  ARBITRATOR("仲裁员"),
  ADMIN("管理员");

  private final String label;

  StaffRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
