package cn.xiangyang.portal.calculators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PRC working-day calendar the deadline rules count with, one {@link CalendarYear} per year, held
 * in memory (a few hundred dates) so that counting never waits for I/O. The years come from the
 * maintained file {@code calculators/legal-calendar.json} and are replaced by administrators through
 * the audited staff endpoint; replacements are visible to every later count.
 *
 * <p>A date in a year without a notice is still answered, never silently: it counts weekends and the
 * fixed-date holidays of 全国年节及纪念日放假办法 第二条 (元旦、劳动节、国庆节) as rest days and every
 * answer that touches such a year carries {@link #warnings(LocalDate, LocalDate) a warning}, because the
 * lunar holidays and the 调休 weekends are only known once the State Council publishes them.
 */
public final class LegalCalendar {

  /** The classpath resource with the maintained calendar data. */
  public static final String RESOURCE = "calculators/legal-calendar.json";

  /** What a date is for counting working days. */
  public enum DayType {
    /** Monday to Friday, no holiday. */
    WORKING_DAY,
    /** A weekend declared a working day (调休上班). */
    ADJUSTED_WORKING_DAY,
    /** Saturday or Sunday. */
    WEEKEND,
    /** A public holiday (法定节假日 or 调休放假). */
    HOLIDAY;

    public boolean working() {
      return this == WORKING_DAY || this == ADJUSTED_WORKING_DAY;
    }
  }

  private volatile Map<Integer, CalendarYear> years;

  public LegalCalendar(Collection<CalendarYear> years) {
    this.years = index(years);
  }

  private static Map<Integer, CalendarYear> index(Collection<CalendarYear> years) {
    Map<Integer, CalendarYear> map = new TreeMap<>();
    years.forEach(y -> map.put(y.year(), y));
    return Map.copyOf(map);
  }

  /** The calendar of the maintained file on the classpath. */
  public static LegalCalendar fromClasspath() {
    return new LegalCalendar(readClasspath());
  }

  /** The years of the maintained file on the classpath. */
  public static List<CalendarYear> readClasspath() {
    try (InputStream in = LegalCalendar.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      CalendarFile file = JsonMapper.builder().build().readValue(in, CalendarFile.class);
      for (CalendarYear y : file.years()) {
        if (!y.problems().isEmpty()) {
          throw new IllegalStateException(RESOURCE + " year " + y.year() + ": " + y.problems());
        }
      }
      return file.years();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record CalendarFile(@Nullable String about, List<CalendarYear> years) {}

  /**
   * The fixed-date holidays of 全国年节及纪念日放假办法 第二条 for a year: 1 January, 1–2 May (only 1 May
   * before 2025) and 1–3 October. The lunar holidays cannot be listed without the year's notice.
   */
  public static List<MonthDay> fixedStatutoryHolidays(int year) {
    List<MonthDay> days = new ArrayList<>();
    days.add(MonthDay.of(1, 1));
    days.add(MonthDay.of(5, 1));
    // 全国年节及纪念日放假办法（2024年11月10日修订）第二条: 劳动节 two days from 2025-01-01.
    if (year >= 2025) {
      days.add(MonthDay.of(5, 2));
    }
    days.add(MonthDay.of(10, 1));
    days.add(MonthDay.of(10, 2));
    days.add(MonthDay.of(10, 3));
    return days;
  }

  /** The data of a year, if its notice is known. */
  public Optional<CalendarYear> year(int year) {
    return Optional.ofNullable(years.get(year));
  }

  /** The years with a known notice, ascending. */
  public Set<Integer> knownYears() {
    return new TreeSet<>(years.keySet());
  }

  /** Every known year, ascending. */
  public List<CalendarYear> years() {
    return List.copyOf(years.values());
  }

  /** Replaces (or adds) one year; later counts use it. */
  public synchronized void replace(CalendarYear year) {
    Map<Integer, CalendarYear> next = new TreeMap<>(years);
    next.put(year.year(), year);
    years = Map.copyOf(next);
  }

  /** Replaces (or adds) several years at once, keeping the others. */
  public synchronized void replaceAll(Collection<CalendarYear> replacements) {
    Map<Integer, CalendarYear> next = new TreeMap<>(years);
    replacements.forEach(y -> next.put(y.year(), y));
    years = Map.copyOf(next);
  }

  /** True when the year's holiday notice is known. */
  public boolean knows(int year) {
    return years.containsKey(year);
  }

  /** What a date is; for an unknown year, weekends and the fixed-date statutory holidays are rest days. */
  public DayType typeOf(LocalDate date) {
    CalendarYear y = years.get(date.getYear());
    boolean weekend =
        date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    if (y == null) {
      if (fixedStatutoryHolidays(date.getYear()).contains(MonthDay.from(date))) {
        return DayType.HOLIDAY;
      }
      return weekend ? DayType.WEEKEND : DayType.WORKING_DAY;
    }
    if (y.holidayName(date) != null) {
      return DayType.HOLIDAY;
    }
    if (y.workingDays().contains(date)) {
      return DayType.ADJUSTED_WORKING_DAY;
    }
    return weekend ? DayType.WEEKEND : DayType.WORKING_DAY;
  }

  /** The name of the holiday a date belongs to, or null. */
  public @Nullable String holidayName(LocalDate date) {
    CalendarYear y = years.get(date.getYear());
    if (y == null) {
      return typeOf(date) == DayType.HOLIDAY ? "法定节假日" : null;
    }
    return y.holidayName(date);
  }

  public boolean isWorkingDay(LocalDate date) {
    return typeOf(date).working();
  }

  /** The date itself when it is a working day, else the next working day. */
  public LocalDate workingDayOnOrAfter(LocalDate date) {
    LocalDate d = date;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * The {@code n}th working day after {@code from} (n ≥ 1): counting starts the day after, and only
   * working days (including 调休 working weekends) are counted.
   */
  public LocalDate plusWorkingDays(LocalDate from, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1");
    }
    LocalDate d = from;
    int counted = 0;
    while (counted < n) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }

  /** The {@code n}th working day before {@code date} (n ≥ 1). */
  public LocalDate minusWorkingDays(LocalDate date, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1");
    }
    LocalDate d = date;
    int counted = 0;
    while (counted < n) {
      d = d.minusDays(1);
      if (isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }

  /**
   * Warnings, in Chinese, for the years between two dates (both included) whose notice is unknown or
   * whose data is not verified; empty when every year is known and verified.
   */
  public List<String> warnings(LocalDate from, LocalDate to) {
    List<String> warnings = new ArrayList<>();
    int first = Math.min(from.getYear(), to.getYear());
    int last = Math.max(from.getYear(), to.getYear());
    List<Integer> unknown = new ArrayList<>();
    for (int year = first; year <= last; year++) {
      CalendarYear y = years.get(year);
      if (y == null) {
        unknown.add(year);
      } else if (!y.verified()) {
        warnings.add(year + "年的放假安排尚未与两份公开文本核对（未核实），计算结果仅供参考，请以国务院办公厅通知为准。");
      }
    }
    if (!unknown.isEmpty()) {
      warnings.add(unknown.stream().map(String::valueOf).collect(Collectors.joining("、"))
          + "年的节假日安排尚未公布（或本系统尚未录入）：只按周末和《全国年节及纪念日放假办法》第二条规定的元旦、劳动节、国庆节计算，"
          + "春节、清明、端午、中秋和调休上班日没有计入，实际期限可能不同（放假会使期限推后，调休上班会使期限提前）。请在国务院办公厅公布当年放假安排后重新计算。");
    }
    return warnings;
  }
}
