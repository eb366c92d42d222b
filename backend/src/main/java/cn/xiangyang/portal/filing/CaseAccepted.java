package cn.xiangyang.portal.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The commission accepted a case (受理); published durably in the accepting transaction.
 *
 * @param status where acceptance led: {@link CaseStatus#IN_ARBITRATION} when the applicant asked for 仲裁,
 *     {@link CaseStatus#ACCEPTED} (mediation first) when they asked for 调解
 */
public record CaseAccepted(
    UUID caseId,
    String caseNumber,
    String commissionId,
    Instant acceptedAt,
    LocalDate awardDue,
    CaseStatus status) {}
