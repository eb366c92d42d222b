package cn.xiangyang.portal.legaldata.internal;

import static cn.xiangyang.portal.system.Rows.required;

import cn.xiangyang.portal.calculators.EntitlementFigures;
import cn.xiangyang.portal.commissions.Commissions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The entitlement calculators' figures, read from the local figures tables that this module owns and
 * administrators maintain; the calculators module sees only its {@link EntitlementFigures} interface.
 */
@Component
class EntitlementFigureTables implements EntitlementFigures {

  /** The city whose average wage caps economic compensation (劳动合同法 第四十七条第二款: 设区的市). */
  static final String CITY = "襄阳市";

  private final DatabaseClient db;
  private final Commissions commissions;

  EntitlementFigureTables(DatabaseClient db, Commissions commissions) {
    this.db = db;
    this.commissions = commissions;
  }

  @Override
  public Mono<List<Area>> areas() {
    return commissions
        .directory()
        .map(d -> d.areas().stream().map(a -> new Area(a.code(), a.name())).toList());
  }

  /** The row of the standard in force, before its tiers are read. */
  private record Found(
      long id,
      LocalDate effective,
      String source,
      boolean verified,
      String code,
      String name,
      @Nullable Integer tier) {}

  @Override
  public Mono<MinimumWageStandard> minimumWage(String areaCode, LocalDate on) {
    return commissions
        .directory()
        .flatMap(d -> Mono.justOrEmpty(d.area(areaCode)))
        .flatMap(area -> db.sql("""
            select s.id, s.effective, s.source, s.verified, la.tier
              from local_minimum_wage s
              left join local_minimum_wage_areas la on la.standard_id = s.id and la.area_code = :area
             where s.effective is not null and s.effective <= :on
             order by s.effective desc
             limit 1""")
            .bind("area", area.code())
            .bind("on", on)
            .map(row -> new Found(
                required(row, "id", Long.class),
                required(row, "effective", LocalDate.class),
                required(row, "source", String.class),
                Boolean.TRUE.equals(row.get("verified", Boolean.class)),
                area.code(),
                area.name(),
                row.get("tier", Integer.class)))
            .one())
        .flatMap(found -> db.sql(
                "select tier, monthly, hourly from local_minimum_wage_tiers where standard_id = :id order by tier")
            .bind("id", found.id())
            .map(r -> new Tier(
                required(r, "tier", Integer.class),
                required(r, "monthly", BigDecimal.class),
                r.get("hourly", BigDecimal.class)))
            .all()
            .collectList()
            .filter(tiers -> !tiers.isEmpty())
            .map(tiers -> new MinimumWageStandard(
                found.code(),
                found.name(),
                found.effective(),
                found.source(),
                found.verified(),
                tiers,
                found.tier())));
  }

  @Override
  public Mono<AverageWage> averageWage(LocalDate on) {
    return db.sql("""
            select area, year, monthly, effective, source, verified from local_average_wage
             where area = :city and year is not null and monthly is not null and year < :year
               and (effective is null or effective <= :on)
             order by year desc limit 1""")
        .bind("city", CITY)
        .bind("year", on.getYear())
        .bind("on", on)
        .map(r -> new AverageWage(
            required(r, "area", String.class),
            required(r, "year", Integer.class),
            required(r, "monthly", BigDecimal.class),
            r.get("effective", LocalDate.class),
            java.util.Objects.requireNonNullElse(r.get("source", String.class), "未注明来源"),
            Boolean.TRUE.equals(r.get("verified", Boolean.class))))
        .one();
  }
}
