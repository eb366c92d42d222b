package cn.xiangyang.portal.ui.compliance;

import cn.xiangyang.portal.ui.compliance.ComplianceApi.AreaResult;
import cn.xiangyang.portal.ui.compliance.ComplianceApi.Draft;
import cn.xiangyang.portal.ui.compliance.ComplianceApi.EnterpriseBody;
import cn.xiangyang.portal.ui.compliance.ComplianceApi.EnterpriseView;
import cn.xiangyang.portal.ui.compliance.ComplianceApi.QuestionnaireView;
import cn.xiangyang.portal.ui.compliance.ComplianceApi.Report;
import cn.xiangyang.portal.ui.compliance.ComplianceApi.Summary;
import cn.xiangyang.portal.ui.compliance.ComplianceApi.Training;
import cn.xiangyang.portal.ui.compliance.ComplianceApi.TrainingRequest;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The backend's check-up API. Calls with a token carry it from the server side; a null token is an
 * anonymous check-up. Every method throws {@link BackendProblem} when the backend refuses (4xx, with its
 * Chinese detail) and {@link BackendUnavailable} when it cannot answer.
 */
@Component
public class ComplianceClient {

  private static final MediaType[] JSON = {
    MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON
  };

  private final RestClient backend;
  private volatile @Nullable QuestionnaireView questionnaire;

  ComplianceClient(RestClient backend) {
    this.backend = backend;
  }

  /** The questionnaire; kept after the first successful read (it changes only with a new backend release). */
  QuestionnaireView questionnaire() {
    QuestionnaireView q = questionnaire;
    if (q == null) {
      q = Objects.requireNonNull(backend
          .get()
          .uri("/api/v1/compliance/questionnaire")
          .accept(JSON)
          .retrieve()
          .body(QuestionnaireView.class));
      questionnaire = q;
    }
    return q;
  }

  Report checkup(@Nullable String token, Map<String, Object> answers, boolean save, boolean share) {
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/compliance/checkups")
        .headers(h -> auth(h, token))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(JSON)
        .body(new ComplianceApi.CheckupRequest(answers, save, share))
        .retrieve()
        .body(Report.class));
  }

  Report report(String token, UUID id) {
    return Objects.requireNonNull(backend
        .get()
        .uri("/api/v1/compliance/checkups/{id}", id)
        .headers(h -> auth(h, token))
        .accept(JSON)
        .retrieve()
        .body(Report.class));
  }

  List<Summary> mine(String token) {
    // the newest 200 (the list's largest page); older ones are not shown on this page
    List<Summary> list = backend
        .get()
        .uri("/api/v1/compliance/checkups?limit=200")
        .headers(h -> auth(h, token))
        .accept(JSON)
        .retrieve()
        .body(new ParameterizedTypeReference<List<Summary>>() {});
    return list == null ? List.of() : list;
  }

  byte[] pdf(String token, UUID id) {
    return Objects.requireNonNull(backend
        .get()
        .uri("/api/v1/compliance/checkups/{id}/report.pdf", id)
        .headers(h -> auth(h, token))
        .accept(MediaType.APPLICATION_PDF, MediaType.APPLICATION_PROBLEM_JSON)
        .retrieve()
        .body(byte[].class));
  }

  /** The PDF of answers that were not saved; the backend stores nothing. */
  byte[] unsavedPdf(@Nullable String token, Map<String, Object> answers) {
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/compliance/checkups/report.pdf")
        .headers(h -> auth(h, token))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(MediaType.APPLICATION_PDF, MediaType.APPLICATION_PROBLEM_JSON)
        .body(new ComplianceApi.CheckupRequest(answers, false, false))
        .retrieve()
        .body(byte[].class));
  }

  /** The JFreeChart chart of risk by area, drawn by the backend. */
  byte[] chart(List<AreaResult> areas) {
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/compliance/risk-chart")
        .contentType(MediaType.APPLICATION_JSON)
        .accept(MediaType.IMAGE_PNG, MediaType.APPLICATION_PROBLEM_JSON)
        .body(new ComplianceApi.ChartRequest(areas))
        .retrieve()
        .body(byte[].class));
  }

  Optional<Draft> draft(String token) {
    ResponseEntity<Draft> response = backend
        .get()
        .uri("/api/v1/compliance/draft")
        .headers(h -> auth(h, token))
        .accept(JSON)
        .retrieve()
        .toEntity(Draft.class);
    return Optional.ofNullable(response.getBody());
  }

  void saveDraft(String token, Map<String, Object> answers, int step) {
    backend
        .put()
        .uri("/api/v1/compliance/draft")
        .headers(h -> auth(h, token))
        .contentType(MediaType.APPLICATION_JSON)
        .body(new ComplianceApi.DraftBody(answers, step))
        .retrieve()
        .toBodilessEntity();
  }

  Training requestTraining(String token, TrainingRequest request, String idempotencyKey) {
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/compliance/training-requests")
        .headers(h -> auth(h, token).set("Idempotency-Key", idempotencyKey))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(JSON)
        .body(request)
        .retrieve()
        .body(Training.class));
  }

  List<Training> myTrainings(String token) {
    List<Training> list = backend
        .get()
        .uri("/api/v1/compliance/training-requests?limit=200")
        .headers(h -> auth(h, token))
        .accept(JSON)
        .retrieve()
        .body(new ParameterizedTypeReference<List<Training>>() {});
    return list == null ? List.of() : list;
  }

  List<Training> staffTrainings(String token) {
    List<Training> list = backend
        .get()
        .uri("/api/v1/staff/compliance/training-requests")
        .headers(h -> auth(h, token))
        .accept(JSON)
        .retrieve()
        .body(new ParameterizedTypeReference<List<Training>>() {});
    return list == null ? List.of() : list;
  }

  Training schedule(String token, UUID id, ComplianceApi.Schedule schedule) {
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/staff/compliance/training-requests/{id}/schedule", id)
        .headers(h -> auth(h, token))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(JSON)
        .body(schedule)
        .retrieve()
        .body(Training.class));
  }

  Training attendance(String token, UUID id, ComplianceApi.Attendance attendance) {
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/staff/compliance/training-requests/{id}/attendance", id)
        .headers(h -> auth(h, token))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(JSON)
        .body(attendance)
        .retrieve()
        .body(Training.class));
  }

  List<EnterpriseView> enterprises(String token) {
    List<EnterpriseView> list = backend
        .get()
        .uri("/api/v1/staff/enterprises")
        .headers(h -> auth(h, token))
        .accept(JSON)
        .retrieve()
        .body(new ParameterizedTypeReference<List<EnterpriseView>>() {});
    return list == null ? List.of() : list;
  }

  EnterpriseView addEnterprise(String token, EnterpriseBody body) {
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/staff/enterprises")
        .headers(h -> auth(h, token))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(JSON)
        .body(body)
        .retrieve()
        .body(EnterpriseView.class));
  }

  byte[] enterprisesCsv(String token) {
    return Objects.requireNonNull(backend
        .get()
        .uri("/api/v1/staff/enterprises/export.csv")
        .headers(h -> auth(h, token))
        .accept(MediaType.parseMediaType("text/csv"), MediaType.APPLICATION_PROBLEM_JSON)
        .retrieve()
        .body(byte[].class));
  }

  private static HttpHeaders auth(HttpHeaders headers, @Nullable String token) {
    if (token != null) {
      headers.setBearerAuth(token);
    }
    return headers;
  }
}
