package cn.xiangyang.portal.ui.knowledge;

import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The backend's local figures: the public minimum wage standards and average wages, and their maintenance
 * by administrators. Throws {@link BackendProblem} when the backend refuses (400 with field errors, 401/403
 * for a login that is not an administrator's, 404 for an unknown standard or area) and
 * {@link BackendUnavailable} when it cannot answer.
 */
@Component
public class LocalFiguresClient {

  private final RestClient backend;

  LocalFiguresClient(RestClient backend) {
    this.backend = backend;
  }

  public Figures figures() {
    return Objects.requireNonNull(
        backend
            .get()
            .uri("/api/v1/local-figures")
            .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
            .retrieve()
            .body(Figures.class),
        "empty figures body");
  }

  /** Creates or replaces the minimum wage standard in force from {@code effective}. */
  public Standard putStandard(String token, LocalDate effective, StandardInput input) {
    return put(
        token,
        Standard.class,
        "/api/v1/staff/local-figures/minimum-wage/{effective}",
        input,
        effective);
  }

  /** Sets (or, with {@code tier} null, clears) the tier of one area in the standard of {@code effective}. */
  public Standard putAreaTier(
      String token, LocalDate effective, String areaCode, @Nullable Integer tier) {
    return put(
        token,
        Standard.class,
        "/api/v1/staff/local-figures/minimum-wage/{effective}/areas/{code}",
        new AreaTierInput(tier),
        effective,
        areaCode);
  }

  /** Creates or replaces the local average wage of {@code year}. */
  public AverageWage putAverageWage(String token, int year, AverageWageInput input) {
    return put(
        token, AverageWage.class, "/api/v1/staff/local-figures/average-wage/{year}", input, year);
  }

  private <T> T put(String token, Class<T> type, String uri, Object body, Object... variables) {
    return Objects.requireNonNull(
        backend
            .put()
            .uri(uri, variables)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON)
            .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
            .body(body)
            .retrieve()
            .body(type),
        "empty figures body");
  }

  /** Every minimum wage standard (newest first) and the average wages. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Figures(List<Standard> minimumWage, List<AverageWage> averageWage) {
    public Figures {
      minimumWage = minimumWage == null ? List.of() : minimumWage;
      averageWage = averageWage == null ? List.of() : averageWage;
    }

    /** The standard in force on {@code day}: the one with the latest effective date not after it. */
    public Optional<Standard> inForceOn(LocalDate day) {
      return minimumWage.stream()
          .filter(s -> s.effective() != null && !s.effective().isAfter(day))
          .max(Comparator.comparing(Standard::effective));
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Standard(
      long id,
      @Nullable LocalDate effective,
      String source,
      boolean verified,
      @Nullable String note,
      List<Tier> tiers,
      List<AreaTier> areas) {
    public Standard {
      tiers = tiers == null ? List.of() : tiers;
      areas = areas == null ? List.of() : areas;
    }

    public Optional<Tier> tier(@Nullable Integer number) {
      return number == null
          ? Optional.empty()
          : tiers.stream().filter(t -> t.tier() == number).findFirst();
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Tier(int tier, BigDecimal monthly, @Nullable BigDecimal hourly) {}

  /** An area and its tier in one standard; {@code tier} null means not known (not yet verified). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record AreaTier(
      String areaCode, String areaName, @Nullable Integer tier) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record AverageWage(
      String area,
      @Nullable Integer year,
      @Nullable BigDecimal monthly,
      @Nullable BigDecimal annual,
      @Nullable LocalDate effective,
      @Nullable String source,
      boolean verified,
      @Nullable String note) {}

  public record TierInput(
      @Nullable Integer tier,
      @Nullable BigDecimal monthly,
      @Nullable BigDecimal hourly) {}

  /** A whole standard; {@code areas} maps area code to tier (null: not known). */
  public record StandardInput(
      String source,
      boolean verified,
      @Nullable String note,
      List<TierInput> tiers,
      Map<String, @Nullable Integer> areas) {}

  public record AreaTierInput(@Nullable Integer tier) {}

  public record AverageWageInput(
      String area,
      @Nullable BigDecimal monthly,
      @Nullable BigDecimal annual,
      @Nullable LocalDate effective,
      String source,
      boolean verified,
      @Nullable String note) {}
}
