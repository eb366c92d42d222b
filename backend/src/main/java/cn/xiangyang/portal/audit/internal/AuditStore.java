package cn.xiangyang.portal.audit.internal;

import static cn.xiangyang.portal.system.Rows.required;

import cn.xiangyang.portal.audit.AuditRecord;
import cn.xiangyang.portal.audit.AuditTrail;
import io.r2dbc.postgresql.codec.Json;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** {@code audit.audit_events}: append-only from the application's side. */
@Component
class AuditStore implements AuditTrail {

  private final DatabaseClient db;
  private final JsonMapper json;

  AuditStore(DatabaseClient db, JsonMapper json) {
    this.db = db;
    this.json = json;
  }

  @Override
  public Mono<Void> record(
      Instant at, @Nullable UUID actor, String action, String subject, Map<String, ?> detail) {
    return db.sql(
            "insert into audit.audit_events (occurred_at, actor_id, action, subject, detail) values (:at, :actor, :action, :subject, :detail)")
        .bind("at", at)
        .bind("actor", Parameter.fromOrEmpty(actor, UUID.class))
        .bind("action", action)
        .bind("subject", subject)
        .bind("detail", Json.of(json.writeValueAsString(detail)))
        .then();
  }

  @Override
  public Flux<AuditRecord> of(String subject) {
    return db.sql(
            "select occurred_at, actor_id, action, subject, detail from audit.audit_events where subject = :s order by id")
        .bind("s", subject)
        .map(r -> {
          Json detail = r.get("detail", Json.class);
          return new AuditRecord(
              required(r, "occurred_at", Instant.class),
              r.get("actor_id", UUID.class),
              required(r, "action", String.class),
              required(r, "subject", String.class),
              detail == null ? null : json.readValue(detail.asString(), Object.class));
        })
        .all();
  }
}
