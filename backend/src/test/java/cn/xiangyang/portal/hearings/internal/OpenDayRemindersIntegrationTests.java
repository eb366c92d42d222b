package cn.xiangyang.portal.hearings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.accounts.AccountKind;
import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.accounts.StaffRole;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The reminder the day before an open day, on the real PostgreSQL with the backend's {@link Clock} moved by
 * the test: nothing before the reminder time, one inbox message per confirmed booking once it has come (none
 * for waitlisted, cancelled or late bookings), exactly one when several replicas' jobs claim at once, and
 * still one when the job was stopped across the reminder time (a restart). The sessions lie six weeks ahead,
 * after every other test's, so that moving this clock reminds nobody else's bookings.
 */
@IntegrationTest
@TestPropertySource(
    properties = {"portal.hearings.objection-period=0s", "portal.hearings.reminder-poll=100ms"})
class OpenDayRemindersIntegrationTests extends IntegrationTestBase {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** A clock the test moves; the reminder job reads "now" from it. */
  static final class MovableClock extends Clock {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    void set(Instant instant) {
      now.set(instant);
    }

    @Override
    public ZoneId getZone() {
      return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now.get(), zone);
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }

  @TestConfiguration
  static class Config {
    @Bean
    @Primary
    MovableClock movableClock() {
      return new MovableClock();
    }
  }

  @Autowired
  MovableClock clock;

  @Autowired
  OpenDays openDays;

  @Autowired
  OpenDayReminders reminders;

  @Autowired
  DatabaseClient db;

  /** A person with an account row (the inbox refers to it); signing in is not what this test is about. */
  private PortalUser person(String name) {
    UUID id = UUID.randomUUID();
    db.sql(
            "insert into accounts (id, kind, display_name, password_hash, created_at) values (:id, 'WORKER', :n, 'x', now())")
        .bind("id", id)
        .bind("n", name)
        .then()
        .block();
    return new PortalUser(id, AccountKind.WORKER, name, null, null);
  }

  /** How many bookings of the session have been reminded. */
  private long reminded(UUID openDay) {
    return db.sql("select count(*) from hearings.open_day_reminders where open_day_id = :o")
        .bind("o", openDay)
        .map(r -> r.get(0, Long.class))
        .one()
        .block();
  }

  /** The account's inbox titles that are reminders, once {@code count} are there or 10 s have passed. */
  private List<String> reminderTitles(PortalUser who, int count) {
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      List<String> titles = db.sql(
              "select title from inbox_messages where account_id = :a and title like '开放日提醒%' order by created_at")
          .bind("a", who.accountId())
          .map(r -> r.get(0, String.class))
          .all()
          .collectList()
          .block();
      if (titles.size() >= count || System.nanoTime() > until) {
        return titles;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return titles;
      }
    }
  }

  @Test
  void remindsEachConfirmedBookingOnceTheDayBeforeAndNobodyElse() throws InterruptedException {
    Instant start = Instant.now();
    clock.set(start);
    PortalUser staff =
        new PortalUser(UUID.randomUUID(), AccountKind.STAFF, "书记员", StaffRole.CLERK, "nanzhang");
    Instant startsAt = start.plus(Duration.ofDays(40));
    UUID day = openDays.create(staff, "南漳开放日", startsAt, 2, "PUBLIC", List.of()).block();
    PortalUser first = person("甲");
    PortalUser second = person("乙");
    PortalUser waiting = person("丙");
    PortalUser cancelled = person("丁");
    openDays.book(first, day).block();
    openDays.book(cancelled, day).block();
    openDays.book(waiting, day).block();
    openDays
        .cancel(cancelled, day)
        .block(); // waiting takes the freed seat, four days and more before the session
    openDays.book(second, day).block(); // now on the waitlist

    // Two days before: nothing is due yet.
    clock.set(startsAt.minus(Duration.ofDays(2)));
    reminders.remindDue().block();
    assertThat(reminded(day)).isZero();

    // 23 hours before: the two confirmed bookings (one of them promoted from the waitlist) are
    // reminded, once.
    clock.set(startsAt.minus(Duration.ofHours(23)));
    Thread.sleep(500); // the job of this backend polls every 100 ms
    assertThat(reminderTitles(first, 1)).hasSize(1).first().asString().startsWith("开放日提醒：南漳开放日（");
    assertThat(reminderTitles(waiting, 1)).hasSize(1);
    reminders.remindDue().block();
    assertThat(reminded(day)).isEqualTo(2);
    assertThat(reminderTitles(second, 0)).isEmpty();
    assertThat(reminderTitles(cancelled, 0)).isEmpty();
    String body = db.sql(
            "select body from inbox_messages where account_id = :a and title like '开放日提醒%'")
        .bind("a", first.accountId())
        .map(r -> r.get(0, String.class))
        .one()
        .block();
    assertThat(body)
        .contains("南漳县劳动人事争议仲裁委员会“南漳开放日”")
        .containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2} 开始")
        .contains("取消预约");

    // A seat confirmed after the reminder time: the confirmation message was its reminder.
    openDays.cancel(first, day).block();
    clock.set(startsAt.minus(Duration.ofHours(22)));
    reminders.remindDue().block();
    assertThat(reminded(day)).isEqualTo(2);
    assertThat(reminderTitles(second, 0)).isEmpty();
  }

  @Test
  void severalReplicasClaimingAtOnceRemindEveryBookingExactlyOnce() {
    reminders.stop(); // this test's "replicas" are the parallel calls below
    try {
      Instant start = Instant.now();
      clock.set(start);
      PortalUser staff =
          new PortalUser(UUID.randomUUID(), AccountKind.STAFF, "书记员", StaffRole.CLERK, "baokang");
      Instant startsAt = start.plus(Duration.ofDays(41));
      UUID day =
          openDays.create(staff, "保康开放日", startsAt, 300, "PUBLIC", List.of()).block();
      List<PortalUser> people =
          IntStream.range(0, 250).mapToObj(i -> person("预约人" + i)).toList();
      Flux.fromIterable(people)
          .flatMap(p -> openDays.book(p, day), 8)
          .blockLast(Duration.ofSeconds(60));

      clock.set(startsAt.minus(Duration.ofHours(20)));
      List<Integer> claimed = Flux.range(0, 6)
          .flatMap(i -> Mono.defer(reminders::remindDue).subscribeOn(Schedulers.parallel()), 6)
          .collectList()
          .block(Duration.ofSeconds(60));
      assertThat(claimed.stream().mapToInt(Integer::intValue).sum()).isEqualTo(250);
      assertThat(reminded(day)).isEqualTo(250);
      // The outbox delivers each claimed reminder to the inbox exactly once.
      long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      long messages;
      do {
        messages = db.sql(
                "select count(*) from inbox_messages where account_id = any (:a) and title like '开放日提醒：保康开放日%'")
            .bind("a", people.stream().map(PortalUser::accountId).toArray(UUID[]::new))
            .map(r -> r.get(0, Long.class))
            .one()
            .block();
      } while (messages < 250 && System.nanoTime() < until);
      assertThat(messages).isEqualTo(250);
      assertThat(db.sql(
                  "select count(distinct account_id) from inbox_messages where account_id = any (:a) and title like '开放日提醒：保康开放日%'")
              .bind("a", people.stream().map(PortalUser::accountId).toArray(UUID[]::new))
              .map(r -> r.get(0, Long.class))
              .one()
              .block())
          .isEqualTo(250);
    } finally {
      reminders.start();
    }
  }

  @Test
  void aJobStoppedAcrossTheReminderTimeStillRemindsWhenItStartsAgain() {
    Instant start = Instant.now();
    clock.set(start);
    PortalUser staff =
        new PortalUser(UUID.randomUUID(), AccountKind.STAFF, "书记员", StaffRole.CLERK, "gucheng");
    Instant startsAt = start.plus(Duration.ofDays(42));
    UUID day = openDays.create(staff, "谷城开放日", startsAt, 5, "PUBLIC", List.of()).block();
    PortalUser booked = person("戊");
    openDays.book(booked, day).block();

    reminders.stop(); // the backend is down when the reminder falls due ...
    clock.set(startsAt.minus(
        Duration.ofHours(3))); // ... and comes back only three hours before the session
    reminders.start();
    assertThat(reminderTitles(booked, 1)).hasSize(1);

    // Once the session has started nobody is reminded any more.
    PortalUser late = person("己");
    clock.set(start);
    UUID other = openDays
        .create(staff, "谷城第二场", start.plus(Duration.ofDays(43)), 5, "PUBLIC", List.of())
        .block();
    openDays.book(late, other).block();
    reminders.stop();
    try {
      clock.set(start.plus(Duration.ofDays(43)).plus(Duration.ofMinutes(5)));
      reminders.remindDue().block();
      assertThat(reminded(other)).isZero();
    } finally {
      reminders.start();
    }
    assertThat(reminderTitles(late, 0)).isEmpty();
  }
}
