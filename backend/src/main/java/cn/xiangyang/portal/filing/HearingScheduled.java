package cn.xiangyang.portal.filing;

import java.time.Instant;
import java.util.UUID;

/** A hearing was scheduled and both parties notified; in-process delivery only, no outbox yet. */
public record HearingScheduled(UUID caseId, UUID hearingId, String caseNumber, String commissionId, String room, Instant startsAt) {}
