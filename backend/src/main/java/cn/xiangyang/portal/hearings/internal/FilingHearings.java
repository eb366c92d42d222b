package cn.xiangyang.portal.hearings.internal;

import cn.xiangyang.portal.events.DurableListener;
import cn.xiangyang.portal.filing.ClaimType;
import cn.xiangyang.portal.filing.HearingCancelled;
import cn.xiangyang.portal.filing.HearingRescheduled;
import cn.xiangyang.portal.filing.HearingScheduled;
import cn.xiangyang.portal.hearings.Hearings;
import cn.xiangyang.portal.hearings.ScheduleHearing;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Takes the hearings that filing schedules, moves and cancels into the schedule, from the durable outbox
 * (delivered at least once; {@link Hearings#schedule} is idempotent on the hearing id). The parties'
 * names arrive in full and are masked before anything is stored.
 */
@Component
class FilingHearings {

  // Filing may schedule before a room is assigned; staff pick the room on the hearings page.
  static final String ROOM_TO_BE_SET = "审判庭待定";

  private final Hearings hearings;

  FilingHearings(Hearings hearings) {
    this.hearings = hearings;
  }

  @DurableListener
  Mono<Void> on(HearingScheduled event) {
    return hearings
        .schedule(new ScheduleHearing(
            event.hearingId(),
            event.caseId(),
            event.caseNumber(),
            event.commissionId(),
            event.startsAt(),
            room(event.room()),
            causes(event.causes()),
            event.applicantName(),
            respondents(event.respondentName())))
        .then();
  }

  /** A new hearing replaces the previous one: scheduling it cancels the case's earlier hearings that have not started. */
  @DurableListener
  Mono<Void> on(HearingRescheduled event) {
    return hearings
        .schedule(new ScheduleHearing(
            event.hearingId(),
            event.caseId(),
            event.caseNumber(),
            event.commissionId(),
            event.startsAt(),
            room(event.room()),
            causes(event.causes()),
            event.applicantName(),
            respondents(event.respondentName())))
        .then(hearings.cancel(event.previousHearingId()));
  }

  @DurableListener
  Mono<Void> on(HearingCancelled event) {
    return hearings.cancel(event.hearingId());
  }

  private static String room(@Nullable String room) {
    return room == null || room.isBlank() ? ROOM_TO_BE_SET : room;
  }

  private static List<String> causes(List<ClaimType> types) {
    return types.stream().map(Enum::name).toList();
  }

  private static List<String> respondents(String joined) {
    return Arrays.stream(joined.split("、"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
