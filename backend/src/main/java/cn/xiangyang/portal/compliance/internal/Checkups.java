package cn.xiangyang.portal.compliance.internal;

import static cn.xiangyang.portal.system.Rows.required;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The saved check-ups of employer accounts and their drafts (schema {@code compliance}). */
@Component
class Checkups {

  private final DatabaseClient db;
  private final JsonMapper json;

  Checkups(DatabaseClient db, JsonMapper json) {
    this.db = db;
    this.json = json;
  }

  /** A saved check-up as stored. */
  record Saved(
      UUID id,
      UUID accountId,
      @Nullable String creditCode,
      String companyName,
      Map<String, Object> answers,
      Report report,
      boolean shared,
      Instant createdAt) {}

  Mono<Void> insert(Saved s) {
    var spec = db.sql("""
            insert into compliance.checkups (id, account_id, credit_code, company_name, answers, report, score, share_consent, created_at)
            values (:id, :account, :code, :company, :answers, :report, :score, :shared, :at)""")
        .bind("id", s.id())
        .bind("account", s.accountId())
        .bind("company", s.companyName())
        .bind("answers", Json.of(json.writeValueAsString(s.answers())))
        .bind("report", Json.of(json.writeValueAsString(s.report())))
        .bind("score", s.report().score())
        .bind("shared", s.shared())
        .bind("at", s.createdAt());
    return (s.creditCode() == null
            ? spec.bindNull("code", String.class)
            : spec.bind("code", s.creditCode()))
        .then();
  }

  /** The account's latest saved check-up, if any. */
  Mono<Saved> latest(UUID accountId) {
    return db.sql(
            "select * from compliance.checkups where account_id = :a order by created_at desc, id limit 1")
        .bind("a", accountId)
        .map(this::saved)
        .one();
  }

  /** The account's saved check-up saved just before the given one, if any. */
  Mono<Saved> before(UUID accountId, Instant createdAt) {
    return db.sql(
            "select * from compliance.checkups where account_id = :a and created_at < :t order by created_at desc limit 1")
        .bind("a", accountId)
        .bind("t", createdAt)
        .map(this::saved)
        .one();
  }

  Mono<Saved> find(UUID id) {
    return db.sql("select * from compliance.checkups where id = :id")
        .bind("id", id)
        .map(this::saved)
        .one();
  }

  /** At most {@code n} of the account's check-ups, newest first, older than {@code before} (null: the newest). */
  Flux<Saved> ofAccount(
      UUID accountId, cn.xiangyang.portal.system.KeysetPage.@Nullable Cursor before, int n) {
    var spec = db.sql("select * from compliance.checkups where account_id = :a"
            + (before == null ? "" : " and (created_at, id) < (:at, :id)")
            + " order by created_at desc, id desc limit :n")
        .bind("a", accountId)
        .bind("n", n);
    if (before != null) {
      spec = spec.bind("at", before.instant("before")).bind("id", before.id());
    }
    return spec.map(this::saved).all();
  }

  /** The check-ups an enterprise agreed to share with the commission, oldest first. */
  Flux<Saved> sharedBy(String creditCode) {
    return db.sql(
            "select * from compliance.checkups where credit_code = :c and share_consent order by created_at")
        .bind("c", creditCode)
        .map(this::saved)
        .all();
  }

  Mono<Long> setShared(UUID id, UUID accountId, boolean shared) {
    return db.sql(
            "update compliance.checkups set share_consent = :s where id = :id and account_id = :a")
        .bind("s", shared)
        .bind("id", id)
        .bind("a", accountId)
        .fetch()
        .rowsUpdated();
  }

  /** The draft answers of an account, with the step the wizard was on. */
  record Draft(Map<String, Object> answers, int step, Instant updatedAt) {}

  Mono<Void> saveDraft(UUID accountId, Map<String, Object> answers, int step, Instant now) {
    return db.sql("""
            insert into compliance.drafts (account_id, answers, step, updated_at) values (:a, :answers, :step, :now)
            on conflict (account_id) do update set answers = excluded.answers, step = excluded.step, updated_at = excluded.updated_at""")
        .bind("a", accountId)
        .bind("answers", Json.of(json.writeValueAsString(answers)))
        .bind("step", step)
        .bind("now", now)
        .then();
  }

  Mono<Draft> draft(UUID accountId) {
    return db.sql("select answers, step, updated_at from compliance.drafts where account_id = :a")
        .bind("a", accountId)
        .map(r -> new Draft(
            map(r, "answers"),
            required(r, "step", Integer.class),
            required(r, "updated_at", Instant.class)))
        .one();
  }

  Mono<Void> deleteDraft(UUID accountId) {
    return db.sql("delete from compliance.drafts where account_id = :a")
        .bind("a", accountId)
        .then();
  }

  private Saved saved(Readable r) {
    return new Saved(
        required(r, "id", UUID.class),
        required(r, "account_id", UUID.class),
        r.get("credit_code", String.class),
        required(r, "company_name", String.class),
        map(r, "answers"),
        json.readValue(required(r, "report", Json.class).asString(), Report.class),
        Boolean.TRUE.equals(r.get("share_consent", Boolean.class)),
        required(r, "created_at", Instant.class));
  }

  private Map<String, Object> map(Readable r, String column) {
    return json.readValue(
        required(r, column, Json.class).asString(), new TypeReference<Map<String, Object>>() {});
  }
}
