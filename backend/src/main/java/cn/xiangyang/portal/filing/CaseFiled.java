package cn.xiangyang.portal.filing;

import java.time.Instant;
import java.util.UUID;

/**
 * A worker submitted an application and it received its case number. Published in-process with
 * Spring's ApplicationEventPublisher after the transaction committed; there is no outbox yet, so a
 * crash right after the commit loses the event (the case itself is safe).
 */
public record CaseFiled(UUID caseId, String caseNumber, String commissionId, Instant filedAt) {}
