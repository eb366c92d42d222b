package cn.xiangyang.portal.filing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.calculators.Citation;
import cn.xiangyang.portal.calculators.Deadlines;
import cn.xiangyang.portal.calculators.LegalCalendar;
import cn.xiangyang.portal.filing.CaseStatus;
import cn.xiangyang.portal.filing.Party;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The deadlines that follow a case, judged against a fixed clock (hand-counted on the 2026/2027 calendar). */
class CaseDeadlinesTests {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LegalCalendar CALENDAR = LegalCalendar.fromClasspath();

  static CaseDeadlines on(LocalDate today) {
    return new CaseDeadlines(
        new Deadlines(CALENDAR, Clock.fixed(today.atTime(10, 0).atZone(ZONE).toInstant(), ZONE)));
  }

  static Instant at(LocalDate day) {
    return day.atTime(9, 0).atZone(ZONE).toInstant();
  }

  static CaseRecord aCase(
      CaseStatus status,
      LocalDate submitted,
      @Nullable LocalDate acceptanceDue,
      @Nullable LocalDate accepted,
      @Nullable LocalDate servedOn,
      @Nullable LocalDate defenceDue,
      @Nullable LocalDate awardDue,
      boolean extended,
      boolean corrected) {
    Instant t = at(submitted);
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
        acceptanceDue,
        accepted == null ? null : at(accepted),
        servedOn == null ? null : at(servedOn),
        defenceDue,
        awardDue,
        extended,
        corrected,
        null,
        null,
        null,
        null,
        null,
        null,
        accepted == null ? null : at(accepted),
        servedOn,
        servedOn == null ? null : "PAPER",
        null,
        null,
        null);
  }

  static Views.DeadlineView code(List<Views.DeadlineView> all, String code) {
    return all.stream()
        .filter(d -> d.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in " + all));
  }

  @Test
  void theDefenceIsNotServedUntilServiceIsRecordedAndNobodyIsToldItExpired() {
    LocalDate accepted = LocalDate.of(2026, 11, 27);
    CaseRecord c = aCase(
        CaseStatus.ACCEPTED,
        LocalDate.of(2026, 11, 20),
        null,
        accepted,
        null,
        null,
        LocalDate.of(2027, 1, 11),
        false,
        false);
    // A month later, still not served: the defence is 未送达 for everyone, never expired.
    for (Party viewer : Party.values()) {
      Views.DeadlineView defence =
          code(on(LocalDate.of(2026, 12, 28)).of(c, List.of(), viewer), "DEFENCE");
      assertThat(defence.due()).isNull();
      assertThat(defence.daysLeft()).isNull();
      assertThat(defence.urgency()).isEqualTo(Deadlines.Urgency.NOT_STARTED);
      assertThat(defence.pending()).isEqualTo("未送达");
      assertThat(defence.citations())
          .contains(Citation.arbitrationLaw(30), Citation.caseHandlingRules(80));
    }
    // Staff see the service deadline instead: 5 working days after 2026-11-27 → 2026-12-04, overdue
    // on 12-07.
    List<Views.DeadlineView> staff = on(LocalDate.of(2026, 12, 7)).of(c, List.of(), Party.STAFF);
    Views.DeadlineView service = code(staff, "SERVICE");
    assertThat(service.due()).isEqualTo(LocalDate.of(2026, 12, 4));
    assertThat(service.urgency()).isEqualTo(Deadlines.Urgency.OVERDUE);
    assertThat(service.explanation()).contains("工作日");
    assertThat(CaseDeadlines.flags(staff))
        .extracting(Views.DeadlineView::code)
        .contains("SERVICE")
        .doesNotContain("DEFENCE");
    assertThat(on(LocalDate.of(2026, 12, 7)).of(c, List.of(), Party.RESPONDENT))
        .extracting(Views.DeadlineView::code)
        .doesNotContain("SERVICE");
  }

  @Test
  void theDefenceRunsTenWorkingDaysFromTheRecordedServiceNotFromAcceptance() {
    LocalDate accepted = LocalDate.of(2026, 11, 20);
    LocalDate served = LocalDate.of(2026, 11, 27);
    LocalDate due = on(served)
        .of(
            aCase(
                CaseStatus.ACCEPTED,
                accepted,
                null,
                accepted,
                served,
                LocalDate.of(2026, 12, 11),
                null,
                false,
                false),
            List.of(),
            Party.RESPONDENT)
        .getFirst()
        .due();
    // 第三十条 with 办案规则 第八十条: from 2026-11-27, ten working days → 2026-12-11 (the example).
    assertThat(due).isEqualTo(LocalDate.of(2026, 12, 11));
    CaseRecord c = aCase(
        CaseStatus.ACCEPTED,
        accepted,
        null,
        accepted,
        served,
        LocalDate.of(2026, 12, 11),
        null,
        false,
        false);
    // On 2026-12-07 an employer counting from acceptance would think it expired on 12-04; it has
    // not.
    Views.DeadlineView onTrack =
        code(on(LocalDate.of(2026, 12, 7)).of(c, List.of(), Party.RESPONDENT), "DEFENCE");
    assertThat(onTrack.urgency()).isEqualTo(Deadlines.Urgency.ON_TRACK);
    assertThat(onTrack.daysLeft()).isEqualTo(4L);
    assertThat(onTrack.explanation()).contains("被申请人收到仲裁申请书副本之日", "2026年12月11日");
    assertThat(code(on(LocalDate.of(2026, 12, 12)).of(c, List.of(), Party.STAFF), "DEFENCE")
            .urgency())
        .isEqualTo(Deadlines.Urgency.OVERDUE);
    // The applicant is not shown a passed defence deadline.
    assertThat(on(LocalDate.of(2026, 12, 12)).of(c, List.of(), Party.APPLICANT))
        .extracting(Views.DeadlineView::code)
        .doesNotContain("DEFENCE");
  }

  @Test
  void anOverdueAcceptanceTellsTheApplicantHeMaySueDirectly() {
    // Received 2026-11-27 → decision due 2026-12-04 (5 working days).
    CaseRecord c = aCase(
        CaseStatus.SUBMITTED,
        LocalDate.of(2026, 11, 27),
        LocalDate.of(2026, 12, 4),
        null,
        null,
        null,
        null,
        false,
        false);
    Views.DeadlineView intime =
        code(on(LocalDate.of(2026, 12, 4)).of(c, List.of(), Party.APPLICANT), "ACCEPTANCE");
    assertThat(intime.urgency()).isEqualTo(Deadlines.Urgency.NEAR);
    assertThat(intime.note()).isNull();
    Views.DeadlineView late =
        code(on(LocalDate.of(2026, 12, 7)).of(c, List.of(), Party.APPLICANT), "ACCEPTANCE");
    assertThat(late.urgency()).isEqualTo(Deadlines.Urgency.OVERDUE);
    assertThat(late.note()).contains("直接向人民法院提起诉讼", "第二十九条");
    assertThat(late.citations())
        .contains(Citation.arbitrationLaw(29), Citation.caseHandlingRules(80));
    assertThat(code(on(LocalDate.of(2026, 12, 7)).of(c, List.of(), Party.STAFF), "ACCEPTANCE")
            .note())
        .isNull();
  }

  @Test
  void afterCorrectionTheAcceptancePeriodRunsFromTheCompletedApplicationAndCitesArticle46() {
    // 补正 completed (resubmitted) on 2026-12-28: 5 working days over New Year 2027 → 2027-01-05.
    CaseRecord c = aCase(
        CaseStatus.SUBMITTED,
        LocalDate.of(2026, 12, 28),
        LocalDate.of(2027, 1, 5),
        null,
        null,
        null,
        null,
        false,
        true);
    Views.DeadlineView acceptance =
        code(on(LocalDate.of(2026, 12, 29)).of(c, List.of(), Party.STAFF), "ACCEPTANCE");
    assertThat(acceptance.due()).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(acceptance.explanation()).contains("2027年1月5日");
    assertThat(acceptance.citations()).contains(Citation.caseHandlingRules(46));
  }

  @Test
  void anOverdueAwardTellsThePartiesTheyMaySueWithTheExceptionsOfInterpretationOneArticle12() {
    // Accepted 2026-12-17: 45 natural days end on Sunday 2027-01-31 → rolled over to 2027-02-01.
    LocalDate accepted = LocalDate.of(2026, 12, 17);
    CaseRecord c = aCase(
        CaseStatus.IN_ARBITRATION,
        accepted,
        null,
        accepted,
        accepted,
        LocalDate.of(2026, 12, 31),
        LocalDate.of(2027, 2, 1),
        false,
        false);
    Views.DeadlineView award =
        code(on(LocalDate.of(2027, 2, 1)).of(c, List.of(), Party.APPLICANT), "AWARD");
    assertThat(award.due()).isEqualTo(LocalDate.of(2027, 2, 1));
    assertThat(award.note()).isNull();
    assertThat(award.explanation()).contains("顺延");
    assertThat(award.citations()).contains(Citation.arbitrationLaw(43), Citation.civilCode(203));
    Views.DeadlineView late =
        code(on(LocalDate.of(2027, 2, 2)).of(c, List.of(), Party.APPLICANT), "AWARD");
    assertThat(late.urgency()).isEqualTo(Deadlines.Urgency.OVERDUE);
    assertThat(late.note()).contains("第四十三条", "第十二条", "送达延误");
    assertThat(late.citations()).contains(Citation.spcInterpretation(12));
    assertThat(code(on(LocalDate.of(2027, 2, 2)).of(c, List.of(), Party.STAFF), "AWARD")
            .note())
        .isNull();
    // With the director's extension: 60 natural days → 2027-02-15, citing 办案规则 第四十五条.
    CaseRecord extended = aCase(
        CaseStatus.IN_ARBITRATION,
        accepted,
        null,
        accepted,
        accepted,
        LocalDate.of(2026, 12, 31),
        LocalDate.of(2027, 2, 15),
        true,
        false);
    Views.DeadlineView longer =
        code(on(LocalDate.of(2027, 2, 2)).of(extended, List.of(), Party.APPLICANT), "AWARD");
    assertThat(longer.urgency()).isEqualTo(Deadlines.Urgency.ON_TRACK);
    assertThat(longer.citations()).contains(Citation.caseHandlingRules(45));
  }

  static CaseRecord restarted(
      CaseRecord c,
      @Nullable LocalDate from,
      @Nullable String event,
      int paused,
      @Nullable LocalDate suspendedOn,
      @Nullable String transferFrom) {
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
        from,
        event,
        paused,
        suspendedOn,
        suspendedOn == null ? null : "等待工伤认定",
        transferFrom,
        null);
  }

  @Test
  void theAwardPeriodIsCountedAnewAfterACounterApplicationAndTheSuspendedDaysAreNotCounted() {
    LocalDate accepted = LocalDate.of(2026, 11, 27);
    CaseRecord base = aCase(
        CaseStatus.IN_ARBITRATION,
        accepted,
        null,
        accepted,
        accepted,
        LocalDate.of(2026, 12, 11),
        LocalDate.of(2027, 1, 11),
        false,
        false);
    CaseDeadlines deadlines = on(LocalDate.of(2026, 12, 28));
    // 办案规则 第四十六条第四项: counter-application accepted and merged on 2026-12-10: 45 natural days end on
    // Sunday 2027-01-24 → Monday 2027-01-25 (民法典 第二百零三条).
    CaseRecord merged =
        restarted(base, LocalDate.of(2026, 12, 10), "ACCEPT_COUNTER_APPLICATION", 0, null, null);
    assertThat(deadlines.awardRule(merged).lastDay()).isEqualTo(LocalDate.of(2027, 1, 25));
    assertThat(deadlines.awardRule(merged).explanation())
        .contains("受理反申请之日", "2026年12月10日", "第四十六条", "顺延", "2027年1月25日");
    assertThat(deadlines.awardRule(merged).citations())
        .contains(Citation.caseHandlingRules(46), Citation.civilCode(203));
    // 第六项: suspended 2026-12-15, resumed 2026-12-25: 10 days not counted → Wednesday 2027-02-03.
    CaseRecord resumed =
        restarted(base, LocalDate.of(2026, 12, 10), "ACCEPT_COUNTER_APPLICATION", 10, null, null);
    assertThat(deadlines.awardRule(resumed).lastDay()).isEqualTo(LocalDate.of(2027, 2, 3));
    assertThat(deadlines.awardRule(resumed).explanation()).contains("中止审理的 10 日不计入", "第六项");
    // 第一项: a party added on 2026-12-01 → 2027-01-15 (Friday).
    assertThat(deadlines
            .awardRule(restarted(base, LocalDate.of(2026, 12, 1), "ADD_PARTY", 0, null, null))
            .lastDay())
        .isEqualTo(LocalDate.of(2027, 1, 15));

    // While suspended, no last day is shown and nobody is told it is overdue, even long after the
    // old one.
    CaseRecord suspended = restarted(base, null, null, 0, LocalDate.of(2026, 12, 15), null);
    for (Party viewer : Party.values()) {
      Views.DeadlineView award =
          code(on(LocalDate.of(2027, 3, 1)).of(suspended, List.of(), viewer), "AWARD");
      assertThat(award.due()).isNull();
      assertThat(award.urgency()).isEqualTo(Deadlines.Urgency.NOT_STARTED);
      assertThat(award.pending()).isEqualTo("中止审理中");
      assertThat(award.note()).isNull();
      assertThat(award.explanation()).contains("2026年12月15日", "第四十六条第六项");
      assertThat(CaseDeadlines.flags(on(LocalDate.of(2027, 3, 1)).of(suspended, List.of(), viewer)))
          .extracting(Views.DeadlineView::code)
          .doesNotContain("AWARD");
    }
    // A transfer not yet accepted: the period waits for the receiving commission (第四十六条第五项).
    Views.DeadlineView transferred = code(
        on(LocalDate.of(2027, 3, 1))
            .of(restarted(base, null, null, 0, null, "xiangyang"), List.of(), Party.APPLICANT),
        "AWARD");
    assertThat(transferred.pending()).isEqualTo("移送管辖中");
    assertThat(transferred.explanation()).contains("接受移送之日起重新计算");

    // Every article these deadlines cite exists in the knowledge base (办案规则 第九、四十六、四十七、四十八条;
    // 解释（一）第十二条).
    cn.xiangyang.portal.kb.Corpus corpus = cn.xiangyang.portal.kb.Corpus.loadFromClasspath();
    java.util.Set<Citation> cited = new java.util.LinkedHashSet<>();
    for (CaseRecord c : List.of(
        merged, resumed, suspended, restarted(base, null, null, 0, null, "xiangyang"), base)) {
      for (LocalDate day : List.of(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 3, 1))) {
        for (Party viewer : Party.values()) {
          on(day).of(c, List.of(), viewer).forEach(d -> cited.addAll(d.citations()));
        }
      }
    }
    assertThat(cited)
        .contains(
            Citation.caseHandlingRules(9),
            Citation.caseHandlingRules(46),
            Citation.caseHandlingRules(47),
            Citation.caseHandlingRules(48),
            Citation.spcInterpretation(12));
    for (Citation c : cited) {
      assertThat(corpus.article(new cn.xiangyang.portal.kb.ArticleRef(c.lawId(), c.article())))
          .as(c.label())
          .isPresent();
    }
  }

  @Test
  void anOverdueAcceptanceTellsTheApplicantHeMaySueWithTheExceptionOfArticle12() {
    LocalDate received = LocalDate.of(2026, 11, 27);
    CaseRecord c = aCase(
        CaseStatus.SUBMITTED,
        received,
        LocalDate.of(2026, 12, 4),
        null,
        null,
        null,
        null,
        false,
        false);
    Views.DeadlineView onTime =
        code(on(LocalDate.of(2026, 12, 4)).of(c, List.of(), Party.APPLICANT), "ACCEPTANCE");
    assertThat(onTime.note()).isNull();
    Views.DeadlineView late =
        code(on(LocalDate.of(2026, 12, 7)).of(c, List.of(), Party.APPLICANT), "ACCEPTANCE");
    assertThat(late.note()).contains("直接向人民法院提起诉讼", "第二十九条", "移送管辖", "第十二条");
    assertThat(late.citations())
        .contains(Citation.arbitrationLaw(29), Citation.spcInterpretation(12));
    assertThat(code(on(LocalDate.of(2026, 12, 7)).of(c, List.of(), Party.STAFF), "ACCEPTANCE")
            .note())
        .isNull();
  }

  @Test
  void afterAFinalAwardTheEmployerIsToldItMayApplyToRevokeNotToSue() {
    LocalDate accepted = LocalDate.of(2026, 10, 9);
    CaseRecord base = aCase(
        CaseStatus.AWARDED,
        accepted,
        null,
        accepted,
        accepted,
        null,
        LocalDate.of(2026, 11, 23),
        false,
        false);
    CaseRecord finalAward = new CaseRecord(
        base.id(),
        base.workerId(),
        base.status(),
        base.application(),
        base.respondentCodes(),
        base.commissionId(),
        base.caseNumber(),
        base.createdAt(),
        base.updatedAt(),
        base.submittedAt(),
        base.acceptanceDue(),
        base.acceptedAt(),
        base.servedAt(),
        base.defenceDue(),
        base.awardDue(),
        false,
        false,
        null,
        null,
        null,
        "支付工资 8000 元",
        true,
        null,
        base.copySentAt(),
        base.servedOn(),
        base.serviceMethod(),
        null,
        null,
        null);
    LocalDate received = LocalDate.of(2026, 11, 27);
    Views.DocumentView award = new Views.DocumentView(
        UUID.randomUUID(),
        "AWARD",
        "裁决书",
        "本裁决为终局裁决。",
        at(LocalDate.of(2026, 11, 20)),
        "BOTH",
        null,
        List.of(
            new Views.ServiceView("APPLICANT", "PAPER", received, null, "书面送达"),
            new Views.ServiceView("RESPONDENT", "PAPER", received, null, "书面送达")));
    CaseDeadlines today = on(LocalDate.of(2026, 12, 1));
    // 第四十九条: the employer cannot sue against a final award; it may apply to revoke it within 30
    // days.
    Views.DeadlineView employer =
        code(today.of(finalAward, List.of(award), Party.RESPONDENT), "REVOCATION");
    assertThat(employer.due()).isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(employer.citation()).isEqualTo(Citation.arbitrationLaw(49));
    assertThat(employer.title()).contains("申请撤销", "30 日");
    assertThat(today.of(finalAward, List.of(award), Party.RESPONDENT))
        .extracting(Views.DeadlineView::code)
        .doesNotContain("LAWSUIT");
    // 第四十八条: the worker may still sue within 15 days, the last day rolled over the weekend.
    Views.DeadlineView worker =
        code(today.of(finalAward, List.of(award), Party.APPLICANT), "LAWSUIT");
    assertThat(worker.due()).isEqualTo(LocalDate.of(2026, 12, 14));
    assertThat(worker.citation()).isEqualTo(Citation.arbitrationLaw(48));
    // Any other award: either side may sue within 15 days (第五十条).
    Views.DeadlineView ordinary = code(today.of(base, List.of(award), Party.RESPONDENT), "LAWSUIT");
    assertThat(ordinary.citation()).isEqualTo(Citation.arbitrationLaw(50));
    assertThat(ordinary.due()).isEqualTo(LocalDate.of(2026, 12, 14));
  }
}
