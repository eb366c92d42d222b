package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.filing.CaseAction;
import cn.xiangyang.portal.filing.Party;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Takes evidence uploads: one file per request (part {@code file}, optional part
 * {@code description}), at most the configured size, PDF/JPEG/PNG recognised from the content. A
 * refused file leaves nothing stored.
 */
@Component
class EvidenceUploads {

  private final CaseAccess access;
  private final EvidenceFiles files;
  private final Filings filings;
  private final FilingProperties properties;
  private final TransactionalOperator tx;
  private final Clock clock;
  private final CaseTransitions transitions;
  private final Delivery delivery;

  EvidenceUploads(
      CaseAccess access,
      EvidenceFiles files,
      Filings filings,
      FilingProperties properties,
      TransactionalOperator tx,
      Clock clock,
      CaseTransitions transitions,
      Delivery delivery) {
    this.transitions = transitions;
    this.delivery = delivery;
    this.access = access;
    this.files = files;
    this.filings = filings;
    this.properties = properties;
    this.tx = tx;
    this.clock = clock;
  }

  Mono<Views.EvidenceView> applicantUpload(
      PortalUser user, UUID caseId, ServerWebExchange exchange) {
    return access.own(user, caseId).flatMap(c -> {
      // 补充证据 after submission, until the hearing begins: the table and its rule decide.
      transitions.require(
          c, CaseAction.ADD_EVIDENCE, new CaseTransitions.Actor(Party.APPLICANT, null));
      return receive(user, c, "APPLICANT", exchange);
    });
  }

  Mono<Views.EvidenceView> respondentUpload(
      PortalUser user, UUID caseId, ServerWebExchange exchange) {
    return access
        .visible(user, caseId)
        .filter(v -> v.party() == Party.RESPONDENT)
        .switchIfEmpty(Mono.error(new FilingProblems.NoSuchCase()))
        .flatMap(v -> {
          transitions.require(v.record(), CaseAction.ADD_EVIDENCE, v.actor());
          return receive(user, v.record(), "RESPONDENT", exchange);
        });
  }

  Mono<Void> applicantDelete(PortalUser user, UUID caseId, UUID evidenceId) {
    return access.own(user, caseId).flatMap(c -> {
      CaseTransitions.transition(CaseTransitions.byState(
          c.status(),
          CaseAction.REMOVE_EVIDENCE,
          new CaseTransitions.Actor(Party.APPLICANT, null)));
      Instant now = clock.instant();
      return tx.transactional(files
          .delete(caseId, evidenceId, user.accountId())
          .flatMap(
              n -> n == 1 ? Mono.<Void>empty() : Mono.error(new FilingProblems.NoSuchEvidence()))
          .then(filings.audit(
              caseId,
              user.accountId(),
              now,
              "evidence.deleted",
              Map.of("evidenceId", evidenceId.toString()))));
    });
  }

  private Mono<Views.EvidenceView> receive(
      PortalUser user, CaseRecord c, String party, ServerWebExchange exchange) {
    int max = (int) properties.maxEvidenceSize().toBytes();
    return exchange.getMultipartData().flatMap(parts -> {
      Part part = parts.getFirst("file");
      if (!(part instanceof FilePart file)) {
        return Mono.error(
            new FilingProblems.UnacceptableFile(HttpStatus.BAD_REQUEST, "请选择要上传的文件（表单字段名为 file）。"));
      }
      @Nullable String description = field(parts.getFirst("description"), "这份材料是什么");
      @Nullable String source = field(parts.getFirst("source"), "证据来源");
      @Nullable String proves = field(parts.getFirst("proves"), "证明什么");
      return DataBufferUtils.join(file.content(), max)
          .map(buffer -> {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            DataBufferUtils.release(buffer);
            return bytes;
          })
          .defaultIfEmpty(new byte[0])
          .onErrorMap(DataBufferLimitException.class, e -> tooLarge())
          .flatMap(bytes -> check(bytes, max)
              .flatMap(type ->
                  save(user, c, party, file.filename(), type, bytes, description, source, proves)));
    });
  }

  private Mono<FileType> check(byte[] bytes, int max) {
    if (bytes.length == 0) {
      return Mono.error(
          new FilingProblems.UnacceptableFile(HttpStatus.BAD_REQUEST, "文件是空的（0 字节），请重新选择文件。"));
    }
    if (bytes.length > max) {
      return Mono.error(tooLarge());
    }
    return Mono.justOrEmpty(FileType.sniff(bytes))
        .switchIfEmpty(Mono.error(new FilingProblems.UnacceptableFile(
            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "只能上传 PDF、JPG 或 PNG 文件。系统按文件内容判断类型，改文件名无效；Word、Excel 等请先转成 PDF 或拍照上传。")));
  }

  private Mono<Views.EvidenceView> save(
      PortalUser user,
      CaseRecord c,
      String party,
      String submittedName,
      FileType type,
      byte[] bytes,
      @Nullable String description,
      @Nullable String source,
      @Nullable String proves) {
    Instant now = clock.instant();
    String name = type.safeName(submittedName);
    return files
        .count(c.id())
        .flatMap(n -> n >= properties.maxEvidenceFiles()
            ? Mono.error(new FilingProblems.UnacceptableFile(
                HttpStatus.CONFLICT, "每个案件最多上传 " + properties.maxEvidenceFiles() + " 个文件，请合并后上传。"))
            : tx.transactional(files
                .store(
                    c.id(),
                    user.accountId(),
                    party,
                    name,
                    type,
                    bytes,
                    description,
                    source,
                    proves,
                    now)
                .flatMap(v -> filings
                    .audit(
                        c.id(),
                        user.accountId(),
                        now,
                        "evidence.uploaded",
                        Map.of(
                            "evidenceId",
                            v.id().toString(),
                            "mediaType",
                            v.mediaType(),
                            "size",
                            v.sizeBytes()))
                    .thenReturn(v))
                .flatMap(
                    v -> tellTheOtherSide(c, party, v, user.accountId(), now).thenReturn(v))));
  }

  /**
   * After filing, evidence one side adds is made known to the other side (the respondent only once the
   * copy was issued to it), with the case's timeline entry; a draft's evidence concerns nobody else yet.
   */
  private Mono<Void> tellTheOtherSide(
      CaseRecord c, String party, Views.EvidenceView v, UUID by, Instant now) {
    if (!c.status().filed()) {
      return Mono.empty();
    }
    boolean applicant = party.equals("APPLICANT");
    String who = applicant ? "申请人" : "被申请人";
    String what = (v.description() == null ? v.fileName() : v.description())
        + (v.proves() == null ? "" : "（证明：" + v.proves() + "）");
    Mono<Void> timeline =
        filings.event(c.id(), now, "EVIDENCE_ADDED", who + "提交补充证据：" + what, null);
    if (applicant && c.copySentAt() == null) {
      return timeline;
    }
    return timeline.then(delivery
        .issue(
            c,
            "EVIDENCE_NOTICE",
            who + "提交了补充证据",
            c.reference() + "：" + who + "于 "
                + FilingService.chinese(java.time.LocalDate.ofInstant(now, PortalZone.ZONE))
                + " 提交了补充证据“" + what + "”。您可以在“我的案件”中查看，并在开庭时发表质证意见。",
            by,
            applicant ? Delivery.To.RESPONDENTS : Delivery.To.APPLICANT,
            now)
        .then());
  }

  private FilingProblems.UnacceptableFile tooLarge() {
    return new FilingProblems.UnacceptableFile(
        HttpStatus.CONTENT_TOO_LARGE,
        "文件超过 " + properties.maxEvidenceSize().toMegabytes() + " MB，请压缩图片或分成几个文件上传。");
  }

  /** A text part of the upload, refused (never cut) when longer than 200 characters or not printable. */
  private static @Nullable String field(@Nullable Part part, String label) {
    if (!(part instanceof FormFieldPart field) || field.value().isBlank()) {
      return null;
    }
    String value = field.value().strip();
    if (value.length() > 200) {
      throw new FilingProblems.UnacceptableFile(
          HttpStatus.BAD_REQUEST, "“" + label + "”不能超过 200 字（现在 " + value.length() + " 字），请写短一些。");
    }
    String problem = PrintableText.problem(label, value);
    if (problem != null) {
      throw new FilingProblems.UnacceptableFile(HttpStatus.BAD_REQUEST, problem + "。");
    }
    return value;
  }
}
