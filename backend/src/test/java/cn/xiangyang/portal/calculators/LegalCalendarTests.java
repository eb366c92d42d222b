package cn.xiangyang.portal.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.calculators.LegalCalendar.DayType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegalCalendarTests {

  private final LegalCalendar calendar = LegalCalendar.fromClasspath();

  @Test
  void maintainedFileHasTheYears2024To2026WithTheirSources() {
    assertThat(calendar.knownYears()).contains(2024, 2025, 2026);
    for (CalendarYear y : calendar.years()) {
      assertThat(y.problems()).as("year %s", y.year()).isEmpty();
      assertThat(y.source()).contains("国务院办公厅");
    }
  }

  @Test
  void theYearsHaveThirteenStatutoryDaysFrom2025() {
    // 2025 notice: 1 + 8 + 3 + 5 + 3 + 8 days off, containing the 13 statutory days of the 2024
    // 放假办法.
    assertThat(calendar.year(2025).orElseThrow().holidayDates()).hasSize(28);
    assertThat(calendar.typeOf(LocalDate.of(2025, 5, 2))).isEqualTo(DayType.HOLIDAY);
  }

  @Test
  void adjustedWeekendsAreWorkingDaysAndHolidaysAreNot() {
    assertThat(calendar.typeOf(LocalDate.of(2026, 10, 10))).isEqualTo(DayType.ADJUSTED_WORKING_DAY);
    assertThat(calendar.typeOf(LocalDate.of(2026, 10, 5))).isEqualTo(DayType.HOLIDAY);
    assertThat(calendar.typeOf(LocalDate.of(2026, 10, 11))).isEqualTo(DayType.WEEKEND);
    assertThat(calendar.typeOf(LocalDate.of(2026, 10, 12))).isEqualTo(DayType.WORKING_DAY);
  }

  @Test
  void unknownYearsCountWeekendsAndFixedHolidaysAndWarn() {
    assertThat(calendar.knows(2027)).isFalse();
    assertThat(calendar.typeOf(LocalDate.of(2027, 10, 1))).isEqualTo(DayType.HOLIDAY);
    assertThat(calendar.typeOf(LocalDate.of(2027, 5, 2))).isEqualTo(DayType.HOLIDAY);
    assertThat(calendar.warnings(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 5)))
        .singleElement()
        .asString()
        .contains("2027年");
    assertThat(calendar.warnings(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .isEmpty();
  }

  @Test
  void replacingAYearChangesLaterCounts() {
    LegalCalendar c = LegalCalendar.fromClasspath();
    c.replace(new CalendarYear(
        2027,
        "测试通知",
        null,
        false,
        null,
        null,
        List.of(
            new CalendarYear.Holiday("元旦", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)),
            new CalendarYear.Holiday("测试", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 4))),
        List.of()));
    assertThat(c.plusWorkingDays(LocalDate.of(2026, 12, 31), 1))
        .isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(c.warnings(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)))
        .singleElement()
        .asString()
        .contains("未核实");
  }

  @Test
  void inconsistentYearsAreRejectedWithReasons() {
    CalendarYear bad = new CalendarYear(
        2027,
        "",
        null,
        false,
        null,
        null,
        List.of(
            new CalendarYear.Holiday("春节", LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 5))),
        List.of(LocalDate.of(2027, 2, 3)));
    assertThat(bad.problems())
        .anySatisfy(p -> assertThat(p).contains("来源"))
        .anySatisfy(p -> assertThat(p).contains("结束日期早于开始日期"))
        .anySatisfy(p -> assertThat(p).contains("不是周六或周日"));
    CalendarYear missingFixed = new CalendarYear(
        2027,
        "通知",
        null,
        false,
        null,
        null,
        List.of(new CalendarYear.Holiday("元旦", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1))),
        List.of());
    assertThat(missingFixed.problems()).anySatisfy(p -> assertThat(p).contains("2027-05-01"));
  }
}
