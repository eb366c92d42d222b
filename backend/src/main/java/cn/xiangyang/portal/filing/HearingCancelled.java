package cn.xiangyang.portal.filing;

import java.time.Instant;
import java.util.UUID;

/**
 * A scheduled hearing will not take place because the case ended before it: the parties reached a
 * mediation agreement ({@code MEDIATED}) or the applicant withdrew ({@code WITHDRAWN}).
 *
 * @param reason the state the case moved to
 */
public record HearingCancelled(
    UUID caseId,
    UUID hearingId,
    String caseNumber,
    String commissionId,
    CaseStatus reason,
    Instant cancelledAt) {}
