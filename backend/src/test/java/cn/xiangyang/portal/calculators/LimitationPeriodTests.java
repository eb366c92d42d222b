package cn.xiangyang.portal.calculators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xiangyang.portal.calculators.LimitationPeriod.Assessment;
import cn.xiangyang.portal.calculators.LimitationPeriod.ClaimKind;
import cn.xiangyang.portal.calculators.LimitationPeriod.Query;
import cn.xiangyang.portal.calculators.LimitationPeriod.Status;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class LimitationPeriodTests {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  private static final LimitationPeriod LIMITATION = new LimitationPeriod(
      LegalCalendar.fromClasspath(),
      Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));

  private static Query query(
      ClaimKind type,
      @Nullable String knewOn,
      @Nullable String ended,
      @Nullable Boolean stillEmployed,
      @Nullable String periodFrom,
      @Nullable String periodTo,
      @Nullable String interruptedOn,
      @Nullable String asOf) {
    return new Query(
        type,
        d(knewOn),
        d(ended),
        stillEmployed,
        d(periodFrom),
        d(periodTo),
        d(interruptedOn),
        null,
        null,
        d(asOf));
  }

  private static @Nullable LocalDate d(@Nullable String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  @Test
  void dismissalKnownOnASundayAnniversaryEndsOnMonday() {
    Assessment a = LIMITATION.assess(query(
        ClaimKind.UNLAWFUL_TERMINATION_DAMAGES,
        "2025-03-15",
        null,
        null,
        null,
        null,
        null,
        "2026-01-10"));
    assertThat(a.status()).isEqualTo(Status.RUNNING);
    assertThat(a.lastDay()).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(a.citations()).contains(Citation.arbitrationLaw(27), Citation.civilCode(203));
  }

  @Test
  void claimCanStillBeFiledOnTheLastDayAndExpiresTheDayAfter() {
    assertThat(LIMITATION
            .assess(query(
                ClaimKind.ECONOMIC_COMPENSATION,
                "2025-03-10",
                null,
                null,
                null,
                null,
                null,
                "2026-03-10"))
            .status())
        .isEqualTo(Status.RUNNING);
    Assessment expired = LIMITATION.assess(query(
        ClaimKind.ECONOMIC_COMPENSATION, "2025-03-10", null, null, null, null, null, "2026-03-11"));
    assertThat(expired.status()).isEqualTo(Status.EXPIRED);
    assertThat(expired.explanation()).contains("仍会受理").contains("中断").contains("中止");
  }

  @Test
  void leapDayEndsOnTheLastDayOfFebruary() {
    // 2024-02-29 + 1 year = 2025-02-28 (Friday, a working day).
    assertThat(LIMITATION
            .assess(
                query(ClaimKind.OTHER, "2024-02-29", null, null, null, null, null, "2024-06-01"))
            .lastDay())
        .isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @Test
  void wagesWhileStillEmployedAreNotTimeBarred() {
    Assessment a = LIMITATION.assess(
        query(ClaimKind.UNPAID_WAGES, "2020-01-01", null, true, null, null, null, null));
    assertThat(a.status()).isEqualTo(Status.NOT_STARTED);
    assertThat(a.lastDay()).isNull();
  }

  @Test
  void wagesWithoutAnAnswerOnEmploymentCannotBeAssessed() {
    assertThatThrownBy(() -> LIMITATION.assess(
            query(ClaimKind.UNPAID_WAGES, null, null, null, null, null, null, null)))
        .isInstanceOf(LimitationPeriod.MissingFact.class)
        .hasMessageContaining("是否已经离职")
        .extracting(e -> ((LimitationPeriod.MissingFact) e).field())
        .isEqualTo("stillEmployed");
  }

  @Test
  void wagesAfterLeavingRunOneYearFromTheEnd() {
    Assessment a = LIMITATION.assess(
        query(ClaimKind.OVERTIME_PAY, null, "2025-11-10", false, null, null, null, null));
    assertThat(a.status()).isEqualTo(Status.EXPIRED);
    assertThat(a.lastDay()).isEqualTo(LocalDate.of(2026, 11, 10));
  }

  @Test
  void leftWithoutAnEndDateAsksForIt() {
    assertThatThrownBy(() -> LIMITATION.assess(
            query(ClaimKind.UNPAID_WAGES, null, null, false, null, null, null, null)))
        .isInstanceOf(LimitationPeriod.MissingFact.class)
        .extracting(e -> ((LimitationPeriod.MissingFact) e).field())
        .isEqualTo("employmentEnded");
  }

  @Test
  void doubleWagesRunFromTheEndOfTheDoubleWagePeriodNotFromLeaving() {
    // Without a contract from 2025-01-01: the period ends 11 months later, 2025-11-30; leaving in
    // 2026 changes nothing.
    Assessment a = LIMITATION.assess(
        query(ClaimKind.DOUBLE_WAGES, null, "2026-06-30", false, "2025-01-01", null, null, null));
    assertThat(a.startsOn()).isEqualTo(LocalDate.of(2025, 11, 30));
    assertThat(a.lastDay()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(a.status()).isEqualTo(Status.EXPIRED);
    assertThat(a.explanation()).contains("不是劳动报酬").contains("按月");
  }

  @Test
  void confirmingTheRelationshipIsNotSubjectToLimitation() {
    Assessment a = LIMITATION.assess(
        query(ClaimKind.CONFIRM_LABOR_RELATIONSHIP, null, null, null, null, null, null, null));
    assertThat(a.status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(a.explanation()).contains("工伤认定");
  }

  @Test
  void annualLeaveRunsFromTheEndOfTheCarryOverYear() {
    // Leave of 2024 could be taken until 2025-12-31; the year ends 2026-12-31 (Thursday).
    Assessment a = LIMITATION.assess(
        query(ClaimKind.ANNUAL_LEAVE_PAY, null, null, true, null, "2024-12-31", null, null));
    assertThat(a.startsOn()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(a.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(a.status()).isEqualTo(Status.RUNNING);
  }

  @Test
  void annualLeaveOfAWorkerWhoLeftRunsFromLeaving() {
    Assessment a = LIMITATION.assess(query(
        ClaimKind.ANNUAL_LEAVE_PAY, null, "2025-06-30", false, null, "2025-06-30", null, null));
    assertThat(a.startsOn()).isEqualTo(LocalDate.of(2025, 6, 30));
  }

  @Test
  void aWrittenDemandInsideThePeriodRestartsTheYear() {
    Assessment a = LIMITATION.assess(query(
        ClaimKind.ECONOMIC_COMPENSATION, "2025-03-10", null, null, null, null, "2025-12-01", null));
    assertThat(a.startsOn()).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(a.lastDay()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(a.status()).isEqualTo(Status.EXPIRED);
    Assessment running = LIMITATION.assess(query(
        ClaimKind.ECONOMIC_COMPENSATION, "2025-03-10", null, null, null, null, "2026-01-05", null));
    assertThat(running.status()).isEqualTo(Status.RUNNING);
    assertThat(running.lastDay()).isEqualTo(LocalDate.of(2027, 1, 5));
  }

  @Test
  void aDemandAfterExpiryDoesNotReviveThePeriod() {
    Assessment a = LIMITATION.assess(query(
        ClaimKind.ECONOMIC_COMPENSATION, "2024-03-11", null, null, null, null, "2025-06-01", null));
    assertThat(a.status()).isEqualTo(Status.EXPIRED);
    assertThat(a.explanation()).contains("不能使已届满的时效中断");
    // the year ends on Saturday 2026-01-10 and rolls to Monday the 12th: the message names the
    // 12th, and a
    // demand on Sunday the 11th still falls within the period
    Assessment late = LIMITATION.assess(query(
        ClaimKind.ECONOMIC_COMPENSATION, "2025-01-10", null, null, null, null, "2026-02-10", null));
    assertThat(late.explanation()).contains("在时效届满（2026年1月12日）之后");
    Assessment sunday = LIMITATION.assess(query(
        ClaimKind.ECONOMIC_COMPENSATION, "2025-01-10", null, null, null, null, "2026-01-11", null));
    assertThat(sunday.status()).isNotEqualTo(Status.EXPIRED);
  }

  @Test
  void suspensionAddsTheDaysTheWorkerCouldNotApply() {
    Query q = new Query(
        ClaimKind.OTHER,
        d("2025-11-20"),
        null,
        null,
        null,
        null,
        null,
        d("2026-01-10"),
        d("2026-01-20"),
        null);
    // 2026-11-20 + 10 days = 2026-11-30 (Monday).
    assertThat(LIMITATION.assess(q).lastDay()).isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void aFutureInfringementHasNotStarted() {
    assertThat(LIMITATION
            .assess(query(ClaimKind.OTHER, "2027-01-10", null, null, null, null, null, null))
            .status())
        .isEqualTo(Status.NOT_STARTED);
  }
}
