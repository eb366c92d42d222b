package cn.xiangyang.portal.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.calculators.Deadlines.DayKind;
import cn.xiangyang.portal.calculators.Deadlines.Step;
import cn.xiangyang.portal.calculators.LimitationPeriod.ClaimKind;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the day counting over random dates of 2023–2028 (known and unknown calendar years). */
class DayCountingProperties {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final LegalCalendar CALENDAR = LegalCalendar.fromClasspath();
  private static final Deadlines DEADLINES = new Deadlines(
      CALENDAR, Clock.fixed(LocalDate.of(2026, 12, 2).atStartOfDay(ZONE).toInstant(), ZONE));
  private static final LimitationPeriod LIMITATION = new LimitationPeriod(
      CALENDAR, Clock.fixed(LocalDate.of(2026, 12, 2).atStartOfDay(ZONE).toInstant(), ZONE));

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers()
        .between(0, 6 * 366)
        .map(n -> LocalDate.of(2023, 1, 1).plusDays(n));
  }

  @Property(tries = 500)
  void everyDeadlineEndsOnAWorkingDay(@ForAll("dates") LocalDate from, @ForAll Step step) {
    LocalDate last = DEADLINES.compute(step, from).lastDay();
    assertThat(CALENDAR.isWorkingDay(last))
        .as("%s from %s → %s", step, from, last)
        .isTrue();
  }

  @Property(tries = 500)
  void workingDayCountsAreMonotonic(
      @ForAll("dates") LocalDate from, @ForAll @IntRange(min = 1, max = 20) int n) {
    LocalDate a = CALENDAR.plusWorkingDays(from, n);
    LocalDate b = CALENDAR.plusWorkingDays(from, n + 1);
    assertThat(b).isAfter(a);
    assertThat(CALENDAR.plusWorkingDays(from.plusDays(1), n)).isAfterOrEqualTo(a);
    assertThat(ChronoDays.between(from, a)).isGreaterThanOrEqualTo(n);
  }

  @Property(tries = 500)
  void rollOverNeverMovesADateEarlier(@ForAll("dates") LocalDate date) {
    LocalDate rolled = CALENDAR.workingDayOnOrAfter(date);
    assertThat(rolled).isAfterOrEqualTo(date);
    assertThat(rolled.equals(date)).isEqualTo(CALENDAR.isWorkingDay(date));
  }

  @Property(tries = 500)
  void naturalPeriodsEndNoEarlierThanTheirDays(@ForAll("dates") LocalDate from, @ForAll Step step) {
    Deadlines.Deadline d = DEADLINES.compute(step, from);
    if (d.dayKind() == DayKind.NATURAL) {
      assertThat(d.lastDay()).isAfterOrEqualTo(from.plusDays(d.days()));
      assertThat(d.rolledOver()).isEqualTo(!d.lastDay().equals(from.plusDays(d.days())));
    }
  }

  /** 办案规则 第四十六条: a restarted or paused award period ends on a working day, never before its 45 (60) days plus the paused ones. */
  @Property(tries = 500)
  void aRestartedOrPausedAwardPeriodEndsOnAWorkingDayAfterItsDays(
      @ForAll("dates") LocalDate from,
      @ForAll boolean extended,
      @ForAll @IntRange(min = 0, max = 120) int paused) {
    Deadlines.Deadline d = DEADLINES.award(from, extended, "受理反申请之日", paused);
    assertThat(CALENDAR.isWorkingDay(d.lastDay())).as(d.explanation()).isTrue();
    assertThat(d.lastDay()).isAfterOrEqualTo(from.plusDays((extended ? 60 : 45) + paused));
    assertThat(DEADLINES.award(from, extended, "受理反申请之日", paused + 1).lastDay())
        .isAfterOrEqualTo(d.lastDay());
  }

  @Property(tries = 500)
  void limitationLastDayIsAtLeastOneYearAfterTheStart(@ForAll("dates") LocalDate knewOn) {
    LimitationPeriod.Assessment a =
        LIMITATION.assess(LimitationPeriod.Query.knewOn(ClaimKind.OTHER, knewOn));
    if (a.lastDay() != null) {
      assertThat(a.lastDay()).isAfterOrEqualTo(knewOn.plusYears(1));
      assertThat(CALENDAR.isWorkingDay(a.lastDay())).isTrue();
    }
  }

  private static final class ChronoDays {
    static long between(LocalDate a, LocalDate b) {
      return java.time.temporal.ChronoUnit.DAYS.between(a, b);
    }
  }
}
