package cn.xiangyang.portal.legaldata.internal;

import static cn.xiangyang.portal.system.Rows.required;

import cn.xiangyang.portal.audit.AuditTrail;
import cn.xiangyang.portal.calculators.CalendarYear;
import cn.xiangyang.portal.calculators.LegalCalendar;
import io.r2dbc.postgresql.codec.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored calendar years. At start-up the years of the maintained file that the table lacks are
 * added, then the table replaces the in-memory {@link LegalCalendar}; every replica reloads it every few
 * minutes so that an administrator's change on one replica reaches the others.
 */
@Component
class CalendarStore implements ApplicationRunner, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(CalendarStore.class);
  private static final Duration REFRESH = Duration.ofMinutes(5);

  private final DatabaseClient db;
  private final TransactionalOperator tx;
  private final LegalCalendar calendar;
  private final AuditTrail auditTrail;
  private final JsonMapper json = JsonMapper.builder().build();
  private @Nullable Disposable refresh;

  CalendarStore(
      DatabaseClient db, TransactionalOperator tx, LegalCalendar calendar, AuditTrail auditTrail) {
    this.auditTrail = auditTrail;
    this.db = db;
    this.tx = tx;
    this.calendar = calendar;
  }

  @Override
  public void run(ApplicationArguments args) {
    // Start-up, before traffic: seed the missing years and load the table once.
    seedMissing(LegalCalendar.readClasspath()).then(load()).block(Duration.ofSeconds(30));
    refresh = Flux.interval(REFRESH, REFRESH)
        .concatMap(tick -> load().onErrorResume(e -> {
          log.warn(
              "reloading the legal calendar failed, keeping the loaded years: {}", e.toString());
          return Mono.empty();
        }))
        .subscribe();
  }

  @Override
  public void destroy() {
    if (refresh != null) {
      refresh.dispose();
    }
  }

  /** Adds the years the table does not have yet; existing (possibly administered) years stay. */
  Mono<Void> seedMissing(List<CalendarYear> years) {
    return Flux.fromIterable(years).concatMap(y -> bind(db.sql("""
                        insert into legal_calendar_years (year, source, url, verified, checked_against, note, holidays, working_days)
                        values (:year, :source, :url, :verified, :checked, :note, :holidays, :working)
                        on conflict (year) do nothing"""), y).then()).then();
  }

  /** Reads every stored year into the in-memory calendar. */
  Mono<Void> load() {
    return years().collectList().doOnNext(calendar::replaceAll).then();
  }

  Flux<CalendarYear> years() {
    return db.sql(
            "select year, source, url, verified, checked_against, note, holidays, working_days from legal_calendar_years order by year")
        .map(r -> new CalendarYear(
            required(r, "year", Integer.class),
            required(r, "source", String.class),
            r.get("url", String.class),
            Boolean.TRUE.equals(r.get("verified", Boolean.class)),
            r.get("checked_against", String.class),
            r.get("note", String.class),
            json.readValue(
                required(r, "holidays", Json.class).asString(),
                new TypeReference<List<CalendarYear.Holiday>>() {}),
            json.readValue(
                required(r, "working_days", Json.class).asString(),
                new TypeReference<List<LocalDate>>() {})))
        .all();
  }

  /** Creates or replaces a year, audited, and makes it the one later counts use. */
  Mono<CalendarYear> put(CalendarYear y, UUID actor, Instant now) {
    Mono<Void> work = bind(db.sql("""
                insert into legal_calendar_years (year, source, url, verified, checked_against, note, holidays, working_days, updated_at, updated_by)
                values (:year, :source, :url, :verified, :checked, :note, :holidays, :working, :now, :actor)
                on conflict (year) do update set source = excluded.source, url = excluded.url, verified = excluded.verified,
                  checked_against = excluded.checked_against, note = excluded.note, holidays = excluded.holidays,
                  working_days = excluded.working_days, updated_at = excluded.updated_at, updated_by = excluded.updated_by"""), y)
        .bind("now", now)
        .bind("actor", actor)
        .then()
        .then(auditTrail.record(
            now,
            actor,
            "legal-calendar.year.put",
            "calendar:" + y.year(),
            Map.of(
                "source",
                y.source(),
                "verified",
                y.verified(),
                "holidays",
                y.holidays().size(),
                "workingDays",
                y.workingDays().size())));
    return tx.transactional(work)
        .then(Mono.fromRunnable(() -> calendar.replace(y)))
        .thenReturn(y);
  }

  private DatabaseClient.GenericExecuteSpec bind(
      DatabaseClient.GenericExecuteSpec spec, CalendarYear y) {
    spec = spec.bind("year", y.year())
        .bind("source", y.source())
        .bind("verified", y.verified())
        .bind("holidays", Json.of(json.writeValueAsString(y.holidays())))
        .bind("working", Json.of(json.writeValueAsString(y.workingDays())));
    spec = y.url() == null ? spec.bindNull("url", String.class) : spec.bind("url", y.url());
    spec = y.checkedAgainst() == null
        ? spec.bindNull("checked", String.class)
        : spec.bind("checked", y.checkedAgainst());
    return y.note() == null ? spec.bindNull("note", String.class) : spec.bind("note", y.note());
  }
}
