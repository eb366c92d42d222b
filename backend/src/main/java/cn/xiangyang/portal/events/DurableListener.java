package cn.xiangyang.portal.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jmolecules.event.annotation.DomainEventHandler;

/**
 * Marks a method of a Spring bean that handles a durable event: {@code Mono<Void> on(SomeEvent event)}.
 *
 * <p>The contract: the method is called after the publishing transaction committed, at least once per
 * event, with retries and growing back-off while it fails. It runs inside a transaction that also
 * records this listener's completion, so database writes made through the same connection (R2DBC
 * {@code DatabaseClient}) happen exactly once; anything outside the database (an SMS) may happen again
 * after a crash and should be idempotent. Only one replica runs a given (event, listener) at a time.
 *
 * <p>Listeners registered for a type receive the events published after they exist: the outbox names
 * its recipients when the event is published. Renaming a listener's class or method strands its
 * pending deliveries, unless {@link #id()} keeps the old name.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// The jMolecules marker lets Spring Modulith's documenter draw the event edge to the listening
// module.
@DomainEventHandler
public @interface DurableListener {

  /** The stable name of this listener in the outbox; defaults to {@code ClassName#method(EventName)}. */
  String id() default "";
}
