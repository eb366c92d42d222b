package cn.xiangyang.portal.accounts.internal;

import java.util.Objects;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Argon2id password hashes. Hashing is deliberately slow, memory-hard CPU work: it runs on its own
 * pool with one thread per core (more would only thrash memory and the garbage collector under a
 * login storm), never on an event-loop thread; excess requests wait in the pool's queue.
 */
@Component
class PasswordHashing implements DisposableBean {

  private final Argon2PasswordEncoder encoder =
      Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
  private final Scheduler pool = Schedulers.newBoundedElastic(
      Runtime.getRuntime().availableProcessors(), 10_000, "password-hashing");
  // Checked when an account does not exist, so that a miss costs as much time as a hit.
  private final String decoy = Objects.requireNonNull(encoder.encode("decoy-password-for-timing"));

  Mono<String> hash(String password) {
    return Mono.fromCallable(() -> encoder.encode(password)).subscribeOn(pool);
  }

  Mono<Boolean> matches(String password, String hash) {
    return Mono.fromCallable(() -> encoder.matches(password, hash)).subscribeOn(pool);
  }

  Mono<Boolean> burn(String password) {
    return matches(password, decoy).map(ignored -> false);
  }

  @Override
  public void destroy() {
    pool.dispose();
  }
}
