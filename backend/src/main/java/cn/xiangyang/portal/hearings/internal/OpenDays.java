package cn.xiangyang.portal.hearings.internal;

import static cn.xiangyang.portal.system.Rows.required;

import cn.xiangyang.portal.accounts.AccountKind;
import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.events.DurableEvents;
import cn.xiangyang.portal.hearings.OpenDaySeat;
import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Open days (仲裁庭审开放日): sessions staff publish with a capacity and an audience, and the seats booked
 * on them. Bookings and cancellations of one session run one at a time (the session row is locked in
 * the transaction), so the confirmed bookings never exceed the capacity however many arrive at once; the
 * rest wait in order and the first waiting booking is confirmed when a confirmed one is cancelled.
 */
@Service
class OpenDays {

  record OpenDay(
      UUID id,
      String commissionId,
      String commissionName,
      String title,
      Instant startsAt,
      int capacity,
      String audience,
      int confirmed,
      int waitlisted) {}

  /** A booking's state: CONFIRMED with its seat order, or WAITLISTED with its place in the queue. */
  record Booking(String status, int position) {}

  record Attendee(
      UUID bookingId,
      String name,
      String accountKind,
      String status,
      int position,
      Instant bookedAt,
      @Nullable Boolean attended) {}

  private final DatabaseClient db;
  private final TransactionalOperator tx;
  private final Clock clock;
  private final DurableEvents events;

  OpenDays(DatabaseClient db, TransactionalOperator tx, Clock clock, DurableEvents events) {
    this.db = db;
    this.tx = tx;
    this.clock = clock;
    this.events = events;
  }

  static String audienceLabel(String audience) {
    return switch (audience) {
      case "EMPLOYERS" -> "用人单位";
      case "WORKERS" -> "劳动者";
      case "STUDENTS" -> "学生（使用个人账号预约）";
      default -> "社会公众";
    };
  }

  Mono<UUID> create(
      PortalUser staff,
      String title,
      Instant startsAt,
      int capacity,
      String audience,
      List<UUID> hearingIds) {
    String commission = staff.commissionId();
    if (commission == null) {
      return Mono.error(new HearingProblems.NotForYou("只有仲裁委员会的工作人员可以发布开放日。"));
    }
    if (!startsAt.isAfter(clock.instant())) {
      return Mono.error(new HearingProblems.InvalidInput("startsAt", "开放日时间必须在将来。"));
    }
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    return Flux.fromIterable(hearingIds)
        .concatMap(h -> db.sql(
                "select commission_id from hearings.hearings where id = :id and cancelled_at is null")
            .bind("id", h)
            .map(r -> required(r, "commission_id", String.class))
            .one()
            .filter(commission::equals)
            .switchIfEmpty(Mono.error(
                new HearingProblems.InvalidInput("hearingIds", "庭审 " + h + " 不存在或不属于本委员会。"))))
        .then(db.sql(
                "insert into hearings.open_days (id, commission_id, title, starts_at, capacity, audience, created_by, created_at)"
                    + " values (:id, :c, :t, :at, :cap, :aud, :by, :now)")
            .bind("id", id)
            .bind("c", commission)
            .bind("t", title)
            .bind("at", startsAt)
            .bind("cap", capacity)
            .bind("aud", audience)
            .bind("by", staff.accountId())
            .bind("now", now)
            .then())
        .thenMany(Flux.fromIterable(hearingIds)
            .distinct()
            .concatMap(h -> db.sql(
                    "insert into hearings.open_day_hearings (open_day_id, hearing_id) values (:o, :h)")
                .bind("o", id)
                .bind("h", h)
                .then()))
        .then()
        .as(tx::transactional)
        .thenReturn(id);
  }

  private static final String OPEN_DAY = """
      select d.id, d.commission_id, v.name as commission_name, d.title, d.starts_at, d.capacity, d.audience,
             (select count(*) from hearings.bookings b where b.open_day_id = d.id and b.status = 'CONFIRMED') as confirmed,
             (select count(*) from hearings.bookings b where b.open_day_id = d.id and b.status = 'WAITLISTED') as waitlisted
        from hearings.open_days d join hearings.venues v on v.commission_id = d.commission_id
      """;

  /** The sessions that have not started yet, soonest first (with a commission, only its own). */
  Flux<OpenDay> upcoming(@Nullable String commissionId) {
    var spec = commissionId == null
        ? db.sql(OPEN_DAY + " where d.starts_at > :now order by d.starts_at limit 200")
        : db.sql(OPEN_DAY + " where d.commission_id = :c order by d.starts_at desc limit 200")
            .bind("c", commissionId);
    return (commissionId == null ? spec.bind("now", clock.instant()) : spec)
        .map(OpenDays::openDay)
        .all();
  }

  Mono<OpenDay> find(UUID id) {
    return db.sql(OPEN_DAY + " where d.id = :id")
        .bind("id", id)
        .map(OpenDays::openDay)
        .one()
        .switchIfEmpty(Mono.error(new HearingProblems.NoSuchOpenDay()));
  }

  Flux<UUID> hearingIds(UUID openDayId) {
    return db.sql("select hearing_id from hearings.open_day_hearings where open_day_id = :o")
        .bind("o", openDayId)
        .map(r -> required(r, "hearing_id", UUID.class))
        .all();
  }

  /**
   * Books a seat for the account: confirmed while seats are left, otherwise on the waitlist. An account
   * that already holds a booking gets that booking back (one per account per session); {@code created}
   * tells the two apart.
   */
  Mono<Booked> book(PortalUser user, UUID openDayId) {
    Instant now = clock.instant();
    return lock(openDayId)
        .flatMap(day -> {
          if (user.kind() == AccountKind.STAFF) {
            return Mono.error(new HearingProblems.NotForYou("工作人员账号不能预约开放日，请使用个人或单位账号。"));
          }
          if (day.audience().equals("EMPLOYERS") && user.kind() != AccountKind.EMPLOYER) {
            return Mono.error(new HearingProblems.NotForYou("本场开放日只面向用人单位，请使用用人单位账号预约。"));
          }
          if (day.audience().equals("WORKERS") && user.kind() != AccountKind.WORKER) {
            return Mono.error(new HearingProblems.NotForYou("本场开放日只面向劳动者，请使用劳动者账号预约。"));
          }
          if (!day.startsAt().isAfter(now)) {
            return Mono.error(new HearingProblems.NotNow("开放日已开始", "该开放日已经开始或结束，不能再预约。"));
          }
          return mine(openDayId, user.accountId())
              .map(existing -> new Booked(existing, false))
              .switchIfEmpty(Mono.defer(() -> {
                String status = day.confirmed() < day.capacity() ? "CONFIRMED" : "WAITLISTED";
                return db.sql(
                        "insert into hearings.bookings (id, open_day_id, account_id, account_kind, display_name, status, booked_at, confirmed_at)"
                            + " values (:id, :o, :a, :k, :n, :s, :now, :conf)")
                    .bind("id", UUID.randomUUID())
                    .bind("o", openDayId)
                    .bind("a", user.accountId())
                    .bind("k", user.kind().name())
                    .bind("n", user.displayName())
                    .bind("s", status)
                    .bind("now", now)
                    .bind(
                        "conf",
                        io.r2dbc.spi.Parameters.in(
                            io.r2dbc.postgresql.codec.PostgresqlObjectId.TIMESTAMPTZ,
                            status.equals("CONFIRMED") ? now : null))
                    .then()
                    .then(mine(openDayId, user.accountId()))
                    .flatMap(b -> events
                        .publish(new OpenDaySeat(
                            openDayId,
                            user.accountId(),
                            b.status(),
                            b.position(),
                            day.title(),
                            day.commissionName(),
                            day.startsAt(),
                            now))
                        .thenReturn(new Booked(b, true)));
              }));
        })
        .as(tx::transactional);
  }

  record Booked(Booking booking, boolean created) {}

  /** Cancels the account's booking; a freed seat goes to the first on the waitlist. Empty when there is none. */
  Mono<Void> cancel(PortalUser user, UUID openDayId) {
    Instant now = clock.instant();
    return lock(openDayId)
        .then(db.sql(
                "select id, status from hearings.bookings where open_day_id = :o and account_id = :a and status <> 'CANCELLED'")
            .bind("o", openDayId)
            .bind("a", user.accountId())
            .map(r -> java.util.Map.entry(
                required(r, "id", UUID.class), required(r, "status", String.class)))
            .one()
            .switchIfEmpty(Mono.error(new HearingProblems.NoBooking())))
        .flatMap(b -> db.sql(
                "update hearings.bookings set status = 'CANCELLED', cancelled_at = :now where id = :id")
            .bind("now", now)
            .bind("id", b.getKey())
            .then()
            .thenReturn(b.getValue()))
        .flatMap(was -> "CONFIRMED".equals(was) ? promote(openDayId, now) : Mono.empty())
        .as(tx::transactional);
  }

  /** The first on the waitlist takes the freed seat, and is told so. */
  private Mono<Void> promote(UUID openDayId, Instant now) {
    return db.sql(
            "update hearings.bookings set status = 'CONFIRMED', confirmed_at = :now where id = ("
                + "select id from hearings.bookings where open_day_id = :o and status = 'WAITLISTED' order by seq limit 1) returning account_id")
        .bind("now", now)
        .bind("o", openDayId)
        .map(r -> required(r, "account_id", UUID.class))
        .one()
        .flatMap(account -> find(openDayId)
            .zipWith(mine(openDayId, account))
            .flatMap(t -> events.publish(new OpenDaySeat(
                openDayId,
                account,
                "PROMOTED",
                t.getT2().position(),
                t.getT1().title(),
                t.getT1().commissionName(),
                t.getT1().startsAt(),
                now))));
  }

  /** The account's live booking with its position, or empty. */
  Mono<Booking> mine(UUID openDayId, UUID accountId) {
    return db.sql("""
            select b.status,
                   (select count(*) from hearings.bookings o where o.open_day_id = b.open_day_id and o.status = b.status and o.seq <= b.seq) as position
              from hearings.bookings b where b.open_day_id = :o and b.account_id = :a and b.status <> 'CANCELLED'
            """)
        .bind("o", openDayId)
        .bind("a", accountId)
        .map(r -> new Booking(
            required(r, "status", String.class),
            required(r, "position", Long.class).intValue()))
        .one();
  }

  /** A booking of the account with its session, for "我的预约". */
  record MyBooking(OpenDay openDay, Booking booking) {}

  /** The account's live bookings of sessions not yet over a day, soonest first. */
  Flux<MyBooking> bookingsOf(UUID accountId) {
    return db.sql(
            "select b.open_day_id from hearings.bookings b join hearings.open_days d on d.id = b.open_day_id"
                + " where b.account_id = :a and b.status <> 'CANCELLED' and d.starts_at > :since order by d.starts_at limit 100")
        .bind("a", accountId)
        .bind("since", clock.instant().minus(java.time.Duration.ofDays(1)))
        .map(r -> required(r, "open_day_id", UUID.class))
        .all()
        .concatMap(id -> find(id).zipWith(mine(id, accountId), MyBooking::new));
  }

  Flux<Attendee> attendees(UUID openDayId) {
    return db.sql("""
            select b.id, b.display_name, b.account_kind, b.status, b.booked_at, b.attended,
                   row_number() over (partition by b.status order by b.seq) as position
              from hearings.bookings b where b.open_day_id = :o and b.status <> 'CANCELLED'
             order by case b.status when 'CONFIRMED' then 0 else 1 end, b.seq
            """)
        .bind("o", openDayId)
        .map(r -> new Attendee(
            required(r, "id", UUID.class),
            required(r, "display_name", String.class),
            required(r, "account_kind", String.class),
            required(r, "status", String.class),
            required(r, "position", Long.class).intValue(),
            required(r, "booked_at", Instant.class),
            r.get("attended", Boolean.class)))
        .all();
  }

  /** Marks a confirmed booking as attended or not; false when the booking is not a confirmed one of the session. */
  Mono<Boolean> markAttendance(UUID openDayId, UUID bookingId, boolean attended) {
    return db.sql(
            "update hearings.bookings set attended = :att where id = :id and open_day_id = :o and status = 'CONFIRMED'")
        .bind("att", attended)
        .bind("id", bookingId)
        .bind("o", openDayId)
        .fetch()
        .rowsUpdated()
        .map(n -> n > 0);
  }

  /** Locks the session row for this transaction and reads it with its counts. */
  private Mono<OpenDay> lock(UUID id) {
    return db.sql("select id from hearings.open_days where id = :id for update")
        .bind("id", id)
        .map(r -> required(r, "id", UUID.class))
        .one()
        .switchIfEmpty(Mono.error(new HearingProblems.NoSuchOpenDay()))
        .then(find(id));
  }

  private static OpenDay openDay(Readable r) {
    return new OpenDay(
        required(r, "id", UUID.class),
        required(r, "commission_id", String.class),
        required(r, "commission_name", String.class),
        required(r, "title", String.class),
        required(r, "starts_at", Instant.class),
        required(r, "capacity", Integer.class),
        required(r, "audience", String.class),
        required(r, "confirmed", Long.class).intValue(),
        required(r, "waitlisted", Long.class).intValue());
  }
}
