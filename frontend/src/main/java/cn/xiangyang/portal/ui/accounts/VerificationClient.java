package cn.xiangyang.portal.ui.accounts;

import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The backend's employer verification API (employer and staff sides) and the administrators' SMS
 * outbox. Every method throws {@link BackendProblem} when the backend refuses (with its Chinese detail)
 * and {@link BackendUnavailable} when it cannot answer.
 */
@Component
public class VerificationClient {

  private static final MediaType[] JSON = {
    MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON
  };

  private final RestClient backend;

  VerificationClient(RestClient backend) {
    this.backend = backend;
  }

  /** An employer's verification as the backend shows it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Status(
      String verification,
      String verificationLabel,
      @Nullable String reason,
      @Nullable List<Document> documents,
      @Nullable List<CaseLink> caseLinks,
      @Nullable String howToVerify) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Document(
      UUID id,
      String kind,
      String kindLabel,
      String fileName,
      String mediaType,
      int sizeBytes,
      Instant uploadedAt) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CaseLink(UUID caseId, String state, Instant linkedAt) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CaseCodeEntered(UUID caseId, String state, String detail) {}

  /** One employer account in the staff queue. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record QueueItem(
      UUID id,
      String companyName,
      String creditCode,
      String contactName,
      String phoneMasked,
      String verification,
      String verificationLabel,
      @Nullable String method,
      @Nullable Instant submittedAt,
      @Nullable List<Document> documents,
      @Nullable List<CaseLink> caseLinks,
      @Nullable List<Report> reports) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Report(UUID id, String reason, Instant reportedAt) {}

  /** One message in the SMS outbox. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SmsMessage(
      String phone,
      String purpose,
      String purposeLabel,
      String code,
      String text,
      Instant sentAt) {}

  public Status status(String token) {
    return Objects.requireNonNull(backend
        .get()
        .uri("/api/v1/accounts/employers/verification")
        .headers(h -> h.setBearerAuth(token))
        .accept(JSON)
        .retrieve()
        .body(Status.class));
  }

  /** Sends the licence and, for an agent, the 授权委托书; the backend checks type and size. */
  public Status submit(
      String token,
      String licenceName,
      byte[] licence,
      @Nullable String authorizationName,
      byte @Nullable [] authorization) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("licence", part("licence", licenceName, licence));
    if (authorizationName != null && authorization != null) {
      parts.add("authorization", part("authorization", authorizationName, authorization));
    }
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/accounts/employers/verification")
        .headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .accept(JSON)
        .body(parts)
        .retrieve()
        .body(Status.class));
  }

  public CaseCodeEntered enterCaseCode(String token, String code) {
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/accounts/employers/case-codes")
        .headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(JSON)
        .body(Map.of("code", code))
        .retrieve()
        .body(CaseCodeEntered.class));
  }

  public List<QueueItem> queue(String token, String state) {
    return Objects.requireNonNull(backend
        .get()
        .uri("/api/v1/staff/employers?state={s}", state)
        .headers(h -> h.setBearerAuth(token))
        .accept(JSON)
        .retrieve()
        .body(new ParameterizedTypeReference<List<QueueItem>>() {}));
  }

  public byte[] document(String token, UUID accountId, UUID documentId) {
    return Objects.requireNonNull(backend
        .get()
        .uri("/api/v1/staff/employers/{a}/documents/{d}", accountId, documentId)
        .headers(h -> h.setBearerAuth(token))
        .retrieve()
        .body(byte[].class));
  }

  /** APPROVE or REJECT (a reason is required to reject). */
  public Status decide(String token, UUID accountId, String decision, @Nullable String reason) {
    Map<String, String> body = reason == null || reason.isBlank()
        ? Map.of("decision", decision)
        : Map.of("decision", decision, "reason", reason.strip());
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/staff/employers/{id}/verification", accountId)
        .headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(JSON)
        .body(body)
        .retrieve()
        .body(Status.class));
  }

  /** A one-use invitation code for a colleague (7 days). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Invitation(String token, Instant expiresAt, String detail) {}

  /** An account that claims the company's credit code. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Colleague(
      UUID id,
      String contactName,
      String phoneMasked,
      String verification,
      String verificationLabel,
      boolean you) {}

  /** The backend's answer to a report or a suspension. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Answer(@Nullable String detail) {}

  public Invitation invite(String token) {
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/accounts/employers/invitations")
        .headers(h -> h.setBearerAuth(token))
        .accept(JSON)
        .retrieve()
        .body(Invitation.class));
  }

  public List<Colleague> colleagues(String token) {
    return Objects.requireNonNull(backend
        .get()
        .uri("/api/v1/accounts/employers/colleagues")
        .headers(h -> h.setBearerAuth(token))
        .accept(JSON)
        .retrieve()
        .body(new ParameterizedTypeReference<List<Colleague>>() {}));
  }

  /** Reports an account claiming the company's credit code; {@code accountId} null reports every other account of the company. */
  public Answer reportImpostor(String token, @Nullable UUID accountId, String reason) {
    Map<String, Object> body = accountId == null
        ? Map.of("reason", reason)
        : Map.of("accountId", accountId, "reason", reason);
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/accounts/employers/impostor-reports")
        .headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(JSON)
        .body(body)
        .retrieve()
        .body(Answer.class));
  }

  /** Staff suspend an impostor account: its sessions end, its answers in cases are voided. */
  public Status suspend(String token, UUID accountId, String reason) {
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/staff/employers/{id}/suspension", accountId)
        .headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(JSON)
        .body(Map.of("reason", reason))
        .retrieve()
        .body(Status.class));
  }

  public List<SmsMessage> outbox(String token, String phone) {
    return Objects.requireNonNull(backend
        .get()
        .uri("/api/v1/staff/sms-outbox?phone={p}", phone)
        .headers(h -> h.setBearerAuth(token))
        .accept(JSON)
        .retrieve()
        .body(new ParameterizedTypeReference<List<SmsMessage>>() {}));
  }

  private static HttpEntity<ByteArrayResource> part(String name, String fileName, byte[] content) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    headers.setContentDispositionFormData(name, fileName);
    return new HttpEntity<>(
        new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return fileName;
          }
        },
        headers);
  }
}
