package cn.xiangyang.portal.hearings.internal;

import static cn.xiangyang.portal.system.Rows.required;

import cn.xiangyang.portal.events.DurableEvents;
import cn.xiangyang.portal.hearings.OpenDayReminded;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reminds every confirmed booking of an open day the day before it ({@code portal.hearings.reminder-lead}),
 * through the notifications inbox. Every replica polls; a reminder is claimed by writing its row in
 * {@code hearings.open_day_reminders} in the same transaction as its outbox event ({@link OpenDayReminded}):
 * rows another replica is claiming are skipped ({@code FOR UPDATE SKIP LOCKED}) and the primary key refuses a
 * second claim, so no booking is reminded twice; a replica that stops before its commit claims nothing, and
 * the next poll of any replica finds the booking still due, so none is lost. Bookings confirmed after the
 * reminder time (a late booking, a seat from the waitlist) are not reminded: their confirmation is the
 * reminder. A session that has started is no longer reminded.
 */
@Component
class OpenDayReminders implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OpenDayReminders.class);
  private static final int BATCH = 100;

  private final DatabaseClient db;
  private final TransactionalOperator tx;
  private final DurableEvents events;
  private final HearingsProperties properties;
  private final Clock clock;
  private volatile @Nullable Disposable loop;

  OpenDayReminders(
      DatabaseClient db,
      TransactionalOperator tx,
      DurableEvents events,
      HearingsProperties properties,
      Clock clock) {
    this.db = db;
    this.tx = tx;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public synchronized void start() {
    if (loop == null && properties.reminderPoll().isPositive()) {
      loop = Flux.interval(properties.reminderPoll())
          .onBackpressureDrop()
          .concatMap(
              tick -> remindDue().onErrorResume(e -> {
                log.warn("开放日提醒轮询失败，稍后重试：{}", e.toString());
                return Mono.empty();
              }),
              1)
          .subscribe();
    }
  }

  @Override
  public synchronized void stop() {
    Disposable running = loop;
    if (running != null) {
      running.dispose();
      loop = null;
    }
  }

  @Override
  public boolean isRunning() {
    return loop != null;
  }

  /** Claims and publishes the reminders due now, batch after batch; how many were claimed. */
  Mono<Integer> remindDue() {
    return batch().expand(n -> n < BATCH ? Mono.empty() : batch()).reduce(0, Integer::sum);
  }

  private record Due(
      UUID bookingId,
      UUID openDayId,
      UUID accountId,
      String title,
      String commissionName,
      Instant startsAt) {}

  private Mono<Integer> batch() {
    Instant now = clock.instant();
    return db.sql("""
            with due as (
              select b.id, b.open_day_id, b.account_id, d.title, v.name as commission_name, d.starts_at
                from hearings.bookings b
                join hearings.open_days d on d.id = b.open_day_id
                join hearings.venues v on v.commission_id = d.commission_id
               where b.status = 'CONFIRMED' and d.starts_at > :now and d.starts_at <= :until
                 and b.confirmed_at < d.starts_at - make_interval(secs => :lead)
                 and not exists (select 1 from hearings.open_day_reminders r where r.booking_id = b.id)
               order by d.starts_at, b.id
               limit :n
               for update of b skip locked),
            claimed as (
              insert into hearings.open_day_reminders (booking_id, open_day_id, account_id, claimed_at)
              select id, open_day_id, account_id, :now from due
              on conflict (booking_id) do nothing
              returning booking_id)
            select due.* from due join claimed on claimed.booking_id = due.id order by due.starts_at, due.id""")
        .bind("now", now)
        .bind("until", now.plus(properties.reminderLead()))
        .bind("lead", (double) properties.reminderLead().toMillis() / 1000)
        .bind("n", BATCH)
        .map(r -> new Due(
            required(r, "id", UUID.class),
            required(r, "open_day_id", UUID.class),
            required(r, "account_id", UUID.class),
            required(r, "title", String.class),
            required(r, "commission_name", String.class),
            required(r, "starts_at", Instant.class)))
        .all()
        .collectList()
        .flatMap(due -> Flux.fromIterable(due)
            .concatMap(d -> place(d.openDayId())
                .flatMap(place -> events.publish(new OpenDayReminded(
                    d.openDayId(),
                    d.accountId(),
                    d.title(),
                    d.commissionName(),
                    d.startsAt(),
                    place,
                    now))))
            .then(Mono.just(due.size())))
        .as(tx::transactional)
        .doOnNext(n -> {
          if (n > 0) {
            log.info("已提醒 {} 个开放日预约", n);
          }
        });
  }

  /** The session's hearing rooms as people find them: name, address, floor and the visitors' note. */
  private Mono<String> place(UUID openDayId) {
    return db.sql("""
            select distinct r.name, r.address, r.floor, r.visitor_note
              from hearings.open_day_hearings oh
              join hearings.hearings h on h.id = oh.hearing_id
              join hearings.rooms r on r.id = h.room_id
             where oh.open_day_id = :o and h.cancelled_at is null
             order by r.name""")
        .bind("o", openDayId)
        .map(r -> {
          String note = r.get("visitor_note", String.class);
          return r.get("name", String.class) + "（" + r.get("address", String.class) + " "
              + r.get("floor", String.class) + "）"
              + (note == null || note.isBlank() ? "" : "，" + note.strip());
        })
        .all()
        .collectList()
        .map((List<String> rooms) -> String.join("；", rooms));
  }
}
