package cn.xiangyang.portal.legaldata.internal;

import static cn.xiangyang.portal.system.Rows.required;

import cn.xiangyang.portal.audit.AuditTrail;
import cn.xiangyang.portal.calculators.EntitlementFigures;
import cn.xiangyang.portal.calculators.LocalFigures;
import cn.xiangyang.portal.commissions.Area;
import cn.xiangyang.portal.commissions.Commissions;
import cn.xiangyang.portal.commissions.Directory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The stored minimum wage standards and average wages. */
@Component
class LocalFiguresStore implements LocalFigures {

  private final DatabaseClient db;
  private final TransactionalOperator tx;
  private final Commissions commissions;
  private final AuditTrail auditTrail;
  private final EntitlementFigureTables figureTables;

  LocalFiguresStore(
      DatabaseClient db,
      TransactionalOperator tx,
      Commissions commissions,
      AuditTrail auditTrail,
      EntitlementFigureTables figureTables) {
    this.db = db;
    this.tx = tx;
    this.commissions = commissions;
    this.auditTrail = auditTrail;
    this.figureTables = figureTables;
  }

  record Tier(int tier, BigDecimal monthly, @Nullable BigDecimal hourly) {}

  record AreaTier(
      String areaCode, String areaName, @Nullable Integer tier) {}

  record Standard(
      long id,
      @Nullable LocalDate effective,
      String source,
      boolean verified,
      @Nullable String note,
      List<Tier> tiers,
      List<AreaTier> areas) {}

  record AverageWage(
      String area,
      @Nullable Integer year,
      @Nullable BigDecimal monthly,
      @Nullable BigDecimal annual,
      @Nullable LocalDate effective,
      @Nullable String source,
      boolean verified,
      @Nullable String note) {}

  /**
   * The standard in force for an area on a day, as the figures API shows it: the area's tier when known,
   * else the lowest tier. One query for both APIs: the calculators' {@link EntitlementFigureTables#minimumWage}.
   */
  @Override
  public Mono<AreaMinimumWage> minimumWage(String areaCode, LocalDate on) {
    return figureTables.minimumWage(areaCode, on).map(s -> {
      var known = s.known();
      EntitlementFigures.Tier shown = known.orElse(s.lowest());
      return new AreaMinimumWage(
          s.areaCode(),
          s.areaName(),
          s.effective(),
          s.source(),
          s.verified(),
          known.isPresent() ? shown.tier() : null,
          shown.monthly(),
          known.isPresent());
    });
  }

  private record StoredTier(
      long standardId, String areaCode, @Nullable Integer tier) {}

  /** Each standard's area tiers, in the areas' published order (areas unknown to the directory are left out). */
  private static Map<Long, List<AreaTier>> byStandardInAreaOrder(
      List<StoredTier> rows, Directory d) {
    Map<Long, List<AreaTier>> map = new LinkedHashMap<>();
    rows.stream()
        .sorted(Comparator.comparingLong(StoredTier::standardId))
        .forEach(t -> map.computeIfAbsent(t.standardId(), k -> new ArrayList<>()));
    for (Area a : d.areas()) {
      for (StoredTier t : rows) {
        if (t.areaCode().equals(a.code())) {
          map.computeIfAbsent(t.standardId(), k -> new ArrayList<>())
              .add(new AreaTier(a.code(), a.name(), t.tier()));
        }
      }
    }
    return map;
  }

  Flux<Standard> standards() {
    Mono<Map<Long, List<Tier>>> tiers = db.sql(
            "select standard_id, tier, monthly, hourly from local_minimum_wage_tiers order by standard_id, tier")
        .map(r -> Map.entry(
            r.get("standard_id", Long.class),
            new Tier(
                required(r, "tier", Integer.class),
                required(r, "monthly", BigDecimal.class),
                r.get("hourly", BigDecimal.class))))
        .all()
        .collect(
            LinkedHashMap::new,
            (m, e) -> m.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    Mono<Map<Long, List<AreaTier>>> areas = commissions
        .directory()
        .flatMap(d -> db.sql("select standard_id, area_code, tier from local_minimum_wage_areas")
            .map(r -> new StoredTier(
                required(r, "standard_id", Long.class),
                required(r, "area_code", String.class),
                r.get("tier", Integer.class)))
            .all()
            .collectList()
            .map(rows -> byStandardInAreaOrder(rows, d)));
    return Mono.zip(tiers, areas)
        .flatMapMany(both -> db.sql(
                "select id, effective, source, verified, note from local_minimum_wage order by effective desc nulls last, id")
            .map(r -> {
              long id = required(r, "id", Long.class);
              return new Standard(
                  id,
                  r.get("effective", LocalDate.class),
                  required(r, "source", String.class),
                  Boolean.TRUE.equals(r.get("verified", Boolean.class)),
                  r.get("note", String.class),
                  both.getT1().getOrDefault(id, List.of()),
                  both.getT2().getOrDefault(id, List.of()));
            })
            .all());
  }

  Flux<AverageWage> averageWages() {
    return db.sql(
            "select area, year, monthly, annual, effective, source, verified, note from local_average_wage order by year desc nulls last, id")
        .map(r -> new AverageWage(
            required(r, "area", String.class),
            r.get("year", Integer.class),
            r.get("monthly", BigDecimal.class),
            r.get("annual", BigDecimal.class),
            r.get("effective", LocalDate.class),
            r.get("source", String.class),
            Boolean.TRUE.equals(r.get("verified", Boolean.class)),
            r.get("note", String.class)))
        .all();
  }

  /** Creates or replaces the standard effective on {@code effective}, with its tiers and area tiers. */
  Mono<Void> putStandard(
      LocalDate effective,
      String source,
      boolean verified,
      @Nullable String note,
      List<Tier> tiers,
      Map<String, @Nullable Integer> areas,
      UUID actor,
      Instant now) {
    Mono<Void> work = db.sql("""
                insert into local_minimum_wage (effective, source, verified, note) values (:effective, :source, :verified, :note)
                on conflict (effective) where effective is not null
                do update set source = excluded.source, verified = excluded.verified, note = excluded.note
                returning id""")
        .bind("effective", effective)
        .bind("source", source)
        .bind("verified", verified)
        .bind("note", note == null ? "" : note)
        .map(r -> required(r, "id", Long.class))
        .one()
        .flatMap(id -> db.sql("delete from local_minimum_wage_tiers where standard_id = :id")
            .bind("id", id)
            .then()
            .thenMany(Flux.fromIterable(tiers).concatMap(t -> {
              var spec = db.sql(
                      "insert into local_minimum_wage_tiers (standard_id, tier, monthly, hourly) values (:id, :tier, :monthly, :hourly)")
                  .bind("id", id)
                  .bind("tier", t.tier())
                  .bind("monthly", t.monthly());
              spec = t.hourly() == null
                  ? spec.bindNull("hourly", BigDecimal.class)
                  : spec.bind("hourly", t.hourly());
              return spec.then();
            }))
            .then(commissions
                .directory()
                .flatMap(d -> db.sql("""
                                                insert into local_minimum_wage_areas (standard_id, area_code, tier)
                                                select :id, code, null from unnest(:codes::text[]) as code on conflict do nothing""")
                    .bind("id", id)
                    .bind("codes", d.areas().stream().map(Area::code).toArray(String[]::new))
                    .then()))
            .thenMany(Flux.fromIterable(areas.entrySet())
                .concatMap(e -> setTier(id, e.getKey(), e.getValue())))
            .then(audit(
                actor,
                now,
                "local-figures.minimum-wage.put",
                "minimum-wage:" + effective,
                Map.of("tiers", tiers.size()))));
    return tx.transactional(work);
  }

  /** Sets an area's tier in the standard effective on {@code effective}; false when there is no such standard. */
  Mono<Boolean> putAreaTier(
      LocalDate effective, String areaCode, @Nullable Integer tier, UUID actor, Instant now) {
    return tx.transactional(db.sql("select id from local_minimum_wage where effective = :effective")
        .bind("effective", effective)
        .map(r -> required(r, "id", Long.class))
        .one()
        .flatMap(id -> setTier(id, areaCode, tier)
            .then(audit(
                actor,
                now,
                "local-figures.area-tier.put",
                "minimum-wage:" + effective + ":" + areaCode,
                java.util.Collections.singletonMap("tier", tier)))
            .thenReturn(true))
        .defaultIfEmpty(false));
  }

  /** Creates or replaces the average wage of an area for a year. */
  Mono<AverageWage> putAverageWage(AverageWage w, UUID actor, Instant now) {
    var spec = db.sql("""
                insert into local_average_wage (area, year, monthly, annual, effective, source, verified, note)
                values (:area, :year, :monthly, :annual, :effective, :source, :verified, :note)
                on conflict (area, year) where year is not null
                do update set monthly = excluded.monthly, annual = excluded.annual, effective = excluded.effective,
                              source = excluded.source, verified = excluded.verified, note = excluded.note""").bind("area", w.area()).bind("verified", w.verified());
    spec = w.year() == null ? spec.bindNull("year", Integer.class) : spec.bind("year", w.year());
    spec = w.source() == null
        ? spec.bindNull("source", String.class)
        : spec.bind("source", w.source());
    spec = w.monthly() == null
        ? spec.bindNull("monthly", BigDecimal.class)
        : spec.bind("monthly", w.monthly());
    spec = w.annual() == null
        ? spec.bindNull("annual", BigDecimal.class)
        : spec.bind("annual", w.annual());
    spec = w.effective() == null
        ? spec.bindNull("effective", LocalDate.class)
        : spec.bind("effective", w.effective());
    spec = w.note() == null ? spec.bindNull("note", String.class) : spec.bind("note", w.note());
    return tx.transactional(spec.then()
            .then(audit(
                actor,
                now,
                "local-figures.average-wage.put",
                "average-wage:" + w.area() + ":" + w.year(),
                Map.of())))
        .thenReturn(w);
  }

  Mono<Boolean> tierExists(LocalDate effective, int tier) {
    return db.sql(
            "select 1 from local_minimum_wage_tiers t join local_minimum_wage s on s.id = t.standard_id where s.effective = :e and t.tier = :t")
        .bind("e", effective)
        .bind("t", tier)
        .map(r -> true)
        .one()
        .defaultIfEmpty(false);
  }

  Mono<Boolean> areaExists(String code) {
    return commissions.directory().map(d -> d.area(code).isPresent());
  }

  private Mono<Void> setTier(long standardId, String areaCode, @Nullable Integer tier) {
    var spec = db.sql("""
                insert into local_minimum_wage_areas (standard_id, area_code, tier) values (:id, :area, :tier)
                on conflict (standard_id, area_code) do update set tier = excluded.tier""").bind("id", standardId).bind("area", areaCode);
    return (tier == null ? spec.bindNull("tier", Integer.class) : spec.bind("tier", tier)).then();
  }

  private Mono<Void> audit(
      UUID actor, Instant now, String action, String subject, Map<String, ?> detail) {
    return auditTrail.record(now, actor, action, subject, detail);
  }
}
