package cn.xiangyang.portal.hearings.internal;

import cn.xiangyang.portal.system.RedisKeys;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.ReactiveRedisMessageListenerContainer;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live status changes across replicas: a change is published on one Redis channel, every backend
 * subscribes once and hands it to all of its own viewers through one in-memory sink. Viewers that cannot
 * keep up miss changes rather than slowing the others (best effort); a reconnecting page reloads the list.
 */
@Component
class LiveStatus implements SmartInitializingSingleton, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(LiveStatus.class);

  private final ReactiveStringRedisTemplate redis;
  private final ReactiveRedisConnectionFactory connections;
  private final JsonMapper json;
  private final ChannelTopic channel;
  private final Sinks.Many<Views.StatusChange> local = Sinks.many().multicast().directBestEffort();
  // Set when the context has started (afterSingletonsInstantiated); destroy may run before that.
  private @Nullable ReactiveRedisMessageListenerContainer container;
  private @Nullable Disposable subscription;

  LiveStatus(
      ReactiveStringRedisTemplate redis,
      ReactiveRedisConnectionFactory connections,
      JsonMapper json,
      RedisKeys keys) {
    this.redis = redis;
    this.connections = connections;
    this.json = json;
    this.channel = ChannelTopic.of(keys.key("hearings", "status"));
  }

  /** Subscribes to the channel before the server takes requests (on the start-up thread, where waiting is fine). */
  @Override
  public void afterSingletonsInstantiated() {
    var container = new ReactiveRedisMessageListenerContainer(connections);
    this.container = container;
    Sinks.One<Boolean> subscribed = Sinks.one();
    subscription = Flux.defer(() -> container
            .receiveLater(channel)
            .doOnNext(f -> subscribed.tryEmitValue(true))
            .flatMapMany(f -> f))
        .map(m -> m.getMessage())
        .doOnError(e -> log.warn("hearing status channel lost, resubscribing: {}", e.toString()))
        .retryWhen(
            Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200)).maxBackoff(Duration.ofSeconds(5)))
        .subscribe(this::deliver);
    subscribed
        .asMono()
        .timeout(Duration.ofSeconds(15))
        .onErrorResume(e -> Mono.just(false))
        .block();
  }

  private void deliver(String message) {
    try {
      Views.StatusChange change = json.readValue(message, Views.StatusChange.class);
      local.emitNext(change, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(100)));
    } catch (RuntimeException e) {
      log.warn("unreadable hearing status message dropped: {}", e.toString());
    }
  }

  /** Tells every replica's viewers. */
  Mono<Void> publish(Views.StatusChange change) {
    return redis
        .convertAndSend(channel.getTopic(), json.writeValueAsString(change))
        .then();
  }

  /** The changes as this replica receives them, from now on. */
  Flux<Views.StatusChange> changes() {
    return local.asFlux();
  }

  int viewers() {
    return local.currentSubscriberCount();
  }

  @Override
  public void destroy() {
    if (subscription != null) {
      subscription.dispose();
    }
    if (container != null) {
      container.destroyLater().onErrorComplete().subscribe();
    }
  }
}
