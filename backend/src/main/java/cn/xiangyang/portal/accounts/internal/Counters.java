package cn.xiangyang.portal.accounts.internal;

import cn.xiangyang.portal.system.RedisKeys;
import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Fixed-window counters in Redis, shared by all replicas, for the accounts module's limits (SMS codes,
 * registrations, case codes). Counting and setting the expiry happen in one atomic step.
 */
@Component
class Counters {

  // INCR and set the expiry on first use in one step; returns {count, milliseconds left}.
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

  Counters(ReactiveStringRedisTemplate redis, RedisKeys keys) {
    this.redis = redis;
    this.keys = keys;
  }

  /** A count within its window and the time until the window ends. */
  record Count(long value, Duration left) {}

  /** Counts one more under the key parts; the window starts with the first count. */
  Mono<Count> increment(Duration window, String... parts) {
    return redis
        .execute(COUNT, List.of(keys.key(parts)), List.of(Long.toString(window.toMillis())))
        .next()
        .map(result -> new Count(((Number) result.get(0)).longValue(), Duration.ofMillis(Math.max(0, ((Number) result.get(1)).longValue()))));
  }

  /**
   * Counts one more and fails with {@link AccountProblems.TooManyRequests} carrying {@code detail}
   * when the count exceeds {@code limit}.
   */
  Mono<Void> admit(int limit, Duration window, String detail, String... parts) {
    return increment(window, parts)
        .flatMap(c -> c.value() > limit ? Mono.error(new AccountProblems.TooManyRequests(detail, c.left())) : Mono.<Void>empty());
  }
}
