package cn.xiangyang.portal.ui.calculators;

import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The backend's entitlement calculators (no login). Throws {@link BackendProblem} when the backend
 * refuses the inputs (400 with one error per field) and {@link BackendUnavailable} when it cannot answer.
 */
@Component
public class CalculatorsClient {

  private final RestClient backend;

  CalculatorsClient(RestClient backend) {
    this.backend = backend;
  }

  /** Every calculator with its Chinese title and description. */
  public List<Calculator> calculators() {
    List<Calculator> list = backend
        .get()
        .uri("/api/v1/calculators")
        .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
        .retrieve()
        .body(new ParameterizedTypeReference<List<Calculator>>() {});
    return list == null ? List.of() : list;
  }

  /** The areas of Xiangyang (code and name), in their usual order. */
  public List<Area> areas() {
    List<Area> list = backend
        .get()
        .uri("/api/v1/areas")
        .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
        .retrieve()
        .body(new ParameterizedTypeReference<List<Area>>() {});
    return list == null ? List.of() : list;
  }

  /** Runs calculator {@code name} on {@code inputs} (JSON property → value). */
  public Result calculate(String name, Map<String, Object> inputs) {
    return Objects.requireNonNull(
        backend
            .post()
            .uri("/api/v1/calculators/{name}", name)
            .contentType(MediaType.APPLICATION_JSON)
            .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
            .body(inputs)
            .retrieve()
            .body(Result.class),
        "empty calculation body");
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Calculator(
      String name,
      String title,
      String description,
      @Nullable String claimType,
      String page) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Area(String code, String name) {}

  /** A calculation: amount in yuan as a decimal string, and how it was reached. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Result(
      String amount,
      String currency,
      String formula,
      List<String> steps,
      List<String> assumptions,
      List<Citation> citations,
      List<Figure> figuresUsed,
      List<Part> parts,
      List<String> gaps) {
    public Result {
      steps = steps == null ? List.of() : steps;
      assumptions = assumptions == null ? List.of() : assumptions;
      citations = citations == null ? List.of() : citations;
      figuresUsed = figuresUsed == null ? List.of() : figuresUsed;
      parts = parts == null ? List.of() : parts;
      gaps = gaps == null ? List.of() : gaps;
    }
  }

  /** @param url the article in the law library, e.g. {@code /laws/labor-contract-law#第47条} */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Citation(String law, int article, String lawId, String label, String url) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Figure(String name, String value, @Nullable LocalDate effective, String source) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Part(String label, @Nullable String amount, String note) {}
}
