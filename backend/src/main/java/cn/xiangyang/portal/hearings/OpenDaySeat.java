package cn.xiangyang.portal.hearings;

import java.time.Instant;
import java.util.UUID;

/**
 * A booking for an open day (仲裁庭审开放日) changed for one account: a seat was confirmed, the account was
 * put on the waitlist at {@code position}, or a freed seat went to it from the waitlist. Published through the
 * outbox in the booking's transaction, so the person is told exactly once even if the backend stops.
 *
 * @param change {@code CONFIRMED}, {@code WAITLISTED} or {@code PROMOTED}
 */
public record OpenDaySeat(
    UUID openDayId,
    UUID accountId,
    String change,
    int position,
    String title,
    String commissionName,
    Instant startsAt,
    Instant at) {}
