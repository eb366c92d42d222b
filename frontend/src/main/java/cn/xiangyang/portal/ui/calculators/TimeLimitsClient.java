package cn.xiangyang.portal.ui.calculators;

import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The backend's deadline and limitation calculators and the legal calendar. Throws {@link BackendProblem}
 * when the backend refuses (400 with the field to fix, 401/403 for a login that is not an administrator's)
 * and {@link BackendUnavailable} when it cannot answer.
 */
@Component
public class TimeLimitsClient {

  private final RestClient backend;

  TimeLimitsClient(RestClient backend) {
    this.backend = backend;
  }

  public Deadline deadline(String step, LocalDate from) {
    return post(
        "/api/v1/calculators/procedural-deadline", new DeadlineRequest(step, from), Deadline.class);
  }

  public Limitation limitation(LimitationRequest request) {
    return post("/api/v1/calculators/limitation", request, Limitation.class);
  }

  public CalendarYear year(int year) {
    return Objects.requireNonNull(
        backend
            .get()
            .uri("/api/v1/calendar/{year}", year)
            .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
            .retrieve()
            .body(CalendarYear.class),
        "empty calendar body");
  }

  /** Replaces a year (administrators only; audited by the backend). */
  public CalendarYear putYear(String token, int year, YearInput input) {
    return Objects.requireNonNull(
        backend
            .put()
            .uri("/api/v1/staff/calendar/{year}", year)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON)
            .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
            .body(input)
            .retrieve()
            .body(CalendarYear.class),
        "empty calendar body");
  }

  private <T> T post(String uri, Object body, Class<T> type) {
    return Objects.requireNonNull(
        backend
            .post()
            .uri(uri)
            .contentType(MediaType.APPLICATION_JSON)
            .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
            .body(body)
            .retrieve()
            .body(type),
        "empty calculator body");
  }

  public record DeadlineRequest(String step, LocalDate from) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Citation(String law, int article, String lawId, String label) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Deadline(
      String step,
      LocalDate from,
      LocalDate lastDay,
      String dayKind,
      int days,
      boolean rolledOver,
      String explanation,
      List<Citation> citations,
      List<String> warnings) {
    public Deadline {
      citations = citations == null ? List.of() : citations;
      warnings = warnings == null ? List.of() : warnings;
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LimitationRequest(
      String claimType,
      @Nullable LocalDate knewOn,
      @Nullable LocalDate employmentEnded,
      @Nullable Boolean stillEmployed,
      @Nullable LocalDate periodFrom,
      @Nullable LocalDate periodTo,
      @Nullable LocalDate interruptedOn) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Limitation(
      String claimType,
      String status,
      @Nullable LocalDate startsOn,
      @Nullable LocalDate lastDay,
      @Nullable Long daysLeft,
      String explanation,
      List<Citation> citations,
      List<String> warnings) {
    public Limitation {
      citations = citations == null ? List.of() : citations;
      warnings = warnings == null ? List.of() : warnings;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Holiday(String name, LocalDate from, LocalDate to) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CalendarYear(
      int year,
      boolean known,
      boolean verified,
      @Nullable String source,
      @Nullable String url,
      @Nullable String checkedAgainst,
      @Nullable String note,
      List<Holiday> holidays,
      List<LocalDate> workingDays,
      @Nullable String warning,
      @Nullable String basis) {
    public CalendarYear {
      holidays = holidays == null ? List.of() : holidays;
      workingDays = workingDays == null ? List.of() : workingDays;
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record YearInput(
      String source,
      @Nullable String url,
      boolean verified,
      @Nullable String checkedAgainst,
      @Nullable String note,
      List<Holiday> holidays,
      List<LocalDate> workingDays) {}
}
