package cn.xiangyang.portal.calculators.internal;

import cn.xiangyang.portal.calculators.EntitlementFigures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The entitlement calculators' figures, read from the local figures tables (maintained by administrators). */
@Component
class EntitlementFigureTables implements EntitlementFigures {

  /** The city whose average wage caps economic compensation (劳动合同法 第四十七条第二款: 设区的市). */
  static final String CITY = "襄阳市";

  private final DatabaseClient db;
  // The area list changes only with a migration; read it once per minute at most.
  private final Mono<List<Area>> areas;

  EntitlementFigureTables(DatabaseClient db) {
    this.db = db;
    this.areas =
        db.sql("select code, name from areas order by sort_order")
            .map(r -> new Area(r.get("code", String.class), r.get("name", String.class)))
            .all()
            .collectList()
            .cache(list -> Duration.ofMinutes(1), e -> Duration.ZERO, () -> Duration.ZERO);
  }

  @Override
  public Mono<List<Area>> areas() {
    return areas;
  }

  /** The row of the standard in force, before its tiers are read. */
  private record Found(long id, LocalDate effective, String source, boolean verified, String code, String name, @Nullable Integer tier) {}

  @Override
  public Mono<MinimumWageStandard> minimumWage(String areaCode, LocalDate on) {
    return db.sql(
            """
            select s.id, s.effective, s.source, s.verified, a.code, a.name, la.tier
              from local_minimum_wage s
              join areas a on a.code = :area
              left join local_minimum_wage_areas la on la.standard_id = s.id and la.area_code = a.code
             where s.effective is not null and s.effective <= :on
             order by s.effective desc
             limit 1""")
        .bind("area", areaCode)
        .bind("on", on)
        .map(
            row ->
                new Found(
                    row.get("id", Long.class),
                    row.get("effective", LocalDate.class),
                    row.get("source", String.class),
                    Boolean.TRUE.equals(row.get("verified", Boolean.class)),
                    row.get("code", String.class),
                    row.get("name", String.class),
                    row.get("tier", Integer.class)))
        .one()
        .flatMap(
            found ->
                db.sql("select tier, monthly, hourly from local_minimum_wage_tiers where standard_id = :id order by tier")
                    .bind("id", found.id())
                    .map(r -> new Tier(r.get("tier", Integer.class), r.get("monthly", BigDecimal.class), r.get("hourly", BigDecimal.class)))
                    .all()
                    .collectList()
                    .filter(tiers -> !tiers.isEmpty())
                    .map(tiers -> new MinimumWageStandard(found.code(), found.name(), found.effective(), found.source(), found.verified(), tiers, found.tier())));
  }

  @Override
  public Mono<AverageWage> averageWage(LocalDate on) {
    return db.sql(
            """
            select area, year, monthly, effective, source, verified from local_average_wage
             where area = :city and year is not null and monthly is not null and year < :year
               and (effective is null or effective <= :on)
             order by year desc limit 1""")
        .bind("city", CITY)
        .bind("year", on.getYear())
        .bind("on", on)
        .map(
            r ->
                new AverageWage(
                    r.get("area", String.class),
                    r.get("year", Integer.class),
                    r.get("monthly", BigDecimal.class),
                    r.get("effective", LocalDate.class),
                    r.get("source", String.class) == null ? "未注明来源" : r.get("source", String.class),
                    Boolean.TRUE.equals(r.get("verified", Boolean.class))))
        .one();
  }
}
