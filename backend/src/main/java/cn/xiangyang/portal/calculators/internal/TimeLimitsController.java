package cn.xiangyang.portal.calculators.internal;

import cn.xiangyang.portal.calculators.Citation;
import cn.xiangyang.portal.calculators.Deadlines;
import cn.xiangyang.portal.calculators.LimitationPeriod;
import cn.xiangyang.portal.system.DomainProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The public deadline and limitation calculators (pure computations on the in-memory calendar). */
@RestController
class TimeLimitsController {

  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  private final Deadlines deadlines;
  private final LimitationPeriod limitation;

  TimeLimitsController(Deadlines deadlines, LimitationPeriod limitation) {
    this.deadlines = deadlines;
    this.limitation = limitation;
  }

  /** A citation as the API shows it: the knowledge base id and the way people write it. */
  record CitationView(String law, int article, String lawId, String label) {
    static List<CitationView> of(List<Citation> citations) {
      return citations.stream()
          .map(c -> new CitationView(c.law(), c.article(), c.lawId(), c.label()))
          .toList();
    }
  }

  record DeadlineRequest(
      @NotNull(message = "请选择程序环节") Deadlines.@Nullable Step step,
      @NotNull(message = "请填写起算的日期") @Nullable LocalDate from) {}

  record DeadlineAnswer(
      Deadlines.Step step,
      LocalDate from,
      LocalDate lastDay,
      Deadlines.DayKind dayKind,
      int days,
      boolean rolledOver,
      String explanation,
      List<CitationView> citations,
      List<String> warnings) {}

  @PostMapping("/api/v1/calculators/procedural-deadline")
  Mono<DeadlineAnswer> proceduralDeadline(@Valid @RequestBody DeadlineRequest request) {
    // @NotNull above: validation has answered 400 before this runs when either is missing
    LocalDate from = inRange("from", Objects.requireNonNull(request.from()));
    Deadlines.Deadline d = deadlines.compute(Objects.requireNonNull(request.step()), from);
    return Mono.just(new DeadlineAnswer(
        d.step(),
        d.from(),
        d.lastDay(),
        d.dayKind(),
        d.days(),
        d.rolledOver(),
        d.explanation(),
        CitationView.of(d.citations()),
        d.warnings()));
  }

  record LimitationRequest(
      @NotNull(message = "请选择请求类型") LimitationPeriod.@Nullable ClaimKind claimType,
      @Nullable LocalDate knewOn,
      @Nullable LocalDate employmentEnded,
      @Nullable Boolean stillEmployed,
      @Nullable LocalDate periodFrom,
      @Nullable LocalDate periodTo,
      @Nullable LocalDate interruptedOn,
      @Nullable LocalDate suspendedFrom,
      @Nullable LocalDate suspendedTo,
      @Nullable LocalDate asOf) {}

  record LimitationAnswer(
      LimitationPeriod.ClaimKind claimType,
      LimitationPeriod.Status status,
      @Nullable LocalDate startsOn,
      @Nullable LocalDate lastDay,
      @Nullable Long daysLeft,
      String explanation,
      List<CitationView> citations,
      List<String> warnings) {}

  @PostMapping("/api/v1/calculators/limitation")
  Mono<LimitationAnswer> limitation(@Valid @RequestBody LimitationRequest r) {
    LimitationPeriod.ClaimKind claimType = Objects.requireNonNull(r.claimType()); // @NotNull above
    var query = new LimitationPeriod.Query(
        claimType,
        inRangeOrNull("knewOn", r.knewOn()),
        inRangeOrNull("employmentEnded", r.employmentEnded()),
        r.stillEmployed(),
        inRangeOrNull("periodFrom", r.periodFrom()),
        inRangeOrNull("periodTo", r.periodTo()),
        inRangeOrNull("interruptedOn", r.interruptedOn()),
        inRangeOrNull("suspendedFrom", r.suspendedFrom()),
        inRangeOrNull("suspendedTo", r.suspendedTo()),
        inRangeOrNull("asOf", r.asOf()));
    LimitationPeriod.Assessment a;
    try {
      a = limitation.assess(query);
    } catch (LimitationPeriod.MissingFact e) {
      throw new FactNeeded(e.field(), e.detail());
    }
    return Mono.just(new LimitationAnswer(
        claimType,
        a.status(),
        a.startsOn(),
        a.lastDay(),
        a.daysLeft(),
        a.explanation(),
        CitationView.of(a.citations()),
        a.warnings()));
  }

  private static LocalDate inRange(String field, LocalDate date) {
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw new FactNeeded(field, "日期 " + date + " 超出可计算的范围（2000 年至 2100 年），请核对。");
    }
    return date;
  }

  private static @Nullable LocalDate inRangeOrNull(String field, @Nullable LocalDate date) {
    return date == null ? null : inRange(field, date);
  }

  /** A date the rule needs is missing, contradictory or out of range. */
  static final class FactNeeded extends DomainProblem {
    private final String field;

    FactNeeded(String field, String detail) {
      super(HttpStatus.BAD_REQUEST, "还需要补充信息", detail);
      this.field = field;
    }

    @Override
    public List<FieldMessage> errors() {
      return List.of(new FieldMessage(field, detail()));
    }
  }
}
