package cn.xiangyang.portal.filing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Tells a party that something happened on their case. The default puts the message in the party's
 * in-app inbox and logs the fact without personal data; SMS or WeChat senders can replace or wrap it.
 */
public interface Notifier {

  Mono<Void> notify(Notification notification);

  /**
   * @param accountId the recipient
   * @param caseId the case
   * @param title a short Chinese title
   * @param body the message; the document's text when it is served electronically
   * @param documentId the served document, if any
   */
  record Notification(UUID accountId, UUID caseId, String title, String body, @Nullable UUID documentId) {}
}
