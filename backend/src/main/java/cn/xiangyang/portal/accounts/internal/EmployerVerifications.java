package cn.xiangyang.portal.accounts.internal;

import static cn.xiangyang.portal.system.Rows.required;

import cn.xiangyang.portal.accounts.AccountKind;
import cn.xiangyang.portal.accounts.CaseAccessCodes;
import cn.xiangyang.portal.accounts.EmployerAccount;
import cn.xiangyang.portal.accounts.EmployerSuspended;
import cn.xiangyang.portal.accounts.EmployerVerification;
import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.accounts.VerificationState;
import cn.xiangyang.portal.events.DurableEvents;
import io.r2dbc.spi.Parameters;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Employer verification: documents checked by staff, case access codes, colleague invitations and
 * impostor reports. Every decision is audited with the staff member who made it.
 */
@Service
class EmployerVerifications implements EmployerVerification, CaseAccessCodes {

  // No I, L, O, 0, 1: a code read off paper is typed without confusion.
  private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration INVITATION_TTL = Duration.ofDays(7);

  private final DatabaseClient db;
  private final TransactionalOperator tx;
  private final Accounts accounts;
  private final Sessions sessions;
  private final PersonalDataCipher cipher;
  private final Counters counters;
  private final AccountsProperties properties;
  private final DurableEvents events;
  private final Clock clock;

  EmployerVerifications(
      DatabaseClient db,
      TransactionalOperator tx,
      Accounts accounts,
      Sessions sessions,
      PersonalDataCipher cipher,
      Counters counters,
      AccountsProperties properties,
      DurableEvents events,
      Clock clock) {
    this.db = db;
    this.tx = tx;
    this.accounts = accounts;
    this.sessions = sessions;
    this.cipher = cipher;
    this.counters = counters;
    this.properties = properties;
    this.events = events;
    this.clock = clock;
  }

  // ---- API for other modules ----------------------------------------------------------------

  @Override
  public Mono<VerificationState> state(UUID accountId) {
    return db.sql("select state from accounts.employer_verifications where account_id = :id")
        .bind("id", accountId)
        .map(row -> VerificationState.valueOf(required(row, "state", String.class)))
        .one()
        .defaultIfEmpty(VerificationState.UNVERIFIED);
  }

  @Override
  public Mono<EmployerAccount> employer(UUID accountId) {
    return db.sql("""
            select e.credit_code, e.company_name, v.state from employers e
              left join accounts.employer_verifications v on v.account_id = e.account_id
             where e.account_id = :id""")
        .bind("id", accountId)
        .map(row -> {
          String state = row.get("state", String.class);
          return new EmployerAccount(
              accountId,
              required(row, "credit_code", String.class),
              required(row, "company_name", String.class),
              state == null ? VerificationState.UNVERIFIED : VerificationState.valueOf(state));
        })
        .one();
  }

  @Override
  public Mono<Boolean> mayActOn(UUID accountId, UUID caseId) {
    return state(accountId).flatMap(state -> switch (state) {
      case VERIFIED -> Mono.just(true);
      case SUSPENDED -> Mono.just(false);
      default ->
        db.sql(
                "select 1 from accounts.case_links where account_id = :a and case_id = :c and state = 'ACTIVE'")
            .bind("a", accountId)
            .bind("c", caseId)
            .map(row -> true)
            .one()
            .defaultIfEmpty(false);
    });
  }

  @Override
  public Mono<String> issue(UUID caseId, String creditCode) {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
    }
    String plain = code.toString();
    return db.sql("""
            insert into accounts.case_access_codes (code_hash, case_id, credit_code, issued_at)
            values (:hash, :case, :code, :now)
            on conflict (case_id, credit_code) do update set code_hash = excluded.code_hash, issued_at = excluded.issued_at""")
        .bind("hash", codeHash(plain))
        .bind("case", caseId)
        .bind("code", creditCode)
        .bind("now", clock.instant())
        .then()
        .thenReturn(plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8));
  }

  // ---- the employer's side ------------------------------------------------------------------

  /** What the employer sees of its own verification. */
  record Status(
      VerificationState verification,
      String verificationLabel,
      @Nullable String method,
      @Nullable Instant submittedAt,
      @Nullable String reason,
      List<DocumentItem> documents,
      List<CaseLink> caseLinks,
      String howToVerify) {}

  record DocumentItem(
      UUID id,
      String kind,
      String kindLabel,
      String fileName,
      String mediaType,
      int sizeBytes,
      Instant uploadedAt) {}

  record CaseLink(UUID caseId, String state, Instant linkedAt) {}

  Mono<Status> status(PortalUser user) {
    return requireEmployer(user).then(statusOf(user.accountId()));
  }

  private Mono<Status> statusOf(UUID accountId) {
    Mono<Map<String, Object>> row = db.sql(
            "select state, method, submitted_at, reason from accounts.employer_verifications where account_id = :id")
        .bind("id", accountId)
        .fetch()
        .one()
        .defaultIfEmpty(Map.of());
    return Mono.zip(row, documents(accountId).collectList(), links(accountId).collectList())
        .map(t -> {
          Map<String, Object> r = t.getT1();
          VerificationState state = r.isEmpty()
              ? VerificationState.UNVERIFIED
              : VerificationState.valueOf((String) Objects.requireNonNull(r.get("state"), "state"));
          Object submitted = r.get("submitted_at");
          return new Status(
              state,
              state.label(),
              (String) r.get("method"),
              submitted instanceof java.time.OffsetDateTime o
                  ? o.toInstant()
                  : submitted instanceof Instant i ? i : null,
              state == VerificationState.REJECTED || state == VerificationState.SUSPENDED
                  ? (String) r.get("reason")
                  : null,
              t.getT2(),
              t.getT3(),
              EmployerVerification.HOW_TO_VERIFY);
        });
  }

  /**
   * Stores the licence (form field {@code licence}, required) and the 授权委托书 ({@code authorization},
   * for an agent) and puts the account in the staff queue. Refused once verified or suspended.
   */
  Mono<Status> submitDocuments(PortalUser user, MultiValueMap<String, Part> parts) {
    Part licence = parts.getFirst("licence");
    Part authorization = parts.getFirst("authorization");
    if (!(licence instanceof FilePart licenceFile)) {
      return Mono.error(new AccountProblems.FieldProblem(
          "缺少营业执照", "licence", "请上传营业执照（PDF、JPG 或 PNG，表单字段名为 licence）。"));
    }
    return requireEmployer(user)
        .then(state(user.accountId()))
        .flatMap(state -> switch (state) {
          case VERIFIED -> Mono.error(new AccountProblems.Conflict("已认证", "本单位账号已认证，无需再次上传。"));
          case SUSPENDED -> Mono.error(new AccountProblems.Forbidden("账号已停用", "该账号已被停用，不能提交认证材料。"));
          default -> Mono.just(state);
        })
        .then(read(licenceFile, "营业执照"))
        .zipWith(
            authorization instanceof FilePart a
                ? read(a, "授权委托书").map(List::of)
                : Mono.just(List.<Upload>of()))
        .flatMap(t -> {
          Instant now = clock.instant();
          List<Upload> all = new ArrayList<>();
          all.add(new Upload(
              "LICENCE", t.getT1().name(), t.getT1().type(), t.getT1().bytes()));
          t.getT2()
              .forEach(u -> all.add(new Upload("AUTHORIZATION", u.name(), u.type(), u.bytes())));
          return tx.transactional(db.sql(
                  "delete from accounts.employer_documents where account_id = :id")
              .bind("id", user.accountId())
              .then()
              .thenMany(
                  Flux.fromIterable(all).concatMap(u -> storeDocument(user.accountId(), u, now)))
              .then(setState(user.accountId(), VerificationState.PENDING, "DOCUMENTS", now))
              .then(accounts.audit(
                  now,
                  user.accountId(),
                  "employer.documents-submitted",
                  user.accountId(),
                  Map.of("files", all.size()))));
        })
        .then(statusOf(user.accountId()));
  }

  /** An uploaded file after the checks. */
  private record Upload(String kind, String name, DocumentType type, byte[] bytes) {}

  private Mono<Upload> read(FilePart file, String fallbackName) {
    int max = (int) properties.maxDocumentSize().toBytes();
    return DataBufferUtils.join(file.content(), max)
        .map(buffer -> {
          byte[] bytes = new byte[buffer.readableByteCount()];
          buffer.read(bytes);
          DataBufferUtils.release(buffer);
          return bytes;
        })
        .defaultIfEmpty(new byte[0])
        .onErrorMap(DataBufferLimitException.class, e -> tooLarge())
        .flatMap(bytes -> {
          if (bytes.length == 0) {
            return Mono.error(new AccountProblems.UnacceptableDocument(
                HttpStatus.BAD_REQUEST, fallbackName + "文件是空的（0 字节），请重新选择文件。"));
          }
          if (bytes.length > max) {
            return Mono.error(tooLarge());
          }
          return Mono.justOrEmpty(DocumentType.sniff(bytes))
              .switchIfEmpty(Mono.error(new AccountProblems.UnacceptableDocument(
                  HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                  fallbackName + "只能是 PDF、JPG 或 PNG 文件。系统按文件内容判断类型，改文件名无效；请扫描或拍照后上传。")))
              .map(type ->
                  new Upload("", type.safeName(file.filename(), fallbackName), type, bytes));
        });
  }

  private AccountProblems.UnacceptableDocument tooLarge() {
    return new AccountProblems.UnacceptableDocument(
        HttpStatus.CONTENT_TOO_LARGE,
        "文件超过 " + properties.maxDocumentSize().toMegabytes() + " MB，请压缩图片后上传。");
  }

  private Mono<Void> storeDocument(UUID accountId, Upload u, Instant now) {
    return db.sql("""
            insert into accounts.employer_documents (id, account_id, kind, file_name, media_type, size_bytes, content, uploaded_at)
            values (:id, :account, :kind, :name, :type, :size, :content, :now)""")
        .bind("id", UUID.randomUUID())
        .bind("account", accountId)
        .bind("kind", u.kind())
        .bind("name", u.name())
        .bind("type", u.type().mediaType())
        .bind("size", u.bytes().length)
        .bind("content", java.nio.ByteBuffer.wrap(u.bytes()))
        .bind("now", now)
        .then();
  }

  /** What entering a case access code did. */
  record CaseCodeEntered(UUID caseId, String state, String detail) {}

  /**
   * Links the case the code was issued for to the account: at once when the account is verified,
   * else after staff approval (the account joins the staff queue). The code must belong to the
   * account's company; at most 10 tries per account and hour.
   */
  Mono<CaseCodeEntered> enterCaseCode(PortalUser user, String typed) {
    String code = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    return requireEmployer(user)
        .then(counters.admit(
            10,
            Duration.ofHours(1),
            "案件查询码输入次数过多，",
            "case-code",
            user.accountId().toString()))
        .then(accounts.employer(user.accountId()))
        .flatMap(employer -> db.sql(
                "select case_id, credit_code from accounts.case_access_codes where code_hash = :h")
            .bind("h", codeHash(code))
            .map(row ->
                Map.entry(row.get("case_id", UUID.class), row.get("credit_code", String.class)))
            .one()
            .filter(e -> e.getValue().equals(employer.creditCode()))
            .switchIfEmpty(Mono.error(new AccountProblems.FieldProblem(
                "案件查询码不正确",
                "code",
                "案件查询码不正确，或不是发给本单位（统一社会信用代码 " + employer.creditCode() + "）的。请对照应诉通知书核对 12 位查询码。")))
            .flatMap(e -> link(user.accountId(), e.getKey())));
  }

  private Mono<CaseCodeEntered> link(UUID accountId, UUID caseId) {
    Instant now = clock.instant();
    return state(accountId).flatMap(state -> {
      if (state == VerificationState.SUSPENDED) {
        return Mono.error(new AccountProblems.Forbidden("账号已停用", "该账号已被停用。"));
      }
      boolean active = state == VerificationState.VERIFIED;
      Mono<Void> queue = active || state == VerificationState.PENDING
          ? Mono.empty()
          : setState(accountId, VerificationState.PENDING, "CASE_CODE", now);
      return tx.transactional(db.sql("""
                              insert into accounts.case_links (account_id, case_id, state, linked_at) values (:a, :c, :s, :now)
                              on conflict (account_id, case_id) do update set state = case when accounts.case_links.state = 'ACTIVE'
                                then 'ACTIVE' else excluded.state end, linked_at = excluded.linked_at""")
              .bind("a", accountId)
              .bind("c", caseId)
              .bind("s", active ? "ACTIVE" : "PENDING")
              .bind("now", now)
              .then()
              .then(queue)
              .then(accounts.audit(
                  now,
                  accountId,
                  "employer.case-code-entered",
                  accountId,
                  Map.of("caseId", caseId.toString(), "active", active))))
          .thenReturn(new CaseCodeEntered(
              caseId,
              active ? "ACTIVE" : "PENDING",
              active ? "案件已关联到本账号，可以查看和答辩。" : "查询码正确。工作人员审核通过后，本案即关联到您的账号，届时可以查看和答辩。"));
    });
  }

  // ---- colleagues, invitations, impostors ---------------------------------------------------

  record Invitation(String token, Instant expiresAt, String detail) {}

  /** A one-use invitation (7 days) for a colleague to register as an account of the same company. */
  Mono<Invitation> invite(PortalUser user) {
    return requireVerified(user).then(accounts.employer(user.accountId())).flatMap(employer -> {
      String token = randomToken();
      Instant now = clock.instant();
      Instant expires = now.plus(INVITATION_TTL);
      return db.sql("""
                      insert into accounts.employer_invitations (token_hash, inviter_id, credit_code, created_at, expires_at)
                      values (:h, :inviter, :code, :now, :expires)""")
          .bind("h", cipher.keyedHash("invitation:" + token))
          .bind("inviter", user.accountId())
          .bind("code", employer.creditCode())
          .bind("now", now)
          .bind("expires", expires)
          .then()
          .then(
              accounts.audit(now, user.accountId(), "employer.invited", user.accountId(), Map.of()))
          .thenReturn(new Invitation(
              token,
              expires,
              "请把邀请码发给同事：同事在「用人单位注册」填写本单位统一社会信用代码和这个邀请码，注册后即为本单位已认证账号。邀请码 7 天内有效，只能用一次。"));
    });
  }

  /**
   * Uses up an invitation for a new account of the company; fails with a 400 on {@code invitation}
   * when it is unknown, used, expired or for another credit code.
   */
  Mono<UUID> acceptInvitation(String token, String creditCode, UUID newAccountId, Instant now) {
    return db.sql("""
            update accounts.employer_invitations set used_by = :id
             where token_hash = :h and used_by is null and expires_at > :now and credit_code = :code
            returning inviter_id""")
        .bind("id", newAccountId)
        .bind("h", cipher.keyedHash("invitation:" + token.strip()))
        .bind("now", now)
        .bind("code", creditCode)
        .map(row -> required(row, "inviter_id", UUID.class))
        .one()
        .switchIfEmpty(Mono.error(new AccountProblems.FieldProblem(
            "邀请码无效", "invitation", "邀请码不正确、已使用、已过期，或不是本统一社会信用代码的单位发出的。请向同事重新索取邀请码。")))
        .flatMap(inviter -> db.sql("""
                        insert into accounts.employer_verifications (account_id, state, method, invited_by, submitted_at, decided_at)
                        values (:id, 'VERIFIED', 'INVITATION', :inviter, :now, :now)""")
            .bind("id", newAccountId)
            .bind("inviter", inviter)
            .bind("now", now)
            .then()
            .then(accounts.audit(
                now,
                inviter,
                "employer.invitation-accepted",
                newAccountId,
                Map.of("inviter", inviter.toString())))
            .thenReturn(inviter));
  }

  record Colleague(
      UUID id,
      String contactName,
      String phoneMasked,
      VerificationState verification,
      String verificationLabel,
      boolean you) {}

  /** Every account that claims the company's credit code, for a verified account of that company. */
  Flux<Colleague> colleagues(PortalUser user) {
    return requireVerified(user)
        .then(accounts.employer(user.accountId()))
        .flatMapMany(me -> db.sql("""
                        select e.account_id, e.contact_name, e.phone, coalesce(v.state, 'UNVERIFIED') as state
                          from employers e join accounts a on a.id = e.account_id
                          left join accounts.employer_verifications v on v.account_id = e.account_id
                         where e.credit_code = :code order by a.created_at""")
            .bind("code", me.creditCode())
            .map(row -> {
              VerificationState state =
                  VerificationState.valueOf(required(row, "state", String.class));
              UUID id = required(row, "account_id", UUID.class);
              return new Colleague(
                  id,
                  required(row, "contact_name", String.class),
                  AccountView.maskPhone(required(row, "phone", String.class)),
                  state,
                  state.label(),
                  id.equals(user.accountId()));
            })
            .all());
  }

  /**
   * A company reports accounts claiming its credit code; staff see them in the queue (state REPORTED).
   * The real company is often the one that is not verified yet (the impostor registered first), so any
   * employer account that is not suspended may report: {@code reportedId} names one account (a verified
   * reporter sees its colleagues), or, when null, every other account claiming the same credit code.
   */
  Mono<Map<String, Object>> reportImpostor(
      PortalUser user, @Nullable UUID reportedId, String reason) {
    return requireEmployer(user)
        .then(state(user.accountId()))
        .flatMap(state -> state == VerificationState.SUSPENDED
            ? Mono.<Map.Entry<Accounts.Employer, Boolean>>error(
                new AccountProblems.Forbidden("账号已停用", "已停用的账号不能举报。如有疑问，请联系仲裁委员会。"))
            : accounts
                .employer(user.accountId())
                .map(me -> Map.entry(me, state == VerificationState.VERIFIED)))
        .flatMap(found -> {
          Accounts.Employer me = found.getKey();
          boolean verified = found.getValue();
          Flux<UUID> reported = reportedId != null
              ? accounts
                  .employer(reportedId)
                  .filter(other -> other.creditCode().equals(me.creditCode())
                      && !reportedId.equals(user.accountId()))
                  .map(other -> reportedId)
                  .flux()
              : db.sql("""
                              select e.account_id from employers e
                                left join accounts.employer_verifications v on v.account_id = e.account_id
                               where e.credit_code = :code and e.account_id <> :me and coalesce(v.state, 'UNVERIFIED') <> 'SUSPENDED'""")
                  .bind("code", me.creditCode())
                  .bind("me", user.accountId())
                  .map(row -> required(row, "account_id", UUID.class))
                  .all();
          Instant now = clock.instant();
          return reported
              .concatMap(id -> db.sql("""
                                  insert into accounts.impostor_reports (id, reporter_id, reported_id, reason, reported_at)
                                  values (:id, :reporter, :reported, :reason, :now)""")
                  .bind("id", UUID.randomUUID())
                  .bind("reporter", user.accountId())
                  .bind("reported", id)
                  .bind("reason", reason.strip())
                  .bind("now", now)
                  .then()
                  .then(accounts.audit(
                      now,
                      user.accountId(),
                      "employer.impostor-reported",
                      id,
                      Map.of("reason", reason.strip())))
                  .thenReturn(id))
              .collectList()
              .flatMap(ids -> ids.isEmpty()
                  ? Mono.<Map<String, Object>>error(
                      reportedId != null
                          ? noSuchEmployer()
                          : new AccountProblems.NotFound("没有其他账号", "没有其他账号使用本单位的统一社会信用代码注册。"))
                  : Mono.just(Map.<String, Object>of(
                      "reported",
                      ids.size(),
                      "detail",
                      "已向工作人员举报 "
                          + ids.size()
                          + " 个账号。工作人员核实后会停用冒用的账号、作废它在案件中提交的材料，并通知申请人。"
                          + (verified ? "" : "请同时在本页上传营业执照完成认证，以便工作人员核对。"))));
        });
  }

  // ---- the staff side -----------------------------------------------------------------------

  record QueueItem(
      UUID id,
      String companyName,
      String creditCode,
      String contactName,
      String phoneMasked,
      VerificationState verification,
      String verificationLabel,
      @Nullable String method,
      @Nullable Instant submittedAt,
      @Nullable String reason,
      List<DocumentItem> documents,
      List<CaseLink> caseLinks,
      List<Report> reports) {}

  record Report(UUID id, UUID reporterId, String reason, Instant reportedAt) {}

  /** Employer accounts in a state (or {@code REPORTED}: with an open impostor report), oldest first. */
  Flux<QueueItem> queue(String state) {
    String where = state.equals("REPORTED")
        ? "exists (select 1 from accounts.impostor_reports r where r.reported_id = e.account_id and r.resolved_at is null)"
        : "coalesce(v.state, 'UNVERIFIED') = :state";
    DatabaseClient.GenericExecuteSpec spec = db.sql(
        """
            select e.account_id, e.company_name, e.credit_code, e.contact_name, e.phone,
                   coalesce(v.state, 'UNVERIFIED') as state, v.method, v.submitted_at, v.reason
              from employers e join accounts a on a.id = e.account_id
              left join accounts.employer_verifications v on v.account_id = e.account_id""" + " where " + where + " order by coalesce(v.submitted_at, a.created_at) limit 200");
    if (!state.equals("REPORTED")) {
      spec = spec.bind("state", state);
    }
    return spec.map(row -> {
          VerificationState s = VerificationState.valueOf(required(row, "state", String.class));
          return new QueueItem(
              required(row, "account_id", UUID.class),
              required(row, "company_name", String.class),
              required(row, "credit_code", String.class),
              required(row, "contact_name", String.class),
              AccountView.maskPhone(required(row, "phone", String.class)),
              s,
              s.label(),
              row.get("method", String.class),
              row.get("submitted_at", Instant.class),
              row.get("reason", String.class),
              List.of(),
              List.of(),
              List.of());
        })
        .all()
        .concatMap(item -> Mono.zip(
                documents(item.id()).collectList(),
                links(item.id()).collectList(),
                reports(item.id()).collectList())
            .map(t -> new QueueItem(
                item.id(),
                item.companyName(),
                item.creditCode(),
                item.contactName(),
                item.phoneMasked(),
                item.verification(),
                item.verificationLabel(),
                item.method(),
                item.submittedAt(),
                item.reason(),
                t.getT1(),
                t.getT2(),
                t.getT3())));
  }

  /** A stored document's bytes for staff, or 404. */
  record Document(String fileName, String mediaType, byte[] content) {}

  Mono<Document> document(UUID accountId, UUID documentId) {
    return db.sql(
            "select file_name, media_type, content from accounts.employer_documents where id = :d and account_id = :a")
        .bind("d", documentId)
        .bind("a", accountId)
        .map(row -> {
          java.nio.ByteBuffer b = required(row, "content", java.nio.ByteBuffer.class);
          byte[] bytes = new byte[b.remaining()];
          b.get(bytes);
          return new Document(
              required(row, "file_name", String.class),
              required(row, "media_type", String.class),
              bytes);
        })
        .one()
        .switchIfEmpty(Mono.error(new AccountProblems.NotFound("文件不存在", "没有这个认证材料。")));
  }

  /**
   * Approves or rejects what the employer submitted. APPROVE: documents make the account verified,
   * pending case links become active. REJECT (a reason is required): the employer sees the reason and
   * may submit again. Only an account waiting in the queue can be decided.
   */
  Mono<Status> decide(PortalUser staff, UUID accountId, String decision, @Nullable String reason) {
    boolean approve = decision.equals("APPROVE");
    String why = reason == null ? "" : reason.strip();
    if (!approve && why.isEmpty()) {
      return Mono.error(new AccountProblems.FieldProblem(
          "请填写理由", "reason", "退回认证申请时请写明理由，单位会看到这段话，例如「营业执照照片不清晰，请重新拍摄」。"));
    }
    Instant now = clock.instant();
    return accounts
        .employer(accountId)
        .switchIfEmpty(Mono.error(noSuchEmployer()))
        .then(db.sql(
                "select state, method from accounts.employer_verifications where account_id = :id")
            .bind("id", accountId)
            .map(row -> Map.entry(
                row.get("state", String.class), String.valueOf(row.get("method", String.class))))
            .one()
            .filter(e -> e.getKey().equals("PENDING"))
            .switchIfEmpty(Mono.error(new AccountProblems.Conflict("无需审核", "该单位账号当前没有待审核的认证申请。"))))
        .flatMap(pending -> {
          boolean documents = pending.getValue().equals("DOCUMENTS");
          VerificationState next = approve
              ? (documents ? VerificationState.VERIFIED : VerificationState.UNVERIFIED)
              : VerificationState.REJECTED;
          return tx.transactional(db.sql("""
                          update accounts.employer_verifications
                             set state = :state, decided_at = :now, decided_by = :staff, reason = :reason where account_id = :id""")
              .bind("state", next.name())
              .bind("now", now)
              .bind("staff", staff.accountId())
              .bind("reason", why.isEmpty() ? Parameters.in(String.class) : why)
              .bind("id", accountId)
              .then()
              .then(db.sql(
                      "update accounts.case_links set state = :s where account_id = :id and state = 'PENDING'")
                  .bind("s", approve ? "ACTIVE" : "REJECTED")
                  .bind("id", accountId)
                  .then())
              .then(accounts.audit(
                  now,
                  staff.accountId(),
                  approve ? "employer.verification-approved" : "employer.verification-rejected",
                  accountId,
                  Map.of("reason", why, "method", pending.getValue()))));
        })
        .then(statusOf(accountId));
  }

  /**
   * Suspends an account reported as an impostor: it can no longer log in, its sessions end at once,
   * open reports on it are resolved, and {@link EmployerSuspended}, published through the outbox with the
   * suspension, lets the cases void what it filed.
   */
  Mono<Status> suspend(PortalUser staff, UUID accountId, String reason) {
    String why = reason.strip();
    Instant now = clock.instant();
    return accounts
        .employer(accountId)
        .switchIfEmpty(Mono.error(noSuchEmployer()))
        .flatMap(employer -> tx.transactional(
                setState(accountId, VerificationState.SUSPENDED, null, now)
                    .then(db.sql(
                            "update accounts.employer_verifications set decided_at = :now, decided_by = :staff, reason = :reason where account_id = :id")
                        .bind("now", now)
                        .bind("staff", staff.accountId())
                        .bind("reason", why)
                        .bind("id", accountId)
                        .then())
                    .then(db.sql(
                            "update accounts.case_links set state = 'REJECTED' where account_id = :id")
                        .bind("id", accountId)
                        .then())
                    .then(db.sql(
                            "update accounts.impostor_reports set resolved_at = :now where reported_id = :id and resolved_at is null")
                        .bind("now", now)
                        .bind("id", accountId)
                        .then())
                    .then(accounts.disable(accountId, now))
                    .then(accounts.audit(
                        now,
                        staff.accountId(),
                        "employer.suspended",
                        accountId,
                        Map.of("reason", why, "creditCode", employer.creditCode())))
                    // Through the outbox, in the suspension's transaction: the impostor's answers
                    // are voided
                    // even when the backend stops right after the commit.
                    .then(events.publish(new EmployerSuspended(
                        accountId, employer.creditCode(), why, staff.accountId(), now))))
            .then(sessions.revokeAll(accountId, null)))
        .then(statusOf(accountId));
  }

  // ---- storage helpers ----------------------------------------------------------------------

  private Mono<Void> setState(
      UUID accountId, VerificationState state, @Nullable String method, Instant now) {
    return db.sql("""
            insert into accounts.employer_verifications (account_id, state, method, submitted_at)
            values (:id, :state, :method, :now)
            on conflict (account_id) do update set state = excluded.state,
              method = coalesce(case when accounts.employer_verifications.method = 'DOCUMENTS' and excluded.method = 'CASE_CODE'
                                     and accounts.employer_verifications.state = 'PENDING' then 'DOCUMENTS' end, excluded.method,
                                accounts.employer_verifications.method),
              submitted_at = excluded.submitted_at, reason = null""")
        .bind("id", accountId)
        .bind("state", state.name())
        .bind("method", method == null ? Parameters.in(String.class) : method)
        .bind("now", now)
        .then();
  }

  private Flux<DocumentItem> documents(UUID accountId) {
    return db.sql("""
            select id, kind, file_name, media_type, size_bytes, uploaded_at from accounts.employer_documents
             where account_id = :id order by uploaded_at, kind desc""")
        .bind("id", accountId)
        .map(row -> {
          String kind = required(row, "kind", String.class);
          return new DocumentItem(
              required(row, "id", UUID.class),
              kind,
              kind.equals("LICENCE") ? "营业执照" : "授权委托书",
              required(row, "file_name", String.class),
              required(row, "media_type", String.class),
              required(row, "size_bytes", Integer.class),
              required(row, "uploaded_at", Instant.class));
        })
        .all();
  }

  private Flux<CaseLink> links(UUID accountId) {
    return db.sql(
            "select case_id, state, linked_at from accounts.case_links where account_id = :id order by linked_at")
        .bind("id", accountId)
        .map(row -> new CaseLink(
            required(row, "case_id", UUID.class),
            required(row, "state", String.class),
            required(row, "linked_at", Instant.class)))
        .all();
  }

  private Flux<Report> reports(UUID accountId) {
    return db.sql(
            "select id, reporter_id, reason, reported_at from accounts.impostor_reports where reported_id = :id and resolved_at is null order by reported_at")
        .bind("id", accountId)
        .map(row -> new Report(
            required(row, "id", UUID.class),
            required(row, "reporter_id", UUID.class),
            required(row, "reason", String.class),
            required(row, "reported_at", Instant.class)))
        .all();
  }

  private static Mono<Void> requireEmployer(PortalUser user) {
    return user.kind() == AccountKind.EMPLOYER
        ? Mono.empty()
        : Mono.error(new AccountProblems.Forbidden("仅限用人单位", "只有用人单位账号可以办理单位认证。"));
  }

  private Mono<Void> requireVerified(PortalUser user) {
    return requireEmployer(user)
        .then(state(user.accountId()))
        .flatMap(s -> s == VerificationState.VERIFIED
            ? Mono.<Void>empty()
            : Mono.error(new AccountProblems.Forbidden(
                "单位账号未认证",
                "只有已认证的单位账号可以邀请同事、查看和举报本单位的其他账号。" + EmployerVerification.HOW_TO_VERIFY)));
  }

  private static AccountProblems.NotFound noSuchEmployer() {
    return new AccountProblems.NotFound("单位账号不存在", "没有这个用人单位账号。");
  }

  private String codeHash(String code) {
    return cipher.keyedHash("case-code:" + code);
  }

  private static String randomToken() {
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      token.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
    }
    return token.toString();
  }
}
