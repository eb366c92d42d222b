package cn.xiangyang.portal.assistant.internal;

import static cn.xiangyang.portal.system.Rows.required;

import cn.xiangyang.portal.assistant.Answer;
import cn.xiangyang.portal.assistant.Citation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The stored answers ({@code assistant_messages}), the questions logged as unanswered
 * ({@code assistant_unanswered}) and the feedback on answers ({@code assistant_feedback}). Questions
 * arrive here with personal data already masked.
 */
@Component
class AnswerLog {

  private final DatabaseClient db;
  private final TransactionalOperator tx;
  private final Clock clock;

  AnswerLog(DatabaseClient db, TransactionalOperator tx, Clock clock) {
    this.db = db;
    this.tx = tx;
    this.clock = clock;
  }

  /** Stores an answer; a refusal for lack of basis or scope is also logged as unanswered. */
  Mono<Void> record(
      Answer answer,
      String maskedQuestion,
      String topic,
      double agreement,
      @Nullable UUID accountId) {
    Instant now = clock.instant();
    String citations =
        answer.citations().stream().map(Citation::key).collect(Collectors.joining(","));
    DatabaseClient.GenericExecuteSpec insert = db.sql("""
            insert into assistant_messages (id, conversation_id, account_id, question, answer, topic, refused,
                refusal_reason, generated_by, agreement, citations, created_at)
            values (:id, :conversation, :account, :question, :answer, :topic, :refused, :reason, :by, :agreement,
                :citations, :now)""")
        .bind("id", answer.messageId())
        .bind("conversation", answer.conversationId())
        .bind("question", maskedQuestion)
        .bind("answer", answer.text())
        .bind("topic", topic)
        .bind("refused", answer.refused())
        .bind("by", answer.generatedBy().toUpperCase(java.util.Locale.ROOT))
        .bind("agreement", Math.round(agreement * 100) / 100.0)
        .bind("citations", citations)
        .bind("now", now);
    insert = accountId == null
        ? insert.bindNull("account", UUID.class)
        : insert.bind("account", accountId);
    String reason = answer.refusalReason();
    insert =
        reason == null ? insert.bindNull("reason", String.class) : insert.bind("reason", reason);
    if (reason == null || !(reason.equals("OFF_TOPIC") || reason.equals("NO_BASIS"))) {
      // one statement commits by itself: no BEGIN and COMMIT round trips (two of the three per
      // answer in a burst)
      return insert.then();
    }
    Mono<Void> unanswered = db.sql(
            "insert into assistant_unanswered (message_id, question, topic, reason, created_at) values (:id, :q, :topic, :reason, :now)")
        .bind("id", answer.messageId())
        .bind("q", maskedQuestion)
        .bind("topic", topic)
        .bind("reason", reason)
        .bind("now", now)
        .then();
    return tx.transactional(insert.then().then(unanswered));
  }

  /** Records (or replaces) the vote on an answer; fails with MessageNotFound for an unknown answer. */
  Mono<Void> feedback(UUID messageId, boolean helpful, @Nullable String reason) {
    DatabaseClient.GenericExecuteSpec upsert =
        db.sql("""
            insert into assistant_feedback (message_id, helpful, reason, created_at)
            select id, :helpful, :reason, :now from assistant_messages where id = :id
            on conflict (message_id) do update set helpful = excluded.helpful, reason = excluded.reason,
                created_at = excluded.created_at""").bind("id", messageId).bind("helpful", helpful).bind("now", clock.instant());
    upsert =
        reason == null ? upsert.bindNull("reason", String.class) : upsert.bind("reason", reason);
    return upsert
        .fetch()
        .rowsUpdated()
        .flatMap(n -> n == 0 ? Mono.error(new AssistantProblems.MessageNotFound()) : Mono.empty());
  }

  /** One question staff should look at: unanswered, or answered and voted unhelpful. */
  record Unanswered(
      UUID messageId,
      String question,
      String topic,
      String kind,
      @Nullable String reason,
      Instant askedAt) {}

  /** Unanswered and down-voted questions, newest first, at most {@code limit}. */
  Flux<Unanswered> unanswered(int limit) {
    return db.sql("""
            select message_id, question, topic, kind, reason, asked_at from (
                select u.message_id, u.question, u.topic, u.reason as kind, null as reason, u.created_at as asked_at
                from assistant_unanswered u
                union all
                select m.id, m.question, m.topic, 'DOWN_VOTED', f.reason, m.created_at
                from assistant_feedback f join assistant_messages m on m.id = f.message_id
                where not f.helpful
            ) q order by asked_at desc limit :limit""")
        .bind("limit", limit)
        .map(row -> new Unanswered(
            required(row, "message_id", UUID.class),
            required(row, "question", String.class),
            required(row, "topic", String.class),
            required(row, "kind", String.class),
            row.get("reason", String.class),
            required(row, "asked_at", Instant.class)))
        .all();
  }

  List<String> kinds() {
    return List.of("OFF_TOPIC", "NO_BASIS", "DOWN_VOTED");
  }
}
