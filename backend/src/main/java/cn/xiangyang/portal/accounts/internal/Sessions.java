package cn.xiangyang.portal.accounts.internal;

import cn.xiangyang.portal.accounts.AccountKind;
import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.accounts.StaffRole;
import cn.xiangyang.portal.system.RedisKeys;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.ReactiveRedisMessageListenerContainer;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * Login sessions in Redis: an opaque random token for the client, stored only as its SHA-256 (a Redis
 * dump reveals no usable token), with an expiry. Also the security layer's authentication manager for
 * bearer tokens.
 *
 * <p>Every signed-in request resolves its token, so each replica keeps the sessions it looked up for a few
 * seconds ({@code portal.accounts.session-cache-ttl}): a signed-in read is then one Redis round trip fewer.
 * Logging out and revoking sessions go through this class, which deletes the keys and then announces them on a
 * Redis channel: every replica (this one at once) forgets them before the answer is sent, so a closed session
 * stops working everywhere within the time a pub/sub message takes.
 */
@Component
class Sessions
    implements ReactiveAuthenticationManager, SmartInitializingSingleton, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(Sessions.class);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int CACHED_SESSIONS = 20_000;

  private final ReactiveStringRedisTemplate redis;
  private final ReactiveRedisConnectionFactory connections;
  private final RedisKeys keys;
  private final AccountsProperties properties;
  private final Clock clock;
  private final ChannelTopic closed;
  /** Session key → its user, for a few seconds; null when the cache is off. */
  private final @Nullable AsyncCache<String, PortalUser> recent;

  private @Nullable ReactiveRedisMessageListenerContainer container;
  private @Nullable Disposable subscription;

  Sessions(
      ReactiveStringRedisTemplate redis,
      ReactiveRedisConnectionFactory connections,
      RedisKeys keys,
      AccountsProperties properties,
      Clock clock) {
    this.redis = redis;
    this.connections = connections;
    this.keys = keys;
    this.properties = properties;
    this.clock = clock;
    this.closed = ChannelTopic.of(keys.key("sessions", "closed"));
    Duration ttl = properties.sessionCacheTtl();
    this.recent = ttl == null || ttl.isZero() || ttl.isNegative()
        ? null
        : Caffeine.newBuilder()
            .expireAfterWrite(ttl)
            .maximumSize(CACHED_SESSIONS)
            .buildAsync();
  }

  /** Listens for sessions closed on other replicas before the server takes requests (start-up thread). */
  @Override
  public void afterSingletonsInstantiated() {
    if (recent == null) {
      return;
    }
    container = new ReactiveRedisMessageListenerContainer(connections);
    Sinks.One<Boolean> subscribed = Sinks.one();
    ReactiveRedisMessageListenerContainer listening = container;
    subscription = Flux.defer(() -> listening
            .receiveLater(closed)
            .doOnNext(f -> subscribed.tryEmitValue(true))
            .flatMapMany(f -> f))
        .map(m -> m.getMessage())
        .doOnError(e -> {
          // while not listening, sessions closed elsewhere could stay usable here: forget them all
          recent.synchronous().invalidateAll();
          log.warn("session channel lost, resubscribing: {}", e.toString());
        })
        .retryWhen(
            Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200)).maxBackoff(Duration.ofSeconds(5)))
        .subscribe(key -> recent.synchronous().invalidate(key));
    subscribed
        .asMono()
        .timeout(Duration.ofSeconds(15))
        .onErrorResume(e -> Mono.just(false))
        .block();
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

  /** Forgets the session keys here and tells the other replicas to forget them. */
  private Mono<Void> forget(List<String> sessionKeys) {
    if (recent == null || sessionKeys.isEmpty()) {
      return Mono.empty();
    }
    sessionKeys.forEach(k -> recent.synchronous().invalidate(k));
    return Flux.fromIterable(sessionKeys)
        .concatMap(k -> redis.convertAndSend(closed.getTopic(), k))
        .then();
  }

  /** A new session's token and when it expires. */
  record Issued(String token, Instant expiresAt) {}

  Mono<Issued> open(PortalUser user) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    String key = key(token);
    Map<String, String> fields = new HashMap<>();
    fields.put("account", user.accountId().toString());
    fields.put("kind", user.kind().name());
    fields.put("name", user.displayName());
    if (user.role() != null) {
      fields.put("role", user.role().name());
    }
    if (user.commissionId() != null) {
      fields.put("commission", user.commissionId());
    }
    Instant expiresAt = clock.instant().plus(properties.sessionTtl());
    String index = indexKey(user.accountId());
    return redis
        .opsForHash()
        .putAll(key, fields)
        .then(redis.expire(key, properties.sessionTtl()))
        .then(redis.opsForSet().add(index, key))
        .then(redis.expire(index, properties.sessionTtl()))
        .thenReturn(new Issued(token, expiresAt));
  }

  Mono<Void> close(String token) {
    String key = key(token);
    return redis.delete(key).then(forget(List.of(key)));
  }

  /**
   * Ends every session of the account at once (password changed or reset, account suspended), except
   * the one of {@code keepToken} when it is given.
   */
  Mono<Void> revokeAll(UUID accountId, @Nullable String keepToken) {
    String index = indexKey(accountId);
    String keep = keepToken == null ? "" : key(keepToken);
    return redis
        .opsForSet()
        .members(index)
        .filter(k -> !k.equals(keep))
        .collectList()
        .flatMap(list -> list.isEmpty()
            ? Mono.just(0L)
            : redis
                .delete(list.toArray(String[]::new))
                .then(redis.opsForSet().remove(index, list.toArray()))
                .then(forget(list))
                .thenReturn(1L))
        .then();
  }

  private String indexKey(UUID accountId) {
    return keys.key("sessions-of", accountId.toString());
  }

  /** The user of a live session, or empty; from this replica's recent lookups when it has one. */
  Mono<PortalUser> resolve(String token) {
    String key = key(token);
    if (recent == null) {
      return lookUp(key);
    }
    // an unknown token completes empty: Caffeine keeps no entry for it, nor for a failed lookup
    return Mono.fromFuture(recent.get(key, (k, executor) -> lookUp(k).toFuture()), true);
  }

  private Mono<PortalUser> lookUp(String key) {
    return redis
        .<String, String>opsForHash()
        .entries(key)
        .collectMap(Map.Entry::getKey, Map.Entry::getValue)
        .filter(fields -> fields.containsKey("account"))
        .map(fields -> new PortalUser(
            UUID.fromString(fields.get("account")),
            AccountKind.valueOf(
                Objects.requireNonNull(fields.get("kind"), "a session without its account kind")),
            fields.getOrDefault("name", ""),
            fields.containsKey("role") ? StaffRole.valueOf(fields.get("role")) : null,
            fields.get("commission")));
  }

  @Override
  public Mono<Authentication> authenticate(Authentication authentication) {
    String token = String.valueOf(authentication.getCredentials());
    if (token.length() > 200) {
      return Mono.error(new BadCredentialsException("token too long"));
    }
    return resolve(token)
        .<Authentication>map(user ->
            UsernamePasswordAuthenticationToken.authenticated(user, token, user.authorities()))
        .switchIfEmpty(Mono.error(new BadCredentialsException("no such session")));
  }

  private String key(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return keys.key("session", HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
