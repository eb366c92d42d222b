package cn.xiangyang.portal.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The commission accepted a case (受理); published durably in the accepting transaction. */
public record CaseAccepted(UUID caseId, String caseNumber, String commissionId, Instant acceptedAt, LocalDate awardDue) {}
