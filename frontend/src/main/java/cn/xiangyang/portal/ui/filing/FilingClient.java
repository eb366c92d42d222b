package cn.xiangyang.portal.ui.filing;

import cn.xiangyang.portal.ui.api.FilingApplicationForm;
import cn.xiangyang.portal.ui.api.FilingCaseView;
import cn.xiangyang.portal.ui.api.FilingCheckResult;
import cn.xiangyang.portal.ui.api.FilingChecks;
import cn.xiangyang.portal.ui.api.FilingEvidenceView;
import cn.xiangyang.portal.ui.api.FilingFilingView;
import cn.xiangyang.portal.ui.api.FilingReceipt;
import cn.xiangyang.portal.ui.filing.FilingApi.Area;
import cn.xiangyang.portal.ui.filing.FilingApi.Consent;
import cn.xiangyang.portal.ui.filing.FilingApi.ConsentRequest;
import cn.xiangyang.portal.ui.filing.FilingApi.DefenceRequest;
import cn.xiangyang.portal.ui.filing.FilingApi.LawSummary;
import cn.xiangyang.portal.ui.filing.FilingApi.Message;
import cn.xiangyang.portal.ui.filing.FilingApi.WithdrawalNotice;
import cn.xiangyang.portal.ui.filing.FilingApi.WithdrawalRequest;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The backend's filing, cases and inbox API for workers and employers. Every call carries the user's
 * token, which stays on the server. Every method throws {@link BackendProblem} when the backend refuses
 * (4xx, with its Chinese problem detail) and {@link BackendUnavailable} when it cannot answer.
 */
@Component
public class FilingClient {

  private static final MediaType[] JSON = {
    MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON
  };

  private final RestClient backend;
  private volatile @Nullable Set<String> lawIds;

  FilingClient(RestClient backend) {
    this.backend = backend;
  }

  /** Starts a draft; a retry with the same key returns the same draft. */
  public FilingFilingView create(
      String token, FilingApplicationForm application, String idempotencyKey) {
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/filings")
        .headers(h -> auth(h, token).set("Idempotency-Key", idempotencyKey))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(JSON)
        .body(application)
        .retrieve()
        .body(FilingFilingView.class));
  }

  /** Saves the whole application of a draft. */
  public FilingFilingView save(String token, UUID id, FilingApplicationForm application) {
    return Objects.requireNonNull(backend
        .put()
        .uri("/api/v1/filings/{id}", id)
        .headers(h -> auth(h, token))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(JSON)
        .body(application)
        .retrieve()
        .body(FilingFilingView.class));
  }

  public FilingFilingView get(String token, UUID id) {
    return Objects.requireNonNull(backend
        .get()
        .uri("/api/v1/filings/{id}", id)
        .headers(h -> auth(h, token))
        .accept(JSON)
        .retrieve()
        .body(FilingFilingView.class));
  }

  public List<FilingCheckResult> checks(String token, UUID id) {
    FilingChecks checks = backend
        .post()
        .uri("/api/v1/filings/{id}/checks", id)
        .headers(h -> auth(h, token))
        .accept(JSON)
        .retrieve()
        .body(FilingChecks.class);
    return checks == null ? List.of() : checks.checks();
  }

  /** Files the draft; the same key answers with the same receipt (a double tap files once). */
  public FilingReceipt submit(String token, UUID id, String idempotencyKey) {
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/filings/{id}/submit", id)
        .headers(h -> auth(h, token).set("Idempotency-Key", idempotencyKey))
        .accept(JSON)
        .retrieve()
        .body(FilingReceipt.class));
  }

  /** Streams one evidence file to the backend, which checks its type and size (and refuses in Chinese). */
  public FilingEvidenceView upload(
      String token,
      UUID id,
      String fileName,
      @Nullable String contentType,
      byte[] content,
      @Nullable String description) {
    return upload(token, id, fileName, contentType, content, description, null, null);
  }

  /** Uploads one piece of evidence with its 证据清单 entries: what it is, its source and what it proves. */
  public FilingEvidenceView upload(
      String token,
      UUID id,
      String fileName,
      @Nullable String contentType,
      byte[] content,
      @Nullable String description,
      @Nullable String source,
      @Nullable String proves) {
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/filings/{id}/evidence", id)
        .headers(h -> auth(h, token))
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .accept(JSON)
        .body(parts(fileName, contentType, content, description, source, proves))
        .retrieve()
        .body(FilingEvidenceView.class));
  }

  private static MultiValueMap<String, Object> parts(
      String fileName,
      @Nullable String contentType,
      byte[] content,
      @Nullable String description,
      @Nullable String source,
      @Nullable String proves) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders fileHeaders = new HttpHeaders();
    fileHeaders.setContentType(
        contentType == null || contentType.isBlank()
            ? MediaType.APPLICATION_OCTET_STREAM
            : MediaType.parseMediaType(contentType));
    fileHeaders.setContentDispositionFormData("file", fileName);
    ByteArrayResource file = new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    };
    parts.add("file", new org.springframework.http.HttpEntity<>(file, fileHeaders));
    if (description != null && !description.isBlank()) {
      parts.add("description", description);
    }
    if (source != null && !source.isBlank()) {
      parts.add("source", source);
    }
    if (proves != null && !proves.isBlank()) {
      parts.add("proves", proves);
    }
    return parts;
  }

  public void deleteEvidence(String token, UUID id, UUID evidenceId) {
    backend
        .delete()
        .uri("/api/v1/filings/{id}/evidence/{eid}", id, evidenceId)
        .headers(h -> auth(h, token))
        .retrieve()
        .toBodilessEntity();
  }

  public List<Area> areas() {
    List<Area> areas = backend
        .get()
        .uri("/api/v1/areas")
        .accept(JSON)
        .retrieve()
        .body(new ParameterizedTypeReference<List<Area>>() {});
    return areas == null ? List.of() : areas;
  }

  public List<FilingCaseView> cases(String token) {
    List<FilingCaseView> cases = backend
        .get()
        .uri("/api/v1/cases")
        .headers(h -> auth(h, token))
        .accept(JSON)
        .retrieve()
        .body(new ParameterizedTypeReference<List<FilingCaseView>>() {});
    return cases == null ? List.of() : cases;
  }

  public FilingCaseView caseOf(String token, UUID id) {
    return Objects.requireNonNull(backend
        .get()
        .uri("/api/v1/cases/{id}", id)
        .headers(h -> auth(h, token))
        .accept(JSON)
        .retrieve()
        .body(FilingCaseView.class));
  }

  /** The application PDF, fetched with the user's token (the browser never sees it). */
  public byte[] applicationPdf(String token, UUID caseId) {
    byte[] pdf = backend
        .get()
        .uri("/api/v1/cases/{id}/application.pdf", caseId)
        .headers(h -> auth(h, token))
        .accept(MediaType.APPLICATION_PDF, MediaType.APPLICATION_PROBLEM_JSON)
        .retrieve()
        .body(byte[].class);
    return pdf == null ? new byte[0] : pdf;
  }

  /** One document of the case as a PDF (开庭通知书, 应诉通知书…), for its addressee; fetched with the user's token. */
  public byte[] documentPdf(String token, UUID caseId, UUID documentId) {
    byte[] pdf = backend
        .get()
        .uri("/api/v1/cases/{id}/documents/{d}/notice.pdf", caseId, documentId)
        .headers(h -> auth(h, token))
        .accept(MediaType.APPLICATION_PDF, MediaType.APPLICATION_PROBLEM_JSON)
        .retrieve()
        .body(byte[].class);
    return pdf == null ? new byte[0] : pdf;
  }

  public FilingCaseView defend(String token, UUID caseId, DefenceRequest defence) {
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/cases/{id}/defence", caseId)
        .headers(h -> auth(h, token))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(JSON)
        .body(defence)
        .retrieve()
        .body(FilingCaseView.class));
  }

  /** One evidence file of a case the user may see (a party's own case, or staff's commission's). */
  public byte[] evidence(String token, UUID caseId, UUID evidenceId) {
    byte[] bytes = backend
        .get()
        .uri("/api/v1/cases/{id}/evidence/{eid}", caseId, evidenceId)
        .headers(h -> auth(h, token))
        .accept(MediaType.ALL)
        .retrieve()
        .body(byte[].class);
    return bytes == null ? new byte[0] : bytes;
  }

  /** The respondent's evidence for its answer, with its 证据清单 entries. */
  public FilingEvidenceView uploadDefenceEvidence(
      String token,
      UUID caseId,
      String fileName,
      @Nullable String contentType,
      byte[] content,
      @Nullable String description,
      @Nullable String source,
      @Nullable String proves) {
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/cases/{id}/evidence", caseId)
        .headers(h -> auth(h, token))
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .accept(JSON)
        .body(parts(fileName, contentType, content, description, source, proves))
        .retrieve()
        .body(FilingEvidenceView.class));
  }

  /** Withdraws a filed application (撤回仲裁申请). */
  public FilingFilingView withdraw(String token, UUID id, @Nullable String reason) {
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/filings/{id}/withdraw", id)
        .headers(h -> auth(h, token))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(JSON)
        .body(new WithdrawalRequest(reason))
        .retrieve()
        .body(FilingFilingView.class));
  }

  /** What withdrawing means, as the backend words it (撤回 and the limitation period). */
  public String withdrawalConsequence(String token) {
    WithdrawalNotice notice = backend
        .get()
        .uri("/api/v1/filings/withdrawal-consequence")
        .headers(h -> auth(h, token))
        .accept(JSON)
        .retrieve()
        .body(WithdrawalNotice.class);
    return notice == null ? "" : notice.consequence();
  }

  /** Deletes a draft that was never submitted. */
  public void deleteDraft(String token, UUID id) {
    backend
        .delete()
        .uri("/api/v1/filings/{id}", id)
        .headers(h -> auth(h, token))
        .accept(JSON)
        .retrieve()
        .toBodilessEntity();
  }

  /**
   * One page of the inbox, newest first: the first page without {@code before}, else the messages older than
   * the message whose cursor it is. {@code next} is the cursor of the page after, null on the last page.
   */
  public InboxPage inbox(String token, @Nullable String before) {
    var answer = backend
        .get()
        .uri(u -> before == null
            ? u.path("/api/v1/inbox").build()
            : u.path("/api/v1/inbox").queryParam("before", before).build())
        .headers(h -> auth(h, token))
        .accept(JSON)
        .retrieve()
        .toEntity(new ParameterizedTypeReference<List<Message>>() {});
    List<Message> messages = answer.getBody() == null ? List.of() : answer.getBody();
    String link = answer.getHeaders().getFirst(HttpHeaders.LINK);
    java.util.regex.Matcher next = link == null ? null : NEXT_PAGE.matcher(link);
    return new InboxPage(messages, next != null && next.find() ? next.group(1) : null);
  }

  /** The cursor in the backend's {@code Link: </api/v1/inbox?before=…&limit=…>; rel="next"}. */
  private static final java.util.regex.Pattern NEXT_PAGE =
      java.util.regex.Pattern.compile("[?&]before=([A-Za-z0-9_-]+)[^>]*>;\\s*rel=\"next\"");

  /** A page of the inbox and the cursor of the next one (null when this is the last). */
  public record InboxPage(List<Message> messages, @Nullable String next) {}

  public Message read(String token, UUID messageId) {
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/inbox/{id}/read", messageId)
        .headers(h -> auth(h, token))
        .accept(JSON)
        .retrieve()
        .body(Message.class));
  }

  public Consent consent(String token) {
    return Objects.requireNonNull(backend
        .get()
        .uri("/api/v1/inbox/consent")
        .headers(h -> auth(h, token))
        .accept(JSON)
        .retrieve()
        .body(Consent.class));
  }

  public Consent setConsent(String token, boolean consented) {
    return Objects.requireNonNull(backend
        .put()
        .uri("/api/v1/inbox/consent")
        .headers(h -> auth(h, token))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(JSON)
        .body(new ConsentRequest(consented))
        .retrieve()
        .body(Consent.class));
  }

  /**
   * Whether the knowledge base has the law, so that a citation may link to its page. Unknown when the
   * backend cannot say: then nothing is linked (a dead link is worse than plain text).
   */
  public boolean isKnowledgeBaseLaw(@Nullable String lawId) {
    if (lawId == null || lawId.isBlank()) {
      return false;
    }
    Set<String> known = lawIds;
    if (known == null) {
      try {
        List<LawSummary> laws = backend
            .get()
            .uri("/api/v1/knowledge/laws")
            .accept(JSON)
            .retrieve()
            .body(new ParameterizedTypeReference<List<LawSummary>>() {});
        known = laws == null
            ? Set.of()
            : laws.stream().map(LawSummary::id).collect(Collectors.toUnmodifiableSet());
        lawIds = known;
      } catch (BackendProblem | BackendUnavailable e) {
        return false;
      }
    }
    return known.contains(lawId);
  }

  static HttpHeaders auth(HttpHeaders headers, String token) {
    headers.setBearerAuth(token);
    return headers;
  }
}
