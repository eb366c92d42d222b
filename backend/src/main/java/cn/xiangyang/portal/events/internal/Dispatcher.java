package cn.xiangyang.portal.events.internal;

import static cn.xiangyang.portal.system.Rows.required;

import io.r2dbc.postgresql.codec.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.util.ClassUtils;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers the outbox's pending deliveries to their listeners, on every replica at once without
 * delivering one twice at the same time: a delivery is claimed with {@code FOR UPDATE SKIP LOCKED}
 * and a lease (a random token and an expiry) in one statement, and completed only by the holder of
 * the lease, in the listener's own transaction. A listener that fails is retried with doubling
 * back-off up to {@code portal.events.max-backoff}; one that dies with its replica is retried when the
 * lease runs out.
 */
@Component
class Dispatcher implements SmartLifecycle {

  /** How long a fresh event waits for the publishing replica's own after-commit attempt. */
  static final Duration GRACE = Duration.ofSeconds(2);

  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
  private static final int BATCH = 20;

  private final DatabaseClient db;
  private final JsonMapper json;
  private final Listeners listeners;
  private final TransactionalOperator tx;
  private final Duration poll;
  private final Duration lease;
  private final Duration retryBase;
  private final Duration maxBackoff;
  private final Map<String, Class<?>> types = new ConcurrentHashMap<>();
  private volatile @Nullable Disposable loop;

  Dispatcher(
      DatabaseClient db,
      JsonMapper json,
      Listeners listeners,
      TransactionalOperator tx,
      @Value("${portal.events.poll-interval:1s}") Duration poll,
      @Value("${portal.events.lease:30s}") Duration lease,
      @Value("${portal.events.retry-base:1s}") Duration retryBase,
      @Value("${portal.events.max-backoff:1h}") Duration maxBackoff) {
    this.db = db;
    this.json = json;
    this.listeners = listeners;
    this.tx = tx;
    this.poll = poll;
    this.lease = lease;
    this.retryBase = retryBase;
    this.maxBackoff = maxBackoff;
  }

  // ---- lifecycle: a stopped dispatcher delivers nothing, as after a crash
  // ---------------------------

  @Override
  public synchronized void start() {
    if (loop == null) {
      loop = Flux.interval(poll)
          .onBackpressureDrop()
          .concatMap(
              tick -> deliverDue().onErrorResume(e -> {
                log.warn("事件投递轮询失败，稍后重试：{}", e.toString());
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

  // ---- delivery
  // ------------------------------------------------------------------------------------

  /** Delivers what is due now, batch after batch; the number of deliveries attempted. */
  Mono<Integer> deliverDue() {
    return batch(null).expand(n -> n < BATCH ? Mono.empty() : batch(null)).reduce(0, Integer::sum);
  }

  /**
   * The first attempt for events just committed, by the replica that published them. Runs apart
   * from the caller's (finished) transaction and never fails the caller: what fails here is retried.
   */
  Mono<Void> deliverNow(List<UUID> publications) {
    if (loop == null || publications.isEmpty()) {
      return Mono.empty();
    }
    return batch(publications)
        .timeout(Duration.ofSeconds(10))
        .onErrorResume(e -> {
          log.warn("事件即时投递未完成，将由轮询重试：{}", e.toString());
          return Mono.empty();
        })
        .then()
        .contextWrite(ctx -> Context.empty());
  }

  private record Claimed(
      UUID publication,
      String listener,
      int attempts,
      String eventType,
      String payload,
      String token) {}

  /** Claims up to a batch of deliveries (the given publications', or any due) and delivers them. */
  private Mono<Integer> batch(@Nullable List<UUID> publications) {
    String token = UUID.randomUUID().toString();
    String which =
        publications == null ? "next_attempt_at <= now()" : "publication_id = any (:ids)";
    var spec = db.sql("""
                with due as (
                  select publication_id, listener from events.deliveries
                   where completed_at is null and (leased_until is null or leased_until < now()) and %s
                     and listener = any (:known)
                   order by next_attempt_at limit :n
                   for update skip locked),
                claimed as (
                  update events.deliveries d
                     set leased_until = now() + make_interval(secs => :lease), leased_by = :token, attempts = d.attempts + 1
                    from due where d.publication_id = due.publication_id and d.listener = due.listener
                  returning d.publication_id, d.listener, d.attempts)
                select c.publication_id, c.listener, c.attempts, p.event_type, p.payload
                  from claimed c join events.publications p on p.id = c.publication_id
                 order by p.published_at, c.listener""".formatted(which))
        .bind("n", BATCH)
        .bind("lease", (double) lease.toMillis() / 1000)
        .bind("token", token)
        // Only listeners this replica has: during a rolling deployment an old replica leaves a new
        // listener's deliveries alone.
        .bind("known", listeners.ids().toArray(String[]::new));
    if (publications != null) {
      spec = spec.bind("ids", publications.toArray(UUID[]::new));
    }
    return spec.map(r -> new Claimed(
            required(r, "publication_id", UUID.class),
            required(r, "listener", String.class),
            required(r, "attempts", Integer.class),
            required(r, "event_type", String.class),
            required(r, "payload", Json.class).asString(),
            token))
        .all()
        .collectList()
        .flatMap(claimed ->
            Flux.fromIterable(claimed).concatMap(this::deliver).then(Mono.just(claimed.size())));
  }

  private Mono<Void> deliver(Claimed c) {
    Mono<Void> run = Mono.defer(() -> {
      Listeners.Listener listener = listeners
          .find(c.listener())
          .orElseThrow(() ->
              new IllegalStateException("no listener " + c.listener() + " in this application"));
      Object event = json.readValue(c.payload(), type(c.eventType()));
      return tx.transactional(listener.on(event).then(complete(c)));
    });
    return run.onErrorResume(LeaseLost.class, e -> {
          log.info("事件 {} 的投递 {} 已由其他实例接手", c.publication(), c.listener());
          return Mono.empty();
        })
        .onErrorResume(e -> failed(c, e));
  }

  private Mono<Void> complete(Claimed c) {
    return db.sql("""
            update events.deliveries set completed_at = now(), leased_until = null, last_error = null
             where publication_id = :p and listener = :l and leased_by = :token and completed_at is null""")
        .bind("p", c.publication())
        .bind("l", c.listener())
        .bind("token", c.token())
        .fetch()
        .rowsUpdated()
        // Our lease ran out and another replica took the delivery over: undo this run's effects.
        .flatMap(rows -> rows == 1 ? Mono.<Void>empty() : Mono.error(new LeaseLost()));
  }

  private Mono<Void> failed(Claimed c, Throwable e) {
    Duration wait = backoff(c.attempts());
    log.warn(
        "事件 {}（{}）投递给 {} 失败（第 {} 次），{} 秒后重试：{}",
        c.publication(),
        c.eventType(),
        c.listener(),
        c.attempts(),
        wait.toSeconds(),
        e.toString());
    String error = e.toString();
    return db.sql("""
            update events.deliveries set leased_until = null, last_error = :error,
                   next_attempt_at = now() + make_interval(secs => :wait)
             where publication_id = :p and listener = :l and leased_by = :token and completed_at is null""")
        .bind("error", error.length() > 1000 ? error.substring(0, 1000) : error)
        .bind("wait", (double) wait.toMillis() / 1000)
        .bind("p", c.publication())
        .bind("l", c.listener())
        .bind("token", c.token())
        .then()
        .onErrorResume(x -> {
          log.warn("记录投递失败未成功，租约到期后重试：{}", x.toString());
          return Mono.empty();
        });
  }

  /** retry-base × 2^(attempts − 1), at most max-backoff. */
  Duration backoff(int attempts) {
    int doublings = Math.min(Math.max(attempts - 1, 0), 30);
    Duration wait = retryBase.multipliedBy(1L << doublings);
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }

  private Class<?> type(String name) {
    return types.computeIfAbsent(
        name, n -> ClassUtils.resolveClassName(n, Dispatcher.class.getClassLoader()));
  }

  private static final class LeaseLost extends RuntimeException {
    LeaseLost() {
      super("lease lost", null, false, false);
    }
  }
}
