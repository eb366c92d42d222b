package cn.xiangyang.portal.filing.internal;

import static cn.xiangyang.portal.system.Rows.required;

import cn.xiangyang.portal.accounts.AccountDirectory;
import cn.xiangyang.portal.audit.AuditRecord;
import cn.xiangyang.portal.audit.AuditTrail;
import cn.xiangyang.portal.commissions.Commission;
import cn.xiangyang.portal.commissions.Commissions;
import cn.xiangyang.portal.commissions.Directory;
import cn.xiangyang.portal.filing.CaseStatus;
import cn.xiangyang.portal.filing.internal.CaseRecord.StoredApplication;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The stored cases, their numbers, timeline, documents and audit trail. */
@Component
class Filings {

  private static final String COLUMNS = """
      c.id, c.worker_id, c.status, c.application, c.respondent_codes, c.commission_id, c.case_number,
      c.created_at, c.updated_at, c.submitted_at, c.acceptance_due, c.accepted_at, c.served_at, c.defence_due,
      c.award_due, c.award_extended, c.correction_requested, c.correction_items, c.rejection_reason,
      c.assigned_to, c.outcome_summary, c.final_award, c.closed_at, c.copy_sent_at, c.served_on, c.service_method,
      c.extension_requested_at, c.extension_request_reason,
      c.award_period_from, c.award_period_event, c.award_paused_days, c.suspended_on, c.suspension_reason, c.transfer_from,
      c.application_number,
      (select min(h.starts_at) from hearings h where h.case_id = c.id and h.cancelled_at is null) as hearing_at""";

  /**
   * Everything a case page shows besides the case row, each list as one JSON array of the same statement: the
   * timeline, documents, hearings, evidence and defences of the case cost one round trip, not five. Times are
   * sent as UTC text with microseconds (exactly what the columns hold), whatever the session's time zone.
   */
  private static final String DETAILS = """
      (select coalesce(json_agg(json_build_object('at', to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                'kind', e.kind, 'title', e.title, 'detail', e.detail) order by e.id), '[]')
         from case_events e where e.case_id = c.id) as d_timeline,
      (select coalesce(json_agg(json_build_object('id', d.id, 'kind', d.kind, 'title', d.title, 'body', d.body,
                'at', to_char(d.issued_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), 'addressee', d.addressee)
                order by d.issued_at, d.id), '[]')
         from case_documents d where d.case_id = c.id) as d_documents,
      (select coalesce(json_agg(json_build_object('id', h.id, 'room', h.room, 'place', h.place,
                'at', to_char(h.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), 'on', h.noticed_on)
                order by h.starts_at), '[]')
         from hearings h where h.case_id = c.id and h.cancelled_at is null) as d_hearings,
      (select coalesce(json_agg(json_build_object('id', v.id, 'party', v.party, 'fileName', v.file_name, 'mediaType', v.media_type,
                'size', v.size_bytes, 'description', v.description,
                'at', to_char(v.uploaded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), 'source', v.source, 'proves', v.proves)
                order by v.uploaded_at, v.id), '[]')
         from evidence v where v.case_id = c.id) as d_evidence,
      (select coalesce(json_agg(json_build_object('code', f.credit_code, 'declined', f.declined, 'statement', f.statement,
                'at', to_char(f.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), 'claims', f.claims::text)
                order by f.submitted_at), '[]')
         from defences f where f.case_id = c.id) as d_defences,
      (select coalesce(json_agg(json_build_object('document', s.document_id, 'party', s.party, 'method', s.method, 'on', s.served_on,
                'at', to_char(s.served_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))), '[]')
         from document_services s join case_documents sd on sd.id = s.document_id where sd.case_id = c.id) as d_services""";

  private final DatabaseClient db;
  private final JsonMapper json;
  private final AccountDirectory accounts;
  private final Commissions commissions;
  private final AuditTrail audit;

  Filings(
      DatabaseClient db,
      JsonMapper json,
      AccountDirectory accounts,
      Commissions commissions,
      AuditTrail audit) {
    this.db = db;
    this.json = json;
    this.accounts = accounts;
    this.commissions = commissions;
    this.audit = audit;
  }

  /**
   * What a case page shows besides the case itself.
   *
   * @param timeline the case's events, oldest first
   * @param documents every document of the case (the caller keeps those addressed to the viewer)
   * @param hearings the hearings not cancelled, earliest first
   */
  record Details(
      List<Event> timeline,
      List<Document> documents,
      List<Hearing> hearings,
      List<Views.EvidenceView> evidence,
      List<Defence> defences,
      List<DocumentService> services) {}

  /** A case with its details, read in one statement. */
  record Full(CaseRecord record, Details details) {}

  Mono<Full> findWithDetails(UUID id) {
    return db.sql("select " + COLUMNS + ",\n" + DETAILS + " from cases c where c.id = :id")
        .bind("id", id)
        .map(r -> new Full(toRecord(r), details(r)))
        .one();
  }

  /** The details of one case, in one statement. */
  Mono<Details> details(UUID caseId) {
    return db.sql("select " + DETAILS + " from cases c where c.id = :id")
        .bind("id", caseId)
        .map(this::details)
        .one();
  }

  private Details details(Readable r) {
    List<Event> timeline = new ArrayList<>();
    for (JsonNode e : tree(r, "d_timeline")) {
      timeline.add(
          new Event(instant(e, "at"), text(e, "kind"), text(e, "title"), text(e, "detail")));
    }
    List<Document> documents = new ArrayList<>();
    for (JsonNode d : tree(r, "d_documents")) {
      documents.add(new Document(
          UUID.fromString(text(d, "id")),
          text(d, "kind"),
          text(d, "title"),
          text(d, "body"),
          instant(d, "at"),
          text(d, "addressee")));
    }
    List<Hearing> hearings = new ArrayList<>();
    for (JsonNode h : tree(r, "d_hearings")) {
      hearings.add(new Hearing(
          UUID.fromString(text(h, "id")),
          text(h, "room"),
          instant(h, "at"),
          LocalDate.parse(text(h, "on")),
          h.hasNonNull("place") ? h.get("place").asString() : null));
    }
    List<Views.EvidenceView> evidence = new ArrayList<>();
    for (JsonNode v : tree(r, "d_evidence")) {
      evidence.add(new Views.EvidenceView(
          UUID.fromString(text(v, "id")),
          text(v, "party"),
          text(v, "fileName"),
          text(v, "mediaType"),
          v.get("size").asLong(),
          text(v, "description"),
          instant(v, "at"),
          text(v, "source"),
          text(v, "proves")));
    }
    List<Defence> defences = new ArrayList<>();
    for (JsonNode f : tree(r, "d_defences")) {
      // the answers as stored (text): read as a tree, 3000.00 would come back as the double 3000.0
      String claims = text(f, "claims");
      defences.add(new Defence(
          text(f, "code"),
          f.get("declined").asBoolean(false),
          text(f, "statement"),
          instant(f, "at"),
          claims == null
              ? List.of()
              : json.readValue(claims, new TypeReference<List<ClaimAnswer>>() {})));
    }
    List<DocumentService> services = new ArrayList<>();
    for (JsonNode v : tree(r, "d_services")) {
      String at = text(v, "at");
      services.add(new DocumentService(
          UUID.fromString(text(v, "document")),
          text(v, "party"),
          text(v, "method"),
          LocalDate.parse(text(v, "on")),
          at == null ? null : Instant.parse(at)));
    }
    return new Details(
        List.copyOf(timeline),
        List.copyOf(documents),
        List.copyOf(hearings),
        List.copyOf(evidence),
        List.copyOf(defences),
        List.copyOf(services));
  }

  private JsonNode tree(Readable r, String column) {
    Json value = r.get(column, Json.class);
    return value == null ? json.createArrayNode() : json.readTree(value.asString());
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  private static Instant instant(JsonNode node, String field) {
    return Instant.parse(node.get(field).asString());
  }

  Mono<Void> insertDraft(
      UUID id,
      UUID workerId,
      StoredApplication application,
      List<String> codes,
      String procedure,
      Instant now) {
    return db.sql("""
            insert into cases (id, worker_id, status, procedure, application, respondent_codes, created_at, updated_at)
            values (:id, :worker, 'DRAFT', :procedure, :application, :codes, :now, :now)""")
        .bind("id", id)
        .bind("worker", workerId)
        .bind("procedure", procedure)
        .bind("application", Json.of(json.writeValueAsString(application)))
        .bind("codes", codes.toArray(String[]::new))
        .bind("now", now)
        .then();
  }

  /** Replaces the application of a case still editable by its owner; 0 rows when it is not. */
  Mono<Long> updateApplication(
      UUID id,
      UUID workerId,
      CaseStatus in,
      StoredApplication application,
      List<String> codes,
      String procedure,
      Instant now) {
    // The transition table allowed the edit in state {@code in}; the guard only catches a
    // concurrent change.
    return db.sql("""
            update cases set application = :application, respondent_codes = :codes, procedure = :procedure,
                             updated_at = :now, version = version + 1
             where id = :id and worker_id = :worker and status = :in""")
        .bind("id", id)
        .bind("in", in.name())
        .bind("worker", workerId)
        .bind("procedure", procedure)
        .bind("application", Json.of(json.writeValueAsString(application)))
        .bind("codes", codes.toArray(String[]::new))
        .bind("now", now)
        .fetch()
        .rowsUpdated();
  }

  /** Deletes a draft of this worker with everything attached to it; 0 rows when it is no longer a draft. */
  Mono<Long> deleteDraft(UUID id, UUID workerId) {
    return db.sql("delete from cases where id = :id and worker_id = :w and status = 'DRAFT'")
        .bind("id", id)
        .bind("w", workerId)
        .fetch()
        .rowsUpdated();
  }

  Mono<CaseRecord> find(UUID id) {
    return db.sql("select " + COLUMNS + " from cases c where c.id = :id")
        .bind("id", id)
        .map(this::toRecord)
        .one();
  }

  Flux<CaseRecord> ofWorker(UUID workerId) {
    return db.sql(
            "select " + COLUMNS + " from cases c where c.worker_id = :w order by c.created_at desc")
        .bind("w", workerId)
        .map(this::toRecord)
        .all();
  }

  /** Cases naming this credit code whose application copy was served on the respondent. */
  Flux<CaseRecord> ofRespondent(String creditCode) {
    return db.sql(
            "select " + COLUMNS
                + " from cases c where :code = any (c.respondent_codes) and c.copy_sent_at is not null order by c.accepted_at desc")
        .bind("code", creditCode)
        .map(this::toRecord)
        .all();
  }

  /** A commission's filed cases, oldest first; all filed states when {@code statuses} is empty. */
  Flux<CaseRecord> queue(String commissionId, List<CaseStatus> statuses) {
    String[] names = statuses.stream().map(Enum::name).toArray(String[]::new);
    return db.sql("select " + COLUMNS
            + " from cases c where c.commission_id = :commission and c.status <> 'DRAFT'"
            + " and (cardinality(:statuses::text[]) = 0 or c.status = any (:statuses::text[]))"
            + " order by c.submitted_at asc limit 500")
        .bind("commission", commissionId)
        .bind("statuses", names)
        .map(this::toRecord)
        .all();
  }

  /** The commission's filed case with this 案号 or 申请编号 (exactly as stored), if any. */
  Flux<CaseRecord> byNumber(String commissionId, String number) {
    return db.sql("select " + COLUMNS
            + " from cases c where c.commission_id = :commission and c.status <> 'DRAFT'"
            + " and (c.case_number = :n or c.application_number = :n)")
        .bind("commission", commissionId)
        .bind("n", number)
        .map(this::toRecord)
        .all();
  }

  /**
   * Moves a case from {@code from} to {@code to} and sets the given columns (names from our code,
   * never from input), if it is still in {@code from}: 1 row when it moved, 0 when someone else
   * moved it first.
   */
  Mono<Long> move(UUID id, CaseStatus from, CaseStatus to, Instant now, Map<String, ?> sets) {
    StringBuilder sql = new StringBuilder(
        "update cases set status = :to, updated_at = :now, version = version + 1");
    sets.keySet()
        .forEach(column -> sql.append(", ").append(column).append(" = :").append(column));
    sql.append(" where id = :id and status = :from");
    DatabaseClient.GenericExecuteSpec spec = db.sql(sql.toString())
        .bind("to", to.name())
        .bind("now", now)
        .bind("id", id)
        .bind("from", from.name());
    for (Map.Entry<String, ?> e : sets.entrySet()) {
      spec = e.getValue() instanceof Cleared cleared
          ? spec.bindNull(e.getKey(), cleared.type())
          : spec.bind(e.getKey(), e.getValue());
    }
    return spec.fetch().rowsUpdated();
  }

  /** A column value that sets the column to null (a map of changes cannot hold null itself). */
  record Cleared(Class<?> type) {}

  /** Sets columns without a change of state (assignment, extension), if the case is still in {@code in}. */
  Mono<Long> set(UUID id, CaseStatus in, Instant now, Map<String, ?> sets) {
    return move(id, in, in, now, sets);
  }

  Json toJson(Object value) {
    return Json.of(json.writeValueAsString(value));
  }

  /**
   * Files case {@code id} if it is still in {@code from}: moves it to {@code to} with the commission, the submission
   * time, the acceptance deadline and its application number (申请编号: the one it has, else the next of
   * {@code application_number_seq} with the year of submission), in one statement; answers the application number,
   * or empty when someone else moved the case first. Takes no lock but the case row's: the 案号 is given on
   * acceptance ({@link #moveNumbered}).
   */
  Mono<String> file(
      UUID id,
      CaseStatus from,
      CaseStatus to,
      Instant now,
      String commissionId,
      int year,
      LocalDate acceptanceDue) {
    return db.sql("""
            update cases set status = :to, updated_at = :now, version = version + 1, commission_id = :c, submitted_at = :now,
                   acceptance_due = :due,
                   application_number = coalesce(application_number, application_number(:y, nextval('application_number_seq')))
             where id = :id and status = :from
            returning application_number""")
        .bind("id", id)
        .bind("from", from.name())
        .bind("to", to.name())
        .bind("now", now)
        .bind("c", commissionId)
        .bind("y", year)
        .bind("due", acceptanceDue)
        .map(r -> required(r, "application_number", String.class))
        .one();
  }

  /**
   * {@link #move} that also gives the case the commission's next case number (案号) of {@code year}: its prefix,
   * 襄劳人仲案字 when it has none of its own. Answers the case number, or empty when someone else moved the case
   * first (the caller rolls back, and the number with it: the numbers stay gap-free). Locks the counter row of
   * the commission and year until commit, so only acceptances wait on each other, never submissions.
   */
  Mono<String> moveNumbered(
      UUID id,
      CaseStatus from,
      CaseStatus to,
      Instant now,
      String commissionId,
      int year,
      Map<String, ?> sets) {
    StringBuilder sql = new StringBuilder("""
        with n as (
          insert into case_number_counters (commission_id, year, last_number) values (:c, :y, 1)
          on conflict (commission_id, year) do update set last_number = case_number_counters.last_number + 1
          returning last_number)
        update cases set status = :to, updated_at = :now, version = version + 1,
               case_number = coalesce((select p.prefix from case_number_prefixes p where p.commission_id = :c), '襄劳人仲案字')
                             || '〔' || :y::text || '〕第' || n.last_number::text || '号'""");
    sets.keySet()
        .forEach(column -> sql.append(", ").append(column).append(" = :").append(column));
    sql.append(" from n where cases.id = :id and cases.status = :from returning cases.case_number");
    DatabaseClient.GenericExecuteSpec spec = db.sql(sql.toString())
        .bind("to", to.name())
        .bind("now", now)
        .bind("id", id)
        .bind("from", from.name())
        .bind("c", commissionId)
        .bind("y", year);
    for (Map.Entry<String, ?> e : sets.entrySet()) {
      spec = e.getValue() instanceof Cleared cleared
          ? spec.bindNull(e.getKey(), cleared.type())
          : spec.bind(e.getKey(), e.getValue());
    }
    return spec.map(r -> required(r, "case_number", String.class)).one();
  }

  // ---- timeline, audit, documents -------------------------------------------------------------

  record Event(
      Instant at, String kind, String title, @Nullable String detail) {}

  Mono<Void> event(UUID caseId, Instant now, String kind, String title, @Nullable String detail) {
    var spec = db.sql(
            "insert into case_events (case_id, occurred_at, kind, title, detail) values (:c, :at, :k, :t, :d)")
        .bind("c", caseId)
        .bind("at", now)
        .bind("k", kind)
        .bind("t", title);
    return (detail == null ? spec.bindNull("d", String.class) : spec.bind("d", detail)).then();
  }

  Flux<Event> timeline(UUID caseId) {
    return db.sql(
            "select occurred_at, kind, title, detail from case_events where case_id = :c order by id")
        .bind("c", caseId)
        .map(r -> new Event(
            r.get("occurred_at", Instant.class),
            r.get("kind", String.class),
            r.get("title", String.class),
            r.get("detail", String.class)))
        .all();
  }

  Mono<Void> audit(UUID caseId, UUID actor, Instant now, String action, Map<String, ?> detail) {
    return audit.record(now, actor, action, "case:" + caseId, detail);
  }

  /**
   * One line of the audit trail.
   *
   * @param action the stable code (for programs); {@code actionLabel} and {@code actorLabel} say it in Chinese
   */
  record AuditEntry(
      Instant occurredAt,
      @Nullable UUID actorId,
      @Nullable String actorName,
      @Nullable String actorKind,
      String action,
      @Nullable Object detail,
      String actionLabel,
      String actorLabel,
      @Nullable String why) {}

  /** The case's audit trail, with each actor's name from the accounts module. */
  Flux<AuditEntry> auditTrail(UUID caseId) {
    return audit
        .of("case:" + caseId)
        .collectList()
        .flatMapMany(records -> accounts
            .people(records.stream()
                .map(AuditRecord::actorId)
                .filter(java.util.Objects::nonNull)
                .toList())
            .flatMapIterable(people -> records.stream()
                .map(r -> {
                  AccountDirectory.Person who =
                      r.actorId() == null ? null : people.get(r.actorId());
                  String name = who == null ? null : who.displayName();
                  String kind = who == null ? null : who.kind().name();
                  return new AuditEntry(
                      r.occurredAt(),
                      r.actorId(),
                      name,
                      kind,
                      r.action(),
                      r.detail(),
                      AuditText.action(r.action()),
                      AuditText.actor(name, kind),
                      r.detail() instanceof Map<?, ?> m && m.get("why") instanceof String why
                          ? why
                          : null);
                })
                .toList()));
  }

  /** A document of the case and whom it is for: APPLICANT, RESPONDENTS or BOTH. */
  record Document(
      UUID id, String kind, String title, String body, Instant issuedAt, String addressee) {}

  Mono<Void> insertDocument(
      UUID id,
      UUID caseId,
      String kind,
      String title,
      String body,
      @Nullable UUID author,
      String addressee,
      Instant now) {
    var spec = db.sql(
            "insert into case_documents (id, case_id, kind, title, body, author_id, addressee, issued_at) values (:id, :c, :k, :t, :b, :a, :to, :now)")
        .bind("id", id)
        .bind("to", addressee)
        .bind("c", caseId)
        .bind("k", kind)
        .bind("t", title)
        .bind("b", body)
        .bind("now", now);
    return (author == null ? spec.bindNull("a", UUID.class) : spec.bind("a", author)).then();
  }

  /** The case of a document of this kind, or empty. */
  Mono<UUID> documentCase(UUID documentId, String kind) {
    return db.sql("select case_id from case_documents where id = :id and kind = :k")
        .bind("id", documentId)
        .bind("k", kind)
        .map(r -> r.get("case_id", UUID.class))
        .one();
  }

  Flux<Document> documents(UUID caseId) {
    return db.sql(
            "select id, kind, title, body, issued_at, addressee from case_documents where case_id = :c order by issued_at, id")
        .bind("c", caseId)
        .map(r -> new Document(
            r.get("id", UUID.class),
            r.get("kind", String.class),
            r.get("title", String.class),
            r.get("body", String.class),
            r.get("issued_at", Instant.class),
            r.get("addressee", String.class)))
        .all();
  }

  /** A document by id, with its case; empty when there is none. */
  Mono<Map.Entry<UUID, Document>> document(UUID documentId) {
    return db.sql(
            "select id, case_id, kind, title, body, issued_at, addressee from case_documents where id = :id")
        .bind("id", documentId)
        .map(r -> Map.entry(
            r.get("case_id", UUID.class),
            new Document(
                r.get("id", UUID.class),
                r.get("kind", String.class),
                r.get("title", String.class),
                r.get("body", String.class),
                r.get("issued_at", Instant.class),
                r.get("addressee", String.class))))
        .one();
  }

  /**
   * How a document reached one side (送达): ELECTRONIC at the moment it was opened, or PAPER on the recorded day.
   *
   * @param party APPLICANT or RESPONDENT
   */
  record DocumentService(
      UUID documentId,
      String party,
      String method,
      LocalDate servedOn,
      @Nullable Instant servedAt) {}

  /**
   * Records the service of documents on one side; the first record of a document and side stands, a later one
   * changes nothing. {@code kind} non-null records it for every document of that kind of the case instead.
   * Answers the number of rows recorded.
   */
  Mono<Long> recordService(
      UUID caseId,
      @Nullable UUID documentId,
      @Nullable String kind,
      String party,
      String method,
      LocalDate servedOn,
      @Nullable Instant servedAt,
      @Nullable UUID by,
      Instant now) {
    var spec = db.sql("""
                insert into document_services (document_id, party, method, served_on, served_at, recorded_by, recorded_at)
                select d.id, :party, :method, :on, :at, :by, :now from case_documents d
                 where d.case_id = :c and (d.id = :doc or d.kind = :kind)
                on conflict (document_id, party) do nothing""")
        .bind("c", caseId)
        .bind("party", party)
        .bind("method", method)
        .bind("on", servedOn)
        .bind("now", now);
    spec = documentId == null ? spec.bindNull("doc", UUID.class) : spec.bind("doc", documentId);
    spec = kind == null ? spec.bindNull("kind", String.class) : spec.bind("kind", kind);
    spec = servedAt == null ? spec.bindNull("at", Instant.class) : spec.bind("at", servedAt);
    spec = by == null ? spec.bindNull("by", UUID.class) : spec.bind("by", by);
    return spec.fetch().rowsUpdated();
  }

  // ---- hearings
  // ----------------------------------------------------------------------------------

  /** A hearing of the case; {@code place} as its notice printed it (null for hearings noticed before it was kept). */
  record Hearing(
      UUID id,
      String room,
      Instant startsAt,
      LocalDate noticedOn,
      @Nullable String place) {}

  /** Adds a hearing and cancels the case's earlier ones (a new notice replaces them). */
  Mono<Void> insertHearing(
      UUID id,
      UUID caseId,
      String room,
      String place,
      Instant startsAt,
      LocalDate noticedOn,
      UUID by,
      Instant now) {
    return db.sql(
            "update hearings set cancelled_at = :now where case_id = :c and cancelled_at is null")
        .bind("c", caseId)
        .bind("now", now)
        .then()
        .then(db.sql(
                "insert into hearings (id, case_id, room, place, starts_at, noticed_on, scheduled_by) values (:id, :c, :room, :place, :at, :on, :by)")
            .bind("id", id)
            .bind("c", caseId)
            .bind("room", room)
            .bind("place", place)
            .bind("at", startsAt)
            .bind("on", noticedOn)
            .bind("by", by)
            .then());
  }

  /** Cancels the case's hearings still to come; the ids of those cancelled. */
  Flux<UUID> cancelHearings(UUID caseId, Instant now) {
    return db.sql(
            "update hearings set cancelled_at = :now where case_id = :c and cancelled_at is null returning id")
        .bind("c", caseId)
        .bind("now", now)
        .map(r -> r.get("id", UUID.class))
        .all();
  }

  Flux<Hearing> hearings(UUID caseId) {
    return db.sql(
            "select id, room, place, starts_at, noticed_on from hearings where case_id = :c and cancelled_at is null order by starts_at")
        .bind("c", caseId)
        .map(r -> new Hearing(
            r.get("id", UUID.class),
            r.get("room", String.class),
            r.get("starts_at", Instant.class),
            r.get("noticed_on", LocalDate.class),
            r.get("place", String.class)))
        .all();
  }

  // ---- defences
  // ----------------------------------------------------------------------------------

  /** The answer to one claim as stored: its number in the application, AGREE / DISAGREE / PARTLY, the reason, the disputed sum. */
  record ClaimAnswer(
      int claimId,
      String position,
      @Nullable String reason,
      java.math.@Nullable BigDecimal disputedAmount) {}

  record Defence(
      String creditCode,
      boolean declined,
      @Nullable String statement,
      Instant submittedAt,
      List<ClaimAnswer> claims) {}

  Mono<Long> insertDefence(
      UUID caseId,
      String creditCode,
      UUID accountId,
      boolean declined,
      @Nullable String statement,
      List<ClaimAnswer> claims,
      Instant now) {
    var spec = db.sql("""
                insert into defences (case_id, credit_code, account_id, declined, statement, claims, submitted_at)
                values (:c, :code, :a, :d, :s, :claims, :now) on conflict do nothing""")
        .bind("c", caseId)
        .bind("code", creditCode)
        .bind("a", accountId)
        .bind("d", declined)
        .bind("now", now);
    spec = claims.isEmpty()
        ? spec.bindNull("claims", Json.class)
        : spec.bind("claims", toJson(claims));
    return (statement == null ? spec.bindNull("s", String.class) : spec.bind("s", statement))
        .fetch()
        .rowsUpdated();
  }

  Flux<Defence> defences(UUID caseId) {
    return db.sql(
            "select credit_code, declined, statement, submitted_at, claims from defences where case_id = :c order by submitted_at")
        .bind("c", caseId)
        .map(r -> {
          Json claims = r.get("claims", Json.class);
          return new Defence(
              r.get("credit_code", String.class),
              Boolean.TRUE.equals(r.get("declined", Boolean.class)),
              r.get("statement", String.class),
              r.get("submitted_at", Instant.class),
              claims == null
                  ? List.of()
                  : json.readValue(claims.asString(), new TypeReference<List<ClaimAnswer>>() {}));
        })
        .all();
  }

  // ---- other modules' data, through their published APIs (issue 8: filing reads no other module's
  // tables) ----

  Mono<CaseRecord.Applicant> applicant(UUID workerId) {
    return accounts
        .worker(workerId)
        .map(w -> new CaseRecord.Applicant(w.name(), w.idNumberMasked(), w.phoneMasked()));
  }

  Mono<String> employerCreditCode(UUID accountId) {
    return accounts.employerCreditCode(accountId);
  }

  Flux<UUID> employerAccounts(List<String> creditCodes) {
    return accounts.employerAccounts(creditCodes);
  }

  record StaffMember(UUID id, String name, String role, String commissionId) {}

  Mono<StaffMember> staffMember(UUID accountId) {
    return accounts.staffMember(accountId).map(Filings::staff);
  }

  /** The commission's mediators and arbitrators who can be assigned a case, by name. */
  Flux<StaffMember> assignable(String commissionId) {
    return accounts.assignable(commissionId).map(Filings::staff);
  }

  private static StaffMember staff(AccountDirectory.StaffMember s) {
    return new StaffMember(s.id(), s.name(), s.role().name(), s.commissionId());
  }

  /** Area code → commission id, for every area of Xiangyang. */
  Mono<Map<String, String>> areaCommissions() {
    return commissions.directory().map(Directory::commissionByArea);
  }

  Mono<Map<String, String>> areaNames() {
    return commissions.directory().map(Directory::areaNames);
  }

  Mono<Map<String, String>> commissionNames() {
    return commissions.directory().map(Directory::commissionNames);
  }

  Mono<String> commissionName(String commissionId) {
    return commissions
        .directory()
        .flatMap(d -> Mono.justOrEmpty(d.commission(commissionId)).map(Commission::name));
  }

  /** The commission with its recorded contact details; by name only when the id is unknown. */
  Mono<Commission> commission(String commissionId) {
    return commissions
        .directory()
        .flatMap(d -> Mono.justOrEmpty(d.commission(commissionId)))
        .defaultIfEmpty(new Commission(commissionId, "劳动人事争议仲裁委员会"));
  }

  private CaseRecord toRecord(Readable r) {
    Json application = r.get("application", Json.class);
    Json items = r.get("correction_items", Json.class);
    String[] codes = r.get("respondent_codes", String[].class);
    return new CaseRecord(
        r.get("id", UUID.class),
        r.get("worker_id", UUID.class),
        CaseStatus.valueOf(r.get("status", String.class)),
        json.readValue(application.asString(), StoredApplication.class),
        codes == null ? List.of() : Arrays.asList(codes),
        r.get("commission_id", String.class),
        r.get("case_number", String.class),
        r.get("created_at", Instant.class),
        r.get("updated_at", Instant.class),
        r.get("submitted_at", Instant.class),
        r.get("acceptance_due", LocalDate.class),
        r.get("accepted_at", Instant.class),
        r.get("served_at", Instant.class),
        r.get("defence_due", LocalDate.class),
        r.get("award_due", LocalDate.class),
        Boolean.TRUE.equals(r.get("award_extended", Boolean.class)),
        Boolean.TRUE.equals(r.get("correction_requested", Boolean.class)),
        items == null
            ? null
            : json.readValue(items.asString(), new TypeReference<List<String>>() {}),
        r.get("rejection_reason", String.class),
        r.get("assigned_to", UUID.class),
        r.get("outcome_summary", String.class),
        r.get("final_award", Boolean.class),
        r.get("closed_at", Instant.class),
        r.get("copy_sent_at", Instant.class),
        r.get("served_on", LocalDate.class),
        r.get("service_method", String.class),
        r.get("extension_requested_at", Instant.class),
        r.get("extension_request_reason", String.class),
        r.get("hearing_at", Instant.class),
        r.get("award_period_from", LocalDate.class),
        r.get("award_period_event", String.class),
        java.util.Objects.requireNonNullElse(r.get("award_paused_days", Integer.class), 0),
        r.get("suspended_on", LocalDate.class),
        r.get("suspension_reason", String.class),
        r.get("transfer_from", String.class),
        r.get("application_number", String.class));
  }
}
