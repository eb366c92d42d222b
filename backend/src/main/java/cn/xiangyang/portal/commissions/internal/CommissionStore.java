package cn.xiangyang.portal.commissions.internal;

import static cn.xiangyang.portal.system.Rows.required;

import cn.xiangyang.portal.audit.AuditTrail;
import cn.xiangyang.portal.commissions.Area;
import cn.xiangyang.portal.commissions.Commission;
import cn.xiangyang.portal.commissions.CommissionContact;
import cn.xiangyang.portal.commissions.Commissions;
import cn.xiangyang.portal.commissions.Directory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Reads the two reference tables at most once a minute (they change only with a migration or an
 * administrator's contact record): one shared, cached reading instead of a query per request in every
 * module. A failed read is not cached; a recorded contact starts a fresh reading on this backend.
 */
@Component
class CommissionStore implements Commissions {

  private final DatabaseClient db;
  private final AuditTrail audit;
  private final TransactionalOperator tx;
  private final Clock clock;
  private final AtomicReference<Mono<Directory>> directory = new AtomicReference<>();

  CommissionStore(DatabaseClient db, AuditTrail audit, TransactionalOperator tx, Clock clock) {
    this.db = db;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
    directory.set(reading());
  }

  private Mono<Directory> reading() {
    Mono<List<Area>> areas = db.sql(
            "select code, name, kind, commission_id, sort_order from commissions.areas order by sort_order, code")
        .map(r -> new Area(
            required(r, "code", String.class),
            required(r, "name", String.class),
            required(r, "kind", String.class),
            required(r, "commission_id", String.class),
            required(r, "sort_order", Integer.class)))
        .all()
        .collectList();
    Mono<List<Commission>> commissions = db.sql(
            "select id, name, address, phone, hours, contact_source, contact_checked_on, contact_verified from commissions.commissions order by id")
        .map(r -> new Commission(
            required(r, "id", String.class),
            required(r, "name", String.class),
            r.get("address", String.class),
            r.get("phone", String.class),
            r.get("hours", String.class),
            r.get("contact_source", String.class),
            r.get("contact_checked_on", LocalDate.class),
            required(r, "contact_verified", Boolean.class)))
        .all()
        .collectList();
    return Mono.zip(areas, commissions, Directory::new)
        .cache(d -> Duration.ofMinutes(1), e -> Duration.ZERO, () -> Duration.ZERO);
  }

  @Override
  public Mono<Directory> directory() {
    return directory.get();
  }

  @Override
  public Mono<Commission> recordContact(String commissionId, CommissionContact contact, UUID by) {
    Instant now = clock.instant();
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("address", blankToNull(contact.address()));
    detail.put("hours", blankToNull(contact.hours()));
    detail.put("phone", blankToNull(contact.phone()));
    detail.put("source", contact.source().strip());
    detail.put("checkedOn", contact.checkedOn().toString());
    detail.put("verified", contact.verified());
    DatabaseClient.GenericExecuteSpec update = db.sql(
            "update commissions.commissions set address = :address, hours = :hours, phone = :phone, contact_source = :source,"
                + " contact_checked_on = :checkedOn, contact_verified = :verified, contact_updated_at = :now where id = :id")
        .bind("id", commissionId)
        .bind("source", contact.source().strip())
        .bind("checkedOn", contact.checkedOn())
        .bind("verified", contact.verified())
        .bind("now", now);
    update = bindNullable(update, "address", blankToNull(contact.address()));
    update = bindNullable(update, "hours", blankToNull(contact.hours()));
    update = bindNullable(update, "phone", blankToNull(contact.phone()));
    Mono<Long> rows = update.fetch().rowsUpdated();
    return tx.transactional(rows.flatMap(n -> n == 1
            ? audit
                .record(now, by, "commission.contact-recorded", commissionId, detail)
                .thenReturn(true)
            : Mono.just(false)))
        .filter(Boolean::booleanValue)
        .flatMap(ok -> {
          directory.set(reading());
          return directory().flatMap(d -> Mono.justOrEmpty(d.commission(commissionId)));
        });
  }

  private static DatabaseClient.GenericExecuteSpec bindNullable(
      DatabaseClient.GenericExecuteSpec spec, String name, @Nullable String value) {
    return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
