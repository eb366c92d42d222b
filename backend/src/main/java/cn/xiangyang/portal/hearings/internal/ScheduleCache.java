package cn.xiangyang.portal.hearings.internal;

import cn.xiangyang.portal.system.RedisKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The public schedule's answers cached in Redis, shared by all replicas. Every change to a hearing bumps
 * one version number, so all cached pages are dropped at once (they are keyed by version); pages also
 * expire after {@code portal.hearings.cache-ttl}, because listings open by time (objection period) too.
 * When Redis fails the answer is computed, never refused.
 */
@Component
class ScheduleCache {

  private static final Logger log = LoggerFactory.getLogger(ScheduleCache.class);

  private final ReactiveStringRedisTemplate redis;
  private final RedisKeys keys;
  private final HearingsProperties properties;

  ScheduleCache(ReactiveStringRedisTemplate redis, RedisKeys keys, HearingsProperties properties) {
    this.redis = redis;
    this.keys = keys;
    this.properties = properties;
  }

  /** The cached answer for {@code query}, or the computed one, stored for the next caller. */
  Mono<String> get(String query, Supplier<Mono<String>> compute) {
    String versionKey = keys.key("hearings", "schedule-version");
    return redis
        .opsForValue()
        .get(versionKey)
        .defaultIfEmpty("0")
        .onErrorResume(e -> Mono.just("unavailable"))
        .flatMap(version -> {
          if (version.equals("unavailable")) {
            return compute.get();
          }
          String key = keys.key("hearings", "schedule", version, sha256(query));
          return redis
              .opsForValue()
              .get(key)
              .onErrorResume(e -> Mono.empty())
              .switchIfEmpty(Mono.defer(compute)
                  .flatMap(answer -> redis
                      .opsForValue()
                      .set(key, answer, properties.cacheTtl())
                      .onErrorResume(e -> Mono.just(false))
                      .thenReturn(answer)));
        });
  }

  /** Drops every cached page (all replicas). */
  Mono<Void> invalidate() {
    return redis
        .opsForValue()
        .increment(keys.key("hearings", "schedule-version"))
        .doOnError(e -> log.warn("could not drop cached schedule pages: {}", e.toString()))
        .onErrorResume(e -> Mono.empty())
        .then();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)),
              0,
              12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
