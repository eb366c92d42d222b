package cn.xiangyang.portal.compliance.internal;

import static cn.xiangyang.portal.system.Rows.required;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Training requests (订单式培训) as stored: requested by an employer, scheduled and attended as staff record.
 * Each belongs to a commission: the one whose served-enterprise registry lists the company, else the city
 * commission; staff see their commission's requests and those of the enterprises in its registry.
 */
@Component
class Trainings {

  /** The city commission: it receives the requests of enterprises that no commission's registry lists. */
  static final String CITY_COMMISSION = "xiangyang";

  private static final String VISIBLE_TO =
      "(t.commission_id = :commission or t.credit_code in (select e.credit_code from compliance.enterprises e where e.commission_id = :commission))";

  private final DatabaseClient db;

  Trainings(DatabaseClient db) {
    this.db = db;
  }

  /** A training request as the API shows it. */
  record Training(
      UUID id,
      String companyName,
      @Nullable String creditCode,
      @Nullable UUID checkupId,
      List<String> topics,
      int headcount,
      List<LocalDate> preferredDates,
      String contactName,
      String contactPhone,
      @Nullable String note,
      String status,
      String statusLabel,
      @Nullable LocalDate scheduledOn,
      @Nullable String location,
      @Nullable String trainer,
      @Nullable Integer attended,
      String commissionId,
      Instant createdAt) {}

  record NewTraining(
      UUID id,
      UUID accountId,
      @Nullable String creditCode,
      String companyName,
      @Nullable UUID checkupId,
      List<String> topics,
      int headcount,
      List<LocalDate> preferredDates,
      String contactName,
      String contactPhone,
      @Nullable String note,
      Instant now) {}

  /** Inserts the request (its Idempotency-Key is the system module's {@code Idempotency}). */
  Mono<Void> insert(NewTraining t) {
    var spec = db.sql("""
            insert into compliance.training_requests (id, account_id, credit_code, company_name, checkup_id, topics, headcount, preferred_dates,
                contact_name, contact_phone, note, status, created_at, updated_at, commission_id)
            values (:id, :account, :code, :company, :checkup, :topics, :headcount, :dates, :contact, :phone, :note, 'REQUESTED', :now, :now,
                coalesce((select e.commission_id from compliance.enterprises e where e.credit_code = :code order by e.created_at limit 1), :city))""")
        .bind("id", t.id())
        .bind("account", t.accountId())
        .bind("company", t.companyName())
        .bind("topics", t.topics().toArray(String[]::new))
        .bind("headcount", t.headcount())
        .bind("dates", t.preferredDates().toArray(LocalDate[]::new))
        .bind("contact", t.contactName())
        .bind("phone", t.contactPhone())
        .bind("now", t.now())
        .bind("city", CITY_COMMISSION);
    spec = t.creditCode() == null
        ? spec.bindNull("code", String.class)
        : spec.bind("code", t.creditCode());
    spec = t.checkupId() == null
        ? spec.bindNull("checkup", UUID.class)
        : spec.bind("checkup", t.checkupId());
    spec = t.note() == null ? spec.bindNull("note", String.class) : spec.bind("note", t.note());
    return spec.then();
  }

  Mono<Training> find(UUID id) {
    return db.sql("select * from compliance.training_requests where id = :id")
        .bind("id", id)
        .map(Trainings::training)
        .one();
  }

  /** At most {@code n} of the account's requests, newest first, older than {@code before} (null: the newest). */
  Flux<Training> ofAccount(
      UUID accountId, cn.xiangyang.portal.system.KeysetPage.@Nullable Cursor before, int n) {
    var spec = db.sql("select * from compliance.training_requests where account_id = :a"
            + (before == null ? "" : " and (created_at, id) < (:at, :id)")
            + " order by created_at desc, id desc limit :n")
        .bind("a", accountId)
        .bind("n", n);
    if (before != null) {
      spec = spec.bind("at", before.instant("before")).bind("id", before.id());
    }
    return spec.map(Trainings::training).all();
  }

  /** The request when the commission's staff may see it: it was sent to the commission or its registry lists the company. */
  Mono<Training> findFor(UUID id, String commission) {
    return db.sql(
            "select t.* from compliance.training_requests t where t.id = :id and " + VISIBLE_TO)
        .bind("id", id)
        .bind("commission", commission)
        .map(Trainings::training)
        .one();
  }

  /** The requests the commission's staff see, open ones first, newest first within. */
  Flux<Training> ofCommission(String commission, @Nullable String status) {
    String where = " where " + VISIBLE_TO + (status == null ? "" : " and t.status = :s");
    var spec = db.sql(
            "select t.* from compliance.training_requests t" + where
                + " order by case t.status when 'REQUESTED' then 0 when 'SCHEDULED' then 1 else 2 end, t.created_at desc limit 500")
        .bind("commission", commission);
    return (status == null ? spec : spec.bind("s", status))
        .map(Trainings::training)
        .all();
  }

  Flux<Training> ofEnterprise(String creditCode) {
    return db.sql(
            "select * from compliance.training_requests where credit_code = :c order by created_at")
        .bind("c", creditCode)
        .map(Trainings::training)
        .all();
  }

  Mono<Long> schedule(
      UUID id, LocalDate on, String location, @Nullable String trainer, Instant now) {
    var spec = db.sql("""
            update compliance.training_requests set status = 'SCHEDULED', scheduled_on = :on, location = :loc, trainer = :trainer, updated_at = :now
             where id = :id and status in ('REQUESTED', 'SCHEDULED')""").bind("id", id).bind("on", on).bind("loc", location).bind("now", now);
    return (trainer == null
            ? spec.bindNull("trainer", String.class)
            : spec.bind("trainer", trainer))
        .fetch()
        .rowsUpdated();
  }

  Mono<Long> recordAttendance(UUID id, int attended, Instant now) {
    return db.sql(
            "update compliance.training_requests set status = 'DONE', attended = :n, updated_at = :now where id = :id and status in ('SCHEDULED', 'DONE')")
        .bind("id", id)
        .bind("n", attended)
        .bind("now", now)
        .fetch()
        .rowsUpdated();
  }

  static String statusLabel(String status) {
    return switch (status) {
      case "REQUESTED" -> "待安排";
      case "SCHEDULED" -> "已安排";
      case "DONE" -> "已完成";
      default -> "已取消";
    };
  }

  private static Training training(Readable r) {
    String status = required(r, "status", String.class);
    String[] topics = r.get("topics", String[].class);
    LocalDate[] dates = r.get("preferred_dates", LocalDate[].class);
    return new Training(
        required(r, "id", UUID.class),
        required(r, "company_name", String.class),
        r.get("credit_code", String.class),
        r.get("checkup_id", UUID.class),
        topics == null ? List.of() : Arrays.asList(topics),
        required(r, "headcount", Integer.class),
        dates == null ? List.of() : Arrays.asList(dates),
        required(r, "contact_name", String.class),
        required(r, "contact_phone", String.class),
        r.get("note", String.class),
        status,
        statusLabel(status),
        r.get("scheduled_on", LocalDate.class),
        r.get("location", String.class),
        r.get("trainer", String.class),
        r.get("attended", Integer.class),
        required(r, "commission_id", String.class),
        required(r, "created_at", Instant.class));
  }
}
