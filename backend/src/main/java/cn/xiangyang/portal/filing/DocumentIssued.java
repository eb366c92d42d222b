package cn.xiangyang.portal.filing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The commission issued a document of a case (受理通知书, 开庭通知书, 裁决书…) to be served on the
 * listed parties; published durably with the document. Serving it (electronically into the inbox
 * when the party consented, else the notice of a paper copy) is the listener's job.
 *
 * @param caseNumber the 案号; null for a notice before acceptance (补正, 不予受理, 撤回)
 * @param kind the document's kind, such as {@code HEARING_NOTICE}
 * @param recipients the accounts to serve
 */
public record DocumentIssued(
    UUID caseId,
    @Nullable String caseNumber,
    UUID documentId,
    String kind,
    String title,
    String body,
    List<UUID> recipients,
    Instant issuedAt) {}
