package cn.xiangyang.portal.accounts.internal;

import cn.xiangyang.portal.system.RedisKeys;
import java.security.SecureRandom;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * SMS verification codes: 6 random digits, valid for {@code portal.accounts.sms.code-ttl} (5 minutes),
 * one use, void after {@code max-attempts} wrong entries, limited per phone and per address. Redis
 * holds only a keyed hash of the code; the code itself is never logged.
 *
 * <p>Requests never reveal whether an account exists: every accepted request stores a code and gets
 * the same answer after the same work; whether a message is actually sent (a reset code only to a
 * registered phone) is decided afterwards, off the answer's path, so the answer's timing is the same.
 */
@Component
class SmsCodes {

  private static final Logger log = LoggerFactory.getLogger(SmsCodes.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  // Returns 1 and deletes the code when it matches; else counts the miss and voids the code at the
  // limit.
  private static final RedisScript<Long> CHECK = RedisScript.of("""
          local h = redis.call('HGET', KEYS[1], 'h')
          if not h then return 0 end
          if h == ARGV[1] then redis.call('DEL', KEYS[1]) return 1 end
          local n = redis.call('HINCRBY', KEYS[1], 'n', 1)
          if n >= tonumber(ARGV[2]) then redis.call('DEL', KEYS[1]) end
          return 0""", Long.class);

  // A new code replaces the old one and expires, in one step: stored by three commands, a code
  // could live
  // without its expiry for a moment (seen once under load), or for ever when the process stopped
  // between them.
  private static final RedisScript<Long> STORE = RedisScript.of("""
          redis.call('DEL', KEYS[1])
          redis.call('HSET', KEYS[1], 'h', ARGV[1])
          redis.call('PEXPIRE', KEYS[1], ARGV[2])
          return 1""", Long.class);

  private final ReactiveStringRedisTemplate redis;
  private final RedisKeys keys;
  private final Counters counters;
  private final PersonalDataCipher cipher;
  private final SmsGateway gateway;
  private final Accounts accounts;
  private final AccountsProperties.Sms settings;

  SmsCodes(
      ReactiveStringRedisTemplate redis,
      RedisKeys keys,
      Counters counters,
      PersonalDataCipher cipher,
      SmsGateway gateway,
      Accounts accounts,
      AccountsProperties properties) {
    this.redis = redis;
    this.keys = keys;
    this.counters = counters;
    this.cipher = cipher;
    this.gateway = gateway;
    this.accounts = accounts;
    this.settings = properties.sms();
  }

  /** The answer to every accepted request, whether or not a message goes out. */
  record Accepted(String detail, long expiresInSeconds, long resendAfterSeconds) {}

  /**
   * Issues a code for the phone after the limits: per address, at most one per {@code resend-after}
   * per phone and purpose, and {@code per-phone} per window.
   */
  Mono<Accepted> request(String phone, SmsPurpose purpose, String clientAddress) {
    String code = String.format("%06d", RANDOM.nextInt(1_000_000));
    return counters
        .admit(settings.perIp(), settings.window(), "本网络获取验证码次数过多，", "sms", "ip", clientAddress)
        .then(redis
            .opsForValue()
            .setIfAbsent(
                keys.key("sms", "resend", purpose.name(), cipher.keyedHash(phone)),
                "1",
                settings.resendAfter())
            .flatMap(first -> first
                ? Mono.<Void>empty()
                : Mono.error(
                    new AccountProblems.TooManyRequests("验证码刚刚发送过，", settings.resendAfter()))))
        .then(counters.admit(
            settings.perPhone(),
            settings.window(),
            "该手机号获取验证码次数过多，",
            "sms",
            "phone",
            cipher.keyedHash(phone)))
        .then(store(phone, purpose, code))
        .then(shouldSend(phone, purpose))
        .doOnNext(send -> {
          if (send) {
            // Detached: the answer must not wait for (or reveal) the sending.
            gateway
                .send(phone, purpose, code)
                .subscribeOn(Schedulers.parallel())
                .subscribe(
                    null,
                    e -> log.warn(
                        "短信发送失败（{}，{}）：{}",
                        AccountView.maskPhone(phone),
                        purpose,
                        e.getClass().getSimpleName()));
          }
        })
        .thenReturn(new Accepted(
            "如果该手机号可以" + (purpose == SmsPurpose.RESET_PASSWORD ? "找回密码" : purpose.label())
                + "，验证码已发送，" + settings.codeTtl().toMinutes() + " 分钟内有效。没收到可在 "
                + settings.resendAfter().toSeconds() + " 秒后重新获取。",
            settings.codeTtl().toSeconds(),
            settings.resendAfter().toSeconds()));
  }

  /**
   * Uses up the code if it is the one sent to the phone for the purpose; false when it is wrong,
   * expired, used or void. A wrong entry counts towards voiding the code.
   */
  Mono<Boolean> consume(String phone, SmsPurpose purpose, String code) {
    return redis
        .execute(
            CHECK,
            List.of(key(phone, purpose)),
            List.of(hash(phone, purpose, code), Integer.toString(settings.maxAttempts())))
        .next()
        .map(n -> n == 1L)
        .defaultIfEmpty(false);
  }

  private Mono<Void> store(String phone, SmsPurpose purpose, String code) {
    String key = key(phone, purpose);
    return redis
        .execute(
            STORE,
            List.of(key),
            List.of(hash(phone, purpose, code), Long.toString(settings.codeTtl().toMillis())))
        .then();
  }

  // A reset code goes out only to a registered phone; the lookup runs for every request alike.
  private Mono<Boolean> shouldSend(String phone, SmsPurpose purpose) {
    return accounts
        .idsWithPhone(phone)
        .hasElements()
        .map(exists -> purpose != SmsPurpose.RESET_PASSWORD || exists);
  }

  private String key(String phone, SmsPurpose purpose) {
    return keys.key("sms", "code", purpose.name(), cipher.keyedHash(phone));
  }

  private String hash(String phone, SmsPurpose purpose, String code) {
    return cipher.keyedHash("sms:" + purpose.name() + ":" + phone + ":" + code);
  }
}
