package cn.xiangyang.portal.filing;

import java.time.Instant;
import java.util.UUID;

/** The tribunal issued its award (裁决书); published durably in the awarding transaction. */
public record AwardIssued(
    UUID caseId, String caseNumber, String commissionId, boolean finalAward, Instant issuedAt) {}
