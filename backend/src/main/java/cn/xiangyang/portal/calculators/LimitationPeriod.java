package cn.xiangyang.portal.calculators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one-year limitation period for applying to arbitration (劳动争议调解仲裁法 第二十七条), per claim.
 *
 * <p>Each claim type has its own starting day; interruption restarts the year and suspension adds the
 * time the party could not apply. The year ends on the corresponding day (民法典 第二百零二条) and a
 * last day that is a rest day moves to the next working day of the {@link LegalCalendar} (第二百零三条).
 * When a fact needed to place the start is missing, {@link MissingFact} names it: the answer is then
 * "cannot tell", never "within the period".
 */
public final class LimitationPeriod {

  /** The kinds of claim whose limitation starts differently. */
  public enum ClaimKind {
    /** 拖欠劳动报酬 (wages). */
    UNPAID_WAGES,
    /** 加班费: labor remuneration too. */
    OVERTIME_PAY,
    /** 未订立书面劳动合同的二倍工资差额: not labor remuneration. */
    DOUBLE_WAGES,
    ECONOMIC_COMPENSATION,
    UNLAWFUL_TERMINATION_DAMAGES,
    /** 确认劳动关系: not subject to limitation. */
    CONFIRM_LABOR_RELATIONSHIP,
    /** 未休年休假工资报酬. */
    ANNUAL_LEAVE_PAY,
    /** 社会保险待遇损失 (not 补缴, which is for the collection agency). */
    SOCIAL_INSURANCE_LOSS,
    /** 工伤医疗费. */
    WORK_INJURY_MEDICAL_COSTS,
    /** 竞业限制经济补偿. */
    NON_COMPETE_COMPENSATION,
    OTHER
  }

  /** Where a claim stands on {@code asOf}. */
  public enum Status {
    /** The year has not begun (e.g. wages while still employed). */
    NOT_STARTED,
    /** The year runs; {@code lastDay} is the last day to apply. */
    RUNNING,
    /** The last day has passed: the respondent may raise the limitation (the application is still accepted). */
    EXPIRED,
    /** The claim is not subject to limitation. */
    NOT_APPLICABLE
  }

  /**
   * The facts of one claim; every date is optional, the rules ask for what they need.
   *
   * @param claimType the kind of claim
   * @param knewOn the day the worker knew or should have known the right was infringed
   * @param employmentEnded the day the employment ended (解除或终止)
   * @param stillEmployed true when still employed, false when left, null when not answered (a blank end
   *     date is not "still employed")
   * @param periodFrom start of the period the claim concerns (double wages: first day without contract)
   * @param periodTo end of the period the claim concerns (double wages: last day of the double-wage
   *     period; annual leave: a day of the leave year)
   * @param interruptedOn the last day the worker claimed the right, asked an authority for relief, or the
   *     employer agreed to pay (中断)
   * @param suspendedFrom first day the worker could not apply for force majeure or another proper reason
   * @param suspendedTo the day that obstacle ended
   * @param asOf the day to assess on; today when null
   */
  public record Query(
      ClaimKind claimType,
      @Nullable LocalDate knewOn,
      @Nullable LocalDate employmentEnded,
      @Nullable Boolean stillEmployed,
      @Nullable LocalDate periodFrom,
      @Nullable LocalDate periodTo,
      @Nullable LocalDate interruptedOn,
      @Nullable LocalDate suspendedFrom,
      @Nullable LocalDate suspendedTo,
      @Nullable LocalDate asOf) {

    /** A query with only a claim type and the day the worker knew. */
    public static Query knewOn(ClaimKind type, LocalDate knewOn) {
      return new Query(type, knewOn, null, null, null, null, null, null, null, null);
    }
  }

  /**
   * The assessment of one claim.
   *
   * @param status where the claim stands
   * @param startsOn the day the year runs from (the infringement, the end of employment or the
   *     interruption); null when no period runs
   * @param lastDay the last day to apply; null when no period runs
   * @param daysLeft days from {@code asOf} to the last day (negative once expired); null when no period runs
   * @param explanation why, in Chinese
   * @param citations the rules applied
   * @param warnings the calendar's warnings for the last day's year, empty when none
   */
  public record Assessment(
      Status status,
      @Nullable LocalDate startsOn,
      @Nullable LocalDate lastDay,
      @Nullable Long daysLeft,
      String explanation,
      List<Citation> citations,
      List<String> warnings) {}

  /** A fact the rule needs is missing or contradictory; {@code field} names the input. */
  public static final class MissingFact extends RuntimeException {
    private final String field;

    private final String detail;

    MissingFact(String field, String message) {
      super(message, null, false, false);
      this.field = field;
      this.detail = message;
    }

    /** What the person is asked to add or correct, in Chinese. */
    public String detail() {
      return detail;
    }

    public String field() {
      return field;
    }
  }

  private static final String RESTART_AND_SUSPENSION =
      "时效中断：您向单位主张权利（如书面、微信、短信催要）、向劳动监察、工会、调解组织等请求权利救济，或单位同意支付的，"
          + "一年从那一天起重新计算（第二十七条第二款）；时效中止：因不可抗力或者其他正当理由不能申请的，"
          + "从障碍消除之日起继续计算（第二十七条第三款）。请保留这些记录。";

  private final LegalCalendar calendar;
  private final Clock clock;

  public LimitationPeriod(LegalCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  /**
   * The corresponding day one year after {@code knewOn} (民法典 第二百零二条: the month's last day when there is
   * none), before any holiday roll-over: a day never later than the true last day, for callers without
   * the calendar. {@link #assess} gives the rolled-over last day.
   */
  public static LocalDate lastDay(LocalDate knewOn) {
    return knewOn.plusYears(1);
  }

  /** Assesses one claim; throws {@link MissingFact} when a needed fact is missing or contradictory. */
  public Assessment assess(Query q) {
    LocalDate asOf = q.asOf() != null ? q.asOf() : LocalDate.now(clock);
    Set<Citation> citations = new LinkedHashSet<>();
    citations.add(Citation.arbitrationLaw(27));
    StringBuilder why = new StringBuilder();
    LocalDate start;
    switch (q.claimType()) {
      case CONFIRM_LABOR_RELATIONSHIP -> {
        // 劳动争议调解仲裁法 第二条第一项、第二十七条: confirming a relationship claims no performance; no limitation
        // runs.
        citations.add(Citation.arbitrationLaw(2));
        citations.add(Citation.workInjuryRegulation(18));
        return new Assessment(
            Status.NOT_APPLICABLE,
            null,
            null,
            null,
            "单纯请求确认劳动关系，是请求确认一种事实状态，不是请求对方支付或履行，本平台认为不适用一年仲裁时效。"
                + "确认劳动关系常常是申请工伤认定（工伤保险条例第十八条要求提交劳动关系证明）和主张其他权利的前提。"
                + "注意：同时提出的工资、补偿等请求仍各自适用时效。",
            List.copyOf(citations),
            List.of());
      }
      case UNPAID_WAGES, OVERTIME_PAY -> {
        // 劳动争议调解仲裁法 第二十七条第四款: labor remuneration during employment is not time-barred; after the
        // end, one year from the end.
        LocalDate ended = q.employmentEnded();
        boolean employed;
        if (Boolean.TRUE.equals(q.stillEmployed())) {
          if (ended != null && !ended.isAfter(asOf)) {
            throw new MissingFact(
                "stillEmployed",
                "您选择了“仍在职”，但又填写了已经过去的离职日期 " + Deadlines.chinese(ended) + "，请核对其中一项。");
          }
          employed = true;
        } else if (Boolean.FALSE.equals(q.stillEmployed())) {
          if (ended == null) {
            throw new MissingFact("employmentEnded", "请填写离职（劳动关系解除或终止）的日期：离职后追索工资，一年从离职之日起计算。");
          }
          employed = false;
        } else if (ended != null) {
          employed = ended.isAfter(asOf);
        } else {
          throw new MissingFact(
              "stillEmployed", "请回答是否已经离职：在职期间追索拖欠的工资不受一年时效限制，离职后必须在一年内申请。没有填写离职日期不等于仍在职。");
        }
        if (employed) {
          return new Assessment(
              Status.NOT_STARTED,
              null,
              null,
              null,
              "劳动关系存续期间因拖欠劳动报酬（工资、加班费）发生争议的，不受一年时效限制；劳动关系终止后，应当自终止之日起一年内提出（第二十七条第四款）。"
                  + (ended != null ? "您填写的离职日期 " + Deadlines.chinese(ended) + " 之后，一年从该日起计算。" : ""),
              List.copyOf(citations),
              List.of());
        }
        // not employed: one of the branches above required the end date
        start = java.util.Objects.requireNonNull(ended, "employmentEnded");
        why.append("劳动关系终止后追索劳动报酬，一年从劳动关系终止之日（")
            .append(Deadlines.chinese(ended))
            .append("）起计算（第二十七条第四款）。");
      }
      case DOUBLE_WAGES -> {
        // 劳动合同法 第八十二条; 实施条例 第六、七条: at most 11 months; the portal's view: the whole claim runs from
        // the
        // day after the double-wage period ends (some commissions count each month separately:
        // apply early).
        citations.add(Citation.laborContractLaw(82));
        citations.add(Citation.laborContractRegulation(7));
        LocalDate end = q.periodTo();
        if (end == null && q.periodFrom() != null) {
          end = q.periodFrom().plusMonths(11).minusDays(1);
          if (q.employmentEnded() != null && q.employmentEnded().isBefore(end)) {
            end = q.employmentEnded();
          }
        }
        if (end == null) {
          end = q.knewOn();
        }
        if (end == null) {
          throw new MissingFact(
              "periodTo", "请填写二倍工资期间的最后一天（补签书面合同的前一天、离职日，或入职满一年的前一天），或者没有书面合同的起始日期。");
        }
        start = end;
        why.append("二倍工资差额不是劳动报酬，不适用在职期间不受时效限制的规定。本平台采用的观点：一年从二倍工资期间届满之日（")
            .append(Deadlines.chinese(end))
            .append("）的次日起计算，而不是从离职时起算（劳动合同法第八十二条、实施条例第七条：最多支付 11 个月）。也有仲裁机构按月分别计算时效，"
                + "早月份的差额可能更早届满，请尽早申请。");
      }
      case ANNUAL_LEAVE_PAY -> {
        // 职工带薪年休假条例 第五条第二款: leave may be carried into the next year, so the right is infringed at
        // the
        // end of that year; 实施办法 第十二条: on leaving, unused days are paid at once.
        citations.add(Citation.annualLeaveRegulation(5));
        citations.add(Citation.annualLeaveMeasures(12));
        LocalDate leaveYear = q.periodTo() != null ? q.periodTo() : q.periodFrom();
        if (q.knewOn() != null) {
          start = q.knewOn();
          why.append("一年从您知道或应当知道权利受侵害之日（").append(Deadlines.chinese(start)).append("）起计算。");
        } else if (leaveYear != null) {
          LocalDate carryEnd = LocalDate.of(leaveYear.getYear() + 1, 12, 31);
          LocalDate ended = q.employmentEnded();
          start = ended != null && ended.isBefore(carryEnd) ? ended : carryEnd;
          why.append(leaveYear.getYear())
              .append("年度的年休假单位可以跨一个年度安排（条例第五条），因此一年从")
              .append(
                  start.equals(carryEnd)
                      ? "可以安排休假的下一年度末（" + Deadlines.chinese(carryEnd) + "）"
                      : "离职之日（" + Deadlines.chinese(start) + "，离职时应当折算支付，实施办法第十二条）")
              .append("起计算。");
        } else {
          throw new MissingFact("periodTo", "请填写未休年休假所属的年度（期间的结束日期），或者知道未付年休假工资的日期。");
        }
      }
      case ECONOMIC_COMPENSATION, UNLAWFUL_TERMINATION_DAMAGES -> {
        LocalDate known = q.knewOn() != null ? q.knewOn() : q.employmentEnded();
        if (known == null) {
          throw new MissingFact("knewOn", "请填写劳动合同解除或终止的日期（您知道被解除、被辞退的日期）。");
        }
        start = known;
        why.append("一年从您知道或应当知道劳动合同被解除或终止之日（").append(known).append("）起计算。");
      }
      default -> {
        LocalDate knewOn = q.knewOn();
        if (knewOn == null) {
          throw new MissingFact("knewOn", "请填写您知道或应当知道权利受到侵害的日期（例如单位拒绝支付、停发待遇的日期）。");
        }
        start = knewOn;
        why.append("一年从您知道或应当知道权利受到侵害之日（").append(Deadlines.chinese(start)).append("）起计算。");
      }
    }
    if (start.isAfter(asOf)) {
      return new Assessment(
          Status.NOT_STARTED,
          start,
          null,
          null,
          why + "这一天还没有到，时效尚未开始计算。",
          List.copyOf(citations),
          List.of());
    }
    // 民法典 第二百零一条、第二百零二条: the year starts the next day and ends on the corresponding day (or the
    // month's end).
    citations.add(Citation.civilCode(202));
    LocalDate last = start.plusYears(1);
    LocalDate runsFrom = start;
    LocalDate interrupted = q.interruptedOn();
    if (interrupted != null) {
      if (interrupted.isBefore(start)) {
        why.append("您填写的主张权利日期 ").append(Deadlines.chinese(interrupted)).append(" 早于时效起算日，不产生中断。");
      } else if (interrupted.isAfter(calendar.workingDayOnOrAfter(last))) {
        why.append("您填写的主张权利日期 ")
            .append(Deadlines.chinese(interrupted))
            .append(" 在时效届满（")
            .append(Deadlines.chinese(calendar.workingDayOnOrAfter(last)))
            .append("）之后，不能使已届满的时效中断。");
      } else if (interrupted.isAfter(asOf)) {
        why.append("主张权利的日期 ").append(Deadlines.chinese(interrupted)).append(" 晚于计算日，未计入。");
      } else {
        // 劳动争议调解仲裁法 第二十七条第二款: the year restarts from the interruption.
        runsFrom = interrupted;
        last = interrupted.plusYears(1);
        why.append("您在 ")
            .append(Deadlines.chinese(interrupted))
            .append(" 主张过权利（或单位同意支付），时效中断，一年从那一天起重新计算（第二十七条第二款）。");
      }
    }
    if (q.suspendedFrom() != null || q.suspendedTo() != null) {
      LocalDate from = q.suspendedFrom();
      LocalDate to = q.suspendedTo();
      if (from == null || to == null) {
        throw new MissingFact(
            from == null ? "suspendedFrom" : "suspendedTo", "时效中止需要填写不能申请的开始日期和障碍消除的日期。");
      }
      if (to.isBefore(from)) {
        throw new MissingFact("suspendedTo", "障碍消除的日期不能早于开始日期。");
      }
      if (!from.isAfter(last) && !to.isBefore(runsFrom)) {
        // 劳动争议调解仲裁法 第二十七条第三款: the period pauses and continues from the day the obstacle ends.
        LocalDate pausedFrom = from.isBefore(runsFrom) ? runsFrom : from;
        long paused = ChronoUnit.DAYS.between(pausedFrom, to);
        last = last.plusDays(paused);
        why.append("从 ")
            .append(Deadlines.chinese(pausedFrom))
            .append(" 到 ")
            .append(Deadlines.chinese(to))
            .append(" 您因正当理由不能申请，时效中止 ")
            .append(paused)
            .append(" 天，从障碍消除之日起继续计算（第二十七条第三款）。");
      } else {
        why.append("您填写的中止期间不在时效期间内，不影响计算。");
      }
    }
    LocalDate corresponding = last;
    last = calendar.workingDayOnOrAfter(last);
    if (!last.equals(corresponding)) {
      // 民法典 第二百零三条: a last day that is a statutory holiday (weekends included) moves to the next
      // working day.
      citations.add(Citation.civilCode(203));
      why.append("一年届满之日 ")
          .append(Deadlines.day(corresponding))
          .append(" 是休息日，顺延到 ")
          .append(Deadlines.day(last))
          .append("（民法典第二百零三条）。");
    }
    long left = ChronoUnit.DAYS.between(asOf, last);
    List<String> warnings = calendar.warnings(last, last);
    if (left < 0) {
      // 劳动人事争议仲裁办案规则 第三十条: acceptance does not depend on limitation; it is the respondent's
      // defence.
      citations.add(Citation.caseHandlingRules(30));
      why.append("按您填写的日期，一年时效已于 ")
          .append(Deadlines.chinese(last))
          .append(" 届满，请求可能已超过时效。但超过时效不是不予受理的理由，仲裁委员会仍会受理您的申请；时效是对方可以提出的抗辩。")
          .append(RESTART_AND_SUSPENSION);
      return new Assessment(
          Status.EXPIRED, runsFrom, last, left, why.toString(), List.copyOf(citations), warnings);
    }
    why.append("最后一天是 ")
        .append(Deadlines.day(last))
        .append("，还有 ")
        .append(left)
        .append(" 天。")
        .append(RESTART_AND_SUSPENSION);
    return new Assessment(
        Status.RUNNING, runsFrom, last, left, why.toString(), List.copyOf(citations), warnings);
  }
}
