package cn.xiangyang.portal.legaldata.internal;

import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.calculators.CalendarYear;
import cn.xiangyang.portal.calculators.LegalCalendar;
import cn.xiangyang.portal.system.DomainProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The public legal calendar, and its maintenance by administrators (audited). */
@RestController
class CalendarController {

  private final LegalCalendar calendar;
  private final CalendarStore store;
  private final Clock clock;

  CalendarController(LegalCalendar calendar, CalendarStore store, Clock clock) {
    this.calendar = calendar;
    this.store = store;
    this.clock = clock;
  }

  /**
   * One year as the deadline rules count it.
   *
   * @param known false when the year's notice is not known: the holidays are then only the fixed-date
   *     ones of 全国年节及纪念日放假办法 第二条 and {@code warning} says so
   */
  record YearView(
      int year,
      boolean known,
      boolean verified,
      @Nullable String source,
      @Nullable String url,
      @Nullable String checkedAgainst,
      @Nullable String note,
      List<CalendarYear.Holiday> holidays,
      List<LocalDate> workingDays,
      @Nullable String warning,
      String basis) {}

  private static final String BASIS = "法定节假日依《全国年节及纪念日放假办法》（2024年11月10日修订，2025年1月1日起全体公民放假13天）第二条，"
      + "具体放假调休日期以国务院办公厅当年的通知为准；期限的最后一日是法定休假日的，顺延到其后的第一个工作日（民法典第二百零三条）。";

  @GetMapping("/api/v1/calendar")
  Mono<List<YearView>> years() {
    return Mono.just(calendar.years().stream().map(CalendarController::view).toList());
  }

  @GetMapping("/api/v1/calendar/{year}")
  Mono<YearView> year(@PathVariable int year) {
    if (year < 2000 || year > 2100) {
      return Mono.error(new BadCalendar("年份应在 2000 至 2100 之间。"));
    }
    return Mono.just(calendar.year(year).map(CalendarController::view).orElseGet(() -> {
      List<CalendarYear.Holiday> fixed = LegalCalendar.fixedStatutoryHolidays(year).stream()
          .map(md -> md.atYear(year))
          .map(d -> new CalendarYear.Holiday(name(d), d, d))
          .toList();
      return new YearView(
          year,
          false,
          false,
          null,
          null,
          null,
          null,
          fixed,
          List.of(),
          calendar.warnings(LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 1)).getFirst(),
          BASIS);
    }));
  }

  private static String name(LocalDate d) {
    return switch (d.getMonthValue()) {
      case 1 -> "元旦";
      case 5 -> "劳动节";
      default -> "国庆节";
    };
  }

  private static YearView view(CalendarYear y) {
    return new YearView(
        y.year(),
        true,
        y.verified(),
        y.source(),
        y.url(),
        y.checkedAgainst(),
        y.note(),
        y.holidays(),
        y.workingDays(),
        y.verified() ? null : y.year() + "年的放假安排尚未与两份公开文本核对（未核实），请以国务院办公厅通知为准。",
        BASIS);
  }

  record HolidayInput(
      @NotBlank(message = "请填写节日名称") @Size(max = 50, message = "节日名称不能超过 50 字")
      String name,

      @NotNull(message = "请填写放假开始日期") LocalDate from,
      @NotNull(message = "请填写放假结束日期") LocalDate to) {}

  record YearInput(
      @NotBlank(message = "请填写来源：通知名称、文号和日期") @Size(max = 500, message = "来源不能超过 500 字")
      String source,

      @Size(max = 500, message = "网址不能超过 500 字") @Nullable String url,
      boolean verified,

      @Size(max = 1000, message = "核对来源不能超过 1000 字") @Nullable
      String checkedAgainst,

      @Size(max = 2000, message = "说明不能超过 2000 字") @Nullable String note,

      @NotEmpty(message = "请至少填写一个放假日期段") @Size(max = 40, message = "放假日期段最多 40 个")
      List<@Valid @NotNull(message = "放假日期段不能为空") HolidayInput> holidays,

      @Size(max = 40, message = "调休上班日最多 40 个") @Nullable
      List<@NotNull(message = "调休上班日不能为空") LocalDate> workingDays) {}

  @PutMapping("/api/v1/staff/calendar/{year}")
  @PreAuthorize("hasRole('ADMIN')")
  Mono<YearView> put(
      @PathVariable int year,
      @Valid @RequestBody YearInput input,
      @AuthenticationPrincipal PortalUser admin) {
    CalendarYear y = new CalendarYear(
        year,
        input.source().strip(),
        blankToNull(input.url()),
        input.verified(),
        blankToNull(input.checkedAgainst()),
        blankToNull(input.note()),
        input.holidays().stream()
            .map(h -> new CalendarYear.Holiday(h.name().strip(), h.from(), h.to()))
            .toList(),
        input.workingDays() == null
            ? List.of()
            : input.workingDays().stream().sorted().toList());
    List<String> problems = y.problems();
    if (!problems.isEmpty()) {
      return Mono.error(new BadCalendar(String.join("", problems)));
    }
    if (y.verified() && y.checkedAgainst() == null) {
      return Mono.error(new BadCalendar("标为“已核实”时，请写明与哪两份公开文本核对过。"));
    }
    return store.put(y, admin.accountId(), clock.instant()).map(CalendarController::view);
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static final class BadCalendar extends DomainProblem {
    BadCalendar(String detail) {
      super(HttpStatus.BAD_REQUEST, "放假安排填写有误", detail);
    }
  }
}
