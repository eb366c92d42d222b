package cn.xiangyang.portal.accounts.internal;

import cn.xiangyang.portal.system.FixedWindows;
import cn.xiangyang.portal.system.RedisKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Limits login attempts in Redis, shared by all replicas: every attempt counts against the client's
 * address, every failure against the account it was meant for — the account, not the login string,
 * so that the phone, the ID number and the credit code of one account share one count. A login
 * string that names no account is counted under its hash, so that the limit behaves the same and
 * reveals nothing. Fixed windows, counted atomically.
 */
@Component
class LoginThrottle {

  private final ReactiveStringRedisTemplate redis;
  private final FixedWindows windows;
  private final RedisKeys keys;
  private final AccountsProperties.LoginLimits limits;

  LoginThrottle(
      ReactiveStringRedisTemplate redis,
      FixedWindows windows,
      RedisKeys keys,
      AccountsProperties properties) {
    this.redis = redis;
    this.windows = windows;
    this.keys = keys;
    this.limits = properties.loginLimits();
  }

  /** Counts an attempt from this address and fails with 429 when the address is over its limit. */
  Mono<Void> admit(String clientAddress) {
    return count(keys.key("login", "ip", clientAddress))
        .flatMap(c -> c.value() > limits.perIp() ? tooMany(c.millisLeft()) : Mono.<Void>empty());
  }

  /** The accounts among {@code ids} that are not locked, in order; fails with 429 when all of them are. */
  Mono<List<UUID>> unlocked(List<UUID> ids) {
    return Flux.fromIterable(ids)
        .concatMap(id -> lockedFor(accountKey(id))
            .map(left -> new Lock(id, left))
            .defaultIfEmpty(new Lock(id, Duration.ZERO)))
        .collectList()
        .flatMap(locks -> {
          List<UUID> open =
              locks.stream().filter(l -> l.left().isZero()).map(Lock::id).toList();
          if (open.isEmpty() && !locks.isEmpty()) {
            return tooMany(locks.getFirst().left().toMillis());
          }
          return Mono.just(open);
        });
  }

  /** Fails with 429 while the login string that names no account has used up its failures. */
  Mono<Void> admitUnknown(String login) {
    return lockedFor(unknownKey(login)).flatMap(left -> tooMany(left.toMillis()));
  }

  Mono<Void> failed(UUID accountId) {
    return count(accountKey(accountId)).then();
  }

  Mono<Void> failedUnknown(String login) {
    return count(unknownKey(login)).then();
  }

  /** Clears the account's failures (successful login, password reset). */
  Mono<Void> succeeded(UUID accountId) {
    return redis.delete(accountKey(accountId)).then();
  }

  private record Lock(UUID id, Duration left) {}

  private record Count(long value, long millisLeft) {}

  // The time the key stays locked, empty when it is not locked.
  private Mono<Duration> lockedFor(String key) {
    return redis
        .opsForValue()
        .get(key)
        .filter(failures -> Integer.parseInt(failures) >= limits.perAccount())
        .flatMap(failures -> redis.getExpire(key).defaultIfEmpty(limits.window()))
        .map(ttl -> ttl.isNegative() || ttl.isZero() ? Duration.ofSeconds(1) : ttl);
  }

  private Mono<Count> count(String key) {
    return windows
        .increment(key, limits.window())
        .map(c -> new Count(c.value(), c.left().toMillis()));
  }

  private static <T> Mono<T> tooMany(long millisLeft) {
    long seconds = Math.max(1, Duration.ofMillis(millisLeft).toSeconds());
    return Mono.error(new AccountProblems.TooManyLoginAttempts(seconds));
  }

  private String accountKey(UUID accountId) {
    return keys.key("login", "account", accountId.toString());
  }

  private String unknownKey(String login) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(login.getBytes(StandardCharsets.UTF_8));
      return keys.key("login", "unknown", HexFormat.of().formatHex(digest, 0, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
