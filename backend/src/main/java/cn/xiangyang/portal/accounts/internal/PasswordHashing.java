package cn.xiangyang.portal.accounts.internal;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Argon2id password hashes. Hashing is deliberately slow CPU work, so it runs on the bounded
 * elastic scheduler, never on an event-loop thread.
 */
@Component
class PasswordHashing {

  private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
  // Checked when an account does not exist, so that a miss costs as much time as a hit.
  private final String decoy = encoder.encode("decoy-password-for-timing");

  Mono<String> hash(String password) {
    return Mono.fromCallable(() -> encoder.encode(password)).subscribeOn(Schedulers.boundedElastic());
  }

  Mono<Boolean> matches(String password, String hash) {
    return Mono.fromCallable(() -> encoder.matches(password, hash))
        .subscribeOn(Schedulers.boundedElastic());
  }

  Mono<Boolean> burn(String password) {
    return matches(password, decoy).map(ignored -> false);
  }
}
