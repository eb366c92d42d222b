package cn.xiangyang.portal.accounts.internal;

import cn.xiangyang.portal.system.RedisKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Limits login attempts in Redis, shared by all replicas: every attempt counts against the client's
 * address, every failure against the account (named by a hash of the login string, whether or not
 * such an account exists, so the limit reveals nothing). Fixed windows, counted atomically.
 */
@Component
class LoginThrottle {

  // INCR and set the expiry on first use in one step; returns {count, seconds left}.
  private static final RedisScript<List> COUNT =
      RedisScript.of(
          """
          local n = redis.call('INCR', KEYS[1])
          if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
          local ttl = redis.call('PTTL', KEYS[1])
          return {n, ttl}""",
          List.class);

  private final ReactiveStringRedisTemplate redis;
  private final RedisKeys keys;
  private final AccountsProperties.LoginLimits limits;

  LoginThrottle(ReactiveStringRedisTemplate redis, RedisKeys keys, AccountsProperties properties) {
    this.redis = redis;
    this.keys = keys;
    this.limits = properties.loginLimits();
  }

  /** Counts an attempt from this address and fails with 429 if it or the account is over its limit. */
  Mono<Void> admit(String clientAddress, String login) {
    Mono<Void> ip =
        count(keys.key("login", "ip", clientAddress))
            .flatMap(c -> c.value() > limits.perIp() ? tooMany(c) : Mono.<Void>empty());
    Mono<Void> account =
        redis
            .opsForValue()
            .get(accountKey(login))
            .flatMap(
                failures ->
                    Integer.parseInt(failures) >= limits.perAccount()
                        ? redis.getExpire(accountKey(login))
                            .defaultIfEmpty(limits.window())
                            .flatMap(ttl -> tooMany(new Count(0, ttl.toMillis())))
                        : Mono.<Void>empty());
    return ip.then(account);
  }

  Mono<Void> failed(String login) {
    return count(accountKey(login)).then();
  }

  Mono<Void> succeeded(String login) {
    return redis.delete(accountKey(login)).then();
  }

  private record Count(long value, long millisLeft) {}

  private Mono<Count> count(String key) {
    return redis
        .execute(COUNT, List.of(key), List.of(Long.toString(limits.window().toMillis())))
        .next()
        .map(
            result -> {
              List<?> values = result;
              return new Count(((Number) values.get(0)).longValue(), ((Number) values.get(1)).longValue());
            });
  }

  private static Mono<Void> tooMany(Count count) {
    long seconds = Math.max(1, Duration.ofMillis(count.millisLeft()).toSeconds());
    return Mono.error(new AccountProblems.TooManyLoginAttempts(seconds));
  }

  private String accountKey(String login) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(login.getBytes(StandardCharsets.UTF_8));
      return keys.key("login", "account", HexFormat.of().formatHex(digest, 0, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
