package cn.xiangyang.portal.calculators;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The procedural deadlines of labor dispute arbitration, counted the way the law counts days.
 *
 * <ul>
 *   <li>A period of days starts on the day after the event (民法典 第二百零一条).
 *   <li>The rules' "三日、五日、十日" are working days, "十五日、四十五日" natural days (劳动人事争议仲裁办案规则
 *       第八十条); working days skip weekends and public holidays and include the 调休 working weekends of
 *       the {@link LegalCalendar}.
 *   <li>A natural-day period whose last day is a rest day ends on the next working day (民法典 第二百零三条).
 * </ul>
 *
 * Every answer says how it was counted, cites its rules and carries the calendar's warnings for years
 * whose holiday notice is unknown or unverified.
 */
public final class Deadlines {

  /** Working days after the day of receipt to decide on acceptance. */
  public static final int ACCEPTANCE_DAYS = 5;
  /** Working days after acceptance to serve the application copy on the respondent. */
  public static final int SERVICE_DAYS = 5;
  /** Working days after receipt of the copy for the respondent's defence. */
  public static final int DEFENCE_DAYS = 10;
  /** Working days after receipt of the defence to send its copy to the applicant. */
  public static final int DEFENCE_COPY_DAYS = 5;
  /** Working days of notice before a hearing. */
  public static final int HEARING_NOTICE_DAYS = 5;
  /** Working days before the hearing by which a postponement must be requested. */
  public static final int POSTPONEMENT_REQUEST_DAYS = 3;
  /** Natural days after acceptance to end the case with an award. */
  public static final int AWARD_DAYS = 45;
  /** The one extension of the award deadline the commission's director may approve, natural days. */
  public static final int AWARD_EXTENSION_DAYS = 15;
  /** Natural days a mediation organisation has to reach an agreement. */
  public static final int MEDIATION_DAYS = 15;
  /** Natural days after receipt of an award to sue (劳动争议调解仲裁法 第四十八条、第五十条). */
  public static final int LAWSUIT_DAYS = 15;
  /** Natural days after receipt of a final award for the employer to apply for its revocation (第四十九条). */
  public static final int REVOCATION_DAYS = 30;

  /** The procedural steps with a deadline. */
  public enum Step {
    /** Decide whether to accept an application; {@code from} = the day it was received. */
    ACCEPTANCE,
    /** Serve the application copy on the respondent; {@code from} = the day of acceptance. */
    SERVICE,
    /** The respondent's defence; {@code from} = the day the respondent received the copy. */
    DEFENCE,
    /** Send the defence copy to the applicant; {@code from} = the day the defence was received. */
    DEFENCE_COPY,
    /** Notice of the hearing; {@code from} = the day of the notice, answer = the earliest lawful hearing date. */
    HEARING_NOTICE,
    /** Request to postpone a hearing; {@code from} = the hearing date, answer = the last day to ask. */
    POSTPONEMENT_REQUEST,
    /** The award; {@code from} = the day of acceptance. */
    AWARD,
    /** The award with the director's one extension; {@code from} = the day of acceptance. */
    AWARD_EXTENDED,
    /** Mediation by a mediation organisation; {@code from} = the day it received the request. */
    MEDIATION,
    /** Suing in court against an award; {@code from} = the day the party received the award. */
    LAWSUIT,
    /** The employer's application to revoke a final award; {@code from} = the day it received the award. */
    REVOCATION
  }

  /** How the days of a period are counted. */
  public enum DayKind {
    WORKING,
    NATURAL
  }

  /**
   * One computed deadline.
   *
   * @param step the step
   * @param from the event the period runs from
   * @param lastDay the last day of the period; for HEARING_NOTICE the earliest lawful hearing date, for
   *     POSTPONEMENT_REQUEST the last day to ask
   * @param dayKind working or natural days
   * @param days the number of days of the period
   * @param rolledOver true when a natural-day period's last day fell on a rest day and moved to the next
   *     working day (民法典 第二百零三条)
   * @param explanation how it was counted, in Chinese
   * @param citations the rules applied
   * @param warnings the calendar's warnings (unknown or unverified years), empty when none
   */
  public record Deadline(
      Step step,
      LocalDate from,
      LocalDate lastDay,
      DayKind dayKind,
      int days,
      boolean rolledOver,
      String explanation,
      List<Citation> citations,
      List<String> warnings) {}

  private final LegalCalendar calendar;
  private final Clock clock;

  public Deadlines(LegalCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  public LegalCalendar calendar() {
    return calendar;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The deadline of a step for an event on {@code from}. */
  public Deadline compute(Step step, LocalDate from) {
    return switch (step) {
      // 劳动争议调解仲裁法 第二十九条: decide on acceptance within five (working) days of receipt.
      case ACCEPTANCE ->
        working(
            step,
            from,
            ACCEPTANCE_DAYS,
            "收到仲裁申请之日",
            "决定是否受理（不予受理的应书面通知并说明理由）",
            List.of(
                Citation.arbitrationLaw(29),
                Citation.caseHandlingRules(80),
                Citation.civilCode(201)));
      // 劳动争议调解仲裁法 第三十条: the copy is served within five (working) days of acceptance.
      case SERVICE ->
        working(
            step,
            from,
            SERVICE_DAYS,
            "受理之日",
            "将仲裁申请书副本送达被申请人",
            List.of(
                Citation.arbitrationLaw(30),
                Citation.caseHandlingRules(80),
                Citation.civilCode(201)));
      // 劳动争议调解仲裁法 第三十条: the defence within ten (working) days of receiving the copy.
      case DEFENCE ->
        working(
            step,
            from,
            DEFENCE_DAYS,
            "被申请人收到仲裁申请书副本之日",
            "提交答辩书（逾期不答辩的，不影响仲裁程序的进行）",
            List.of(
                Citation.arbitrationLaw(30),
                Citation.caseHandlingRules(80),
                Citation.civilCode(201)));
      // 劳动争议调解仲裁法 第三十条: the defence copy reaches the applicant within five (working) days.
      case DEFENCE_COPY ->
        working(
            step,
            from,
            DEFENCE_COPY_DAYS,
            "收到答辩书之日",
            "将答辩书副本送达申请人",
            List.of(
                Citation.arbitrationLaw(30),
                Citation.caseHandlingRules(80),
                Citation.civilCode(201)));
      case HEARING_NOTICE -> hearingNotice(from);
      case POSTPONEMENT_REQUEST -> postponementRequest(from);
      // 劳动争议调解仲裁法 第四十三条: the award within 45 (natural) days of acceptance.
      case AWARD ->
        natural(
            step,
            from,
            AWARD_DAYS,
            "受理仲裁申请之日",
            "结束仲裁（作出裁决）",
            "逾期未作出仲裁裁决的，当事人可以就该劳动争议事项向人民法院提起诉讼。",
            List.of(
                Citation.arbitrationLaw(43),
                Citation.caseHandlingRules(80),
                Citation.civilCode(201),
                Citation.civilCode(203)));
      // 劳动争议调解仲裁法 第四十三条; 办案规则 第四十五条: one extension of at most 15 days, approved by the director.
      case AWARD_EXTENDED ->
        natural(
            step,
            from,
            AWARD_DAYS + AWARD_EXTENSION_DAYS,
            "受理仲裁申请之日",
            "结束仲裁（经仲裁委员会主任批准延长15日后）",
            "延长只能一次、最长15日，须经仲裁委员会主任批准并书面通知当事人；逾期未作出仲裁裁决的，当事人可以就该劳动争议事项向人民法院提起诉讼。",
            List.of(
                Citation.arbitrationLaw(43),
                Citation.caseHandlingRules(45),
                Citation.caseHandlingRules(80),
                Citation.civilCode(203)));
      // 劳动争议调解仲裁法 第十四条: no agreement within 15 (natural) days → either party may apply for
      // arbitration.
      case MEDIATION ->
        natural(
            step,
            from,
            MEDIATION_DAYS,
            "调解组织收到调解申请之日",
            "达成调解协议",
            "期满未达成调解协议的，当事人可以依法申请仲裁。",
            List.of(
                Citation.arbitrationLaw(14),
                Citation.caseHandlingRules(80),
                Citation.civilCode(201),
                Citation.civilCode(203)));
      // 劳动争议调解仲裁法 第四十八条 (the worker, final award), 第五十条 (either party, other awards): 15 days from
      // receipt.
      case LAWSUIT ->
        courtPeriod(
            step,
            from,
            LAWSUIT_DAYS,
            "收到仲裁裁决书之日",
            "向人民法院提起诉讼",
            "期满不起诉的，裁决书发生法律效力（终局裁决自作出之日起发生法律效力，劳动者不服的仍可在此期间内起诉）。",
            List.of(
                Citation.arbitrationLaw(50),
                Citation.arbitrationLaw(48),
                Citation.civilCode(201),
                Citation.civilCode(203)));
      // 劳动争议调解仲裁法 第四十九条: the employer may apply to the intermediate court to revoke a final award
      // within 30 days.
      case REVOCATION ->
        courtPeriod(
            step,
            from,
            REVOCATION_DAYS,
            "收到仲裁裁决书之日",
            "向劳动人事争议仲裁委员会所在地的中级人民法院申请撤销裁决",
            "用人单位须有证据证明裁决存在第四十九条所列情形之一；终局裁决不能另行起诉。",
            List.of(Citation.arbitrationLaw(49), Citation.civilCode(201), Citation.civilCode(203)));
    };
  }

  /**
   * A period for going to court after an award: natural days from the day after receipt, the last day moved
   * to the next working day when it is a rest day (民法典 第二百零一条、第二百零三条). 办案规则 第八十条 does not
   * govern it: the period is the parties', before a court, not the commission's.
   */
  private Deadline courtPeriod(
      Step step,
      LocalDate from,
      int days,
      String event,
      String what,
      String consequence,
      List<Citation> citations) {
    LocalDate end = from.plusDays(days);
    LocalDate last = calendar.workingDayOnOrAfter(end);
    boolean rolled = !last.equals(end);
    String text = "自" + event + "（" + day(from) + "）的次日起算 " + days + " 日（民法典第二百零一条），第 " + days
        + " 日是 " + day(end) + "；"
        + (rolled
            ? "这一天是" + restName(end) + "，按民法典第二百零三条顺延到其后的第一个工作日 " + day(last) + "。"
            : "这一天是工作日，不顺延。")
        + "应在 " + day(last) + " 之前（含当日）" + what + "。" + consequence;
    return new Deadline(
        step,
        from,
        last,
        DayKind.NATURAL,
        days,
        rolled,
        text,
        withHolidayCitation(citations, from, last),
        calendar.warnings(from, last));
  }

  private Deadline working(
      Step step, LocalDate from, int days, String event, String what, List<Citation> citations) {
    LocalDate last = calendar.plusWorkingDays(from, days);
    long skipped = ChronoUnit.DAYS.between(from, last) - days;
    String text = "自" + event + "（" + day(from) + "）的次日起算，" + days + "日指工作日（办案规则第八十条），"
        + (skipped > 0 ? "期间的 " + skipped + " 个周末或节假日不计入，" : "")
        + "应在 " + day(last) + " 之前（含当日）" + what + "。";
    return new Deadline(
        step,
        from,
        last,
        DayKind.WORKING,
        days,
        false,
        text,
        withHolidayCitation(citations, from, last),
        calendar.warnings(from, last));
  }

  private Deadline natural(
      Step step,
      LocalDate from,
      int days,
      String event,
      String what,
      String consequence,
      List<Citation> citations) {
    return natural(step, from, days, 0, event, what, consequence, citations);
  }

  private Deadline natural(
      Step step,
      LocalDate from,
      int days,
      long paused,
      String event,
      String what,
      String consequence,
      List<Citation> citations) {
    return natural(step, from, days, paused, "", event, what, consequence, citations);
  }

  private Deadline natural(
      Step step,
      LocalDate from,
      int days,
      long paused,
      String lead,
      String event,
      String what,
      String consequence,
      List<Citation> citations) {
    LocalDate end = from.plusDays(days + paused);
    LocalDate last = calendar.workingDayOnOrAfter(end);
    boolean rolled = !last.equals(end);
    String text = lead + "自" + event + "（" + day(from) + "）的次日起算 " + days + " 个自然日（办案规则第八十条），"
        + (paused > 0 ? "中止审理的 " + paused + " 日不计入（办案规则第四十六条第六项），" : "")
        + "第 " + days + " 日是 " + day(end) + "；"
        + (rolled
            ? "这一天是" + restName(end) + "，按民法典第二百零三条顺延到其后的第一个工作日 " + day(last) + "。"
            : "这一天是工作日，不顺延。")
        + "应在 " + day(last) + " 之前（含当日）" + what + "。" + consequence;
    return new Deadline(
        step,
        from,
        last,
        DayKind.NATURAL,
        days,
        rolled,
        text,
        withHolidayCitation(citations, from, last),
        calendar.warnings(from, last));
  }

  private Deadline hearingNotice(LocalDate noticeOn) {
    // 劳动争议调解仲裁法 第三十五条; 办案规则 第八十条: notice at least five working days before the hearing.
    // The five days must have fully passed: the hearing is on the first working day after the
    // fifth.
    LocalDate fifth = calendar.plusWorkingDays(noticeOn, HEARING_NOTICE_DAYS);
    LocalDate earliest = calendar.plusWorkingDays(fifth, 1);
    String text = "开庭日期应在开庭五日前书面通知双方当事人，五日指工作日（办案规则第八十条）。" + day(noticeOn) + " 通知的，次日起算的五个工作日到 "
        + day(fifth) + " 届满，最早可以在其后的第一个工作日 " + day(earliest) + " 开庭。当事人有正当理由的，可以在开庭三日前请求延期开庭。";
    List<Citation> citations = List.of(
        Citation.arbitrationLaw(35), Citation.caseHandlingRules(80), Citation.civilCode(201));
    return new Deadline(
        Step.HEARING_NOTICE,
        noticeOn,
        earliest,
        DayKind.WORKING,
        HEARING_NOTICE_DAYS,
        false,
        text,
        withHolidayCitation(citations, noticeOn, earliest),
        calendar.warnings(noticeOn, earliest));
  }

  private Deadline postponementRequest(LocalDate hearingOn) {
    // 劳动争议调解仲裁法 第三十五条: a postponement is requested three (working) days before the hearing;
    // the three working days before the hearing must remain after the day of the request.
    LocalDate third = calendar.minusWorkingDays(hearingOn, POSTPONEMENT_REQUEST_DAYS);
    LocalDate last = calendar.minusWorkingDays(third, 1);
    String text = "请求延期开庭应在开庭三日前提出，三日指工作日（办案规则第八十条）。" + day(hearingOn) + " 开庭的，开庭前的三个工作日从 "
        + day(third) + " 开始，最晚应在 " + day(last) + "（含当日）提出延期请求；是否延期由仲裁委员会决定。";
    List<Citation> citations = List.of(Citation.arbitrationLaw(35), Citation.caseHandlingRules(80));
    return new Deadline(
        Step.POSTPONEMENT_REQUEST,
        hearingOn,
        last,
        DayKind.WORKING,
        POSTPONEMENT_REQUEST_DAYS,
        false,
        text,
        withHolidayCitation(citations, last, hearingOn),
        calendar.warnings(last, hearingOn));
  }

  /** Adds 全国年节及纪念日放假办法 when a public holiday lies in the counted span. */
  private List<Citation> withHolidayCitation(
      List<Citation> citations, LocalDate from, LocalDate to) {
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (calendar.typeOf(d) == LegalCalendar.DayType.HOLIDAY) {
        List<Citation> all = new ArrayList<>(citations);
        // 全国年节及纪念日放假办法 第二条: the public holidays; the year's 放假调休 per the State Council notice.
        all.add(Citation.holidayMeasures(2));
        return List.copyOf(all);
      }
    }
    return citations;
  }

  private String restName(LocalDate d) {
    String holiday = calendar.holidayName(d);
    return holiday != null ? holiday + "假期" : weekday(d);
  }

  /** 2026年12月4日（星期五）: the date as the law's texts and the parties read it, with the weekday. */
  static String day(LocalDate d) {
    return chinese(d) + "（" + weekday(d) + "）";
  }

  /** 2026年12月4日: the date in user-facing words (JSON fields stay ISO). */
  public static String chinese(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  private static String weekday(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SUNDAY
        ? "星期日"
        : d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA);
  }

  /** Last day to decide whether to accept an application received on {@code receivedOn}. */
  public LocalDate acceptanceDue(LocalDate receivedOn) {
    return compute(Step.ACCEPTANCE, receivedOn).lastDay();
  }

  /** Last day to serve the application copy on the respondent after acceptance. */
  public LocalDate serviceDue(LocalDate acceptedOn) {
    return compute(Step.SERVICE, acceptedOn).lastDay();
  }

  /** Last day for the respondent's defence after receiving the copy on {@code servedOn}. */
  public LocalDate defenceDue(LocalDate servedOn) {
    return compute(Step.DEFENCE, servedOn).lastDay();
  }

  /**
   * The award deadline as 劳动人事争议仲裁办案规则 第四十六条 counts it: 45 natural days (60 with the approved
   * extension) from {@code from}, which is acceptance or, after a restart, the day of the event named by
   * {@code restartedOn} (such as "受理反申请之日"), with {@code pausedDays} of suspension not counted
   * (第六项), rolled over to the next working day (民法典 第二百零三条).
   */
  public Deadline award(
      LocalDate from, boolean extended, @Nullable String restartedOn, long pausedDays) {
    if (restartedOn == null && pausedDays == 0) {
      return compute(extended ? Step.AWARD_EXTENDED : Step.AWARD, from);
    }
    List<Citation> citations =
        new ArrayList<>(List.of(Citation.arbitrationLaw(43), Citation.caseHandlingRules(46)));
    if (extended) {
      citations.add(Citation.caseHandlingRules(45));
    }
    citations.addAll(
        List.of(Citation.caseHandlingRules(80), Citation.civilCode(201), Citation.civilCode(203)));
    return natural(
        extended ? Step.AWARD_EXTENDED : Step.AWARD,
        from,
        AWARD_DAYS + (extended ? AWARD_EXTENSION_DAYS : 0),
        pausedDays,
        restartedOn == null ? "" : "仲裁期限依办案规则第四十六条重新计算：",
        restartedOn == null ? "受理仲裁申请之日" : restartedOn,
        extended ? "结束仲裁（经仲裁委员会主任批准延长15日后）" : "结束仲裁（作出裁决）",
        "逾期未作出仲裁裁决的，当事人可以就该劳动争议事项向人民法院提起诉讼。",
        List.copyOf(citations));
  }

  /** Last day for the award: 45 natural days after acceptance, 60 with the one approved extension, rolled over. */
  public LocalDate awardDue(LocalDate acceptedOn, boolean extended) {
    return compute(extended ? Step.AWARD_EXTENDED : Step.AWARD, acceptedOn).lastDay();
  }

  /** The earliest lawful hearing date for a notice given on {@code noticeOn}. */
  public LocalDate earliestHearingDate(LocalDate noticeOn) {
    return compute(Step.HEARING_NOTICE, noticeOn).lastDay();
  }

  /** True when a notice given on {@code noticeOn} is early enough for a hearing on {@code hearingOn}. */
  public boolean noticeEarlyEnough(LocalDate noticeOn, LocalDate hearingOn) {
    return !hearingOn.isBefore(earliestHearingDate(noticeOn));
  }

  /** Last day of mediation started on {@code startedOn} before either party may go to arbitration. */
  public LocalDate mediationDue(LocalDate startedOn) {
    return compute(Step.MEDIATION, startedOn).lastDay();
  }

  /** Days from today to {@code due}: 0 on the day itself, negative when past. */
  public long daysLeft(LocalDate due) {
    return ChronoUnit.DAYS.between(today(), due);
  }

  /** How urgent a deadline is today. */
  public enum Urgency {
    /** The period has not begun: the event it runs from (such as service on the respondent) has not happened. */
    NOT_STARTED,
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
