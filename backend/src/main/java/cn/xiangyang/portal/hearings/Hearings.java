package cn.xiangyang.portal.hearings;

import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * The hearings module's door for the modules that schedule hearings (filing). Scheduling is idempotent
 * on the hearing id, so an event delivered twice changes nothing the second time.
 */
public interface Hearings {

  /**
   * Takes in a scheduled hearing (or a new time and room for the same hearing id) and answers its id. A new
   * hearing of a case replaces the case's earlier hearings that have not started. The hearing is listed in
   * public after the objection period, unless it is not public or a party objects
   * (劳动争议调解仲裁法 第二十六条).
   */
  Mono<UUID> schedule(ScheduleHearing hearing);

  /** Moves a hearing to a new time and room; nothing happens for an unknown or cancelled hearing. */
  Mono<Void> reschedule(UUID hearingId, Instant startsAt, String room);

  /** Takes a hearing off the schedule; nothing happens for an unknown hearing. */
  Mono<Void> cancel(UUID hearingId);
}
