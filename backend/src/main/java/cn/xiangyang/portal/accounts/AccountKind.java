package cn.xiangyang.portal.accounts;

/** The three kinds of account, with the Chinese name people see. */
public enum AccountKind {
  WORKER("劳动者"),
  EMPLOYER("用人单位"),
  STAFF("工作人员");

  private final String label;

  AccountKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
