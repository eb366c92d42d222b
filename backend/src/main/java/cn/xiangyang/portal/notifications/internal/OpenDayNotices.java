package cn.xiangyang.portal.notifications.internal;

import cn.xiangyang.portal.events.DurableListener;
import cn.xiangyang.portal.hearings.OpenDayReminded;
import cn.xiangyang.portal.hearings.OpenDaySeat;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Tells a person what became of an open-day booking (seat confirmed, waitlisted, or a freed seat given to
 * them) and reminds them of it the day before.
 */
@Component
class OpenDayNotices {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final Inbox inbox;
  private final Clock clock;

  OpenDayNotices(Inbox inbox, Clock clock) {
    this.inbox = inbox;
    this.clock = clock;
  }

  @DurableListener
  Mono<Void> on(OpenDaySeat seat) {
    String when = WHEN.format(ZonedDateTime.ofInstant(seat.startsAt(), clock.getZone()));
    String what = seat.commissionName() + "“" + seat.title() + "”（" + when + "）";
    return switch (seat.change()) {
      case "CONFIRMED" ->
        inbox.note(
            seat.accountId(),
            "开放日预约成功：" + seat.title(),
            "您已预约" + what + "，请按时到场。不能参加请在开放日页面取消预约，把座位让给候补的人。");
      case "WAITLISTED" ->
        inbox.note(
            seat.accountId(),
            "开放日已约满，您在候补第 " + seat.position() + " 位",
            what + "的座位已约满，您排在候补第 " + seat.position() + " 位。有人取消时按顺序递补，递补成功会再通知您；在此之前请不要到场。");
      case "PROMOTED" ->
        inbox.note(
            seat.accountId(),
            "候补成功：" + seat.title(),
            "有人取消了预约，您已从候补转为正式预约：" + what + "，请按时到场；不能参加请在开放日页面取消预约。");
      default ->
        Mono.error(new IllegalArgumentException("unknown open-day change " + seat.change()));
    };
  }

  /** The reminder the day before: when and where, and to cancel if they cannot come. */
  @DurableListener
  Mono<Void> on(OpenDayReminded reminder) {
    String when = WHEN.format(ZonedDateTime.ofInstant(reminder.startsAt(), clock.getZone()));
    String where = reminder.place().isBlank() ? "" : "地点：" + reminder.place() + "。";
    return inbox.note(
        reminder.accountId(),
        "开放日提醒：" + reminder.title() + "（" + when + "）",
        "您预约的" + reminder.commissionName() + "“" + reminder.title() + "”将于 " + when + " 开始。" + where
            + "请带好身份证件，提前到场。不能参加请在开放日页面取消预约，把座位让给候补的人。");
  }
}
