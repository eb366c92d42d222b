package cn.xiangyang.portal.calculators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The seeded Hubei minimum wage standards (V10 migration: 2025-12-01 and 2021-09-01) in memory, for the
 * calculators' unit and property tests; the integration tests read the real tables. The average wage is
 * whatever a test sets (none by default, as in the seeded data).
 */
record FixedFigures(@Nullable BigDecimal averageMonthly) implements EntitlementFigures {

  static final String SOURCE_2025 = "鄂政办发〔2025〕44号";
  static final String SOURCE_2021 = "鄂政办发〔2021〕33号";

  static final List<Area> AREAS = List.of(
      new Area("xiangcheng", "襄城区"),
      new Area("fancheng", "樊城区"),
      new Area("xiangzhou", "襄州区"),
      new Area("zaoyang", "枣阳市"));

  private static final Map<String, Integer> TIERS_2025 = Map.of("xiangcheng", 1, "fancheng", 1);

  static FixedFigures withoutAverageWage() {
    return new FixedFigures(null);
  }

  static FixedFigures withAverageWage(String monthly) {
    return new FixedFigures(new BigDecimal(monthly));
  }

  @Override
  public Mono<List<Area>> areas() {
    return Mono.just(AREAS);
  }

  @Override
  public Mono<MinimumWageStandard> minimumWage(String areaCode, LocalDate on) {
    var area = AREAS.stream().filter(a -> a.code().equals(areaCode)).findFirst();
    if (area.isEmpty() || on.isBefore(LocalDate.of(2021, 9, 1))) {
      return Mono.empty();
    }
    if (on.isBefore(LocalDate.of(2025, 12, 1))) {
      return Mono.just(new MinimumWageStandard(
          areaCode,
          area.get().name(),
          LocalDate.of(2021, 9, 1),
          SOURCE_2021,
          true,
          List.of(
              tier(1, "2010.00", "19.50"),
              tier(2, "1800.00", "18.00"),
              tier(3, "1650.00", "16.50"),
              tier(4, "1520.00", "15.00")),
          null));
    }
    return Mono.just(new MinimumWageStandard(
        areaCode,
        area.get().name(),
        LocalDate.of(2025, 12, 1),
        SOURCE_2025,
        true,
        List.of(
            tier(1, "2400.00", "24.00"), tier(2, "2130.00", "21.50"), tier(3, "1970.00", "20.00")),
        TIERS_2025.get(areaCode)));
  }

  @Override
  public Mono<AverageWage> averageWage(LocalDate on) {
    return averageMonthly == null
        ? Mono.empty()
        : Mono.just(new AverageWage("襄阳市", on.getYear() - 1, averageMonthly, null, "测试数据", false));
  }

  private static Tier tier(int tier, String monthly, String hourly) {
    return new Tier(tier, new BigDecimal(monthly), new BigDecimal(hourly));
  }
}
