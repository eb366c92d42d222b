package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.system.RedisKeys;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversation memory in Redis, so that any replica can continue any conversation: a marker key per
 * conversation and a list of its recent turns (personal data already masked), both expiring
 * {@code conversationTtl} after the last message.
 */
@Component
class Conversations {

  /** One turn: {@code user} or {@code assistant} and what was said. */
  record Turn(String role, String text) {}

  private final ReactiveStringRedisTemplate redis;
  private final RedisKeys keys;
  private final JsonMapper json;
  private final Duration ttl;
  private final int maxTurns;

  Conversations(
      ReactiveStringRedisTemplate redis,
      RedisKeys keys,
      JsonMapper json,
      AssistantProperties properties) {
    this.redis = redis;
    this.keys = keys;
    this.json = json;
    this.ttl = properties.conversationTtl();
    this.maxTurns = properties.memoryTurns();
  }

  Mono<UUID> start() {
    UUID id = UUID.randomUUID();
    return redis.opsForValue().set(marker(id), "1", ttl).thenReturn(id);
  }

  /** The conversation's recent turns, oldest first; fails with ConversationNotFound when unknown or expired. */
  Mono<List<Turn>> turns(UUID id) {
    return redis
        .hasKey(marker(id))
        .flatMap(exists -> exists
            ? redis
                .opsForList()
                .range(turnsKey(id), 0, -1)
                .map(t -> json.readValue(t, Turn.class))
                .collectList()
            : Mono.error(new AssistantProblems.ConversationNotFound()));
  }

  /** Appends a question and its answer and renews the expiry. */
  Mono<Void> append(UUID id, Turn question, Turn answer) {
    String key = turnsKey(id);
    // the trim and the expiries go out together (pipelined on the connection), after the push
    return redis
        .opsForList()
        .rightPushAll(key, json.writeValueAsString(question), json.writeValueAsString(answer))
        .then(Mono.when(
            redis.opsForList().trim(key, -maxTurns, -1),
            redis.expire(key, ttl),
            redis.expire(marker(id), ttl)));
  }

  private String marker(UUID id) {
    return keys.key("assistant", "conversation", id.toString());
  }

  private String turnsKey(UUID id) {
    return keys.key("assistant", "conversation", id.toString(), "turns");
  }
}
