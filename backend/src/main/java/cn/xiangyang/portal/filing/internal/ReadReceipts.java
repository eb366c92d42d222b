package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.filing.Party;
import cn.xiangyang.portal.filing.ServiceReceipts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Electronic service by read receipt: the first opening of a document by a party it is addressed to is its
 * service on that side; for the application copy on the respondents it also starts the defence period.
 */
@Component
class ReadReceipts implements ServiceReceipts {

  private final Filings filings;
  private final StaffCases cases;
  private final Clock clock;

  ReadReceipts(Filings filings, StaffCases cases, Clock clock) {
    this.filings = filings;
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public Mono<Void> opened(UUID documentId, UUID accountId, Instant openedAt) {
    return filings
        .document(documentId)
        .flatMap(e -> filings.find(e.getKey()).map(c -> new Opened(c, e.getValue())))
        .flatMap(o -> side(o.c(), accountId)
            .filter(party -> CaseAccess.addressedTo(o.d(), party))
            .flatMap(party -> record(o, party, accountId, openedAt)));
  }

  private record Opened(CaseRecord c, Filings.Document d) {}

  private Mono<Void> record(Opened o, Party party, UUID accountId, Instant openedAt) {
    LocalDate day = LocalDate.ofInstant(openedAt, PortalZone.ZONE);
    if (party == Party.RESPONDENT && o.d().kind().equals("RESPONDENT_COPY")) {
      // 劳动争议调解仲裁法 第三十条: the defence period runs from this service; recorded once, while the case is
      // pending
      return o.c().status().pending() && !o.c().served()
          ? cases.served(o.c(), accountId, day, "ELECTRONIC", openedAt, true)
          : filings
              .recordService(
                  o.c().id(),
                  o.d().id(),
                  null,
                  "RESPONDENT",
                  "ELECTRONIC",
                  day,
                  openedAt,
                  accountId,
                  clock.instant())
              .then();
    }
    return filings
        .recordService(
            o.c().id(),
            o.d().id(),
            null,
            party.name(),
            "ELECTRONIC",
            day,
            openedAt,
            accountId,
            clock.instant())
        .then();
  }

  /** The account's side of the case: the applicant, a respondent by its credit code, or none. */
  private Mono<Party> side(CaseRecord c, UUID accountId) {
    if (c.workerId().equals(accountId)) {
      return Mono.just(Party.APPLICANT);
    }
    return filings
        .employerCreditCode(accountId)
        .filter(code -> c.respondentCodes().contains(code))
        .map(code -> Party.RESPONDENT);
  }
}
