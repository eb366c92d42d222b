package cn.xiangyang.portal.calculators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The one-year limitation period for applying to arbitration, counted in calendar dates of the
 * injected clock's zone.
 */
public final class LimitationPeriod {

  private final Clock clock;

  public LimitationPeriod(Clock clock) {
    this.clock = clock;
  }

  /** Whether a claim can still be filed today, and until when. */
  public enum Status {
    /** The period runs; {@code lastDay} is the last day to apply. */
    RUNNING,
    /** The last day has passed; the respondent may plead the limitation (it may have been interrupted). */
    EXPIRED,
    /** Wage arrears while the employment continues: no limitation runs yet. */
    NOT_RUNNING
  }

  /**
   * @param status running, expired or not running
   * @param lastDay the last day to apply; null when no period runs
   * @param daysLeft days from today to the last day (negative once expired, 0 on the last day); null when no period runs
   */
  public record Assessment(Status status, @Nullable LocalDate lastDay, @Nullable Long daysLeft) {}

  /**
   * The last day to apply for a right the party knew (or should have known) was infringed on
   * {@code knewOn}: the same date one year later, or the month's last day when that date does not
   * exist (29 February).
   */
  public static LocalDate lastDay(LocalDate knewOn) {
    // 劳动争议调解仲裁法 第二十七条第一款: one year from the day the party knew or should have known.
    // 民法典 第二百零一条、第二百零二条: counting starts the next day; a year ends on the corresponding
    // date, or on the last day of the month when there is none. LocalDate.plusYears does exactly that.
    return knewOn.plusYears(1);
  }

  /** The period for a right the party knew (or should have known) was infringed on {@code knewOn}. */
  public Assessment assess(LocalDate knewOn) {
    LocalDate last = lastDay(knewOn);
    long left = ChronoUnit.DAYS.between(today(), last);
    return new Assessment(left < 0 ? Status.EXPIRED : Status.RUNNING, last, left);
  }

  /**
   * The period for unpaid labor remuneration: none while the employment lasts ({@code ended} null or
   * in the future), else one year from the day it ended.
   */
  public Assessment assessWageArrears(@Nullable LocalDate ended) {
    // 劳动争议调解仲裁法 第二十七条第四款: wage arrears during employment are not time-barred; once the
    // relationship ends the claim must be made within one year of its end.
    if (ended == null || ended.isAfter(today())) {
      return new Assessment(Status.NOT_RUNNING, null, null);
    }
    return assess(ended);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
