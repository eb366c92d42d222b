package cn.xiangyang.portal.calculators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The local figures the entitlement calculators read: the minimum wage standard with all its tiers (so
 * that an area of unknown tier gets a range, never a guess) and the local average monthly wage.
 */
public interface EntitlementFigures {

  /**
   * The minimum wage standard in force on {@code on} (the newest with a known effective date not after
   * it), with the tier of {@code areaCode} when that area is known and its tier recorded; empty when no
   * standard with a known date is in force then or the area code does not exist.
   */
  Mono<MinimumWageStandard> minimumWage(String areaCode, LocalDate on);

  /**
   * The local (襄阳市) average monthly wage of the year before {@code on} (劳动合同法 第四十七条第二款:
   * 上年度职工月平均工资), or of the newest earlier year recorded; empty while no value is recorded.
   */
  Mono<AverageWage> averageWage(LocalDate on);

  /** The areas of Xiangyang in their usual order. */
  Mono<List<Area>> areas();

  /**
   * @param code the area code, e.g. fancheng
   * @param name its Chinese name, e.g. 樊城区
   */
  record Area(String code, String name) {}

  /**
   * @param tier the tier number
   * @param monthly the monthly standard
   * @param hourly the hourly standard for part-time work; null when not recorded
   */
  record Tier(int tier, BigDecimal monthly, @Nullable BigDecimal hourly) {}

  /**
   * @param areaCode the area asked about
   * @param areaName its Chinese name
   * @param effective the standard's effective date
   * @param source the document that set it
   * @param verified whether the standard was confirmed from the official text
   * @param tiers every tier of the standard
   * @param areaTier the area's tier; null when not known
   */
  record MinimumWageStandard(
      String areaCode,
      String areaName,
      LocalDate effective,
      String source,
      boolean verified,
      List<Tier> tiers,
      @Nullable Integer areaTier) {

    public MinimumWageStandard {
      tiers = List.copyOf(tiers);
    }

    /** The area's tier, when it is known and exists in this standard. */
    public Optional<Tier> known() {
      return tiers.stream()
          .filter(t -> areaTier != null && t.tier() == areaTier)
          .findFirst();
    }

    /** The tier with the lowest monthly amount. */
    public Tier lowest() {
      return tiers.stream().min(Comparator.comparing(Tier::monthly)).orElseThrow();
    }

    /** The tier with the highest monthly amount. */
    public Tier highest() {
      return tiers.stream().max(Comparator.comparing(Tier::monthly)).orElseThrow();
    }
  }

  /**
   * @param area the area, e.g. 襄阳市
   * @param year the statistical year
   * @param monthly the average monthly wage
   * @param effective when it was published or took effect; null when not known
   * @param source the document that published it
   * @param verified whether it was confirmed from the official text
   */
  record AverageWage(
      String area,
      int year,
      BigDecimal monthly,
      @Nullable LocalDate effective,
      String source,
      boolean verified) {}
}
