package cn.xiangyang.portal.accounts.internal;

import cn.xiangyang.portal.accounts.AccountKind;
import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.accounts.StaffRole;
import cn.xiangyang.portal.system.RedisKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Login sessions in Redis: an opaque random token for the client, stored only as its SHA-256 (a Redis
 * dump reveals no usable token), with an expiry. Deleting the key logs out at once on every replica.
 * Also the security layer's authentication manager for bearer tokens.
 */
@Component
class Sessions implements ReactiveAuthenticationManager {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ReactiveStringRedisTemplate redis;
  private final RedisKeys keys;
  private final AccountsProperties properties;
  private final Clock clock;

  Sessions(ReactiveStringRedisTemplate redis, RedisKeys keys, AccountsProperties properties, Clock clock) {
    this.redis = redis;
    this.keys = keys;
    this.properties = properties;
    this.clock = clock;
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
    return redis.delete(key(token)).then();
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
        .flatMap(
            list ->
                list.isEmpty()
                    ? Mono.just(0L)
                    : redis.delete(list.toArray(String[]::new)).then(redis.opsForSet().remove(index, list.toArray())))
        .then();
  }

  private String indexKey(UUID accountId) {
    return keys.key("sessions-of", accountId.toString());
  }

  Mono<PortalUser> resolve(String token) {
    return redis
        .<String, String>opsForHash()
        .entries(key(token))
        .collectMap(Map.Entry::getKey, Map.Entry::getValue)
        .filter(fields -> fields.containsKey("account"))
        .map(
            fields ->
                new PortalUser(
                    UUID.fromString(fields.get("account")),
                    AccountKind.valueOf(fields.get("kind")),
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
        .<Authentication>map(
            user -> UsernamePasswordAuthenticationToken.authenticated(user, token, user.authorities()))
        .switchIfEmpty(Mono.error(new BadCredentialsException("no such session")));
  }

  private String key(String token) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return keys.key("session", HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
