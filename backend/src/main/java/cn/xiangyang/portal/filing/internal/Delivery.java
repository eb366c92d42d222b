package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.filing.Notifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Issues a case's documents and serves them: electronically (into the party's inbox, with the read
 * time as proof) when the party consented to electronic service, otherwise the party is only told
 * that a paper copy will be served.
 */
@Component
class Delivery {

  private final Filings filings;
  private final DatabaseClient db;
  private final Notifier notifier;

  Delivery(Filings filings, DatabaseClient db, Notifier notifier) {
    this.filings = filings;
    this.db = db;
    this.notifier = notifier;
  }

  /** Who receives a document. */
  enum To {
    APPLICANT,
    RESPONDENTS,
    BOTH
  }

  /** Stores the document and notifies its recipients; returns the document id. */
  Mono<UUID> issue(CaseRecord c, String kind, String title, String body, @Nullable UUID author, To to, Instant now) {
    UUID id = UUID.randomUUID();
    return filings.insertDocument(id, c.id(), kind, title, body, author, now)
        .then(recipients(c, to).collectList())
        .flatMap(accounts -> Flux.fromIterable(accounts).concatMap(a -> serve(a, c.id(), id, title, body)).then())
        .thenReturn(id);
  }

  /** A plain notification without a document (receipt of filing, reminders). */
  Mono<Void> tell(UUID account, UUID caseId, String title, String body) {
    return notifier.notify(new Notifier.Notification(account, caseId, title, body, null));
  }

  private Flux<UUID> recipients(CaseRecord c, To to) {
    List<Flux<UUID>> parts = new ArrayList<>();
    if (to != To.RESPONDENTS) {
      parts.add(Flux.just(c.workerId()));
    }
    if (to != To.APPLICANT && !c.respondentCodes().isEmpty()) {
      parts.add(filings.employerAccounts(c.respondentCodes()));
    }
    return Flux.concat(parts);
  }

  private Mono<Void> serve(UUID account, UUID caseId, UUID documentId, String title, String body) {
    return consented(account)
        .flatMap(
            yes ->
                notifier.notify(
                    yes
                        ? new Notifier.Notification(account, caseId, title, body, documentId)
                        : new Notifier.Notification(
                            account, caseId, title, "仲裁委员会已作出《" + title + "》。您未同意电子送达，文书将以书面方式送达；如需在线接收，请在“我的消息”中同意电子送达。", documentId)));
  }

  Mono<Boolean> consented(UUID account) {
    return db.sql("select consented from e_service_consent where account_id = :a")
        .bind("a", account)
        .map(r -> Boolean.TRUE.equals(r.get("consented", Boolean.class)))
        .one()
        .defaultIfEmpty(false);
  }
}
