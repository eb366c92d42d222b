package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.system.RedisKeys;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Limits questions per conversation, per client address and per signed-in account in Redis, shared by all replicas: fixed
 * windows counted atomically; over the limit a question is refused with 429 and {@code Retry-After}.
 */
@Component
class QuestionLimits {

  // INCR and set the expiry on first use in one step; returns {count, milliseconds left}
  @SuppressWarnings("rawtypes")
  private static final RedisScript<List> COUNT = RedisScript.of(
      """
      local n = redis.call('INCR', KEYS[1])
      if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
      return {n, redis.call('PTTL', KEYS[1])}""",
      List.class);

  private final ReactiveStringRedisTemplate redis;
  private final RedisKeys keys;
  private final AssistantProperties.Limits limits;

  QuestionLimits(ReactiveStringRedisTemplate redis, RedisKeys keys, AssistantProperties properties) {
    this.redis = redis;
    this.keys = keys;
    this.limits = properties.limits();
  }

  /**
   * Counts a question; fails with TooManyQuestions when the conversation, the address or the account is
   * over its limit.
   */
  Mono<Void> admit(UUID conversationId, String clientAddress, @Nullable UUID accountId) {
    Mono<Void> conversation = count(keys.key("assistant", "limit", "conversation", conversationId.toString()), limits.perConversation());
    Mono<Void> ip = conversation.then(count(keys.key("assistant", "limit", "ip", clientAddress), limits.perIp()));
    Mono<Void> account = accountId == null
        ? Mono.empty()
        : count(keys.key("assistant", "limit", "account", accountId.toString()), limits.perAccount());
    return ip.then(account);
  }

  private Mono<Void> count(String key, int limit) {
    return redis.execute(COUNT, List.of(key), List.of(Long.toString(limits.window().toMillis())))
        .next()
        .flatMap(result -> {
          long n = ((Number) result.get(0)).longValue();
          long millisLeft = ((Number) result.get(1)).longValue();
          if (n <= limit) {
            return Mono.<Void>empty();
          }
          long seconds = Math.max(1, Duration.ofMillis(millisLeft).toSeconds() + (millisLeft % 1000 > 0 ? 1 : 0));
          return Mono.error(new AssistantProblems.TooManyQuestions(seconds));
        });
  }
}
