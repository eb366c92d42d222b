package cn.xiangyang.portal.accounts;

/**
 * The kinds of account, with the Chinese name people see. A {@code VISITOR} (公众) has only a verified phone
 * and a name: it books open-day seats and reads its messages, and may do nothing a worker, an employer or
 * staff does.
 */
public enum AccountKind {
  WORKER("劳动者"),
  EMPLOYER("用人单位"),
  STAFF("工作人员"),
  VISITOR("公众");

  private final String label;

  AccountKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
