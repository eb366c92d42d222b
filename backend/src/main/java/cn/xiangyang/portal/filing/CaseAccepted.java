package cn.xiangyang.portal.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The commission accepted a case (受理); in-process delivery only, no outbox yet. */
public record CaseAccepted(UUID caseId, String caseNumber, String commissionId, Instant acceptedAt, LocalDate awardDue) {}
