package cn.xiangyang.portal.notifications.internal;

import static cn.xiangyang.portal.system.Rows.required;

import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.audit.AuditTrail;
import cn.xiangyang.portal.filing.ServiceReceipts;
import cn.xiangyang.portal.system.InvalidInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The signed-in party's inbox (notices and documents served electronically, with the time each was
 * read) and their consent to electronic service (电子送达), at {@code /api/v1/inbox/consent}.
 */
@RestController
@RequestMapping("/api/v1/inbox")
class InboxController {

  private final DatabaseClient db;
  private final Clock clock;
  private final Inbox inbox;
  private final ServiceReceipts receipts;
  private final AuditTrail auditTrail;

  InboxController(
      DatabaseClient db,
      Clock clock,
      Inbox inbox,
      ServiceReceipts receipts,
      AuditTrail auditTrail) {
    this.auditTrail = auditTrail;
    this.db = db;
    this.clock = clock;
    this.inbox = inbox;
    this.receipts = receipts;
  }

  /** The body of {@code PUT /api/v1/inbox/consent}. */
  record Consent(@NotNull(message = "请选择是否同意电子送达") @Nullable Boolean consented) {}

  /**
   * One message of the inbox.
   *
   * @param service how its document is served: ELECTRONIC (with consent; opening it is the service) or PAPER; null without a document
   * @param serviceNote the same in words, with the service time once it was opened
   * @param cursor where a page ending with this message ends: {@code GET /api/v1/inbox?before=<cursor>} answers the older ones
   */
  record Message(
      UUID id,
      @Nullable UUID caseId,
      @Nullable UUID documentId,
      String title,
      String body,
      Instant createdAt,
      @Nullable Instant readAt,
      @Nullable String service,
      @Nullable String serviceNote,
      String cursor) {}

  private static final java.time.format.DateTimeFormatter WHEN =
      java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  /** 电子送达 is done when the party opens the document (the period runs from then); otherwise the paper copy counts. */
  private static @Nullable String serviceNote(@Nullable String service, @Nullable Instant readAt) {
    if (service == null) {
      return null;
    }
    if (service.equals("PAPER")) {
      return "本文书以书面方式送达，送达日期以仲裁委员会记录的签收日期为准。";
    }
    return readAt == null
        ? "电子送达：打开本文书即为送达，相关期间自送达时起计算。"
        : "已电子送达：送达时间为您打开本文书的时间 "
            + WHEN.format(readAt.atZone(cn.xiangyang.portal.system.PortalClock.ZONE))
            + "，相关期间自此起算。";
  }

  record ConsentView(boolean consented, @Nullable Instant changedAt, String explanation) {}

  private static final String EXPLANATION =
      "同意电子送达后，受理通知、答辩书副本、开庭通知、调解书、裁决书等文书将发送到“我的消息”，您打开的时间即为送达时间；不同意的，文书以书面方式送达。可以随时更改。";

  /** The page size when the request gives no {@code limit}; at most {@link #MAX_LIMIT}. */
  static final int DEFAULT_LIMIT = 20;

  static final int MAX_LIMIT = 100;

  /**
   * One page of the inbox, newest first: {@code limit} messages (default 20, at most 100) older than the message
   * whose {@code cursor} is {@code before} (none: the newest). When older messages remain, the answer carries
   * {@code Link: <…?before=…&limit=…>; rel="next"}; the cursor of the page's last message is the same {@code before}.
   */
  @GetMapping
  Mono<ResponseEntity<List<Message>>> inbox(
      @RequestParam(name = "before", required = false) @Nullable String before,
      @RequestParam(name = "limit", required = false) @Nullable String limit,
      @org.springframework.security.core.annotation.AuthenticationPrincipal PortalUser user) {
    Cursor after = before == null ? null : Cursor.parse(before);
    int n = limit(limit);
    var spec = db.sql(
            "select id, case_id, document_id, title, body, created_at, read_at, service from inbox_messages where account_id = :a"
                + (after == null ? "" : " and (created_at, id) < (:at, :id)")
                + " order by created_at desc, id desc limit :n")
        .bind("a", user.accountId())
        .bind("n", n + 1);
    if (after != null) {
      spec = spec.bind("at", after.createdAt()).bind("id", after.id());
    }
    return spec.map(this::message).all().collectList().map(rows -> {
      List<Message> page = rows.size() > n ? rows.subList(0, n) : rows;
      ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
      if (rows.size() > n) {
        ok.header(
            HttpHeaders.LINK,
            "</api/v1/inbox?before=" + page.getLast().cursor() + "&limit=" + n + ">; rel=\"next\"");
      }
      return ok.body(List.copyOf(page));
    });
  }

  private static int limit(@Nullable String limit) {
    if (limit == null || limit.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int n = Integer.parseInt(limit.strip());
      if (n >= 1 && n <= MAX_LIMIT) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidInput(
        "每页条数 limit 应为 1 到 " + MAX_LIMIT + " 之间的整数（不填为 " + DEFAULT_LIMIT + " 条）。");
  }

  /**
   * Where a page ends: the time and id of its last message, as an opaque URL-safe text (the {@code cursor} of a
   * message). Messages of the same instant are told apart by id.
   */
  record Cursor(Instant createdAt, UUID id) {

    String text() {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString((createdAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    static Cursor parse(String text) {
      try {
        String plain =
            new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
        int bar = plain.indexOf('|');
        if (bar > 0) {
          return new Cursor(
              Instant.parse(plain.substring(0, bar)), UUID.fromString(plain.substring(bar + 1)));
        }
      } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
        // answered below
      }
      throw new InvalidInput("翻页参数 before 无效：请使用上一页最后一条消息的 cursor（或响应头 Link 中下一页的地址）。");
    }
  }

  /** Marks the message read (the first time only: the first reading is the time of service). */
  @PostMapping("/{id}/read")
  Mono<Message> read(
      @PathVariable UUID id,
      @org.springframework.security.core.annotation.AuthenticationPrincipal PortalUser user) {
    return db.sql("""
            update inbox_messages set read_at = coalesce(read_at, :now) where id = :id and account_id = :a
            returning id, case_id, document_id, title, body, created_at, read_at, service""")
        .bind("now", clock.instant())
        .bind("id", id)
        .bind("a", user.accountId())
        .map(this::message)
        .one()
        .switchIfEmpty(Mono.error(new NoSuchMessage()))
        // A document served electronically (the party had consented when it was issued) is served
        // when opened: the
        // read receipt. A paper notice opened after a later consent is not; older messages fall
        // back to today's consent.
        .flatMap(m -> {
          UUID document = m.documentId();
          Instant readAt = m.readAt();
          if (document == null || readAt == null || "PAPER".equals(m.service())) {
            return Mono.just(m);
          }
          return ("ELECTRONIC".equals(m.service())
                  ? Mono.just(true)
                  : inbox.consented(user.accountId()))
              .filter(Boolean::booleanValue)
              .flatMap(yes -> receipts.opened(document, user.accountId(), readAt))
              .thenReturn(m);
        });
  }

  @GetMapping("/consent")
  Mono<ConsentView> consent(
      @org.springframework.security.core.annotation.AuthenticationPrincipal PortalUser user) {
    return db.sql("select consented, changed_at from e_service_consent where account_id = :a")
        .bind("a", user.accountId())
        .map(r -> new ConsentView(
            Boolean.TRUE.equals(r.get("consented", Boolean.class)),
            r.get("changed_at", Instant.class),
            EXPLANATION))
        .one()
        .defaultIfEmpty(new ConsentView(false, null, EXPLANATION));
  }

  @PutMapping("/consent")
  Mono<ConsentView> setConsent(
      @Valid @RequestBody Consent body,
      @org.springframework.security.core.annotation.AuthenticationPrincipal PortalUser user) {
    Instant now = clock.instant();
    return db.sql("""
            insert into e_service_consent (account_id, consented, changed_at) values (:a, :c, :now)
            on conflict (account_id) do update set consented = excluded.consented, changed_at = excluded.changed_at""")
        .bind("a", user.accountId())
        .bind("c", Boolean.TRUE.equals(body.consented()))
        .bind("now", now)
        .then()
        .then(auditTrail.record(
            now,
            user.accountId(),
            Boolean.TRUE.equals(body.consented()) ? "e-service.consented" : "e-service.withdrawn",
            "account:" + user.accountId(),
            Map.of()))
        .thenReturn(new ConsentView(Boolean.TRUE.equals(body.consented()), now, EXPLANATION));
  }

  private Message message(io.r2dbc.spi.Readable r) {
    Instant readAt = r.get("read_at", Instant.class);
    String service = r.get("service", String.class);
    UUID id = required(r, "id", UUID.class);
    Instant createdAt = required(r, "created_at", Instant.class);
    return new Message(
        id,
        r.get("case_id", UUID.class),
        r.get("document_id", UUID.class),
        required(r, "title", String.class),
        required(r, "body", String.class),
        createdAt,
        readAt,
        service,
        serviceNote(service, readAt),
        new Cursor(createdAt, id).text());
  }

  static final class NoSuchMessage extends cn.xiangyang.portal.system.DomainProblem {
    NoSuchMessage() {
      super(org.springframework.http.HttpStatus.NOT_FOUND, "找不到消息", "找不到该消息。");
    }
  }
}
