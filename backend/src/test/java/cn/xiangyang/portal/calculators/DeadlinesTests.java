package cn.xiangyang.portal.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.calculators.Deadlines.DayKind;
import cn.xiangyang.portal.calculators.Deadlines.Deadline;
import cn.xiangyang.portal.calculators.Deadlines.Step;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The hand-computed examples of issue #10 and the 2026 National Day / 2027 New Year holidays. */
class DeadlinesTests {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final LegalCalendar CALENDAR = LegalCalendar.fromClasspath();

  private static Deadlines on(LocalDate today) {
    return new Deadlines(CALENDAR, Clock.fixed(today.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
  }

  private static final Deadlines DEADLINES = on(LocalDate.of(2026, 12, 2));

  private static Deadline compute(Step step, String from) {
    return DEADLINES.compute(step, LocalDate.parse(from));
  }

  @Test
  void acceptanceFromAFridayEndsOnTheFifthWorkingDay() {
    Deadline d = compute(Step.ACCEPTANCE, "2026-11-27");
    assertThat(d.lastDay()).isEqualTo(LocalDate.of(2026, 12, 4));
    assertThat(d.dayKind()).isEqualTo(DayKind.WORKING);
    assertThat(d.rolledOver()).isFalse();
    assertThat(d.citations()).contains(Citation.arbitrationLaw(29), Citation.caseHandlingRules(80));
    assertThat(d.explanation()).contains("2026年12月4日（星期五）");
  }

  @Test
  void acceptanceOverNewYearSkipsTheHolidayAndTheWeekend() {
    // 2027's notice is not published: 1 January is a holiday under 放假办法 第二条 and the answer warns.
    Deadline d = compute(Step.ACCEPTANCE, "2026-12-28");
    assertThat(d.lastDay()).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(d.warnings()).singleElement().asString().contains("2027年的节假日安排尚未公布");
    assertThat(d.citations()).contains(Citation.holidayMeasures(2));
  }

  @Test
  void defenceTakesTenWorkingDays() {
    assertThat(compute(Step.DEFENCE, "2026-11-27").lastDay()).isEqualTo(LocalDate.of(2026, 12, 11));
  }

  @Test
  void awardEndingOnASundayRollsOverToMonday() {
    Deadline d = compute(Step.AWARD, "2026-12-17");
    assertThat(d.lastDay()).isEqualTo(LocalDate.of(2027, 2, 1));
    assertThat(d.dayKind()).isEqualTo(DayKind.NATURAL);
    assertThat(d.rolledOver()).isTrue();
    assertThat(d.citations()).contains(Citation.arbitrationLaw(43), Citation.civilCode(203));
    assertThat(d.explanation()).contains("2027年1月31日（星期日）").contains("顺延");
  }

  @Test
  void mediationEndingOnASaturdayRollsOverToMonday() {
    Deadline d = compute(Step.MEDIATION, "2026-11-27");
    assertThat(d.lastDay()).isEqualTo(LocalDate.of(2026, 12, 14));
    assertThat(d.rolledOver()).isTrue();
  }

  @Test
  void nationalDayHolidayIsSkippedAndTheAdjustedSaturdayCounts() {
    // 2026: 10-01..10-07 off, Saturday 10-10 is a working day (国务院办公厅通知).
    // From 09-30: 10-08 (1), 10-09 (2), Sat 10-10 (3), 10-12 (4), 10-13 (5).
    assertThat(compute(Step.ACCEPTANCE, "2026-09-30").lastDay())
        .isEqualTo(LocalDate.of(2026, 10, 13));
    // From 10-08: 10-09 (1), Sat 10-10 (2), 10-12 (3), 10-13 (4), 10-14 (5).
    assertThat(compute(Step.ACCEPTANCE, "2026-10-08").lastDay())
        .isEqualTo(LocalDate.of(2026, 10, 14));
    assertThat(compute(Step.ACCEPTANCE, "2026-09-30").warnings()).isEmpty();
  }

  @Test
  void naturalPeriodEndingInsideTheNationalDayHolidayMovesToTheDayAfterIt() {
    // 09-16 + 15 = 10-01 (holiday) → 10-08, the first working day after the holiday.
    Deadline d = compute(Step.MEDIATION, "2026-09-16");
    assertThat(d.lastDay()).isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(d.explanation()).contains("国庆节假期");
  }

  @Test
  void naturalPeriodEndingOnNewYearsDay2027RollsOverThePublicHoliday() {
    // 2026-12-17 + 15 = 2027-01-01 (元旦, Friday) → Monday 2027-01-04.
    assertThat(compute(Step.MEDIATION, "2026-12-17").lastDay()).isEqualTo(LocalDate.of(2027, 1, 4));
  }

  @Test
  void extendedAwardAddsFifteenDays() {
    // 2026-11-02 + 60 = 2027-01-01 (holiday) → 2027-01-04.
    assertThat(compute(Step.AWARD_EXTENDED, "2026-11-02").lastDay())
        .isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(compute(Step.AWARD_EXTENDED, "2026-11-02").citations())
        .contains(Citation.caseHandlingRules(45));
  }

  @Test
  void hearingNeedsFiveFullWorkingDaysOfNotice() {
    Deadline d = compute(Step.HEARING_NOTICE, "2026-11-27");
    // 11-30 .. 12-04 are the five working days; the hearing may be on the next working day.
    assertThat(d.lastDay()).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(DEADLINES.noticeEarlyEnough(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 7)))
        .isTrue();
    assertThat(DEADLINES.noticeEarlyEnough(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 4)))
        .isFalse();
  }

  @Test
  void postponementMustBeAskedBeforeTheLastThreeWorkingDays() {
    // Hearing Monday 2026-12-14: 12-09, 12-10, 12-11 are the three working days before it.
    assertThat(compute(Step.POSTPONEMENT_REQUEST, "2026-12-14").lastDay())
        .isEqualTo(LocalDate.of(2026, 12, 8));
  }

  @Test
  void springFestivalWith2026AdjustedWorkingDays() {
    // 2026-02-13 (Fri): 02-14 Sat is a working day (1), 02-15..02-23 off, 02-24 (2) … 02-27 (5).
    assertThat(compute(Step.ACCEPTANCE, "2026-02-13").lastDay())
        .isEqualTo(LocalDate.of(2026, 2, 27));
  }

  @Test
  void urgencyIsNearWithinTwoDaysAndOverdueAfterTheLastDay() {
    Deadlines d = on(LocalDate.of(2026, 12, 10));
    assertThat(d.urgency(LocalDate.of(2026, 12, 20))).isEqualTo(Deadlines.Urgency.ON_TRACK);
    assertThat(d.urgency(LocalDate.of(2026, 12, 12))).isEqualTo(Deadlines.Urgency.NEAR);
    assertThat(d.urgency(LocalDate.of(2026, 12, 10))).isEqualTo(Deadlines.Urgency.NEAR);
    assertThat(d.urgency(LocalDate.of(2026, 12, 9))).isEqualTo(Deadlines.Urgency.OVERDUE);
  }

  @Test
  void suingAgainstAnAwardTakesFifteenDaysAndASaturdayLastDayRollsOverToMonday() {
    // 第五十条: from receipt on Friday 2026-11-27, the 15th day is Saturday 2026-12-12 → Monday
    // 2026-12-14.
    Deadline d = compute(Step.LAWSUIT, "2026-11-27");
    assertThat(d.lastDay()).isEqualTo(LocalDate.of(2026, 12, 14));
    assertThat(d.dayKind()).isEqualTo(Deadlines.DayKind.NATURAL);
    assertThat(d.rolledOver()).isTrue();
    assertThat(d.explanation()).contains("2026年12月12日", "第二百零三条", "提起诉讼").doesNotContain("办案规则");
    assertThat(d.citations())
        .contains(
            Citation.arbitrationLaw(50), Citation.arbitrationLaw(48), Citation.civilCode(203));
  }

  @Test
  void revokingAFinalAwardTakesThirtyDaysAtTheIntermediateCourt() {
    // 第四十九条: from receipt on 2026-11-27, the 30th day is Sunday 2026-12-27 → Monday 2026-12-28.
    Deadline d = compute(Step.REVOCATION, "2026-11-27");
    assertThat(d.lastDay()).isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(d.days()).isEqualTo(30);
    assertThat(d.explanation()).contains("中级人民法院", "申请撤销");
    assertThat(d.citations()).contains(Citation.arbitrationLaw(49));
  }
}
