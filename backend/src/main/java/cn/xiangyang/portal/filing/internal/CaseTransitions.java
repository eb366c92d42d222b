package cn.xiangyang.portal.filing.internal;

import static cn.xiangyang.portal.filing.CaseAction.*;
import static cn.xiangyang.portal.filing.CaseStatus.*;

import cn.xiangyang.portal.accounts.AccountKind;
import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.accounts.StaffRole;
import cn.xiangyang.portal.calculators.Deadlines;
import cn.xiangyang.portal.filing.CaseAction;
import cn.xiangyang.portal.filing.CaseStatus;
import cn.xiangyang.portal.filing.Party;
import cn.xiangyang.portal.system.DomainProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The case's transition table: the only place that says which action is possible in which state, for
 * whom, and to which state it leads; plus the rules on a case's facts that can still refuse an action
 * the state allows (补正 once, one extension, the defence period, the arbitrator's award). Every
 * command asks {@link #require} first; every case view lists {@link #allowed} for its viewer.
 */
@Component
class CaseTransitions {

  /** Who acts: their relation to the case and, for staff, their role. */
  record Actor(Party party, @Nullable StaffRole role) {

    static Actor of(PortalUser user, Party party) {
      return new Actor(party, user.kind() == AccountKind.STAFF ? user.role() : null);
    }
  }

  /** An action that is allowed: the state before and the state after (the same for actions that keep it). */
  record Transition(CaseAction action, CaseStatus from, CaseStatus to) {}

  /** Why an action is refused: its HTTP meaning. */
  enum Refusal {
    /** Not in this state (409). */
    STATE,
    /** The state allows it, a rule on the case's facts does not (409). */
    RULE,
    /** This person may not do it (403). */
    ROLE
  }

  /** The answer for one action: allowed, or refused with a title and a reason a person can act on. */
  record Decision(
      CaseAction action,
      CaseStatus from,
      @Nullable CaseStatus to,
      @Nullable Refusal refusal,
      @Nullable String title,
      @Nullable String reason) {

    boolean allowed() {
      return refusal == null;
    }
  }

  /** One row of the table; {@code to} null keeps the state. */
  private record Rule(
      CaseAction action,
      Party party,
      Set<CaseStatus> from,
      @Nullable CaseStatus to,
      Set<StaffRole> roles,
      Function<CaseStatus, String> whyNot,
      String roleWhyNot) {

    Rule(
        CaseAction action,
        Party party,
        Set<CaseStatus> from,
        @Nullable CaseStatus to,
        Set<StaffRole> roles,
        Function<CaseStatus, String> whyNot) {
      this(action, party, from, to, roles, whyNot, "只有仲裁员可以" + action.label() + "。");
    }
  }

  private static final Set<CaseStatus> UNDER_WAY = EnumSet.of(
      SUBMITTED, CORRECTION_REQUESTED, ACCEPTED, IN_MEDIATION, IN_ARBITRATION, HEARING_SCHEDULED);
  private static final Set<CaseStatus> PENDING =
      EnumSet.of(ACCEPTED, IN_MEDIATION, IN_ARBITRATION, HEARING_SCHEDULED);
  private static final Set<StaffRole> ANY_STAFF = EnumSet.allOf(StaffRole.class);
  /** The tribunal's decisions: its arbitrators (and administrators, as for the award). */
  private static final Set<StaffRole> TRIBUNAL = EnumSet.of(StaffRole.ARBITRATOR, StaffRole.ADMIN);
  /** The 第四十六条 events that count the award period anew. */
  static final Set<CaseAction> RESTARTS =
      EnumSet.of(CHANGE_CLAIMS, ADD_PARTY, ACCEPT_COUNTER_APPLICATION, ACCEPT_TRANSFER);

  private static final List<Rule> TABLE = List.of(
      // 劳动争议调解仲裁法 第二十八条: the written application; it can be edited until it is filed, and again to
      // correct it.
      rule(
          EDIT_APPLICATION,
          Party.APPLICANT,
          EnumSet.of(DRAFT, CORRECTION_REQUESTED),
          null,
          "申请书已提交，不能再修改。如需补充，请等待仲裁委员会通知或联系承办人员。"),
      // 补充证据: until the hearing begins (劳动人事争议仲裁办案规则 第十五条: within the period the commission sets).
      rule(
          ADD_EVIDENCE,
          Party.APPLICANT,
          EnumSet.of(
              DRAFT,
              SUBMITTED,
              CORRECTION_REQUESTED,
              ACCEPTED,
              IN_MEDIATION,
              IN_ARBITRATION,
              HEARING_SCHEDULED),
          null,
          "案件已经结束，不能再通过网上提交证据。"),
      rule(
          REMOVE_EVIDENCE,
          Party.APPLICANT,
          EnumSet.of(DRAFT, CORRECTION_REQUESTED),
          null,
          "申请已提交，证据不能删除。"),
      rule(SUBMIT, Party.APPLICANT, EnumSet.of(DRAFT), SUBMITTED, "不能再次提交。"),
      rule(
          RESUBMIT,
          Party.APPLICANT,
          EnumSet.of(CORRECTION_REQUESTED),
          SUBMITTED,
          "只有需要补正的申请可以重新提交。"),
      // 劳动人事争议仲裁办案规则 第三十五条: the applicant may withdraw before the outcome.
      new Rule(
          WITHDRAW,
          Party.APPLICANT,
          UNDER_WAY,
          WITHDRAWN,
          Set.of(),
          s -> s == DRAFT ? "草稿尚未提交，无需撤回；不需要的草稿可以删除。" : "案件已经结束，不能撤回。"),
      rule(DELETE_DRAFT, Party.APPLICANT, EnumSet.of(DRAFT), null, "申请已提交，不能删除；如不再需要仲裁，可以撤回申请。"),
      // 劳动争议调解仲裁法 第三十条: the respondent answers after the copy is served.
      rule(SUBMIT_DEFENCE, Party.RESPONDENT, PENDING, null, "不能再提交答辩。"),
      rule(ADD_EVIDENCE, Party.RESPONDENT, PENDING, null, "不能再通过网上提交证据。"),
      // 劳动争议调解仲裁法 第二十九条: accept or refuse in writing within 5 days; 补正 asked at most once here.
      rule(ACCEPT, Party.STAFF, EnumSet.of(SUBMITTED), ACCEPTED, "只有已提交、待审查的申请可以受理。"),
      rule(
          REJECT,
          Party.STAFF,
          EnumSet.of(SUBMITTED, CORRECTION_REQUESTED),
          REJECTED,
          "只有待审查或待补正的申请可以决定不予受理。"),
      rule(
          REQUEST_CORRECTION,
          Party.STAFF,
          EnumSet.of(SUBMITTED),
          CORRECTION_REQUESTED,
          "只有已提交、待审查的申请可以要求补正。"),
      rule(ASSIGN, Party.STAFF, UNDER_WAY, null, "已结束的案件不能再指派承办人员。"),
      // 劳动争议调解仲裁法 第三十条: the defence period runs from the respondent's receipt of the copy, recorded
      // here.
      rule(RECORD_SERVICE, Party.STAFF, PENDING, null, "只有已受理、尚未结案的案件需要记录送达。"),
      // 劳动争议调解仲裁法 第四十二条: the tribunal mediates before it decides (先行调解), and may until the award.
      rule(
          START_MEDIATION,
          Party.STAFF,
          EnumSet.of(ACCEPTED),
          IN_MEDIATION,
          "只有已受理、尚未进入调解或仲裁的案件可以开始调解。"),
      rule(
          RECORD_AGREEMENT,
          Party.STAFF,
          EnumSet.of(IN_MEDIATION, IN_ARBITRATION, HEARING_SCHEDULED),
          MEDIATED,
          "只有调解中或仲裁审理中的案件可以记录调解协议。"),
      rule(
          MOVE_TO_ARBITRATION,
          Party.STAFF,
          EnumSet.of(ACCEPTED, IN_MEDIATION),
          IN_ARBITRATION,
          "只有已受理或调解中的案件可以转入仲裁审理。"),
      // 劳动争议调解仲裁法 第三十五条: a hearing is noticed 5 days ahead and may be rescheduled with a new
      // notice.
      rule(
          SCHEDULE_HEARING,
          Party.STAFF,
          EnumSet.of(IN_ARBITRATION, HEARING_SCHEDULED),
          HEARING_SCHEDULED,
          "只有仲裁审理中的案件可以安排开庭。"),
      // 劳动争议调解仲裁法 第四十三条: 45 days from acceptance, extended once by at most 15.
      // 劳动人事争议仲裁办案规则 第四十五条: the director (or the head of the institute he entrusts) approves in
      // writing.
      rule(REQUEST_AWARD_EXTENSION, Party.STAFF, PENDING, null, "只有审理中的案件可以申请延长裁决期限。"),
      new Rule(
          EXTEND_AWARD_DEADLINE,
          Party.STAFF,
          PENDING,
          null,
          EnumSet.of(StaffRole.DIRECTOR),
          s -> "只有审理中的案件可以延长裁决期限。",
          "延长审理期限须经仲裁委员会主任或者其委托的仲裁院负责人书面批准（劳动人事争议仲裁办案规则第四十五条）；您可以“申请延长审理期限”。"),
      new Rule(
          AWARD,
          Party.STAFF,
          EnumSet.of(HEARING_SCHEDULED),
          AWARDED,
          EnumSet.of(StaffRole.ARBITRATOR, StaffRole.ADMIN),
          s -> "只有已开庭审理的案件可以作出裁决。"),
      // 劳动人事争议仲裁办案规则 第四十六条: events after which the award period is counted anew, or paused.
      // 第四十四条、第四十六条第三项: the tribunal accepts added or changed claims; the period restarts from that
      // day.
      new Rule(
          CHANGE_CLAIMS,
          Party.STAFF,
          PENDING,
          null,
          TRIBUNAL,
          s -> "只有已受理、尚未裁决的案件可以增加或变更仲裁请求。",
          "增加或变更的仲裁请求由仲裁庭审查后决定是否受理（劳动人事争议仲裁办案规则第四十四条），只有仲裁员可以办理。"),
      // 第四十六条第一项: the tribunal adds a party or third party; the period restarts from the decision.
      new Rule(
          ADD_PARTY,
          Party.STAFF,
          PENDING,
          null,
          TRIBUNAL,
          s -> "只有已受理、尚未裁决的案件可以追加当事人。",
          "追加当事人由仲裁庭决定（劳动人事争议仲裁办案规则第四十六条第一项），只有仲裁员可以办理。"),
      // 第三十六条、第四十六条第四项: a counter-application filed in the defence period, accepted and merged.
      rule(ACCEPT_COUNTER_APPLICATION, Party.STAFF, PENDING, null, "只有已受理、尚未裁决的案件可以受理反申请。"),
      // 办案规则 第九条、第十条: a case found outside the commission's jurisdiction is transferred, the
      // parties told in writing.
      rule(TRANSFER_JURISDICTION, Party.STAFF, PENDING, null, "只有已受理、尚未裁决的案件可以移送管辖。"),
      // 第四十六条第五项: the receiving commission accepts the transfer; the period restarts from that day.
      rule(ACCEPT_TRANSFER, Party.STAFF, PENDING, null, "只有已受理、尚未裁决的案件可以接受移送。"),
      // 第四十七条: suspension approved by the director (or the head of the institute he entrusts), the
      // parties told in writing.
      new Rule(
          SUSPEND,
          Party.STAFF,
          PENDING,
          null,
          EnumSet.of(StaffRole.DIRECTOR),
          s -> "只有已受理、尚未裁决的案件可以中止审理。",
          "中止案件审理须经仲裁委员会主任或者其委托的仲裁院负责人批准（劳动人事争议仲裁办案规则第四十七条）。"),
      // 第四十七条第二款: the tribunal resumes once the cause has gone; 第四十六条第六项: the suspended time is not
      // counted.
      new Rule(
          RESUME,
          Party.STAFF,
          PENDING,
          null,
          EnumSet.of(StaffRole.ARBITRATOR, StaffRole.DIRECTOR, StaffRole.ADMIN),
          s -> "只有中止审理的案件可以恢复审理。",
          "中止审理的情形消除后，由仲裁庭恢复审理（劳动人事争议仲裁办案规则第四十七条），只有仲裁员或仲裁委员会主任可以办理。"),
      rule(CLOSE, Party.STAFF, EnumSet.of(MEDIATED, AWARDED), CLOSED, "只有已调解或已裁决的案件可以结案。"));

  // 劳动争议调解仲裁法 第二十八条、第四十三条: an applicant who asked for arbitration (not 先行调解) is heard by the
  // tribunal from acceptance, without a 转入仲裁 step; the award period runs from acceptance either
  // way. The one
  // place where the applicant's choice changes where an action leads.
  private static final java.util.Map<CaseAction, CaseStatus> WHEN_ARBITRATION_ASKED =
      java.util.Map.of(ACCEPT, IN_ARBITRATION);

  private static Rule rule(
      CaseAction action,
      Party party,
      Set<CaseStatus> from,
      @Nullable CaseStatus to,
      String whyNot) {
    return new Rule(
        action, party, from, to, party == Party.STAFF ? ANY_STAFF : Set.of(), s -> whyNot);
  }

  private final Deadlines deadlines;
  private final java.time.Clock clock;

  @org.springframework.beans.factory.annotation.Autowired
  CaseTransitions(Deadlines deadlines, java.time.Clock clock) {
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /** With the system clock for the hearing's start (unit tests of the table). */
  CaseTransitions(Deadlines deadlines) {
    this(deadlines, java.time.Clock.systemUTC());
  }

  private static Optional<Rule> find(CaseAction action, Party party) {
    return TABLE.stream()
        .filter(r -> r.action() == action && r.party() == party)
        .findFirst();
  }

  /** The table alone for an application that asked for 先行调解 (or said nothing). */
  static Decision byState(CaseStatus state, CaseAction action, Actor who) {
    return byState(state, ApplicationForm.Procedure.MEDIATION, action, who);
  }

  /**
   * The table alone, without the rules on the case's facts, for an application that asked for {@code asked}
   * (调解 or 仲裁): for actions that have none.
   */
  static Decision byState(
      CaseStatus state, ApplicationForm.Procedure asked, CaseAction action, Actor who) {
    Rule rule = find(action, who.party()).orElse(null);
    if (rule == null) {
      return new Decision(
          action, state, null, Refusal.ROLE, "没有权限", "您不能办理“" + action.label() + "”。");
    }
    if (who.party() == Party.STAFF && (who.role() == null || !rule.roles().contains(who.role()))) {
      return new Decision(action, state, null, Refusal.ROLE, "没有权限", rule.roleWhyNot());
    }
    if (!rule.from().contains(state)) {
      return new Decision(
          action, state, null, Refusal.STATE, "当前状态不能办理", rule.whyNot().apply(state));
    }
    CaseStatus to = asked == ApplicationForm.Procedure.ARBITRATION
        ? WHEN_ARBITRATION_ASKED.getOrDefault(action, rule.to())
        : rule.to();
    return new Decision(action, state, to == null ? state : to, null, null, null);
  }

  /** What the application asked for; an application that said nothing is treated as asking for 调解 first. */
  static ApplicationForm.Procedure asked(CaseRecord c) {
    ApplicationForm.Procedure p = c.application().form().procedure();
    return p == null ? ApplicationForm.Procedure.MEDIATION : p;
  }

  /** The table, then the rules on this case's facts. */
  Decision decide(CaseRecord c, CaseAction action, Actor who) {
    Decision d = byState(c.status(), asked(c), action, who);
    if (!d.allowed()) {
      return d;
    }
    LocalDate today = deadlines.today();
    // 办案规则 第九条: a transferred case waits for the receiving commission; 第四十七条: a suspended case
    // waits for
    // its resumption. Meanwhile nothing that moves the proceedings (or its award period) is done.
    if (c.transferPending()
        && action != ACCEPT_TRANSFER
        && (RESTARTS.contains(action) || MOVES_PROCEEDINGS.contains(action))) {
      return rule(d, "移送管辖中", "本案已移送管辖，等待受移送的仲裁委员会接受移送（劳动人事争议仲裁办案规则第九条）；接受移送后才能继续办理。");
    }
    if (c.suspended()
        && action != RESUME
        && (RESTARTS.contains(action) || MOVES_PROCEEDINGS.contains(action))) {
      return rule(
          d,
          "已中止审理",
          "本案已于 " + FilingService.chinese(c.suspendedOn())
              + " 中止审理（劳动人事争议仲裁办案规则第四十七条）；中止的情形消除后，请先恢复审理。");
    }
    return switch (action) {
      case ACCEPT_TRANSFER -> c.transferPending() ? d : rule(d, "没有待接受的移送", "本案不是移送来的待接受案件。");
      case RESUME -> c.suspended() ? d : rule(d, "未中止审理", "本案没有中止审理，无需恢复。");
      // 办案规则 第三十六条: the counter-application is made in the defence period, which runs only from
      // service.
      case ACCEPT_COUNTER_APPLICATION ->
        c.served()
            ? d
            : rule(d, "答辩期尚未开始", "申请书副本尚未送达被申请人，答辩期尚未开始；被申请人可以在答辩期间提出反申请（劳动人事争议仲裁办案规则第三十六条）。");
      case REQUEST_CORRECTION ->
        c.correctionRequested() ? rule(d, "已要求过补正", "本案已要求过一次补正，不能再次要求；请决定受理或不予受理。") : d;
      case EXTEND_AWARD_DEADLINE, REQUEST_AWARD_EXTENSION -> {
        if (c.awardDue() == null) {
          yield new Decision(
              action, c.status(), null, Refusal.STATE, "当前状态不能办理", "只有审理中的案件可以延长裁决期限。");
        }
        // 劳动争议调解仲裁法 第四十三条: one extension of at most 15 days.
        if (c.awardExtended()) {
          yield rule(d, "已延长过", "裁决期限只能延长一次，且不超过十五日（劳动争议调解仲裁法第四十三条）。");
        }
        yield action == REQUEST_AWARD_EXTENSION && c.extensionRequestedAt() != null
            ? rule(
                d,
                "已申请延长",
                "已于 "
                    + FilingService.chinese(
                        LocalDate.ofInstant(c.extensionRequestedAt(), PortalZone.ZONE))
                    + " 申请延长，等待仲裁委员会主任批准。")
            : d;
      }
      case RECORD_SERVICE ->
        c.served()
            ? rule(
                d,
                "已记录送达",
                "申请书副本已于 " + FilingService.chinese(java.util.Objects.requireNonNull(c.servedOn()))
                    + " 送达被申请人（" + ("PAPER".equals(c.serviceMethod()) ? "书面送达" : "电子送达")
                    + "），答辩期限自该日起计算。")
            : d;
      // 劳动争议调解仲裁法 第三十条: the defence is due within 10 days of receiving the copy.
      case SUBMIT_DEFENCE ->
        c.defenceDue() != null && today.isAfter(c.defenceDue())
            ? rule(
                d,
                "答辩期已过",
                "答辩期已于 " + FilingService.chinese(c.defenceDue())
                    + " 届满（劳动争议调解仲裁法第三十条）。未提交答辩书不影响仲裁程序进行，您仍可以在开庭时陈述意见、提交证据。")
            : d;
      case ADD_EVIDENCE ->
        c.hearingBegun(clock.instant())
            ? rule(
                d,
                "已开庭",
                "本案已于 " + FilingService.chinese(LocalDate.ofInstant(c.hearingAt(), PortalZone.ZONE))
                    + " 开庭，不能再通过网上提交证据；如有新证据，请向仲裁庭说明并按其要求提交。")
            : d;
      default -> d;
    };
  }

  /** Actions that move the proceedings on: refused while the case is suspended or waits for a transfer to be accepted. */
  private static final Set<CaseAction> MOVES_PROCEEDINGS = EnumSet.of(
      TRANSFER_JURISDICTION,
      SUSPEND,
      SCHEDULE_HEARING,
      AWARD,
      START_MEDIATION,
      MOVE_TO_ARBITRATION,
      REQUEST_AWARD_EXTENSION,
      EXTEND_AWARD_DEADLINE);

  private static Decision rule(Decision d, String title, String reason) {
    return new Decision(d.action(), d.from(), null, Refusal.RULE, title, reason);
  }

  /** The transition if allowed; otherwise the refusal as a problem (409, or 403 for a role). */
  Transition require(CaseRecord c, CaseAction action, Actor who) {
    return transition(decide(c, action, who));
  }

  static Transition transition(Decision d) {
    if (d.allowed()) {
      return new Transition(d.action(), d.from(), d.to() == null ? d.from() : d.to());
    }
    throw switch (d.refusal()) {
      case STATE ->
        new FilingProblems.IllegalTransition(d.from(), d.reason() == null ? "" : d.reason());
      case RULE ->
        new FilingProblems.RuleViolated(
            d.title() == null ? "不能办理" : d.title(), d.reason() == null ? "" : d.reason());
      case ROLE -> new NotAllowed(d.reason() == null ? "" : d.reason());
      case null -> new IllegalStateException("unreachable");
    };
  }

  /** Every action of the viewer's side of the case, in a stable order, allowed or with the reason why not. */
  List<Views.ActionView> allowed(CaseRecord c, Actor who) {
    List<Views.ActionView> list = new ArrayList<>();
    for (CaseAction action : CaseAction.values()) {
      if (find(action, who.party()).isPresent()) {
        Decision d = decide(c, action, who);
        list.add(new Views.ActionView(action, action.label(), d.allowed(), d.reason()));
      }
    }
    return list;
  }

  /** The states an action may start from, for a party: read from the table (tests and documentation). */
  static Set<CaseStatus> from(CaseAction action, Party party) {
    return find(action, party).map(Rule::from).orElse(Set.of());
  }

  static final class NotAllowed extends DomainProblem {
    NotAllowed(String detail) {
      super(HttpStatus.FORBIDDEN, "没有权限", detail);
    }
  }
}
