package cn.xiangyang.portal.hearings.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The public schedule (no sign-in): listed hearings with masked parties, one hearing, the calendar feed and
 * the live status stream. A hearing that is not public, or not yet listed, is 404 everywhere here.
 */
@RestController
class PublicHearingsController {

  private static final Set<String> STATUSES =
      Set.of("SCHEDULED", "LIVE", "PAUSED", "ENDED", "REPLAY");

  private final Schedule schedule;
  private final LiveStatus live;
  private final HearingStore store;
  private final Flux<ServerSentEvent<Object>> heartbeat;
  private final Mono<List<HearingStore.Venue>> venues;

  private final java.time.Clock clock;

  PublicHearingsController(
      Schedule schedule,
      LiveStatus live,
      HearingStore store,
      HearingsProperties properties,
      java.time.Clock clock) {
    this.clock = clock;
    this.schedule = schedule;
    this.live = live;
    this.store = store;
    // One timer for all streams, not one per viewer.
    this.heartbeat = Flux.interval(properties.heartbeat())
        .map(n -> ServerSentEvent.builder().comment("keep-alive").build())
        .share();
    this.venues = store.venues().collectList().cache();
  }

  /** Filters for the schedule page: commissions with their areas, causes, statuses. */
  record Filters(
      List<HearingStore.Venue> commissions,
      List<Views.CauseView> causes,
      List<Views.CauseView> statuses) {}

  @GetMapping("/api/v1/hearings/filters")
  Mono<Filters> filters() {
    return venues.map(v -> new Filters(
        v,
        Arrays.stream(Cause.values())
            .map(c -> new Views.CauseView(c.name(), c.label()))
            .toList(),
        STATUSES.stream()
            .sorted(java.util.Comparator.comparingInt(
                List.of("SCHEDULED", "LIVE", "PAUSED", "ENDED", "REPLAY")::indexOf))
            .map(s -> new Views.CauseView(s, HearingStatus.label(s)))
            .toList()));
  }

  /**
   * One page of the public schedule, by start time; without dates from today on. Filters: {@code commission}
   * or {@code area}, {@code from}/{@code to} (dates, inclusive), {@code cause}, {@code status}
   * (SCHEDULED, LIVE, PAUSED, ENDED, REPLAY); {@code page} from 0, {@code size} up to 50.
   */
  @GetMapping(path = "/api/v1/hearings", produces = MediaType.APPLICATION_JSON_VALUE)
  Mono<ResponseEntity<String>> list(
      @RequestParam(required = false) @Nullable String commission,
      @RequestParam(required = false) @Nullable String area,
      @RequestParam(required = false) @Nullable LocalDate from,
      @RequestParam(required = false) @Nullable LocalDate to,
      @RequestParam(required = false) @Nullable String cause,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return query(commission, area, from, to, cause, status, page, size)
        .flatMap(schedule::pageJson)
        .map(body -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body));
  }

  @GetMapping("/api/v1/hearings/{id}")
  Mono<Views.PublicHearing> one(@PathVariable UUID id) {
    return schedule.one(id);
  }

  /** The filtered schedule (same filters, no paging, at most 500 hearings) as an iCalendar feed. */
  @GetMapping(path = "/api/v1/hearings.ics")
  Mono<ResponseEntity<String>> calendar(
      @RequestParam(required = false) @Nullable String commission,
      @RequestParam(required = false) @Nullable String area,
      @RequestParam(required = false) @Nullable LocalDate from,
      @RequestParam(required = false) @Nullable LocalDate to,
      @RequestParam(required = false) @Nullable String cause,
      @RequestParam(required = false) @Nullable String status) {
    return query(commission, area, from, to, cause, status, 0, Schedule.MAX_SIZE)
        .flatMap(q -> schedule.calendar(q, clock.instant()))
        .map(body -> ResponseEntity.ok()
            .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
            .header("Content-Disposition", "inline; filename=\"hearings.ics\"")
            .body(body));
  }

  /**
   * Live status changes of listed hearings as Server-Sent Events ({@code event: status}, data
   * {@code {id, status, statusLabel, liveUrl, replayUrl, at}}), with a comment every 20 s to keep the
   * connection open.
   */
  @GetMapping(path = "/api/v1/hearings/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  Flux<ServerSentEvent<Object>> stream() {
    Flux<ServerSentEvent<Object>> changes = live.changes()
        .map(c -> ServerSentEvent.<Object>builder(c)
            .event("status")
            .id(c.id() + "@" + c.at().toEpochMilli())
            .build());
    // the changes are subscribed before "connected" goes out: a viewer that has seen it misses no
    // change
    return Flux.merge(
        changes,
        Flux.concat(
            Mono.just(ServerSentEvent.builder()
                .comment("connected")
                .retry(java.time.Duration.ofSeconds(3))
                .build()),
            heartbeat));
  }

  private Mono<Schedule.Query> query(
      @Nullable String commission,
      @Nullable String area,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      @Nullable String cause,
      @Nullable String status,
      int page,
      int size) {
    return venues.flatMap(v -> {
      String c = blankToNull(commission);
      String a = blankToNull(area);
      String k = blankToNull(cause);
      String s = blankToNull(status);
      if (c != null && v.stream().noneMatch(x -> x.commissionId().equals(c))) {
        return Mono.error(new HearingProblems.InvalidInput(
            "commission", "仲裁委员会 " + c + " 不存在，请从列表中选择（如 fancheng 樊城区）。"));
      }
      if (a != null && v.stream().noneMatch(x -> x.areaCodes().contains(a))) {
        return Mono.error(new HearingProblems.InvalidInput(
            "area", "地区 " + a + " 不存在，请从列表中选择（如 xiangcheng 襄城区）。"));
      }
      if (k != null && Arrays.stream(Cause.values()).noneMatch(x -> x.name().equals(k))) {
        return Mono.error(
            new HearingProblems.InvalidInput(
                "cause",
                "案由 " + k
                    + " 不存在，可选：LABOR_REMUNERATION（劳动报酬争议）、TERMINATION、LABOR_CONTRACT、REST_AND_LEAVE、SOCIAL_INSURANCE、LABOR_RELATIONSHIP、OTHER。"));
      }
      if (s != null && !STATUSES.contains(s)) {
        return Mono.error(new HearingProblems.InvalidInput(
            "status",
            "状态 " + s + " 不存在，可选：SCHEDULED（预告）、LIVE（直播中）、PAUSED（休庭）、ENDED（已结束）、REPLAY（回放）。"));
      }
      if (from != null && to != null && to.isBefore(from)) {
        return Mono.error(new HearingProblems.InvalidInput("to", "结束日期不能早于开始日期。"));
      }
      if (page < 0 || page > 10_000) {
        return Mono.error(new HearingProblems.InvalidInput("page", "页码 page 应为 0 到 10000 之间的整数。"));
      }
      if (size < 1 || size > Schedule.MAX_SIZE) {
        return Mono.error(new HearingProblems.InvalidInput("size", "每页条数 size 应为 1 到 50 之间的整数。"));
      }
      return Mono.just(new Schedule.Query(c, a, from, to, k, s, page, size));
    });
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
