package cn.xiangyang.portal.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Names every Redis key under one prefix, so that test runs and deployments sharing a Redis server
 * never see each other's keys.
 *
 * @param keyPrefix prepended to every key, e.g. {@code portal:}
 */
@ConfigurationProperties("portal.redis")
public record RedisKeys(String keyPrefix) {

  public RedisKeys {
    keyPrefix = keyPrefix == null ? "portal:" : keyPrefix;
  }

  /** The key for the given parts, joined by {@code :}. */
  public String key(String... parts) {
    return keyPrefix + String.join(":", parts);
  }
}
