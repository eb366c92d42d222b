package cn.xiangyang.portal.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The audit trail. Subjects are typed strings ({@code case:<uuid>}, {@code account:<uuid>},
 * {@code calendar:2027}, …) so that one trail serves every module.
 */
public interface AuditTrail {

  /**
   * Records an action; joins the caller's reactive transaction when there is one.
   *
   * @param actor the account that acted, or null for the system
   */
  Mono<Void> record(
      Instant at, @Nullable UUID actor, String action, String subject, Map<String, ?> detail);

  /** The subject's trail, oldest first. */
  Flux<AuditRecord> of(String subject);
}
