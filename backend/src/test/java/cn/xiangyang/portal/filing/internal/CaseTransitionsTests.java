package cn.xiangyang.portal.filing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xiangyang.portal.accounts.StaffRole;
import cn.xiangyang.portal.calculators.Deadlines;
import cn.xiangyang.portal.filing.CaseAction;
import cn.xiangyang.portal.filing.CaseStatus;
import cn.xiangyang.portal.filing.Party;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Walks every (state, action, party) against the procedure written out here independently of the
 * table (劳动争议调解仲裁法 第二十八条至第五十条 as the portal implements them).
 */
class CaseTransitionsTests {

  /** "party action: from → to" for every allowed move; "=" keeps the state. Everything else is refused. */
  private static final List<String> PROCEDURE = List.of(
      "APPLICANT EDIT_APPLICATION: DRAFT =, CORRECTION_REQUESTED =",
      "APPLICANT ADD_EVIDENCE: DRAFT =, SUBMITTED =, CORRECTION_REQUESTED =, ACCEPTED =, IN_MEDIATION =, IN_ARBITRATION =, HEARING_SCHEDULED =",
      "APPLICANT REMOVE_EVIDENCE: DRAFT =, CORRECTION_REQUESTED =",
      "APPLICANT SUBMIT: DRAFT SUBMITTED",
      "APPLICANT RESUBMIT: CORRECTION_REQUESTED SUBMITTED",
      "APPLICANT DELETE_DRAFT: DRAFT =",
      "APPLICANT WITHDRAW: SUBMITTED WITHDRAWN, CORRECTION_REQUESTED WITHDRAWN, ACCEPTED WITHDRAWN, IN_MEDIATION WITHDRAWN, IN_ARBITRATION WITHDRAWN, HEARING_SCHEDULED WITHDRAWN",
      "RESPONDENT SUBMIT_DEFENCE: ACCEPTED =, IN_MEDIATION =, IN_ARBITRATION =, HEARING_SCHEDULED =",
      "RESPONDENT ADD_EVIDENCE: ACCEPTED =, IN_MEDIATION =, IN_ARBITRATION =, HEARING_SCHEDULED =",
      "STAFF ACCEPT: SUBMITTED ACCEPTED",
      "STAFF REJECT: SUBMITTED REJECTED, CORRECTION_REQUESTED REJECTED",
      "STAFF REQUEST_CORRECTION: SUBMITTED CORRECTION_REQUESTED",
      "STAFF ASSIGN: SUBMITTED =, CORRECTION_REQUESTED =, ACCEPTED =, IN_MEDIATION =, IN_ARBITRATION =, HEARING_SCHEDULED =",
      "STAFF RECORD_SERVICE: ACCEPTED =, IN_MEDIATION =, IN_ARBITRATION =, HEARING_SCHEDULED =",
      "STAFF REQUEST_AWARD_EXTENSION: ACCEPTED =, IN_MEDIATION =, IN_ARBITRATION =, HEARING_SCHEDULED =",
      "STAFF START_MEDIATION: ACCEPTED IN_MEDIATION",
      "STAFF RECORD_AGREEMENT: IN_MEDIATION MEDIATED, IN_ARBITRATION MEDIATED, HEARING_SCHEDULED MEDIATED",
      "STAFF MOVE_TO_ARBITRATION: ACCEPTED IN_ARBITRATION, IN_MEDIATION IN_ARBITRATION",
      "STAFF SCHEDULE_HEARING: IN_ARBITRATION HEARING_SCHEDULED, HEARING_SCHEDULED HEARING_SCHEDULED",
      "STAFF[DIRECTOR] EXTEND_AWARD_DEADLINE: ACCEPTED =, IN_MEDIATION =, IN_ARBITRATION =, HEARING_SCHEDULED =",
      "STAFF[ARBITRATOR,ADMIN] AWARD: HEARING_SCHEDULED AWARDED",
      "STAFF CLOSE: MEDIATED CLOSED, AWARDED CLOSED",
      // 办案规则 第四十六条: the events that restart or pause the award period keep the state.
      "STAFF[ARBITRATOR,ADMIN] CHANGE_CLAIMS: ACCEPTED =, IN_MEDIATION =, IN_ARBITRATION =, HEARING_SCHEDULED =",
      "STAFF[ARBITRATOR,ADMIN] ADD_PARTY: ACCEPTED =, IN_MEDIATION =, IN_ARBITRATION =, HEARING_SCHEDULED =",
      "STAFF ACCEPT_COUNTER_APPLICATION: ACCEPTED =, IN_MEDIATION =, IN_ARBITRATION =, HEARING_SCHEDULED =",
      "STAFF TRANSFER_JURISDICTION: ACCEPTED =, IN_MEDIATION =, IN_ARBITRATION =, HEARING_SCHEDULED =",
      "STAFF ACCEPT_TRANSFER: ACCEPTED =, IN_MEDIATION =, IN_ARBITRATION =, HEARING_SCHEDULED =",
      "STAFF[DIRECTOR] SUSPEND: ACCEPTED =, IN_MEDIATION =, IN_ARBITRATION =, HEARING_SCHEDULED =",
      "STAFF[ARBITRATOR,DIRECTOR,ADMIN] RESUME: ACCEPTED =, IN_MEDIATION =, IN_ARBITRATION =, HEARING_SCHEDULED =");

  /**
   * Where an application that asked for 仲裁 (not 先行调解) goes differently: straight to the tribunal on
   * acceptance (劳动争议调解仲裁法 第二十八条、第四十三条). Every other move is the same as above.
   */
  private static final List<String> ARBITRATION_ASKED =
      List.of("STAFF ACCEPT: SUBMITTED IN_ARBITRATION");

  /** "party[role] action from" → the state after; staff lines without roles are open to every staff role. */
  private static Map<String, CaseStatus> expected(ApplicationForm.Procedure asked) {
    Map<String, CaseStatus> moves = new HashMap<>();
    List<String> lines = new java.util.ArrayList<>(PROCEDURE);
    if (asked == ApplicationForm.Procedure.ARBITRATION) {
      lines.addAll(ARBITRATION_ASKED);
    }
    for (String line : lines) {
      String[] head = line.substring(0, line.indexOf(':')).split(" ");
      String party = head[0].replaceAll("\\[.*", "");
      List<String> roles = party.equals("STAFF")
          ? head[0].contains("[")
              ? List.of(head[0].replaceAll(".*\\[|]", "").split(","))
              : java.util.Arrays.stream(StaffRole.values()).map(Enum::name).toList()
          : List.of("-");
      for (String move : line.substring(line.indexOf(':') + 1).split(",")) {
        String[] ft = move.strip().split(" ");
        CaseStatus from = CaseStatus.valueOf(ft[0]);
        for (String role : roles) {
          moves.put(
              party + "[" + role + "] " + head[1] + " " + from,
              ft[1].equals("=") ? from : CaseStatus.valueOf(ft[1]));
        }
      }
    }
    return moves;
  }

  private static CaseTransitions.Actor actor(Party party) {
    return new CaseTransitions.Actor(party, party == Party.STAFF ? StaffRole.ARBITRATOR : null);
  }

  private static List<CaseTransitions.Actor> everyone() {
    List<CaseTransitions.Actor> all = new java.util.ArrayList<>();
    all.add(new CaseTransitions.Actor(Party.APPLICANT, null));
    all.add(new CaseTransitions.Actor(Party.RESPONDENT, null));
    for (StaffRole role : StaffRole.values()) {
      all.add(new CaseTransitions.Actor(Party.STAFF, role));
    }
    return all;
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(ApplicationForm.Procedure.class)
  void everyStateActionPartyAndRoleFollowsTheProcedureAndNothingElse(
      ApplicationForm.Procedure asked) {
    Map<String, CaseStatus> expected = expected(asked);
    int allowed = 0;
    for (CaseTransitions.Actor who : everyone()) {
      for (CaseAction action : CaseAction.values()) {
        for (CaseStatus state : CaseStatus.values()) {
          CaseTransitions.Decision d = CaseTransitions.byState(state, asked, action, who);
          String key = who.party() + "["
              + (who.role() == null ? "-" : who.role().name()) + "] " + action + " " + state;
          CaseStatus to = expected.get(key);
          if (to == null) {
            assertThat(d.allowed()).as(key).isFalse();
            assertThat(d.reason()).as(key).isNotBlank();
          } else {
            assertThat(d.allowed()).as(key).isTrue();
            assertThat(d.to()).as(key).isEqualTo(to);
            allowed++;
          }
        }
      }
    }
    assertThat(allowed).isEqualTo(expected.size());
  }

  @Test
  void nothingHappensToAFinishedCase() {
    for (CaseStatus end : List.of(CaseStatus.REJECTED, CaseStatus.CLOSED, CaseStatus.WITHDRAWN)) {
      for (Party party : Party.values()) {
        for (CaseAction action : CaseAction.values()) {
          assertThat(CaseTransitions.byState(end, action, actor(party)).allowed())
              .as(party + " " + action + " in " + end)
              .isFalse();
        }
      }
    }
  }

  private final LocalDate today = LocalDate.of(2026, 12, 2);
  private final CaseTransitions transitions = new CaseTransitions(new Deadlines(
      cn.xiangyang.portal.calculators.LegalCalendar.fromClasspath(),
      Clock.fixed(
          today.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
          ZoneId.of("Asia/Shanghai"))));

  static CaseRecord aCase(
      CaseStatus status,
      boolean correctionRequested,
      @org.jspecify.annotations.Nullable LocalDate defenceDue,
      @org.jspecify.annotations.Nullable LocalDate awardDue,
      boolean awardExtended) {
    Instant t = Instant.parse("2026-11-20T02:00:00Z");
    return new CaseRecord(
        UUID.randomUUID(),
        UUID.randomUUID(),
        status,
        new CaseRecord.StoredApplication(
            new CaseRecord.Applicant("申请人", null, null), ApplicationForm.empty()),
        List.of(),
        "xiangyang",
        "襄劳人仲案字〔2026〕第1号",
        t,
        t,
        t,
        null,
        t,
        t,
        defenceDue,
        awardDue,
        awardExtended,
        correctionRequested,
        null,
        null,
        null,
        null,
        null,
        null,
        t,
        defenceDue == null ? null : LocalDate.of(2026, 11, 20),
        defenceDue == null ? null : "PAPER",
        null,
        null,
        null);
  }

  @Test
  void correctionIsAskedOnceAndTheDeadlineExtendedOnceByTheDirectorOnly() {
    CaseTransitions.Actor clerk = new CaseTransitions.Actor(Party.STAFF, StaffRole.CLERK);
    CaseTransitions.Actor director = new CaseTransitions.Actor(Party.STAFF, StaffRole.DIRECTOR);
    assertThat(transitions
            .decide(
                aCase(CaseStatus.SUBMITTED, false, null, null, false),
                CaseAction.REQUEST_CORRECTION,
                clerk)
            .allowed())
        .isTrue();
    CaseTransitions.Decision again = transitions.decide(
        aCase(CaseStatus.SUBMITTED, true, null, null, false), CaseAction.REQUEST_CORRECTION, clerk);
    assertThat(again.refusal()).isEqualTo(CaseTransitions.Refusal.RULE);
    assertThat(again.reason()).contains("一次补正");

    LocalDate due = today.plusDays(30);
    CaseRecord open = aCase(CaseStatus.IN_ARBITRATION, false, null, due, false);
    // 办案规则 第四十五条: a clerk (or an arbitrator) asks, the director approves.
    CaseTransitions.Decision byClerk =
        transitions.decide(open, CaseAction.EXTEND_AWARD_DEADLINE, clerk);
    assertThat(byClerk.refusal()).isEqualTo(CaseTransitions.Refusal.ROLE);
    assertThat(byClerk.reason()).contains("仲裁委员会主任", "第四十五条", "申请延长审理期限");
    assertThat(
            transitions.decide(open, CaseAction.REQUEST_AWARD_EXTENSION, clerk).allowed())
        .isTrue();
    assertThat(
            transitions.decide(open, CaseAction.EXTEND_AWARD_DEADLINE, director).allowed())
        .isTrue();
    CaseTransitions.Decision twice = transitions.decide(
        aCase(CaseStatus.IN_ARBITRATION, false, null, due, true),
        CaseAction.EXTEND_AWARD_DEADLINE,
        director);
    assertThat(twice.refusal()).isEqualTo(CaseTransitions.Refusal.RULE);
    assertThat(twice.reason()).contains("第四十三条");
    assertThat(transitions
            .decide(
                aCase(CaseStatus.IN_ARBITRATION, false, null, due, true),
                CaseAction.REQUEST_AWARD_EXTENSION,
                clerk)
            .allowed())
        .isFalse();
  }

  @Test
  void serviceIsRecordedOnceAndAnUnservedCaseNeverClosesTheDefence() {
    CaseTransitions.Actor clerk = new CaseTransitions.Actor(Party.STAFF, StaffRole.CLERK);
    CaseTransitions.Actor employer = new CaseTransitions.Actor(Party.RESPONDENT, null);
    CaseRecord unserved = aCase(CaseStatus.ACCEPTED, false, null, today.plusDays(30), false);
    assertThat(transitions.decide(unserved, CaseAction.RECORD_SERVICE, clerk).allowed())
        .isTrue();
    assertThat(transitions.decide(unserved, CaseAction.SUBMIT_DEFENCE, employer).allowed())
        .isTrue();
    CaseTransitions.Decision twice = transitions.decide(
        aCase(CaseStatus.ACCEPTED, false, today, today.plusDays(30), false),
        CaseAction.RECORD_SERVICE,
        clerk);
    assertThat(twice.refusal()).isEqualTo(CaseTransitions.Refusal.RULE);
    assertThat(twice.reason()).contains("2026年11月20日", "书面送达");
  }

  @Test
  void onlyAnArbitratorAwardsAndTheRefusalIsAForbidden() {
    CaseRecord heard = aCase(CaseStatus.HEARING_SCHEDULED, false, null, today.plusDays(10), false);
    assertThat(transitions
            .decide(
                heard,
                CaseAction.AWARD,
                new CaseTransitions.Actor(Party.STAFF, StaffRole.ARBITRATOR))
            .allowed())
        .isTrue();
    CaseTransitions.Decision clerk = transitions.decide(
        heard, CaseAction.AWARD, new CaseTransitions.Actor(Party.STAFF, StaffRole.CLERK));
    assertThat(clerk.refusal()).isEqualTo(CaseTransitions.Refusal.ROLE);
    assertThat(clerk.reason()).isEqualTo("只有仲裁员可以作出裁决。");
    assertThatThrownBy(() -> transitions.require(
            heard, CaseAction.AWARD, new CaseTransitions.Actor(Party.STAFF, StaffRole.MEDIATOR)))
        .isInstanceOf(CaseTransitions.NotAllowed.class);
  }

  @Test
  void theDefenceClosesWhenItsTenDaysAreOver() {
    CaseTransitions.Actor employer = new CaseTransitions.Actor(Party.RESPONDENT, null);
    assertThat(transitions
            .decide(
                aCase(CaseStatus.ACCEPTED, false, today, null, false),
                CaseAction.SUBMIT_DEFENCE,
                employer)
            .allowed())
        .isTrue();
    CaseTransitions.Decision late = transitions.decide(
        aCase(CaseStatus.ACCEPTED, false, today.minusDays(1), null, false),
        CaseAction.SUBMIT_DEFENCE,
        employer);
    assertThat(late.refusal()).isEqualTo(CaseTransitions.Refusal.RULE);
    assertThat(late.reason()).contains("第三十条");
  }

  @Test
  void eachViewerSeesTheirOwnSideOfTheCaseWithReasons() {
    CaseRecord submitted = aCase(CaseStatus.SUBMITTED, false, null, null, false);
    List<Views.ActionView> staff =
        transitions.allowed(submitted, new CaseTransitions.Actor(Party.STAFF, StaffRole.CLERK));
    assertThat(staff)
        .extracting(Views.ActionView::action)
        .contains(CaseAction.ACCEPT, CaseAction.AWARD)
        .doesNotContain(CaseAction.SUBMIT_DEFENCE, CaseAction.SUBMIT);
    assertThat(staff.stream()
            .filter(a -> a.action() == CaseAction.ACCEPT)
            .findFirst()
            .orElseThrow()
            .allowed())
        .isTrue();
    Views.ActionView award =
        staff.stream().filter(a -> a.action() == CaseAction.AWARD).findFirst().orElseThrow();
    assertThat(award.allowed()).isFalse();
    assertThat(award.reason()).isNotBlank();
    List<Views.ActionView> worker =
        transitions.allowed(submitted, new CaseTransitions.Actor(Party.APPLICANT, null));
    assertThat(worker)
        .extracting(Views.ActionView::action)
        .containsExactly(
            CaseAction.EDIT_APPLICATION,
            CaseAction.ADD_EVIDENCE,
            CaseAction.REMOVE_EVIDENCE,
            CaseAction.SUBMIT,
            CaseAction.RESUBMIT,
            CaseAction.WITHDRAW,
            CaseAction.DELETE_DRAFT);
    assertThat(worker)
        .filteredOn(Views.ActionView::allowed)
        .extracting(Views.ActionView::action)
        .containsExactly(CaseAction.ADD_EVIDENCE, CaseAction.WITHDRAW);
  }

  @Test
  void evidenceIsAddedAfterSubmissionUntilTheHearingBegins() {
    CaseRecord scheduled = aCase(CaseStatus.HEARING_SCHEDULED, false, null, null, false);
    CaseTransitions.Actor worker = new CaseTransitions.Actor(Party.APPLICANT, null);
    CaseRecord ahead = withHearing(scheduled, Instant.now().plus(java.time.Duration.ofDays(3)));
    assertThat(transitions.decide(ahead, CaseAction.ADD_EVIDENCE, worker).allowed())
        .isTrue();
    CaseRecord heard = withHearing(scheduled, Instant.now().minus(java.time.Duration.ofHours(1)));
    CaseTransitions.Decision late = transitions.decide(heard, CaseAction.ADD_EVIDENCE, worker);
    assertThat(late.refusal()).isEqualTo(CaseTransitions.Refusal.RULE);
    assertThat(late.reason()).contains("开庭").contains("仲裁庭");
    assertThat(transitions
            .decide(
                heard, CaseAction.ADD_EVIDENCE, new CaseTransitions.Actor(Party.RESPONDENT, null))
            .allowed())
        .isFalse();
  }

  @Test
  void aSuspendedOrTransferredCaseWaitsAndOnlyTheDirectorSuspends() {
    CaseTransitions.Actor clerk = new CaseTransitions.Actor(Party.STAFF, StaffRole.CLERK);
    CaseTransitions.Actor arbitrator = new CaseTransitions.Actor(Party.STAFF, StaffRole.ARBITRATOR);
    CaseTransitions.Actor director = new CaseTransitions.Actor(Party.STAFF, StaffRole.DIRECTOR);
    CaseRecord open =
        aCase(CaseStatus.IN_ARBITRATION, false, today.plusDays(5), today.plusDays(30), false);
    // 办案规则 第四十七条: the director (or the head he entrusts) approves a suspension.
    assertThat(transitions.decide(open, CaseAction.SUSPEND, director).allowed()).isTrue();
    CaseTransitions.Decision byArbitrator =
        transitions.decide(open, CaseAction.SUSPEND, arbitrator);
    assertThat(byArbitrator.refusal()).isEqualTo(CaseTransitions.Refusal.ROLE);
    assertThat(byArbitrator.reason()).contains("仲裁委员会主任", "第四十七条");
    assertThat(transitions.decide(open, CaseAction.RESUME, arbitrator).reason()).contains("没有中止审理");
    assertThat(transitions.decide(open, CaseAction.ACCEPT_TRANSFER, clerk).reason())
        .contains("不是移送来的");
    // 第四十四条、第四十六条第一项: the tribunal decides on changed claims and added parties.
    assertThat(transitions.decide(open, CaseAction.CHANGE_CLAIMS, arbitrator).allowed())
        .isTrue();
    assertThat(transitions.decide(open, CaseAction.ADD_PARTY, clerk).refusal())
        .isEqualTo(CaseTransitions.Refusal.ROLE);
    assertThat(transitions
            .decide(open, CaseAction.ACCEPT_COUNTER_APPLICATION, clerk)
            .allowed())
        .isTrue();

    CaseRecord suspended = with(open, LocalDate.of(2026, 11, 30), null);
    assertThat(transitions.decide(suspended, CaseAction.RESUME, arbitrator).allowed())
        .isTrue();
    for (CaseAction waits : List.of(
        CaseAction.SUSPEND,
        CaseAction.CHANGE_CLAIMS,
        CaseAction.SCHEDULE_HEARING,
        CaseAction.EXTEND_AWARD_DEADLINE,
        CaseAction.TRANSFER_JURISDICTION)) {
      CaseTransitions.Decision d = transitions.decide(
          suspended,
          waits,
          waits == CaseAction.EXTEND_AWARD_DEADLINE || waits == CaseAction.SUSPEND
              ? director
              : arbitrator);
      assertThat(d.refusal()).as(waits.name()).isEqualTo(CaseTransitions.Refusal.RULE);
      assertThat(d.reason()).as(waits.name()).contains("2026年11月30日", "中止审理", "恢复审理");
    }
    assertThat(transitions
            .decide(
                aCase(CaseStatus.HEARING_SCHEDULED, false, null, today.plusDays(3), false),
                CaseAction.AWARD,
                arbitrator)
            .allowed())
        .isTrue();
    assertThat(transitions
            .decide(
                with(
                    aCase(CaseStatus.HEARING_SCHEDULED, false, null, today.plusDays(3), false),
                    today,
                    null),
                CaseAction.AWARD,
                arbitrator)
            .allowed())
        .isFalse();

    // 办案规则 第九条: a transferred case waits for the receiving commission to accept it.
    CaseRecord transferred = with(open, null, "fancheng");
    assertThat(
            transitions.decide(transferred, CaseAction.ACCEPT_TRANSFER, clerk).allowed())
        .isTrue();
    assertThat(transitions
            .decide(transferred, CaseAction.SCHEDULE_HEARING, arbitrator)
            .reason())
        .contains("移送管辖", "第九条");
    assertThat(transitions
            .decide(transferred, CaseAction.TRANSFER_JURISDICTION, clerk)
            .allowed())
        .isFalse();
    // 第三十六条: the counter-application belongs to the defence period, which runs only from service.
    CaseTransitions.Decision unserved = transitions.decide(
        aCase(CaseStatus.ACCEPTED, false, null, today.plusDays(30), false),
        CaseAction.ACCEPT_COUNTER_APPLICATION,
        clerk);
    assertThat(unserved.refusal()).isEqualTo(CaseTransitions.Refusal.RULE);
    assertThat(unserved.reason()).contains("答辩期尚未开始", "第三十六条");
  }

  private static CaseRecord with(
      CaseRecord c,
      @org.jspecify.annotations.Nullable LocalDate suspendedOn,
      @org.jspecify.annotations.Nullable String transferFrom) {
    return new CaseRecord(
        c.id(),
        c.workerId(),
        c.status(),
        c.application(),
        c.respondentCodes(),
        c.commissionId(),
        c.caseNumber(),
        c.createdAt(),
        c.updatedAt(),
        c.submittedAt(),
        c.acceptanceDue(),
        c.acceptedAt(),
        c.servedAt(),
        c.defenceDue(),
        c.awardDue(),
        c.awardExtended(),
        c.correctionRequested(),
        c.correctionItems(),
        c.rejectionReason(),
        c.assignedTo(),
        c.outcomeSummary(),
        c.finalAward(),
        c.closedAt(),
        c.copySentAt(),
        c.servedOn(),
        c.serviceMethod(),
        c.extensionRequestedAt(),
        c.extensionRequestReason(),
        c.hearingAt(),
        null,
        null,
        0,
        suspendedOn,
        suspendedOn == null ? null : "第四十七条第一款第（六）项：等待工伤认定",
        transferFrom,
        null);
  }

  @Test
  void
      anApplicationThatAskedForArbitrationIsHeardFromAcceptanceAndOneForMediationIsMediatedFirst() {
    CaseTransitions.Actor clerk = new CaseTransitions.Actor(Party.STAFF, StaffRole.CLERK);
    CaseRecord mediation = withProcedure(
        aCase(CaseStatus.SUBMITTED, false, null, null, false), ApplicationForm.Procedure.MEDIATION);
    CaseRecord arbitration = withProcedure(mediation, ApplicationForm.Procedure.ARBITRATION);
    CaseRecord unsaid = aCase(CaseStatus.SUBMITTED, false, null, null, false);
    assertThat(transitions.require(arbitration, CaseAction.ACCEPT, clerk).to())
        .isEqualTo(CaseStatus.IN_ARBITRATION);
    assertThat(transitions.require(mediation, CaseAction.ACCEPT, clerk).to())
        .isEqualTo(CaseStatus.ACCEPTED);
    assertThat(transitions.require(unsaid, CaseAction.ACCEPT, clerk).to())
        .isEqualTo(CaseStatus.ACCEPTED);
    // after a failed mediation the case still moves to arbitration by the staff's decision
    CaseRecord mediating = withProcedure(
        aCase(CaseStatus.IN_MEDIATION, false, null, null, false),
        ApplicationForm.Procedure.MEDIATION);
    assertThat(transitions
            .require(mediating, CaseAction.MOVE_TO_ARBITRATION, clerk)
            .to())
        .isEqualTo(CaseStatus.IN_ARBITRATION);
    CaseRecord heard = withProcedure(
        aCase(CaseStatus.IN_ARBITRATION, false, null, null, false),
        ApplicationForm.Procedure.ARBITRATION);
    assertThat(transitions.decide(heard, CaseAction.MOVE_TO_ARBITRATION, clerk).refusal())
        .isEqualTo(CaseTransitions.Refusal.STATE);
    assertThat(transitions.decide(heard, CaseAction.SCHEDULE_HEARING, clerk).allowed())
        .isTrue();
  }

  private static CaseRecord withProcedure(CaseRecord c, ApplicationForm.Procedure p) {
    ApplicationForm f = c.application().form();
    ApplicationForm form = new ApplicationForm(
        p,
        f.applicant(),
        f.respondents(),
        f.employment(),
        f.claims(),
        f.factsAndReasons(),
        f.evidenceNotes(),
        f.knewOn(),
        f.migrantWorker(),
        f.witnesses(),
        f.interruptedOn());
    return new CaseRecord(
        c.id(),
        c.workerId(),
        c.status(),
        new CaseRecord.StoredApplication(c.application().applicant(), form),
        c.respondentCodes(),
        c.commissionId(),
        c.caseNumber(),
        c.createdAt(),
        c.updatedAt(),
        c.submittedAt(),
        c.acceptanceDue(),
        c.acceptedAt(),
        c.servedAt(),
        c.defenceDue(),
        c.awardDue(),
        c.awardExtended(),
        c.correctionRequested(),
        c.correctionItems(),
        c.rejectionReason(),
        c.assignedTo(),
        c.outcomeSummary(),
        c.finalAward(),
        c.closedAt(),
        c.copySentAt(),
        c.servedOn(),
        c.serviceMethod(),
        c.extensionRequestedAt(),
        c.extensionRequestReason(),
        c.hearingAt());
  }

  private static CaseRecord withHearing(CaseRecord c, Instant at) {
    return new CaseRecord(
        c.id(),
        c.workerId(),
        c.status(),
        c.application(),
        c.respondentCodes(),
        c.commissionId(),
        c.caseNumber(),
        c.createdAt(),
        c.updatedAt(),
        c.submittedAt(),
        c.acceptanceDue(),
        c.acceptedAt(),
        c.servedAt(),
        c.defenceDue(),
        c.awardDue(),
        c.awardExtended(),
        c.correctionRequested(),
        c.correctionItems(),
        c.rejectionReason(),
        c.assignedTo(),
        c.outcomeSummary(),
        c.finalAward(),
        c.closedAt(),
        c.copySentAt(),
        c.servedOn(),
        c.serviceMethod(),
        c.extensionRequestedAt(),
        c.extensionRequestReason(),
        at);
  }
}
