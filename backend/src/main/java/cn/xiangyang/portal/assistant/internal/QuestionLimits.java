package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.system.FixedWindows;
import cn.xiangyang.portal.system.RedisKeys;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Limits questions per conversation, per client address and per signed-in account on the portal's one fixed-window
 * counter ({@link FixedWindows}), shared by all replicas; over the limit a question is refused with 429 and {@code Retry-After}.
 */
@Component
class QuestionLimits {

  private final FixedWindows windows;
  private final RedisKeys keys;
  private final AssistantProperties.Limits limits;

  QuestionLimits(FixedWindows windows, RedisKeys keys, AssistantProperties properties) {
    this.windows = windows;
    this.keys = keys;
    this.limits = properties.limits();
  }

  /**
   * Counts a question; fails with TooManyQuestions when the conversation, the address or the account is
   * over its limit.
   */
  Mono<Void> admit(UUID conversationId, String clientAddress, @Nullable UUID accountId) {
    Mono<Void> conversation = count(
        keys.key("assistant", "limit", "conversation", conversationId.toString()),
        limits.perConversation());
    Mono<Void> ip = conversation.then(
        count(keys.key("assistant", "limit", "ip", clientAddress), limits.perIp()));
    Mono<Void> account = accountId == null
        ? Mono.empty()
        : count(
            keys.key("assistant", "limit", "account", accountId.toString()), limits.perAccount());
    return ip.then(account);
  }

  private Mono<Void> count(String key, int limit) {
    return windows
        .increment(key, limits.window())
        .flatMap(c -> c.value() <= limit
            ? Mono.<Void>empty()
            : Mono.error(new AssistantProblems.TooManyQuestions(c.retryAfterSeconds())));
  }
}
