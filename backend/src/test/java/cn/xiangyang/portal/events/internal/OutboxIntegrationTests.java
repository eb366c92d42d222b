package cn.xiangyang.portal.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.TestServices;
import cn.xiangyang.portal.events.DurableEvents;
import cn.xiangyang.portal.events.DurableListener;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@TestPropertySource(
    properties = {"portal.events.retry-base=100ms", "portal.events.poll-interval=100ms"})
class OutboxIntegrationTests extends IntegrationTestBase {

  /** A test event: {@code fails} times the first listener throws before it succeeds. */
  record ProbeHappened(UUID id, int fails) {}

  /** Two listeners of the same event, counting what they receive. */
  static class Probes {
    final Map<UUID, AtomicInteger> first = new ConcurrentHashMap<>();
    final Map<UUID, AtomicInteger> second = new ConcurrentHashMap<>();

    @DurableListener
    Mono<Void> on(ProbeHappened event) {
      int n = first.computeIfAbsent(event.id(), k -> new AtomicInteger()).incrementAndGet();
      return n <= event.fails()
          ? Mono.error(new IllegalStateException("probe failure " + n))
          : Mono.empty();
    }

    @DurableListener(id = "probe-second")
    Mono<Void> again(ProbeHappened event) {
      second.computeIfAbsent(event.id(), k -> new AtomicInteger()).incrementAndGet();
      return Mono.empty();
    }
  }

  @TestConfiguration
  static class Config {
    @Bean
    Probes probes() {
      return new Probes();
    }
  }

  @Autowired
  DurableEvents events;

  @Autowired
  TransactionalOperator tx;

  @Autowired
  Probes probes;

  @Autowired
  Dispatcher dispatcher;

  @Autowired
  DatabaseClient db;

  @Autowired
  JsonMapper json;

  @Autowired
  Listeners listeners;

  @AfterEach
  void restart() {
    dispatcher.start();
  }

  private UUID publishCommitted(int fails) {
    UUID id = UUID.randomUUID();
    tx.transactional(events.publish(new ProbeHappened(id, fails))).block(Duration.ofSeconds(10));
    return id;
  }

  private static void await(String what, java.util.function.BooleanSupplier done)
      throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("timed out waiting until " + what);
      }
      Thread.sleep(50);
    }
  }

  private static List<Object> row(String sql, Object... args) throws Exception {
    try (Connection c = TestServices.jdbc();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        List<Object> values = new ArrayList<>();
        if (r.next()) {
          for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
            values.add(r.getObject(i));
          }
        }
        return values;
      }
    }
  }

  @Test
  void deliversAtOnceAfterTheCommitAndKeepsThePublicationLog() throws Exception {
    UUID id = publishCommitted(0);
    // The publishing replica starts its own first attempt right after the commit, without the grace
    // period.
    await(
        "both listeners received the event",
        () -> probes.first.containsKey(id) && probes.second.containsKey(id));
    assertThat(probes.first.get(id)).hasValue(1);
    assertThat(probes.second.get(id)).hasValue(1);
    List<Object> publication = row(
        "select event_type, payload->>'id' from events.publications where payload->>'id' = ?",
        id.toString());
    assertThat(publication).containsExactly(ProbeHappened.class.getName(), id.toString());
    List<Object> done = row(
        "select count(*) filter (where completed_at is not null), count(*) from events.deliveries d join events.publications p on p.id = d.publication_id where p.payload->>'id' = ?",
        id.toString());
    assertThat(done).containsExactly(2L, 2L);
  }

  @Test
  void anEventCommittedWhileDeliveryWasDeadArrivesAfterTheRestart() throws Exception {
    // The crash: the dispatcher is gone between the commit and the delivery.
    dispatcher.stop();
    UUID id = publishCommitted(0);
    Thread.sleep(Dispatcher.GRACE.toMillis() + 500);
    assertThat(probes.first.get(id)).isNull();
    assertThat(row(
            "select count(*) from events.deliveries d join events.publications p on p.id = d.publication_id where p.payload->>'id' = ? and completed_at is null",
            id.toString()))
        .containsExactly(2L);

    dispatcher.start();
    await(
        "the restarted dispatcher delivered the event",
        () -> probes.first.containsKey(id) && probes.second.containsKey(id));
    assertThat(probes.first.get(id)).hasValue(1);
    assertThat(probes.second.get(id)).hasValue(1);
  }

  @Test
  void retriesAFailingListenerWithBackoffAndRecordsTheAttempts() throws Exception {
    UUID id = publishCommitted(2);
    await(
        "the listener succeeded on its third attempt",
        () -> probes.first.get(id) != null && probes.first.get(id).get() == 3);
    await("the completion was recorded", () -> {
      try {
        return !row(
                "select 1 from events.deliveries d join events.publications p on p.id = d.publication_id where p.payload->>'id' = ? and d.listener like '%#on(ProbeHappened)' and completed_at is not null",
                id.toString())
            .isEmpty();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    List<Object> first = row(
        "select attempts, last_error from events.deliveries d join events.publications p on p.id = d.publication_id where p.payload->>'id' = ? and d.listener like '%#on(ProbeHappened)'",
        id.toString());
    assertThat(first).containsExactly(3, null);
    // The other listener of the same event was not held back by the failing one.
    assertThat(probes.second.get(id)).hasValue(1);
  }

  @Test
  void twoDispatchersDeliverEachEventOncePerListener() throws Exception {
    dispatcher.stop();
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      ids.add(publishCommitted(0));
    }
    // Two replicas polling the same outbox as fast as they can.
    Dispatcher a = new Dispatcher(
        db,
        json,
        listeners,
        tx,
        Duration.ofMillis(10),
        Duration.ofSeconds(30),
        Duration.ofMillis(100),
        Duration.ofSeconds(1));
    Dispatcher b = new Dispatcher(
        db,
        json,
        listeners,
        tx,
        Duration.ofMillis(10),
        Duration.ofSeconds(30),
        Duration.ofMillis(100),
        Duration.ofSeconds(1));
    AtomicInteger byA = new AtomicInteger();
    AtomicInteger byB = new AtomicInteger();
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!ids.stream()
            .allMatch(id -> probes.first.containsKey(id) && probes.second.containsKey(id))
        && System.nanoTime() < until) {
      // Both claim at the same moment, over and over, once the events are due.
      Flux.merge(a.deliverDue().doOnNext(byA::addAndGet), b.deliverDue().doOnNext(byB::addAndGet))
          .blockLast(Duration.ofSeconds(20));
      Thread.sleep(20);
    }
    for (UUID id : ids) {
      assertThat(probes.first.get(id)).as("first listener, event %s", id).hasValue(1);
      assertThat(probes.second.get(id)).as("second listener, event %s", id).hasValue(1);
    }
    assertThat(byA.get() + byB.get()).isEqualTo(120);
    assertThat(byA.get()).isPositive();
    assertThat(byB.get()).isPositive();
  }

  @Test
  void refusesToPublishOutsideATransactionAndARollbackPublishesNothing() throws Exception {
    assertThatThrownBy(() ->
            events.publish(new ProbeHappened(UUID.randomUUID(), 0)).block(Duration.ofSeconds(10)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("transaction");

    UUID id = UUID.randomUUID();
    assertThatThrownBy(() -> tx.transactional(events
                .publish(new ProbeHappened(id, 0))
                .then(Mono.error(new IllegalArgumentException("rolled back"))))
            .block(Duration.ofSeconds(10)))
        .hasMessageContaining("rolled back");
    Thread.sleep(Dispatcher.GRACE.toMillis() + 500);
    assertThat(
            row("select count(*) from events.publications where payload->>'id' = ?", id.toString()))
        .containsExactly(0L);
    assertThat(probes.first.get(id)).isNull();
  }
}
