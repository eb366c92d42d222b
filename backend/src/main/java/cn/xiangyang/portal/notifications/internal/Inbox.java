package cn.xiangyang.portal.notifications.internal;

import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The inbox's storage: messages and consent to electronic service. Logs ids only, never the text. */
@Component
class Inbox {

  private static final Logger log = LoggerFactory.getLogger(Inbox.class);

  private final DatabaseClient db;
  private final Clock clock;

  Inbox(DatabaseClient db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** A message that belongs to no case (an open-day booking, say). */
  Mono<Void> note(UUID accountId, String title, String body) {
    return db.sql("""
            insert into inbox_messages (id, account_id, case_id, document_id, title, body, created_at)
            values (:id, :a, null, null, :t, :b, :now)""")
        .bind("id", UUID.randomUUID())
        .bind("a", accountId)
        .bind("t", title)
        .bind("b", body)
        .bind("now", clock.instant())
        .then()
        .doOnSuccess(v -> log.info("已通知账号 {}：{}", accountId, title));
  }

  Mono<Void> put(
      UUID accountId, UUID caseId, String title, String body, @Nullable UUID documentId) {
    return put(accountId, caseId, title, body, documentId, null);
  }

  /** A case message; {@code service} says how its document is served (ELECTRONIC or PAPER), null without one. */
  Mono<Void> put(
      UUID accountId,
      UUID caseId,
      String title,
      String body,
      @Nullable UUID documentId,
      @Nullable String service) {
    var spec = db.sql("""
                insert into inbox_messages (id, account_id, case_id, document_id, title, body, created_at, service)
                values (:id, :a, :c, :d, :t, :b, :now, :service)""")
        .bind("id", UUID.randomUUID())
        .bind("a", accountId)
        .bind("c", caseId)
        .bind("t", title)
        .bind("b", body)
        .bind("now", clock.instant());
    spec = documentId == null ? spec.bindNull("d", UUID.class) : spec.bind("d", documentId);
    spec = service == null ? spec.bindNull("service", String.class) : spec.bind("service", service);
    return spec.then().doOnSuccess(v -> log.info("已通知账号 {}：案件 {} 有新消息", accountId, caseId));
  }

  Mono<Boolean> consented(UUID accountId) {
    return db.sql("select consented from e_service_consent where account_id = :a")
        .bind("a", accountId)
        .map(r -> Boolean.TRUE.equals(r.get("consented", Boolean.class)))
        .one()
        .defaultIfEmpty(false);
  }
}
