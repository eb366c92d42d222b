package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.calculators.Citation;
import cn.xiangyang.portal.calculators.Deadlines;
import cn.xiangyang.portal.filing.CaseAction;
import cn.xiangyang.portal.filing.CaseStatus;
import cn.xiangyang.portal.filing.Party;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Response bodies of the filing API. */
final class Views {

  private Views() {}

  /**
   * A draft (or a filed application) as its author edits it.
   *
   * @param caseNumber the 案号, given when the commission accepts the case; null before
   * @param applicationNumber the 申请编号 of the receipt; null for a draft
   */
  record FilingView(
      UUID id,
      CaseStatus status,
      String statusLabel,
      @Nullable String caseNumber,
      @Nullable String applicationNumber,
      CaseRecord.Applicant applicant,
      ApplicationForm application,
      List<EvidenceView> evidence,
      @Nullable List<String> correctionItems,
      Instant createdAt,
      Instant updatedAt,
      @Nullable IdentityView identity,
      List<ActionView> allowedActions) {}

  /**
   * One thing the viewer could do with the case now, from the transition table: allowed, or not with
   * the reason in Chinese. Clients render their buttons from this list.
   */
  record ActionView(
      CaseAction action,
      String label,
      boolean allowed,
      @Nullable String reason) {}

  /**
   * 性别 and 年龄 as the applicant's ID number gives them, shown for confirmation (they are printed on
   * the application, 劳动争议调解仲裁法 第二十八条).
   */
  record IdentityView(String gender, LocalDate birthDate, int age) {}

  /** One piece of evidence: the file, and for the 证据清单 its description, source (来源) and what it proves (证明内容). */
  record EvidenceView(
      UUID id,
      String party,
      String fileName,
      String mediaType,
      long sizeBytes,
      @Nullable String description,
      Instant uploadedAt,
      @Nullable String source,
      @Nullable String proves) {}

  /**
   * The answer to a submission (回执).
   *
   * @param caseNumber the 案号: null until the commission accepts the case (立案), which gives it
   * @param applicationNumber the 申请编号, given at submission, to quote when asking about the application
   */
  record Receipt(
      UUID caseId,
      @Nullable String caseNumber,
      String applicationNumber,
      CaseStatus status,
      String statusLabel,
      Commission commission,
      Instant submittedAt,
      LocalDate acceptanceDue,
      String message,
      List<CheckResult> checks,
      String applicationPdf) {}

  record Commission(String id, String name) {}

  /**
   * A deadline ahead (or passed), with the rules that set it and how it was counted.
   *
   * @param due the last day; null while the period has not begun ({@code urgency} NOT_STARTED)
   * @param daysLeft days from today to {@code due}, negative when past; null with {@code due}
   * @param pending what stands in for the date while the period has not begun (未送达)
   * @param citation the main rule (kept for older clients); {@code citations} has all of them
   * @param explanation how the day was counted, in Chinese
   * @param note what the viewer can do now, e.g. when the commission is overdue; null when nothing
   */
  record DeadlineView(
      String code,
      String title,
      @Nullable LocalDate due,
      @Nullable Long daysLeft,
      Deadlines.Urgency urgency,
      Citation citation,
      List<Citation> citations,
      @Nullable String pending,
      @Nullable String explanation,
      @Nullable String note) {}

  /**
   * A document of the case, shown only to its addressee (staff see all).
   *
   * @param addressee APPLICANT, RESPONDENTS or BOTH
   * @param service how and when it was served on the viewer, in words; null for staff
   * @param services its service on each side it is addressed to (the viewer's own side only, for a party)
   */
  record DocumentView(
      UUID id,
      String kind,
      String title,
      String body,
      Instant issuedAt,
      String addressee,
      @Nullable String service,
      List<ServiceView> services) {}

  /**
   * How a document reached one side (送达).
   *
   * @param party APPLICANT or RESPONDENT
   * @param method ELECTRONIC (opened in the inbox after consenting: {@code servedAt} is the service time), PAPER (signed for
   *     on {@code servedOn}, as staff recorded), or NONE while not yet served
   * @param text the same in words for the reader: the party itself, or staff
   */
  record ServiceView(
      String party,
      String method,
      @Nullable LocalDate servedOn,
      @Nullable Instant servedAt,
      String text) {}

  /** A hearing; {@code place} is where the 开庭通知书 said it is held (building, floor, room), null for older notices. */
  record HearingView(
      UUID id,
      String room,
      Instant startsAt,
      LocalDate noticedOn,
      @Nullable String place) {}

  /** The respondent's defence: the overall statement and the answer to each claim, in the claims' order. */
  record DefenceView(
      String creditCode,
      boolean declined,
      @Nullable String statement,
      Instant submittedAt,
      List<ClaimAnswerView> claims) {}

  /**
   * The answer to one claim, with the claim it answers.
   *
   * @param claimId the claim's number in the application (1 = the first)
   * @param position AGREE, DISAGREE or PARTLY; {@code positionLabel} in Chinese
   * @param disputedAmount the sum the respondent disputes; null when it agrees or the claim has no sum
   */
  record ClaimAnswerView(
      int claimId,
      @Nullable String claimType,
      @Nullable String claimLabel,
      java.math.@Nullable BigDecimal claimedAmount,
      String position,
      String positionLabel,
      @Nullable String reason,
      java.math.@Nullable BigDecimal disputedAmount,
      String text) {}

  /**
   * A case as a party or a staff member sees it.
   *
   * @param caseNumber the 案号, given on acceptance; null before
   * @param applicationNumber the 申请编号 of the receipt
   * @param role how the caller relates to the case
   * @param servedOn the recorded day the respondent received the application copy; null = 未送达
   * @param serviceMethod PAPER (recorded by staff) or ELECTRONIC (read receipt, with consent)
   * @param extensionRequestReason shown to staff only: why an extension of the award deadline was asked
   * @param allowedActions what the caller can do with the case now, and why not
   */
  record CaseView(
      UUID id,
      @Nullable String caseNumber,
      @Nullable String applicationNumber,
      CaseStatus status,
      String statusLabel,
      Party role,
      String procedure,
      @Nullable Commission commission,
      CaseRecord.Applicant applicant,
      ApplicationForm application,
      @Nullable Instant submittedAt,
      @Nullable Instant acceptedAt,
      @Nullable Instant servedAt,
      @Nullable LocalDate servedOn,
      @Nullable String serviceMethod,
      @Nullable Instant closedAt,
      @Nullable UUID assignedTo,
      boolean awardExtended,
      @Nullable Instant extensionRequestedAt,
      @Nullable String extensionRequestReason,
      @Nullable List<String> correctionItems,
      @Nullable String rejectionReason,
      @Nullable String outcomeSummary,
      @Nullable Boolean finalAward,
      List<DeadlineView> deadlines,
      List<Filings.Event> timeline,
      List<DocumentView> documents,
      List<HearingView> hearings,
      List<EvidenceView> evidence,
      List<DefenceView> defences,
      List<ActionView> allowedActions,
      @Nullable String assignedToName) {}

  /** A colleague a case can be assigned to: a mediator or arbitrator of the case's commission. */
  record Assignee(UUID id, String name, String role, String roleLabel) {}

  /** One line of a commission's queue, with its deadline flags; {@code caseNumber} is null until acceptance. */
  record QueueItem(
      UUID id,
      @Nullable String caseNumber,
      @Nullable String applicationNumber,
      CaseStatus status,
      String statusLabel,
      String procedure,
      String applicantName,
      List<String> respondentNames,
      @Nullable Instant submittedAt,
      @Nullable LocalDate acceptanceDue,
      @Nullable LocalDate defenceDue,
      @Nullable LocalDate awardDue,
      @Nullable UUID assignedTo,
      List<DeadlineView> flags,
      List<DeadlineView> deadlines) {}
}
