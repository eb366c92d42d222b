package cn.xiangyang.portal.events;

import reactor.core.publisher.Mono;

/**
 * Publishes an event so that it is not lost: the event is stored in the outbox (the publication log,
 * kept for audit) in the same database transaction as the state change it reports, and delivered to
 * its listeners only once that transaction has committed. A rolled-back transaction publishes
 * nothing; a crash after the commit delays delivery but does not lose it.
 *
 * <p>Events are records named in the past tense ({@code CaseFiled}) in the publishing module's base
 * package, serialized with Jackson; keep their fields compatible, because stored events are read back
 * with the current class.
 */
public interface DurableEvents {

  /**
   * Records {@code event} for every listener of its type. Must be subscribed inside the caller's
   * R2DBC transaction ({@code TransactionalOperator} or {@code @Transactional}); fails with
   * {@link IllegalStateException} otherwise, so that an event is never published without its change.
   */
  Mono<Void> publish(Object event);
}
