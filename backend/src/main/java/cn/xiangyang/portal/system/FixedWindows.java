package cn.xiangyang.portal.system;

import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The portal's one rate-limit counter: fixed windows in Redis, shared by every replica, for logins,
 * SMS codes, registrations, case codes and assistant questions. Counting and setting the window's
 * expiry happen in one atomic script, so no key is ever left without one.
 */
@Component
public class FixedWindows {

  // INCR, and set the expiry on the window's first count, in one step; returns {count, milliseconds
  // left}.
  @SuppressWarnings("rawtypes")
  private static final RedisScript<List> COUNT = RedisScript.of("""
          local n = redis.call('INCR', KEYS[1])
          if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
          local ttl = redis.call('PTTL', KEYS[1])
          return {n, ttl}""", List.class);

  private final ReactiveStringRedisTemplate redis;

  FixedWindows(ReactiveStringRedisTemplate redis) {
    this.redis = redis;
  }

  /** A count within its window, and the time until the window ends. */
  public record Count(long value, Duration left) {

    /** The whole seconds a client should wait before trying again (at least one). */
    public long retryAfterSeconds() {
      long millis = left.toMillis();
      return Math.max(1, millis / 1000 + (millis % 1000 > 0 ? 1 : 0));
    }
  }

  /** Counts one more under {@code key} (built with {@link RedisKeys}); the window starts with its first count. */
  public Mono<Count> increment(String key, Duration window) {
    return redis
        .execute(COUNT, List.of(key), List.of(Long.toString(window.toMillis())))
        .next()
        .map(r -> new Count(
            ((Number) r.get(0)).longValue(),
            Duration.ofMillis(Math.max(0, ((Number) r.get(1)).longValue()))));
  }
}
