package cn.xiangyang.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The one Idempotency-Key facility (issue 8 §3): the same key gives the same result, a key racing
 * itself gives one result and no error, accounts and scopes do not collide, another request with a
 * used key is refused, and a key of the wrong format is refused with the one Chinese message. The
 * endpoints' use of it is checked in their own tests (filing, compliance, hearings).
 */
@IntegrationTest
class IdempotencyIntegrationTests extends IntegrationTestBase {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Autowired
  Idempotency idempotency;

  @Autowired
  DatabaseClient db;

  @BeforeEach
  void probeTable() {
    // what a request makes: a row in a table of this test's own, in the run's scratch database
    db.sql(
            "create table if not exists idempotency_probe (id uuid primary key, account_id uuid not null)")
        .then()
        .block(WAIT);
  }

  private Mono<Void> insertProbe(UUID id, UUID account) {
    return db.sql("insert into idempotency_probe (id, account_id) values (:id, :a)")
        .bind("id", id)
        .bind("a", account)
        .then();
  }

  private long probes(UUID account) {
    Long n = db.sql("select count(*) as n from idempotency_probe where account_id = :a")
        .bind("a", account)
        .map(r -> r.get("n", Long.class))
        .one()
        .block(WAIT);
    return n == null ? 0 : n;
  }

  private Mono<UUID> request(UUID account, @Nullable String key, AtomicInteger runs) {
    return Mono.defer(() -> {
      UUID id = UUID.randomUUID();
      return idempotency.once(account, "system.probe", key, null, id, () -> {
        runs.incrementAndGet();
        // long enough that the racing requests all pass the look-up before the first commits
        return insertProbe(id, account).then(Mono.delay(Duration.ofMillis(300)));
      });
    });
  }

  @Test
  void theSameKeyGivesTheSameResultAndRunsTheWorkOnce() {
    UUID account = UUID.randomUUID();
    AtomicInteger runs = new AtomicInteger();
    UUID first = request(account, "probe-1", runs).block(WAIT);
    UUID again = request(account, "probe-1", runs).block(WAIT);
    assertThat(again).isEqualTo(first);
    assertThat(runs).hasValue(1);
    assertThat(probes(account)).isEqualTo(1);
    assertThat(idempotency.earlier(account, "system.probe", "probe-1").block(WAIT))
        .isEqualTo(first);
    // another key is another request
    UUID other = request(account, "probe-2", runs).block(WAIT);
    assertThat(other).isNotEqualTo(first);
    assertThat(probes(account)).isEqualTo(2);
    // without a key every request is a new one
    UUID a = request(account, null, runs).block(WAIT);
    UUID b = request(account, null, runs).block(WAIT);
    assertThat(a).isNotEqualTo(b);
    assertThat(probes(account)).isEqualTo(4);
  }

  @Test
  void aKeyRacingItselfGivesOneResultAndNoError() {
    UUID account = UUID.randomUUID();
    AtomicInteger runs = new AtomicInteger();
    int racers = 4;
    List<UUID> results = Flux.range(0, racers)
        .flatMap(i -> request(account, "race", runs).subscribeOn(Schedulers.parallel()))
        .collectList()
        .block(WAIT);
    assertThat(results).hasSize(racers);
    assertThat(results.stream().distinct()).hasSize(1);
    // the racers waited on the key's row, written before the work: the work ran once
    assertThat(runs).hasValue(1);
    // the racers' work was rolled back with their key: one row made, whatever ran
    assertThat(probes(account)).isEqualTo(1);
    assertThat(idempotency.earlier(account, "system.probe", "race").block(WAIT))
        .isEqualTo(results.get(0));
  }

  @Test
  void accountsAndScopesDoNotCollide() {
    UUID one = UUID.randomUUID();
    UUID two = UUID.randomUUID();
    AtomicInteger runs = new AtomicInteger();
    UUID a = request(one, "shared-key", runs).block(WAIT);
    UUID b = request(two, "shared-key", runs).block(WAIT);
    assertThat(a).isNotEqualTo(b);
    assertThat(runs).hasValue(2);
    assertThat(idempotency.earlier(one, "system.other", "shared-key").block(WAIT))
        .isNull();
  }

  @Test
  void aUsedKeyForAnotherRequestIsRefusedAndRememberingTwiceFails() {
    UUID account = UUID.randomUUID();
    UUID result = UUID.randomUUID();
    UUID thing = UUID.randomUUID();
    UUID made = idempotency
        .once(account, "system.probe", "fp", thing.toString(), result, () -> Mono.empty())
        .block(WAIT);
    assertThat(made).isEqualTo(result);
    // the same request again: the first result, nothing run
    assertThat(idempotency
            .once(
                account,
                "system.probe",
                "fp",
                thing.toString(),
                UUID.randomUUID(),
                () -> Mono.error(new IllegalStateException("ran twice")))
            .block(WAIT))
        .isEqualTo(result);
    // the key sent for something else: refused, in Chinese
    assertThatThrownBy(() -> idempotency
            .once(account, "system.probe", "fp", "another", UUID.randomUUID(), () -> Mono.empty())
            .block(WAIT))
        .isInstanceOf(IdempotencyKeys.Reused.class)
        .hasMessageContaining("已用于另一次请求");
    assertThatThrownBy(() -> idempotency
            .remember(account, "system.probe", "fp", UUID.randomUUID(), Instant.now())
            .block(WAIT))
        .isInstanceOf(DataIntegrityViolationException.class);
    // a forgotten result frees its key
    idempotency.forget(result).block(WAIT);
    assertThat(idempotency.earlier(account, "system.probe", "fp").block(WAIT)).isNull();
  }

  @Test
  void aKeyOfTheWrongFormatIsRefusedBeforeAnythingRuns() {
    assertThat(IdempotencyKeys.valid(UUID.randomUUID().toString())).isTrue();
    assertThat(IdempotencyKeys.valid("a_b-C9")).isTrue();
    for (String bad : List.of("", "with space", "申请-1", "x".repeat(101), "a/b")) {
      assertThat(IdempotencyKeys.valid(bad)).as(bad).isFalse();
    }
    AtomicInteger runs = new AtomicInteger();
    assertThatThrownBy(() -> request(UUID.randomUUID(), "with space", runs).block(WAIT))
        .isInstanceOf(IdempotencyKeys.BadKey.class)
        .hasMessage(IdempotencyKeys.MESSAGE);
    assertThat(runs).hasValue(0);
  }
}
