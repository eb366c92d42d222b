package cn.xiangyang.portal.ui.staff;

import cn.xiangyang.portal.ui.filing.FilingApi.Case;
import cn.xiangyang.portal.ui.filing.FilingApi.Deadline;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The backend's staff case API: the commission's queue, a case, its audit trail and the actions on it.
 * Throws {@link BackendProblem} when the backend refuses (e.g. 409 for a hearing with under 5 days'
 * notice, with the earliest allowed date in its detail) and {@link BackendUnavailable} when it cannot answer.
 */
@Component
public class StaffClient {

  private static final MediaType[] JSON = {
    MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON
  };

  /** One line of the queue, with its deadline flags (NEAR or OVERDUE deadlines). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record QueueItem(
      UUID id,
      @Nullable String caseNumber,
      String status,
      @Nullable String statusLabel,
      @Nullable String procedure,
      @Nullable String applicantName,
      @Nullable List<String> respondentNames,
      @Nullable Instant submittedAt,
      @Nullable LocalDate acceptanceDue,
      @Nullable LocalDate defenceDue,
      @Nullable LocalDate awardDue,
      @Nullable UUID assignedTo,
      @Nullable List<Deadline> flags,
      @Nullable List<Deadline> deadlines,
      @Nullable String applicationNumber)
      implements Serializable {

    public List<Deadline> flagsOrEmpty() {
      return flags == null ? List.of() : flags;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  /**
   * One line of the audit trail; {@code actionLabel} and {@code actorLabel} are the backend's Chinese words
   * for it, {@code why} the reason a deadline changed (such as 因反申请，审理期限自…重新计算), when one did.
   */
  public record AuditEntry(
      Instant occurredAt,
      @Nullable UUID actorId,
      @Nullable String actorName,
      @Nullable String actorKind,
      String action,
      @Nullable Object detail,
      @Nullable String actionLabel,
      @Nullable String actorLabel,
      @Nullable String why)
      implements Serializable {}

  /** A commission a case can be transferred to (移送管辖). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Commission(String id, String name) implements Serializable {}

  /** Every commission of the city, in the backend's order; empty when it cannot be asked. */
  public List<Commission> commissions() {
    try {
      List<Commission> all = backend
          .get()
          .uri("/api/v1/commissions")
          .accept(JSON)
          .retrieve()
          .body(new ParameterizedTypeReference<List<Commission>>() {});
      return all == null ? List.of() : all;
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  private final RestClient backend;

  StaffClient(RestClient backend) {
    this.backend = backend;
  }

  public List<QueueItem> queue(String token, @Nullable String statuses) {
    List<QueueItem> items = backend
        .get()
        .uri(b -> statuses == null || statuses.isBlank()
            ? b.path("/api/v1/staff/cases").build()
            : b.path("/api/v1/staff/cases").queryParam("status", statuses).build())
        .headers(h -> h.setBearerAuth(token))
        .accept(JSON)
        .retrieve()
        .body(new ParameterizedTypeReference<List<QueueItem>>() {});
    return items == null ? List.of() : items;
  }

  public Case caseOf(String token, UUID id) {
    return Objects.requireNonNull(backend
        .get()
        .uri("/api/v1/staff/cases/{id}", id)
        .headers(h -> h.setBearerAuth(token))
        .accept(JSON)
        .retrieve()
        .body(Case.class));
  }

  /** A colleague the case can be assigned to. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Assignee(
      UUID id, String name, @Nullable String role, @Nullable String roleLabel)
      implements Serializable {}

  /** The case's commission's mediators and arbitrators, to pick the one to assign. */
  public List<Assignee> assignees(String token, UUID id) {
    List<Assignee> all = backend
        .get()
        .uri("/api/v1/staff/cases/{id}/assignees", id)
        .headers(h -> h.setBearerAuth(token))
        .accept(JSON)
        .retrieve()
        .body(new ParameterizedTypeReference<List<Assignee>>() {});
    return all == null ? List.of() : all;
  }

  public List<AuditEntry> audit(String token, UUID id) {
    List<AuditEntry> entries = backend
        .get()
        .uri("/api/v1/staff/cases/{id}/audit", id)
        .headers(h -> h.setBearerAuth(token))
        .accept(JSON)
        .retrieve()
        .body(new ParameterizedTypeReference<List<AuditEntry>>() {});
    return entries == null ? List.of() : entries;
  }

  /**
   * The earliest lawful hearing day for a notice given {@code today}, as the backend's procedural-deadline
   * calculator counts it (开庭五日前通知, working days on the legal calendar); {@code null} when it cannot
   * be asked, in which case the backend still refuses a hearing on too short a notice.
   */
  public java.time.@Nullable LocalDate earliestHearingDay(java.time.LocalDate today) {
    try {
      Map<?, ?> answer = backend
          .post()
          .uri("/api/v1/calculators/procedural-deadline")
          .contentType(MediaType.APPLICATION_JSON)
          .accept(JSON)
          .body(Map.of("step", "HEARING_NOTICE", "from", today.toString()))
          .retrieve()
          .body(Map.class);
      Object lastDay = answer == null ? null : answer.get("lastDay");
      return lastDay == null ? null : java.time.LocalDate.parse(lastDay.toString());
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Runs one action ({@code accept}, {@code reject}, {@code request-correction}, {@code assign},
   * {@code mediation}, {@code arbitration}, {@code hearings}, {@code extension}, {@code award},
   * {@code close}) with its body and returns the case as it is now.
   */
  /** Records the day {@code party} (APPLICANT or RESPONDENT) signed for the paper copy of a document; the case as it is now. */
  public Case recordDocumentService(
      String token,
      UUID id,
      UUID documentId,
      String party,
      java.time.@Nullable LocalDate servedOn) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("party", party);
    if (servedOn != null) {
      body.put("servedOn", servedOn.toString());
    }
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/staff/cases/{id}/documents/{documentId}/service", id, documentId)
        .headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(JSON)
        .body(body)
        .retrieve()
        .body(Case.class));
  }

  public Case act(String token, UUID id, String action, Map<String, ?> body) {
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/staff/cases/{id}/{action}", id, action)
        .headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(JSON)
        .body(body)
        .retrieve()
        .body(Case.class));
  }
}
