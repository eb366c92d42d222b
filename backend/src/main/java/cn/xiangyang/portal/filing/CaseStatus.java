package cn.xiangyang.portal.filing;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a case and the only transitions allowed between them.
 *
 * <pre>
 * DRAFT ─submit─► SUBMITTED ─accept─► ACCEPTED ─mediation─► IN_MEDIATION ─agreement─► MEDIATED ─► CLOSED
 *                  │  ▲   └─reject─► REJECTED          │            └─fails─┐
 *      request-    ▼  │ resubmit                       └─arbitration─► IN_ARBITRATION ─hearing─► HEARING_SCHEDULED ─award─► AWARDED ─► CLOSED
 *      correction  CORRECTION_REQUESTED (once)                            (mediation agreement possible until the award)
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

  /** The states reachable from this one in one step. */
  public Set<CaseStatus> next() {
    return switch (this) {
      // 劳动争议调解仲裁法 第二十八条: the written application starts the procedure.
      case DRAFT -> EnumSet.of(SUBMITTED);
      // 劳动争议调解仲裁法 第二十九条: accept or refuse in writing within 5 days; 补正 asked at most once here.
      case SUBMITTED -> EnumSet.of(ACCEPTED, REJECTED, CORRECTION_REQUESTED, WITHDRAWN);
      case CORRECTION_REQUESTED -> EnumSet.of(SUBMITTED, REJECTED, WITHDRAWN);
      // 劳动争议调解仲裁法 第四十二条: the tribunal mediates before it decides (先行调解).
      case ACCEPTED -> EnumSet.of(IN_MEDIATION, IN_ARBITRATION, WITHDRAWN);
      case IN_MEDIATION -> EnumSet.of(MEDIATED, IN_ARBITRATION, WITHDRAWN);
      case IN_ARBITRATION -> EnumSet.of(HEARING_SCHEDULED, MEDIATED, WITHDRAWN);
      // 劳动争议调解仲裁法 第三十五条: a hearing may be rescheduled with a new notice.
      case HEARING_SCHEDULED -> EnumSet.of(HEARING_SCHEDULED, AWARDED, MEDIATED, WITHDRAWN);
      case MEDIATED, AWARDED -> EnumSet.of(CLOSED);
      case REJECTED, CLOSED, WITHDRAWN -> EnumSet.noneOf(CaseStatus.class);
    };
  }

  public boolean canMoveTo(CaseStatus target) {
    return next().contains(target);
  }

  /** True once the case was received by the commission (not a draft). */
  public boolean filed() {
    return this != DRAFT;
  }

  /** True while the case is being handled after acceptance. */
  public boolean pending() {
    return this == ACCEPTED || this == IN_MEDIATION || this == IN_ARBITRATION || this == HEARING_SCHEDULED;
  }
}
