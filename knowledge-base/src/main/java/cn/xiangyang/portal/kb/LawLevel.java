package cn.xiangyang.portal.kb;

/** The rank of a legal source, with its Chinese name as shown to users. */
public enum LawLevel {
  LAW("法律"),
  ADMINISTRATIVE_REGULATION("行政法规"),
  DEPARTMENTAL_RULE("部门规章"),
  JUDICIAL_INTERPRETATION("司法解释"),
  NORMATIVE_DOCUMENT("规范性文件"),
  LOCAL("地方性法规及规章");

  private final String label;

  LawLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
