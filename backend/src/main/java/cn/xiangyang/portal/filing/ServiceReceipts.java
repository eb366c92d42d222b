package cn.xiangyang.portal.filing;

import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Read receipts of served documents, reported by the module that delivers them (the inbox). With the
 * party's consent to electronic service, the first opening of a document is its service.
 */
public interface ServiceReceipts {

  /**
   * A party who consented to electronic service opened the served document {@code documentId} at
   * {@code openedAt}. When it is the application copy, the account is a respondent's, and no service is
   * recorded yet, the day becomes the day of service and the defence period (劳动争议调解仲裁法 第三十条)
   * runs from it; otherwise nothing changes. Safe to call more than once.
   */
  Mono<Void> opened(UUID documentId, UUID accountId, Instant openedAt);
}
