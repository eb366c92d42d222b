package cn.xiangyang.portal.kb;

/** Whether a legal source is in force, with its Chinese name as shown to users. */
public enum Validity {
  IN_FORCE("现行有效"),
  NOT_YET_IN_FORCE("尚未施行"),
  REPEALED("已废止"),
  REPLACED("已被修订替代");

  private final String label;

  Validity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
