package cn.xiangyang.portal.compliance.internal;

import static cn.xiangyang.portal.system.Rows.required;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The served-enterprise registry (服务企业名册) as stored, one list per commission. */
@Component
class Enterprises {

  private final DatabaseClient db;

  Enterprises(DatabaseClient db) {
    this.db = db;
  }

  /** An enterprise of the registry. */
  record Enterprise(
      UUID id,
      String commissionId,
      String creditCode,
      String name,
      @Nullable String areaCode,
      @Nullable String industry,
      @Nullable Integer headcount,
      @Nullable String contactName,
      @Nullable String contactPhone,
      @Nullable String assignedName,
      @Nullable String assignedRole,
      @Nullable String note,
      Instant createdAt,
      Instant updatedAt) {}

  /** Inserts or, for a credit code the commission already has, updates; 0 rows never happen. */
  Mono<Enterprise> upsert(Enterprise e) {
    var spec = db.sql("""
            insert into compliance.enterprises (id, commission_id, credit_code, name, area_code, industry, headcount, contact_name, contact_phone,
                assigned_name, assigned_role, note, created_at, updated_at)
            values (:id, :commission, :code, :name, :area, :industry, :headcount, :contact, :phone, :assigned, :role, :note, :now, :now)
            on conflict (commission_id, credit_code) do update set name = excluded.name, area_code = excluded.area_code, industry = excluded.industry,
                headcount = excluded.headcount, contact_name = excluded.contact_name, contact_phone = excluded.contact_phone,
                assigned_name = excluded.assigned_name, assigned_role = excluded.assigned_role, note = excluded.note, updated_at = excluded.updated_at
            returning *""")
        .bind("id", e.id())
        .bind("commission", e.commissionId())
        .bind("code", e.creditCode())
        .bind("name", e.name())
        .bind("now", e.updatedAt());
    spec = nullable(spec, "area", e.areaCode());
    spec = nullable(spec, "industry", e.industry());
    spec = e.headcount() == null
        ? spec.bindNull("headcount", Integer.class)
        : spec.bind("headcount", e.headcount());
    spec = nullable(spec, "contact", e.contactName());
    spec = nullable(spec, "phone", e.contactPhone());
    spec = nullable(spec, "assigned", e.assignedName());
    spec = nullable(spec, "role", e.assignedRole());
    spec = nullable(spec, "note", e.note());
    return spec.map(Enterprises::enterprise).one();
  }

  private static DatabaseClient.GenericExecuteSpec nullable(
      DatabaseClient.GenericExecuteSpec spec, String name, @Nullable String value) {
    return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
  }

  Flux<Enterprise> ofCommission(String commissionId) {
    return db.sql("select * from compliance.enterprises where commission_id = :c order by name")
        .bind("c", commissionId)
        .map(Enterprises::enterprise)
        .all();
  }

  Mono<Enterprise> find(UUID id) {
    return db.sql("select * from compliance.enterprises where id = :id")
        .bind("id", id)
        .map(Enterprises::enterprise)
        .one();
  }

  private static Enterprise enterprise(Readable r) {
    return new Enterprise(
        required(r, "id", UUID.class),
        required(r, "commission_id", String.class),
        required(r, "credit_code", String.class),
        required(r, "name", String.class),
        r.get("area_code", String.class),
        r.get("industry", String.class),
        r.get("headcount", Integer.class),
        r.get("contact_name", String.class),
        r.get("contact_phone", String.class),
        r.get("assigned_name", String.class),
        r.get("assigned_role", String.class),
        r.get("note", String.class),
        required(r, "created_at", Instant.class),
        required(r, "updated_at", Instant.class));
  }
}
