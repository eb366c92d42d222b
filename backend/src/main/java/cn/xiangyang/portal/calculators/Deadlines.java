package cn.xiangyang.portal.calculators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The procedural deadlines of labor dispute arbitration, as calendar dates. A period of days starts
 * on the day after the event (民法典 第二百零一条), so "within 5 days of receipt on the 1st" ends on the
 * 6th. Statutory holidays that would move a last day are not modelled: the dates are the earliest
 * possible last day, never a later one.
 */
public final class Deadlines {

  /** Days after the day of receipt to decide on acceptance. */
  public static final int ACCEPTANCE_DAYS = 5;
  /** Days after acceptance to serve the application copy on the respondent. */
  public static final int SERVICE_DAYS = 5;
  /** Days after service for the respondent's defence. */
  public static final int DEFENCE_DAYS = 10;
  /** Minimum days between the hearing notice and the hearing. */
  public static final int HEARING_NOTICE_DAYS = 5;
  /** Days after acceptance to end the case with an award. */
  public static final int AWARD_DAYS = 45;
  /** The one extension of the award deadline the commission's director may approve. */
  public static final int AWARD_EXTENSION_DAYS = 15;
  /** Days a mediation organisation has to reach an agreement. */
  public static final int MEDIATION_DAYS = 15;

  private final Clock clock;

  public Deadlines(Clock clock) {
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Last day to decide whether to accept an application received on {@code receivedOn}. */
  public static LocalDate acceptanceDue(LocalDate receivedOn) {
    return receivedOn.plusDays(ACCEPTANCE_DAYS); // 劳动争议调解仲裁法 第二十九条
  }

  /** Last day to serve the application copy on the respondent after acceptance. */
  public static LocalDate serviceDue(LocalDate acceptedOn) {
    return acceptedOn.plusDays(SERVICE_DAYS); // 劳动争议调解仲裁法 第三十条
  }

  /** Last day for the respondent's defence after receiving the copy. */
  public static LocalDate defenceDue(LocalDate servedOn) {
    return servedOn.plusDays(DEFENCE_DAYS); // 劳动争议调解仲裁法 第三十条
  }

  /** Last day for the award: 45 days after acceptance, 60 with the one approved extension. */
  public static LocalDate awardDue(LocalDate acceptedOn, boolean extended) {
    // 劳动争议调解仲裁法 第四十三条: 45 days, extendable once by at most 15 days.
    return acceptedOn.plusDays(AWARD_DAYS + (extended ? AWARD_EXTENSION_DAYS : 0));
  }

  /** The earliest hearing date for a notice given on {@code noticeOn}. */
  public static LocalDate earliestHearingDate(LocalDate noticeOn) {
    return noticeOn.plusDays(HEARING_NOTICE_DAYS); // 劳动争议调解仲裁法 第三十五条
  }

  /** True when a notice given on {@code noticeOn} is early enough for a hearing on {@code hearingOn}. */
  public static boolean noticeEarlyEnough(LocalDate noticeOn, LocalDate hearingOn) {
    return !hearingOn.isBefore(earliestHearingDate(noticeOn));
  }

  /** Last day of mediation started on {@code startedOn} before either party may go to arbitration. */
  public static LocalDate mediationDue(LocalDate startedOn) {
    return startedOn.plusDays(MEDIATION_DAYS); // 劳动争议调解仲裁法 第十四条
  }

  /** Days from today to {@code due}: 0 on the day itself, negative when past. */
  public long daysLeft(LocalDate due) {
    return ChronoUnit.DAYS.between(today(), due);
  }

  /** How urgent a deadline is today. */
  public enum Urgency {
    ON_TRACK,
    /** Two days or fewer left. */
    NEAR,
    /** The last day has passed. */
    OVERDUE
  }

  /** ON_TRACK, NEAR (0–2 days left) or OVERDUE. */
  public Urgency urgency(LocalDate due) {
    long left = daysLeft(due);
    return left < 0 ? Urgency.OVERDUE : left <= 2 ? Urgency.NEAR : Urgency.ON_TRACK;
  }
}
