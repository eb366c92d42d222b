package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.filing.CaseStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One stored case (a draft is a case in state DRAFT), as the service layer sees it.
 *
 * @param hearingAt when the case's hearing (still scheduled, not cancelled) begins; null when none
 */
record CaseRecord(
    UUID id,
    UUID workerId,
    CaseStatus status,
    StoredApplication application,
    List<String> respondentCodes,
    @Nullable String commissionId,
    @Nullable String caseNumber,
    Instant createdAt,
    Instant updatedAt,
    @Nullable Instant submittedAt,
    @Nullable LocalDate acceptanceDue,
    @Nullable Instant acceptedAt,
    @Nullable Instant servedAt,
    @Nullable LocalDate defenceDue,
    @Nullable LocalDate awardDue,
    boolean awardExtended,
    boolean correctionRequested,
    @Nullable List<String> correctionItems,
    @Nullable String rejectionReason,
    @Nullable UUID assignedTo,
    @Nullable String outcomeSummary,
    @Nullable Boolean finalAward,
    @Nullable Instant closedAt,
    @Nullable Instant copySentAt,
    @Nullable LocalDate servedOn,
    @Nullable String serviceMethod,
    @Nullable Instant extensionRequestedAt,
    @Nullable String extensionRequestReason,
    @Nullable Instant hearingAt) {

  /** True once the respondent's receipt of the application copy is recorded: the defence period runs from it. */
  boolean served() {
    return servedOn != null;
  }

  /** True once the scheduled hearing has begun: evidence is then handed to the tribunal, no longer uploaded. */
  boolean hearingBegun(Instant now) {
    return hearingAt != null && !now.isBefore(hearingAt);
  }

  /**
   * What is stored of an application: the applicant as the account showed them when the draft was
   * made (masked numbers only), and the form.
   */
  record StoredApplication(Applicant applicant, ApplicationForm form) {}

  /** The applicant's identity from the account; numbers masked. */
  record Applicant(String name, @Nullable String idNumberMasked, @Nullable String phoneMasked) {}
}
