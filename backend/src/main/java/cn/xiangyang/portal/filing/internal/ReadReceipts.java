package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.filing.ServiceReceipts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Electronic service by read receipt: the respondent's first opening of the application copy. */
@Component
class ReadReceipts implements ServiceReceipts {

  private final Filings filings;
  private final StaffCases cases;

  ReadReceipts(Filings filings, StaffCases cases) {
    this.filings = filings;
    this.cases = cases;
  }

  @Override
  public Mono<Void> opened(UUID documentId, UUID accountId, Instant openedAt) {
    return filings.documentCase(documentId, "RESPONDENT_COPY")
        .flatMap(filings::find)
        .filter(c -> c.status().pending() && !c.served())
        .flatMap(
            c ->
                filings.employerCreditCode(accountId)
                    .filter(code -> c.respondentCodes().contains(code))
                    .flatMap(code -> cases.served(c, accountId, LocalDate.ofInstant(openedAt, PortalZone.ZONE), "ELECTRONIC", openedAt)));
  }
}
