package cn.xiangyang.portal.calculators;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One year of the PRC working-day calendar as the State Council's notice sets it: the public holidays
 * (放假调休, weekends inside them included) and the weekends declared working days (调休上班).
 *
 * @param year the calendar year
 * @param source the notice, with its number and date as far as they are known
 * @param url where the notice is published, when known
 * @param verified true when every date was checked against two independent public copies of the notice
 * @param checkedAgainst the copies the dates were checked against
 * @param note anything a reader should know (e.g. which version of the 放假办法 applies)
 * @param holidays the holiday spans, each within the year
 * @param workingDays the weekend days that are working days (调休上班)
 */
public record CalendarYear(
    int year,
    String source,
    @Nullable String url,
    boolean verified,
    @Nullable String checkedAgainst,
    @Nullable String note,
    List<Holiday> holidays,
    List<LocalDate> workingDays) {

  public CalendarYear {
    holidays = List.copyOf(holidays);
    workingDays = List.copyOf(workingDays);
  }

  /** A holiday span, both ends included. */
  public record Holiday(String name, LocalDate from, LocalDate to) {}

  /** Every holiday date of the year. */
  public Set<LocalDate> holidayDates() {
    Set<LocalDate> dates = new HashSet<>();
    for (Holiday h : holidays) {
      for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
        dates.add(d);
      }
    }
    return dates;
  }

  /** The holiday a date belongs to, or null. */
  public @Nullable String holidayName(LocalDate date) {
    for (Holiday h : holidays) {
      if (!date.isBefore(h.from()) && !date.isAfter(h.to())) {
        return h.name();
      }
    }
    return null;
  }

  /**
   * What is wrong with this year's data, in Chinese, one line per problem; empty when it is consistent:
   * dates inside the year, spans in order and not overlapping, 调休 working days on weekends outside the
   * holidays, and the fixed-date holidays of 全国年节及纪念日放假办法 第二条 all present.
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (year < 2000 || year > 2100) {
      problems.add("年份必须在 2000 至 2100 之间。");
      return problems;
    }
    if (source == null || source.isBlank()) {
      problems.add("请填写放假安排的来源（通知名称、文号和日期）。");
    }
    if (holidays.isEmpty()) {
      problems.add("请至少填写一个放假日期段。");
    }
    Set<LocalDate> seen = new HashSet<>();
    for (Holiday h : holidays) {
      if (h.name() == null || h.name().isBlank()) {
        problems.add("每个放假日期段都要写明节日名称。");
      }
      if (h.from() == null || h.to() == null) {
        problems.add("“" + h.name() + "”缺少开始或结束日期。");
        continue;
      }
      if (h.from().getYear() != year || h.to().getYear() != year) {
        problems.add("“" + h.name() + "”的日期不在 " + year + " 年内（跨年的假期请分别填在两年中）。");
        continue;
      }
      if (h.to().isBefore(h.from())) {
        problems.add("“" + h.name() + "”的结束日期早于开始日期。");
        continue;
      }
      for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
        if (!seen.add(d)) {
          problems.add(d + " 在两个放假日期段中重复出现。");
        }
      }
    }
    Set<LocalDate> workSeen = new HashSet<>();
    for (LocalDate d : workingDays) {
      if (d == null) {
        problems.add("调休上班日不能为空。");
        continue;
      }
      if (d.getYear() != year) {
        problems.add("调休上班日 " + d + " 不在 " + year + " 年内。");
      } else if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        problems.add("调休上班日 " + d + " 不是周六或周日：平常的工作日不用列出。");
      } else if (seen.contains(d)) {
        problems.add(d + " 既列为放假又列为调休上班。");
      }
      if (!workSeen.add(d)) {
        problems.add("调休上班日 " + d + " 重复。");
      }
    }
    if (problems.isEmpty()) {
      for (MonthDay fixed : LegalCalendar.fixedStatutoryHolidays(year)) {
        if (!seen.contains(fixed.atYear(year))) {
          problems.add(fixed.atYear(year) + " 是法定节假日（全国年节及纪念日放假办法 第二条），但没有列为放假。");
        }
      }
    }
    return problems;
  }
}
