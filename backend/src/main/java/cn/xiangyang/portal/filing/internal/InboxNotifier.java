package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.filing.Notifier;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The default notifier: the in-app inbox, and a log line with ids only (no names, numbers or text). */
@Component
class InboxNotifier implements Notifier {

  private static final Logger log = LoggerFactory.getLogger(InboxNotifier.class);

  private final DatabaseClient db;
  private final Clock clock;

  InboxNotifier(DatabaseClient db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public Mono<Void> notify(Notification n) {
    var spec =
        db.sql(
                """
                insert into inbox_messages (id, account_id, case_id, document_id, title, body, created_at)
                values (:id, :a, :c, :d, :t, :b, :now)""")
            .bind("id", UUID.randomUUID())
            .bind("a", n.accountId())
            .bind("c", n.caseId())
            .bind("t", n.title())
            .bind("b", n.body())
            .bind("now", clock.instant());
    spec = n.documentId() == null ? spec.bindNull("d", UUID.class) : spec.bind("d", n.documentId());
    return spec.then().doOnSuccess(v -> log.info("已通知账号 {}：案件 {} 有新消息", n.accountId(), n.caseId()));
  }
}
