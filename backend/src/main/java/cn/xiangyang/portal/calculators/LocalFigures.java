package cn.xiangyang.portal.calculators;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/** The local figures (maintained data, with sources) that the legal rules need. */
public interface LocalFigures {

  /**
   * The monthly minimum wage in force in an area of Xiangyang on a date. When the area's tier is not
   * known the lowest tier's amount is returned with {@code tierKnown = false}; empty when no standard
   * with a known effective date is in force on that date or the area is unknown.
   */
  Mono<AreaMinimumWage> minimumWage(String areaCode, LocalDate on);

  /**
   * @param areaCode the area (table areas)
   * @param areaName its Chinese name
   * @param effective the standard's effective date
   * @param source the document that set it
   * @param verified whether the standard was confirmed from the official text
   * @param tier the area's tier; null when unknown
   * @param monthly the monthly amount of that tier, or of the lowest tier when unknown
   * @param tierKnown false when {@code monthly} is the conservative lowest-tier amount
   */
  record AreaMinimumWage(
      String areaCode,
      String areaName,
      LocalDate effective,
      String source,
      boolean verified,
      @Nullable Integer tier,
      BigDecimal monthly,
      boolean tierKnown) {}
}
