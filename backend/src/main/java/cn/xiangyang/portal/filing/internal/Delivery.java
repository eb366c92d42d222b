package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.events.DurableEvents;
import cn.xiangyang.portal.filing.DocumentIssued;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Issues a case's documents: stores the document and publishes {@link DocumentIssued} naming its
 * recipients, in the caller's transaction. Serving it (inbox, consent to electronic service) is the
 * notifications module's job.
 */
@Component
class Delivery {

  private final Filings filings;
  private final DurableEvents events;

  Delivery(Filings filings, DurableEvents events) {
    this.filings = filings;
    this.events = events;
  }

  /** Who receives a document. */
  enum To {
    APPLICANT,
    RESPONDENTS,
    BOTH
  }

  /** Stores the document and publishes it for its recipients; returns the document id. */
  Mono<UUID> issue(
      CaseRecord c,
      String kind,
      String title,
      String body,
      @Nullable UUID author,
      To to,
      Instant now) {
    UUID id = UUID.randomUUID();
    String addressee = switch (to) {
      case APPLICANT -> "APPLICANT";
      case RESPONDENTS -> "RESPONDENTS";
      case BOTH -> "BOTH";
    };
    return filings
        .insertDocument(id, c.id(), kind, title, body, author, addressee, now)
        .then(recipients(c, to).collectList())
        .flatMap(accounts -> events.publish(new DocumentIssued(
            c.id(), c.caseNumber(), id, kind, title, body, List.copyOf(accounts), now)))
        .thenReturn(id);
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
}
