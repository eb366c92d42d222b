package cn.xiangyang.portal.system;

import static cn.xiangyang.portal.system.Rows.required;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * {@code Idempotency-Key}s of every module (table {@code system.idempotency_keys}): the first answer to
 * an account's key within a scope is the answer to every repetition, so a double tap or a retry after a
 * lost response makes one thing, not two.
 *
 * <p>A key's row is written inside the caller's transaction (R2DBC shares the transaction of the
 * subscriber's context): it exists exactly when the work it stands for was committed. A second request
 * with the same key racing the first waits on the row's unique index until the first commits, then
 * fails with a {@link DataIntegrityViolationException} and finds the first result with {@link
 * #earlier}; {@link #once} does all of it.
 *
 * <p>Scopes name the module and the request, such as {@code filing.create} or {@code
 * compliance.training}; keys are checked with {@link IdempotencyKeys#require} first.
 */
@Component
public class Idempotency {

  private static final Pattern SCOPE = Pattern.compile("^[a-z]+(\\.[a-z-]+)+$");

  private final DatabaseClient db;
  private final TransactionalOperator tx;
  private final Clock clock;

  Idempotency(DatabaseClient db, TransactionalOperator tx, Clock clock) {
    this.db = db;
    this.tx = tx;
    this.clock = clock;
  }

  /** What a key answered before: the result and the fingerprint of its request (null: not given). */
  public record Earlier(UUID result, @Nullable String fingerprint) {}

  /** The result the account's key gave first in the scope; empty when the key is new. */
  public Mono<UUID> earlier(UUID accountId, String scope, String key) {
    return first(accountId, scope, key).map(Earlier::result);
  }

  /**
   * The result the account's key gave first, when the earlier request had the same fingerprint; fails
   * with {@link IdempotencyKeys.Reused} when the key was sent for another request. Empty when the key
   * is new.
   */
  public Mono<UUID> earlier(
      UUID accountId, String scope, String key, @Nullable String fingerprint) {
    return first(accountId, scope, key)
        .flatMap(e ->
            fingerprint == null || e.fingerprint() == null || e.fingerprint().equals(fingerprint)
                ? Mono.just(e.result())
                : Mono.error(new IdempotencyKeys.Reused()));
  }

  /** The key's earlier row, fingerprint included; empty when the key is new. */
  public Mono<Earlier> first(UUID accountId, String scope, String key) {
    return db.sql("""
            select result, fingerprint from system.idempotency_keys
             where account_id = :a and scope = :s and key = :k""")
        .bind("a", accountId)
        .bind("s", scope)
        .bind("k", key)
        .map(
            r -> new Earlier(required(r, "result", UUID.class), r.get("fingerprint", String.class)))
        .one();
  }

  /**
   * Remembers the key's result, inside the caller's transaction. Fails with a {@link
   * DataIntegrityViolationException} when the key has a row already (a repetition, or a racing first
   * request that committed meanwhile).
   */
  public Mono<Void> remember(UUID accountId, String scope, String key, UUID result, Instant now) {
    return remember(accountId, scope, key, null, result, now);
  }

  /** {@link #remember(UUID, String, String, UUID, Instant)} with the request's fingerprint. */
  public Mono<Void> remember(
      UUID accountId,
      String scope,
      String key,
      @Nullable String fingerprint,
      UUID result,
      Instant now) {
    return Mono.defer(() -> {
      checkScope(scope);
      IdempotencyKeys.require(key);
      var spec = db.sql("""
              insert into system.idempotency_keys (account_id, scope, key, fingerprint, result, created_at)
              values (:a, :s, :k, :f, :r, :now)""")
          .bind("a", accountId)
          .bind("s", scope)
          .bind("k", key)
          .bind("r", result)
          .bind("now", now);
      spec = fingerprint == null ? spec.bindNull("f", String.class) : spec.bind("f", fingerprint);
      return spec.then();
    });
  }

  /**
   * Does the work once per key. Without a key the work runs in a transaction and {@code result}
   * returns. With one, an earlier result of the key returns without running anything (or {@link
   * IdempotencyKeys.Reused} when the fingerprints differ); else the key's row is written first and the
   * work after, in one transaction, so a racing request with the same key waits for this one and then
   * answers with its result, never a second one and never a 500.
   *
   * @param result the id the work makes (chosen before, such as a new row's {@code UUID})
   * @param work what the request does; subscribed at most once, in the transaction
   * @return the result: {@code result}, or the earlier request's
   */
  public Mono<UUID> once(
      UUID accountId,
      String scope,
      @Nullable String key,
      @Nullable String fingerprint,
      UUID result,
      Supplier<Mono<?>> work) {
    if (key == null) {
      return tx.transactional(Mono.defer(work).then(Mono.just(result)));
    }
    IdempotencyKeys.require(key);
    checkScope(scope);
    Mono<UUID> first =
        tx.transactional(remember(accountId, scope, key, fingerprint, result, clock.instant())
            .then(Mono.defer(work))
            .then(Mono.just(result)));
    return earlier(accountId, scope, key, fingerprint)
        .switchIfEmpty(first)
        .onErrorResume(
            DataIntegrityViolationException.class,
            e -> earlier(accountId, scope, key, fingerprint).switchIfEmpty(Mono.error(e)));
  }

  /** Forgets every key whose result is the given id (the thing it made was deleted). */
  public Mono<Void> forget(UUID result) {
    return db.sql("delete from system.idempotency_keys where result = :r")
        .bind("r", result)
        .then();
  }

  private static void checkScope(String scope) {
    if (!SCOPE.matcher(Objects.requireNonNull(scope)).matches()) {
      throw new IllegalArgumentException("not a scope such as filing.create: " + scope);
    }
  }
}
