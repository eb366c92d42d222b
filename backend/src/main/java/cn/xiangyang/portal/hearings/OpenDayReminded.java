package cn.xiangyang.portal.hearings;

import java.time.Instant;
import java.util.UUID;

/**
 * The day before an open day (仲裁庭审开放日), an account holding a confirmed seat is to be reminded of it.
 * Published through the outbox in the transaction that claims the reminder, so each confirmed booking is
 * reminded exactly once, whichever backend replica claims it and even if it stops right after.
 *
 * @param place where to come: the hearing rooms of the session with address, floor and the note for
 *     visitors, or empty when the session names no room yet
 */
public record OpenDayReminded(
    UUID openDayId,
    UUID accountId,
    String title,
    String commissionName,
    Instant startsAt,
    String place,
    Instant at) {}
