package cn.xiangyang.portal.hearings.internal;

/**
 * The live status of a hearing, changed by staff. What the public sees adds the replay:
 * 预告 / 直播中 / 休庭 / 已结束 / 回放.
 */
enum HearingStatus {
  SCHEDULED,
  LIVE,
  PAUSED,
  ENDED;

  /** True when staff may move a hearing from this status to {@code next}. */
  boolean canMoveTo(HearingStatus next) {
    return switch (this) {
      case SCHEDULED -> next == LIVE;
      case LIVE -> next == PAUSED || next == ENDED;
      case PAUSED -> next == LIVE || next == ENDED;
      case ENDED -> false;
    };
  }

  /** The public status code: ENDED becomes REPLAY while a replay is published. */
  String publicCode(boolean replayPublished) {
    return this == ENDED && replayPublished ? "REPLAY" : name();
  }

  static String label(String publicCode) {
    return switch (publicCode) {
      case "SCHEDULED" -> "预告";
      case "LIVE" -> "直播中";
      case "PAUSED" -> "休庭";
      case "ENDED" -> "已结束";
      case "REPLAY" -> "回放";
      default -> publicCode;
    };
  }
}
