package cn.xiangyang.portal.ui.filing;

import cn.xiangyang.portal.ui.api.CalculatorsCitation;
import cn.xiangyang.portal.ui.api.FilingApplicationForm;
import cn.xiangyang.portal.ui.api.FilingCaseView;
import cn.xiangyang.portal.ui.api.FilingDeadlineView;
import cn.xiangyang.portal.ui.api.FilingFilingView;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the filing, cases and inbox pages need beyond the generated client ({@code cn.xiangyang.portal.ui.api},
 * from docs/api/openapi.json): what the views derive from the backend's bodies, and the bodies not generated
 * yet. Fields the backend adds later are ignored; every field of the application may be empty in a draft.
 */
public final class FilingApi {

  private FilingApi() {}

  /** An application with nothing filled in, as a new draft starts. */
  public static FilingApplicationForm emptyApplication() {
    return new FilingApplicationForm(
        null, null, List.of(), null, List.of(), null, null, null, null, List.of(), null);
  }

  /** True while the author can still edit and submit a filing (the backend's transition table says so). */
  public static boolean editable(FilingFilingView filing) {
    return filing.allowedActions().stream()
        .anyMatch(a -> Boolean.TRUE.equals(a.allowed()) && "SUBMIT".equals(a.action()));
  }

  public static FilingApplicationForm applicationOrEmpty(FilingFilingView filing) {
    return filing.application() == null ? emptyApplication() : filing.application();
  }

  /** The rule applied, in words: 《law》第n条. */
  public static String text(CalculatorsCitation citation) {
    return "《" + citation.law() + "》第" + citation.article() + "条";
  }

  /** A deadline's rules: its citations, or the one citation of an older backend. */
  public static List<CalculatorsCitation> citations(FilingDeadlineView deadline) {
    return !deadline.citations().isEmpty()
        ? deadline.citations()
        : deadline.citation() != null ? List.of(deadline.citation()) : List.of();
  }

  /** True when the backend's transition table allows this action on the case to the viewer now. */
  public static boolean allows(FilingCaseView c, String action) {
    return c.allowedActions().stream()
        .anyMatch(a -> Boolean.TRUE.equals(a.allowed()) && action.equals(a.action()));
  }

  /** True for a draft: the backend's transition table still lets the applicant submit it. */
  public static boolean isDraft(FilingCaseView c) {
    return allows(c, "SUBMIT");
  }

  /** The deadline due first among those not yet passed, else the first passed one. */
  public static @Nullable FilingDeadlineView nextDeadline(FilingCaseView c) {
    List<FilingDeadlineView> all = new ArrayList<>(c.deadlines());
    all.removeIf(d -> d.due() == null);
    all.sort(java.util.Comparator.comparing(FilingDeadlineView::due));
    return all.stream()
        .filter(d -> d.daysLeft() != null && d.daysLeft() >= 0)
        .findFirst()
        .orElse(all.isEmpty() ? null : all.getFirst());
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Area(
      String code,
      String name,
      @Nullable String kind,
      @Nullable String commissionId) implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  /** A message; {@code serviceNote} says how its document was served (电子送达 at the opening time, or 书面送达). */
  public record Message(
      UUID id,
      @Nullable UUID caseId,
      @Nullable UUID documentId,
      String title,
      @Nullable String body,
      Instant createdAt,
      @Nullable Instant readAt,
      @Nullable String service,
      @Nullable String serviceNote)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Consent(
      boolean consented,
      @Nullable Instant changedAt,
      @Nullable String explanation) implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record LawSummary(String id) implements Serializable {}

  /** The defence as sent: declined, or the statement and the answers to the claims. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DefenceRequest(
      boolean declined,
      @Nullable String statement,
      @Nullable List<ClaimAnswerRequest> claims) {

    public DefenceRequest(boolean declined, @Nullable String statement) {
      this(declined, statement, null);
    }
  }

  /** One claim's answer: AGREE, DISAGREE or PARTLY, the reason and the sum disputed. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ClaimAnswerRequest(
      int claimId,
      @Nullable String position,
      @Nullable String reason,
      @Nullable BigDecimal disputedAmount) {}

  public record WithdrawalRequest(@Nullable String reason) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record WithdrawalNotice(String consequence) implements Serializable {}

  public record ConsentRequest(boolean consented) {}
}
