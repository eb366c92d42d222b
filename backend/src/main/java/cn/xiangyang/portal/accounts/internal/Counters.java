package cn.xiangyang.portal.accounts.internal;

import cn.xiangyang.portal.system.FixedWindows;
import cn.xiangyang.portal.system.RedisKeys;
import java.time.Duration;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The accounts module's limits (SMS codes, registrations, case codes) on the portal's one fixed-window
 * counter ({@link FixedWindows}), shared by all replicas.
 */
@Component
class Counters {

  private final FixedWindows windows;
  private final RedisKeys keys;

  Counters(FixedWindows windows, RedisKeys keys) {
    this.windows = windows;
    this.keys = keys;
  }

  /** A count within its window and the time until the window ends. */
  record Count(long value, Duration left) {}

  /** Counts one more under the key parts; the window starts with the first count. */
  Mono<Count> increment(Duration window, String... parts) {
    return windows.increment(keys.key(parts), window).map(c -> new Count(c.value(), c.left()));
  }

  /**
   * Counts one more and fails with {@link AccountProblems.TooManyRequests} carrying {@code detail}
   * when the count exceeds {@code limit}.
   */
  Mono<Void> admit(int limit, Duration window, String detail, String... parts) {
    return increment(window, parts)
        .flatMap(c -> c.value() > limit
            ? Mono.error(new AccountProblems.TooManyRequests(detail, c.left()))
            : Mono.<Void>empty());
  }
}
