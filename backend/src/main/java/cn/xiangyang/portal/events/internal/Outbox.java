package cn.xiangyang.portal.events.internal;

import cn.xiangyang.portal.events.DurableEvents;
import io.r2dbc.postgresql.codec.Json;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox: a hand-written R2DBC publication registry. Spring Modulith's event publication
 * registry would do this job, but its JDBC implementation blocks and there is no R2DBC one, so this
 * small one writes {@code events.publications} (one row per event, never deleted: the audit log) and
 * {@code events.deliveries} (one row per event and listener: attempts, lease, completion) with the
 * caller's connection, inside the caller's transaction.
 *
 * <p>After the commit the events of the transaction are handed to the local {@link Dispatcher} at
 * once (usually delivered within milliseconds); when that attempt does not happen (crash, shutdown)
 * the dispatcher of any replica picks the delivery up after {@link Dispatcher#GRACE}.
 */
@Component
class Outbox implements DurableEvents {

  /** The key under which a transaction collects the ids of the events it published. */
  private static final Object PUBLISHED = new Object();

  private final DatabaseClient db;
  private final JsonMapper json;
  private final Listeners listeners;
  private final Dispatcher dispatcher;
  private final Clock clock;

  Outbox(
      DatabaseClient db, JsonMapper json, Listeners listeners, Dispatcher dispatcher, Clock clock) {
    this.db = db;
    this.json = json;
    this.listeners = listeners;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  @Override
  public Mono<Void> publish(Object event) {
    return TransactionSynchronizationManager.forCurrentTransaction()
        .onErrorMap(NoTransactionException.class, e -> notInTransaction(event))
        .flatMap(sync -> {
          if (!sync.isActualTransactionActive()) {
            return Mono.error(notInTransaction(event));
          }
          UUID id = UUID.randomUUID();
          List<String> recipients = listeners.of(event.getClass());
          // The publication and its deliveries in one statement: one round trip per event, not two.
          var insert = db.sql(
                  recipients.isEmpty()
                      ? "insert into events.publications (id, event_type, payload, published_at) values (:id, :type, :payload, :at)"
                      : """
                                with publication as (
                                  insert into events.publications (id, event_type, payload, published_at) values (:id, :type, :payload, :at) returning id)
                                insert into events.deliveries (publication_id, listener, next_attempt_at)
                                select publication.id, l, now() + make_interval(secs => :grace) from publication, unnest(:listeners::text[]) as l""")
              .bind("id", id)
              .bind("type", event.getClass().getName())
              .bind("payload", Json.of(json.writeValueAsString(event)))
              .bind("at", clock.instant());
          if (!recipients.isEmpty()) {
            insert = insert
                .bind("listeners", recipients.toArray(String[]::new))
                .bind("grace", (double) Dispatcher.GRACE.toMillis() / 1000);
          }
          Mono<Void> publication = insert.then();
          return publication.then(Mono.fromRunnable(() -> remember(sync, id)));
        });
  }

  @SuppressWarnings("unchecked")
  private void remember(TransactionSynchronizationManager sync, UUID id) {
    List<UUID> ids = (List<UUID>) sync.getResource(PUBLISHED);
    if (ids == null) {
      List<UUID> fresh = new ArrayList<>();
      sync.bindResource(PUBLISHED, fresh);
      sync.registerSynchronization(new TransactionSynchronization() {
        @Override
        public Mono<Void> afterCommit() {
          // Started, not awaited: the committed transaction still holds its connection here, and
          // waiting for a second one could exhaust the pool under load.
          return Mono.fromRunnable(
              () -> dispatcher.deliverNow(List.copyOf(fresh)).subscribe());
        }

        @Override
        public Mono<Void> afterCompletion(int status) {
          return Mono.fromRunnable(() -> sync.unbindResourceIfPossible(PUBLISHED));
        }
      });
      ids = fresh;
    }
    ids.add(id);
  }

  private static IllegalStateException notInTransaction(Object event) {
    return new IllegalStateException("DurableEvents.publish(" + event.getClass().getSimpleName()
        + ") must run inside the caller's transaction");
  }
}
