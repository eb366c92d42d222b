package cn.xiangyang.portal.filing;

/**
 * The states of a case. The transitions between them are defined only in the filing module's
 * transition table ({@code internal.CaseTransitions}); this picture is its summary.
 *
 * <pre>
 * DRAFT ─submit─► SUBMITTED ─accept (调解)─► ACCEPTED ─mediation─► IN_MEDIATION ─agreement─► MEDIATED ─► CLOSED
 *                  │  ▲ │ └─reject─► REJECTED           │            └─fails─┐
 *      request-    ▼  │ │ resubmit                      └─arbitration─► IN_ARBITRATION ─hearing─► HEARING_SCHEDULED ─award─► AWARDED ─► CLOSED
 *      correction  CORRECTION_REQUESTED (once)                              ▲  (mediation agreement possible until the award)
 *                       └─accept (仲裁: the applicant asked for arbitration)──┘
 * any state from SUBMITTED up to HEARING_SCHEDULED ─withdraw─► WITHDRAWN
 * </pre>
 */
public enum CaseStatus {
  DRAFT("草稿"),
  SUBMITTED("已提交，待审查"),
  CORRECTION_REQUESTED("需补正"),
  REJECTED("不予受理"),
  ACCEPTED("已受理"),
  IN_MEDIATION("调解中"),
  MEDIATED("已调解结案"),
  IN_ARBITRATION("仲裁审理中"),
  HEARING_SCHEDULED("已排期开庭"),
  AWARDED("已裁决"),
  CLOSED("已结案"),
  WITHDRAWN("已撤回");

  private final String label;

  CaseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** True once the case was received by the commission (not a draft). */
  public boolean filed() {
    return this != DRAFT;
  }

  /** True while the case is being handled after acceptance. */
  public boolean pending() {
    return this == ACCEPTED
        || this == IN_MEDIATION
        || this == IN_ARBITRATION
        || this == HEARING_SCHEDULED;
  }
}
