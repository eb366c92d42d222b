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
 * @param awardPeriodFrom the day the award period runs from after a restart (办案规则 第四十六条); null: acceptance
 * @param awardPeriodEvent the action that restarted it (a {@link cn.xiangyang.portal.filing.CaseAction} name); null: acceptance
 * @param awardPausedDays the days of suspension excluded from the period since it last (re)started (第四十六条第六项)
 * @param suspendedOn the day the hearing was suspended (第四十七条), while it is; null when not suspended
 * @param transferFrom the commission that transferred the case, until the receiving one accepts it (办案规则 第九条)
 * @param caseNumber the 案号, given when the commission accepts the case (立案); null before
 * @param applicationNumber the 申请编号 of the receipt, given at submission ({@link ApplicationNumbers}); null for a draft
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
    @Nullable Instant hearingAt,
    @Nullable LocalDate awardPeriodFrom,
    @Nullable String awardPeriodEvent,
    int awardPausedDays,
    @Nullable LocalDate suspendedOn,
    @Nullable String suspensionReason,
    @Nullable String transferFrom,
    @Nullable String applicationNumber) {

  /** A case whose award period was never restarted, paused or transferred. */
  CaseRecord(
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
    this(
        id,
        workerId,
        status,
        application,
        respondentCodes,
        commissionId,
        caseNumber,
        createdAt,
        updatedAt,
        submittedAt,
        acceptanceDue,
        acceptedAt,
        servedAt,
        defenceDue,
        awardDue,
        awardExtended,
        correctionRequested,
        correctionItems,
        rejectionReason,
        assignedTo,
        outcomeSummary,
        finalAward,
        closedAt,
        copySentAt,
        servedOn,
        serviceMethod,
        extensionRequestedAt,
        extensionRequestReason,
        hearingAt,
        null,
        null,
        0,
        null,
        null,
        null,
        null);
  }

  /**
   * How notices name the case: 案号 once accepted, else the 申请编号 of the receipt (a case not yet accepted
   * has no 案号).
   */
  String reference() {
    if (caseNumber != null) {
      return "案号 " + caseNumber;
    }
    return applicationNumber != null ? "申请编号 " + applicationNumber : "（未编号）";
  }

  /** The number the case goes by: its 案号, else its 申请编号; null for a draft. */
  @Nullable
  String number() {
    return caseNumber != null ? caseNumber : applicationNumber;
  }

  /** True while the hearing is suspended (办案规则 第四十七条): the award period does not run. */
  boolean suspended() {
    return suspendedOn != null;
  }

  /** True while a transferred case waits for the receiving commission to accept it (办案规则 第九条). */
  boolean transferPending() {
    return transferFrom != null;
  }

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
  record Applicant(
      String name,
      @Nullable String idNumberMasked,
      @Nullable String phoneMasked) {}
}
