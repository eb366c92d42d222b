package cn.xiangyang.portal.ui.filing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The bodies of the backend's filing, cases and inbox API, as records. Fields the backend adds later are
 * ignored; every field of the application may be empty in a draft.
 */
public final class FilingApi {

  private FilingApi() {}

  /** The application (申请书) as the worker fills it in; sent whole with every save. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Application(
      @Nullable String procedure,
      @Nullable Applicant applicant,
      @Nullable List<Respondent> respondents,
      @Nullable Employment employment,
      @Nullable List<Claim> claims,
      @Nullable String factsAndReasons,
      @Nullable String evidenceNotes,
      @Nullable LocalDate knewOn,
      @Nullable Boolean migrantWorker,
      @Nullable List<Witness> witnesses,
      @Nullable LocalDate interruptedOn)
      implements Serializable {

    public static Application empty() {
      return new Application(null, null, null, null, null, null, null, null, null, null, null);
    }

    public List<Witness> witnessesOrEmpty() {
      return witnesses == null ? List.of() : witnesses;
    }

    public List<Respondent> respondentsOrEmpty() {
      return respondents == null ? List.of() : respondents;
    }

    public List<Claim> claimsOrEmpty() {
      return claims == null ? List.of() : claims;
    }
  }

  /** 证人: name, 住所 and what the witness can tell. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Witness(
      @Nullable String name,
      @Nullable String address,
      @Nullable String proves) implements Serializable {}

  /** 性别 and 年龄 from the ID number, shown for confirmation. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Identity(String gender, LocalDate birthDate, int age) implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Applicant(
      @Nullable String address,
      @Nullable String gender,
      @Nullable String occupation,
      @Nullable String contactPhone)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Respondent(
      @Nullable String name,
      @Nullable String creditCode,
      @Nullable String address,
      @Nullable String legalRepresentative,
      @Nullable String legalRepresentativeTitle,
      @Nullable String areaCode,
      @Nullable String phone)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Employment(
      @Nullable LocalDate startDate,
      @Nullable LocalDate endDate,
      @Nullable String job,
      @Nullable BigDecimal monthlyWage,
      @Nullable Boolean writtenContract,
      @Nullable String workAreaCode,
      @Nullable String workplace,
      @Nullable Boolean stillEmployed,
      @Nullable Boolean retiredWithPension,
      @Nullable String employerKind)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Claim(
      @Nullable String type,
      @Nullable BigDecimal amount,
      @Nullable LocalDate periodFrom,
      @Nullable LocalDate periodTo,
      @Nullable String description,
      @Nullable LocalDate knewOn)
      implements Serializable {}

  /** Who the account says the applicant is (masked numbers). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Person(
      String name,
      @Nullable String idNumberMasked,
      @Nullable String phoneMasked) implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Evidence(
      UUID id,
      @Nullable String party,
      String fileName,
      @Nullable String mediaType,
      long sizeBytes,
      @Nullable String description,
      @Nullable Instant uploadedAt,
      @Nullable String source,
      @Nullable String proves)
      implements Serializable {}

  /** A draft (or a filed application) as its author edits it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Filing(
      UUID id,
      String status,
      @Nullable String statusLabel,
      @Nullable String caseNumber,
      @Nullable Person applicant,
      @Nullable Application application,
      @Nullable List<Evidence> evidence,
      @Nullable List<String> correctionItems,
      @Nullable Identity identity,
      @Nullable List<AllowedAction> allowedActions,
      @Nullable String applicationNumber)
      implements Serializable {

    /** True while the author can still edit and submit it (the backend's transition table says so). */
    public boolean editable() {
      return allowedActions != null
          && allowedActions.stream().anyMatch(a -> a.allowed() && "SUBMIT".equals(a.action()));
    }

    public Application applicationOrEmpty() {
      return application == null ? Application.empty() : application;
    }

    public List<Evidence> evidenceOrEmpty() {
      return evidence == null ? List.of() : evidence;
    }
  }

  /** The rule applied: {@code lawId} names a law of the knowledge base, or a rule that is not in it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Citation(String law, int article, @Nullable String lawId) implements Serializable {

    public String text() {
      return "《" + law + "》第" + article + "条";
    }
  }

  /** One result of the checks: OK, WARNING, PROBLEM or INFO. Advice, never a refusal. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Check(
      String code,
      String outcome,
      String title,
      String explanation,
      @Nullable Citation citation) implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Checks(List<Check> checks) implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Commission(String id, String name) implements Serializable {}

  /** The answer to a submission (回执). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Receipt(
      UUID caseId,
      @Nullable String caseNumber,
      String status,
      @Nullable String statusLabel,
      @Nullable Commission commission,
      @Nullable Instant submittedAt,
      @Nullable LocalDate acceptanceDue,
      @Nullable String message,
      @Nullable List<Check> checks,
      @Nullable String applicationPdf,
      @Nullable String applicationNumber)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Area(
      String code,
      String name,
      @Nullable String kind,
      @Nullable String commissionId) implements Serializable {}

  /**
   * A deadline ahead (or passed): urgency ON_TRACK, NEAR or OVERDUE, or NOT_STARTED with no date yet
   * ({@code pending} says why, e.g. 未送达); {@code note} is what the reader can do now.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Deadline(
      String code,
      String title,
      @Nullable LocalDate due,
      @Nullable Long daysLeft,
      String urgency,
      @Nullable Citation citation,
      @Nullable List<Citation> citations,
      @Nullable String pending,
      @Nullable String explanation,
      @Nullable String note)
      implements Serializable {

    public List<Citation> citationsOrEmpty() {
      return citations != null ? citations : citation != null ? List.of(citation) : List.of();
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Event(
      Instant at, String kind, String title, @Nullable String detail) implements Serializable {}

  /**
   * A document addressed to the viewer; {@code service} says how and when it was served on them, {@code services}
   * the same per side (both sides it is addressed to, for staff).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Document(
      UUID id,
      String kind,
      String title,
      @Nullable String body,
      Instant issuedAt,
      @Nullable String addressee,
      @Nullable String service,
      @Nullable List<Service> services)
      implements Serializable {

    public List<Service> servicesOrEmpty() {
      return services == null ? List.of() : services;
    }
  }

  /** How a document reached one side: method ELECTRONIC, PAPER or NONE (not yet served), and the same in words. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Service(
      String party,
      String method,
      @Nullable LocalDate servedOn,
      @Nullable Instant servedAt,
      String text)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  /** A hearing; {@code place} is where its 开庭通知书 said it is held (building, floor, room), null for older notices. */
  public record Hearing(
      UUID id,
      String room,
      Instant startsAt,
      @Nullable LocalDate noticedOn,
      @Nullable String place) implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Defence(
      @Nullable String creditCode,
      boolean declined,
      @Nullable String statement,
      @Nullable Instant submittedAt,
      @Nullable List<ClaimAnswer> claims)
      implements Serializable {

    public List<ClaimAnswer> claimsOrEmpty() {
      return claims == null ? List.of() : claims;
    }
  }

  /** The respondent's answer to one claim ({@code claimId} = its number in the application, from 1). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ClaimAnswer(
      int claimId,
      @Nullable String claimLabel,
      @Nullable BigDecimal claimedAmount,
      String position,
      @Nullable String positionLabel,
      @Nullable String reason,
      @Nullable BigDecimal disputedAmount,
      @Nullable String text)
      implements Serializable {}

  /** One action the viewer could take on a case now, or the backend's reason why not. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record AllowedAction(
      String action,
      @Nullable String label,
      boolean allowed,
      @Nullable String reason) implements Serializable {}

  /** A case as a party or a staff member sees it; {@code role} is APPLICANT, RESPONDENT or STAFF. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Case(
      UUID id,
      @Nullable String caseNumber,
      String status,
      @Nullable String statusLabel,
      @Nullable String role,
      @Nullable String procedure,
      @Nullable Commission commission,
      @Nullable Person applicant,
      @Nullable Application application,
      @Nullable Instant submittedAt,
      @Nullable Instant acceptedAt,
      @Nullable Instant closedAt,
      @Nullable UUID assignedTo,
      boolean awardExtended,
      @Nullable LocalDate servedOn,
      @Nullable String extensionRequestReason,
      @Nullable List<String> correctionItems,
      @Nullable String rejectionReason,
      @Nullable String outcomeSummary,
      @Nullable Boolean finalAward,
      @Nullable List<Deadline> deadlines,
      @Nullable List<Event> timeline,
      @Nullable List<Document> documents,
      @Nullable List<Hearing> hearings,
      @Nullable List<Evidence> evidence,
      @Nullable List<Defence> defences,
      @Nullable List<AllowedAction> allowedActions,
      @Nullable String assignedToName,
      @Nullable String applicationNumber)
      implements Serializable {

    public List<AllowedAction> allowedActionsOrEmpty() {
      return allowedActions == null ? List.of() : allowedActions;
    }

    /** True when the backend's transition table allows this action to the viewer now. */
    public boolean allows(String action) {
      return allowedActionsOrEmpty().stream()
          .anyMatch(a -> a.allowed() && action.equals(a.action()));
    }

    public List<Deadline> deadlinesOrEmpty() {
      return deadlines == null ? List.of() : deadlines;
    }

    public List<Event> timelineOrEmpty() {
      return timeline == null ? List.of() : timeline;
    }

    public List<Document> documentsOrEmpty() {
      return documents == null ? List.of() : documents;
    }

    public List<Hearing> hearingsOrEmpty() {
      return hearings == null ? List.of() : hearings;
    }

    public List<Defence> defencesOrEmpty() {
      return defences == null ? List.of() : defences;
    }

    public List<Evidence> evidenceOrEmpty() {
      return evidence == null ? List.of() : evidence;
    }

    /** True for a draft: the backend's transition table still lets the applicant submit it. */
    public boolean isDraft() {
      return allows("SUBMIT");
    }

    /** The deadline due first among those not yet passed, else the first passed one. */
    public @Nullable Deadline nextDeadline() {
      List<Deadline> all = new ArrayList<>(deadlinesOrEmpty());
      all.removeIf(d -> d.due() == null);
      all.sort(java.util.Comparator.comparing(Deadline::due));
      return all.stream()
          .filter(d -> d.daysLeft() != null && d.daysLeft() >= 0)
          .findFirst()
          .orElse(all.isEmpty() ? null : all.getFirst());
    }
  }

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
