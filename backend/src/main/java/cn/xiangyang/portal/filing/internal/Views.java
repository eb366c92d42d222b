package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.calculators.Citation;
import cn.xiangyang.portal.calculators.Deadlines;
import cn.xiangyang.portal.filing.CaseStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Response bodies of the filing API. */
final class Views {

  private Views() {}

  /** A draft (or a filed application) as its author edits it. */
  record FilingView(
      UUID id,
      CaseStatus status,
      String statusLabel,
      @Nullable String caseNumber,
      CaseRecord.Applicant applicant,
      ApplicationForm application,
      List<EvidenceView> evidence,
      @Nullable List<String> correctionItems,
      Instant createdAt,
      Instant updatedAt,
      @Nullable IdentityView identity) {}

  /**
   * 性别 and 年龄 as the applicant's ID number gives them, shown for confirmation (they are printed on
   * the application, 劳动争议调解仲裁法 第二十八条).
   */
  record IdentityView(String gender, LocalDate birthDate, int age) {}

  /** One piece of evidence: the file, and for the 证据清单 its description, source (来源) and what it proves (证明内容). */
  record EvidenceView(
      UUID id, String party, String fileName, String mediaType, long sizeBytes, @Nullable String description, Instant uploadedAt,
      @Nullable String source, @Nullable String proves) {}

  /** The answer to a submission (回执). */
  record Receipt(
      UUID caseId,
      String caseNumber,
      CaseStatus status,
      String statusLabel,
      Commission commission,
      Instant submittedAt,
      LocalDate acceptanceDue,
      String message,
      List<CheckResult> checks,
      String applicationPdf) {}

  record Commission(String id, String name) {}

  /** A deadline ahead (or passed), with the rule that sets it. */
  record DeadlineView(String code, String title, LocalDate due, long daysLeft, Deadlines.Urgency urgency, Citation citation) {}

  record DocumentView(UUID id, String kind, String title, String body, Instant issuedAt) {}

  record HearingView(UUID id, String room, Instant startsAt, LocalDate noticedOn) {}

  record DefenceView(String creditCode, boolean declined, @Nullable String statement, Instant submittedAt) {}

  /**
   * A case as a party or a staff member sees it.
   *
   * @param role APPLICANT, RESPONDENT or STAFF: how the caller relates to the case
   */
  record CaseView(
      UUID id,
      @Nullable String caseNumber,
      CaseStatus status,
      String statusLabel,
      String role,
      String procedure,
      @Nullable Commission commission,
      CaseRecord.Applicant applicant,
      ApplicationForm application,
      @Nullable Instant submittedAt,
      @Nullable Instant acceptedAt,
      @Nullable Instant servedAt,
      @Nullable Instant closedAt,
      @Nullable UUID assignedTo,
      boolean awardExtended,
      @Nullable List<String> correctionItems,
      @Nullable String rejectionReason,
      @Nullable String outcomeSummary,
      @Nullable Boolean finalAward,
      List<DeadlineView> deadlines,
      List<Filings.Event> timeline,
      List<DocumentView> documents,
      List<HearingView> hearings,
      List<EvidenceView> evidence,
      List<DefenceView> defences) {}

  /** One line of a commission's queue, with its deadline flags. */
  record QueueItem(
      UUID id,
      @Nullable String caseNumber,
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
