package cn.xiangyang.portal.hearings.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public schedule (庭审预告): listed hearings only, filtered and paged, cached in Redis as the JSON the
 * endpoint answers.
 */
@Component
class Schedule {

  static final int MAX_SIZE = 50;

  /** The query as the endpoint received it, checked. */
  record Query(
      @Nullable String commission,
      @Nullable String area,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      @Nullable String cause,
      @Nullable String status,
      int page,
      int size) {

    String cacheKey() {
      return commission + "|" + area + "|" + from + "|" + to + "|" + cause + "|" + status + "|"
          + page + "|" + size;
    }
  }

  private final HearingStore store;
  private final ScheduleCache cache;
  private final JsonMapper json;
  private final Clock clock;

  Schedule(HearingStore store, ScheduleCache cache, JsonMapper json, Clock clock) {
    this.store = store;
    this.cache = cache;
    this.json = json;
    this.clock = clock;
  }

  /** The page as JSON, from the cache when it is there. */
  Mono<String> pageJson(Query query) {
    return cache.get(query.cacheKey(), () -> page(query).map(json::writeValueAsString));
  }

  Mono<Views.Page> page(Query query) {
    Instant now = clock.instant();
    return store
        .listed(filter(query), now, query.page(), query.size())
        .map(e -> new Views.Page(
            e.getKey().stream().map(Views::publicView).toList(),
            query.page(),
            query.size(),
            e.getValue()));
  }

  /** The calendar feed of every listed hearing of the filter (at most 500), cached like the pages. */
  Mono<String> calendar(Query query, Instant now) {
    return cache.get(
        "ics|" + query.cacheKey(),
        () -> all(query).map(list -> Calendar.of(list, now, "/hearings/")));
  }

  /** Every listed hearing of the filter (at most 500), for the calendar feed. */
  Mono<List<Views.PublicHearing>> all(Query query) {
    return store
        .listed(filter(query), clock.instant(), 0, 500)
        .map(e -> e.getKey().stream().map(Views::publicView).toList());
  }

  Mono<Views.PublicHearing> one(UUID id) {
    return store
        .findListed(id, clock.instant())
        .map(Views::publicView)
        .switchIfEmpty(Mono.error(new HearingProblems.NoSuchHearing()));
  }

  private HearingStore.Filter filter(Query q) {
    // Without dates the schedule starts today; a replay or ended filter also looks back.
    boolean past = "REPLAY".equals(q.status()) || "ENDED".equals(q.status());
    LocalDate from =
        q.from() != null ? q.from() : past ? null : LocalDate.now(clock.withZone(Views.ZONE));
    return new HearingStore.Filter(
        q.commission(),
        q.area(),
        from == null ? null : from.atStartOfDay(Views.ZONE).toInstant(),
        q.to() == null ? null : q.to().plusDays(1).atStartOfDay(Views.ZONE).toInstant(),
        q.cause(),
        q.status());
  }
}
