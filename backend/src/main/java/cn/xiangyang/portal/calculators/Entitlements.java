package cn.xiangyang.portal.calculators;

import cn.xiangyang.portal.system.DomainProblem.FieldMessage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The entitlement calculators, one method per calculator, shared by the calculator pages, the
 * assistant, the filing form and the employer check-up. Every method validates its input (a
 * {@link CalculationRejected} naming the field, emitted as the Mono's error), reads the local figures it
 * needs and answers a {@link Calculation}: money is exact ({@link BigDecimal}), rounded HALF_UP to the
 * fen once, at the last step. A local figure that is not recorded (an area's tier, the average wage)
 * never becomes a guess: the answer lists it under {@code gaps}, with the range where one exists.
 */
@Component
public class Entitlements {

  /** The day the 劳动合同法 took effect (第九十八条). */
  public static final LocalDate LABOR_CONTRACT_LAW_EFFECTIVE = LocalDate.of(2008, 1, 1);

  /** Paid days per month (关于职工全年月平均工作时间和工资折算问题的通知 二). */
  public static final BigDecimal PAID_DAYS_PER_MONTH = new BigDecimal("21.75");

  /** Years of service the 3× cap limits compensation to (劳动合同法 第四十七条第二款). */
  public static final int CAPPED_YEARS = 12;

  /** Overtime hours allowed per month (劳动法 第四十一条). */
  public static final int MONTHLY_OVERTIME_LIMIT = 36;

  private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(8);
  private static final BigDecimal MAX_MONEY = new BigDecimal("100000000");

  static final Citation LCL_40 = labor("labor-contract-law", "劳动合同法", 40);
  static final Citation LCL_47 = labor("labor-contract-law", "劳动合同法", 47);
  static final Citation LCL_14 = labor("labor-contract-law", "劳动合同法", 14);
  static final Citation LCL_82 = labor("labor-contract-law", "劳动合同法", 82);
  static final Citation LCL_87 = labor("labor-contract-law", "劳动合同法", 87);
  static final Citation LCL_97 = labor("labor-contract-law", "劳动合同法", 97);
  static final Citation REG_6 = regulation(6);
  static final Citation REG_7 = regulation(7);
  static final Citation REG_20 = regulation(20);
  static final Citation REG_25 = regulation(25);
  static final Citation REG_27 = regulation(27);
  static final Citation LL_41 = labor("labor-law", "劳动法", 41);
  static final Citation LL_44 = labor("labor-law", "劳动法", 44);
  static final Citation LL_48 = labor("labor-law", "劳动法", 48);
  static final Citation CONVERSION_2 =
      labor("working-time-conversion-notice-2025", "关于职工全年月平均工作时间和工资折算问题的通知（2025）", 2);
  static final Citation LEAVE_3 = labor("annual-leave-regulation", "职工带薪年休假条例", 3);
  static final Citation LEAVE_5 = labor("annual-leave-regulation", "职工带薪年休假条例", 5);
  static final Citation LEAVE_MEASURES_5 = labor("annual-leave-measures", "企业职工带薪年休假实施办法", 5);
  static final Citation LEAVE_MEASURES_10 = labor("annual-leave-measures", "企业职工带薪年休假实施办法", 10);
  static final Citation LEAVE_MEASURES_11 = labor("annual-leave-measures", "企业职工带薪年休假实施办法", 11);
  static final Citation LEAVE_MEASURES_12 = labor("annual-leave-measures", "企业职工带薪年休假实施办法", 12);
  static final Citation MAL_27 = Citation.arbitrationLaw(27);
  static final Citation MAL_47 = Citation.arbitrationLaw(47);
  static final Citation SPC_19 =
      labor("spc-labor-dispute-interpretation-1", "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）", 19);

  private final Clock clock;
  private final EntitlementFigures figures;
  private final LimitationPeriod limitation;

  public Entitlements(Clock clock, EntitlementFigures figures, LimitationPeriod limitation) {
    this.clock = clock;
    this.figures = figures;
    this.limitation = limitation;
  }

  // ---------------------------------------------------------------------------------------------
  // Inputs

  /**
   * Inputs of {@code economic-compensation} and {@code unlawful-termination}.
   *
   * @param start the first day of work (用工之日)
   * @param end the last day of the employment (解除或终止之日); may lie ahead for a planned termination
   * @param monthlyWage the average monthly wage of the last 12 months (应得工资, before tax)
   * @param area the area code where the work is done (for the minimum-wage floor); optional
   * @param averageMonthlyWage the local average monthly wage of the previous year, when the person knows
   *     it and the portal has none recorded; optional
   * @param withoutNotice true when the employer dismissed under 劳动合同法 第四十条 without 30 days'
   *     written notice (代通知金); economic compensation only
   * @param lastMonthWage the wage of the month before the dismissal, for the 代通知金; defaults to
   *     {@code monthlyWage}
   */
  public record ServiceInput(
      @Nullable LocalDate start,
      @Nullable LocalDate end,
      @Nullable BigDecimal monthlyWage,
      @Nullable String area,
      @Nullable BigDecimal averageMonthlyWage,
      @Nullable Boolean withoutNotice,
      @Nullable BigDecimal lastMonthWage) {

    /** The four inputs most people know. */
    public static ServiceInput of(
        LocalDate start, LocalDate end, BigDecimal monthlyWage, @Nullable String area) {
      return new ServiceInput(start, end, monthlyWage, area, null, null, null);
    }
  }

  /**
   * Inputs of {@code double-wages}.
   *
   * @param start the first day of work
   * @param end the last day of work (or today while it lasts)
   * @param monthlyWage the monthly wage
   * @param contractSignedOn the day a written contract was signed; null when never
   * @param applyOn the day of applying for arbitration, for the limitation split; defaults to today
   */
  public record DoubleWagesInput(
      @Nullable LocalDate start,
      @Nullable LocalDate end,
      @Nullable BigDecimal monthlyWage,
      @Nullable LocalDate contractSignedOn,
      @Nullable LocalDate applyOn) {}

  /**
   * Inputs of {@code overtime-pay}; hours are those of one month unless {@code months} says more.
   *
   * @param monthlyWage the agreed monthly wage (the overtime base)
   * @param weekdayHours hours beyond the working day (150%)
   * @param restDayHours hours on rest days (200%)
   * @param holidayHours hours on statutory holidays (300%)
   * @param restDayTimeOff true when the rest-day hours were given back as time off (补休), so not paid
   * @param area the area code (for the minimum-wage floor of the base); optional
   * @param month the month worked (for the minimum-wage standard); defaults to the current month
   * @param months how many months the hours cover (for the 36-hour monthly limit); defaults to 1
   */
  public record OvertimeInput(
      @Nullable BigDecimal monthlyWage,
      @Nullable BigDecimal weekdayHours,
      @Nullable BigDecimal restDayHours,
      @Nullable BigDecimal holidayHours,
      @Nullable Boolean restDayTimeOff,
      @Nullable String area,
      @Nullable YearMonth month,
      @Nullable Integer months) {

    public static OvertimeInput of(
        BigDecimal monthlyWage,
        @Nullable BigDecimal weekdayHours,
        @Nullable BigDecimal restDayHours,
        @Nullable BigDecimal holidayHours) {
      return new OvertimeInput(
          monthlyWage, weekdayHours, restDayHours, holidayHours, null, null, null, null);
    }
  }

  /**
   * Inputs of {@code annual-leave-pay}.
   *
   * @param monthlyWage the average monthly wage of the last 12 months without overtime pay
   * @param unusedDays leave days due and not taken
   * @param cumulativeYears total years worked (all employers), to check the entitlement; optional
   * @param year the leave year; defaults to the year of {@code leftOn}, else the current year
   * @param joinedOn the day of joining, when in that year (pro-rated); optional
   * @param leftOn the day of leaving, when in that year (pro-rated); optional
   * @param takenDays leave days already taken that year; optional
   */
  public record AnnualLeaveInput(
      @Nullable BigDecimal monthlyWage,
      @Nullable Integer unusedDays,
      @Nullable Integer cumulativeYears,
      @Nullable Integer year,
      @Nullable LocalDate joinedOn,
      @Nullable LocalDate leftOn,
      @Nullable Integer takenDays) {

    public static AnnualLeaveInput of(BigDecimal monthlyWage, int unusedDays) {
      return new AnnualLeaveInput(monthlyWage, unusedDays, null, null, null, null, null);
    }
  }

  /**
   * Inputs of {@code minimum-wage-check}.
   *
   * @param area the area code
   * @param month the month
   * @param pay the month's pay without overtime pay and special allowances; optional
   */
  public record MinimumWageInput(
      @Nullable String area,
      @Nullable YearMonth month,
      @Nullable BigDecimal pay) {}

  /**
   * Inputs of {@code final-award}.
   *
   * @param claims the claims
   * @param area the area code whose minimum wage sets the threshold
   * @param on the day of the application (the standard in force then); defaults to today
   */
  public record FinalAwardInput(
      @Nullable List<Claim> claims,
      @Nullable String area,
      @Nullable LocalDate on) {}

  /**
   * One claim of {@link FinalAwardInput}.
   *
   * @param category its final-award category
   * @param amount the amount claimed; null for a claim without amount
   * @param label how the person calls it (shown back); optional
   */
  public record Claim(
      FinalAward.@Nullable Category category,
      @Nullable BigDecimal amount,
      @Nullable String label) {}

  // ---------------------------------------------------------------------------------------------
  // economic-compensation

  /** 经济补偿 (and the 代通知金 when asked for): see the {@code economic-compensation} calculator. */
  public Mono<Calculation> economicCompensation(ServiceInput in) {
    return Mono.defer(() -> {
      serviceChecks(in, true).done();
      return knownArea("area", in.area()).then(wageBasis(in)).map(basis -> compensation(in, basis));
    });
  }

  private Calculation compensation(ServiceInput in, WageBasis basis) {
    LocalDate start = checked(in.start()), end = checked(in.end());
    Builder b = new Builder(basis);
    b.cite(LCL_47, REG_27);
    List<String> terms = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;

    if (start.isBefore(LABOR_CONTRACT_LAW_EFFECTIVE)) {
      LocalDate preEnd = end.isBefore(LABOR_CONTRACT_LAW_EFFECTIVE)
          ? end
          : LABOR_CONTRACT_LAW_EFFECTIVE.minusDays(1);
      ServiceLength pre = ServiceLength.of(start, preEnd);
      BigDecimal months = pre.compensationMonthsBefore2008();
      BigDecimal part = basis.floored().multiply(months);
      total = total.add(part);
      b.cite(LCL_97);
      b.step("2008年1月1日以前的工作年限：" + start + " 至 " + preEnd + "，共 " + pre + "，按当时的规定计 "
          + plain(months) + " 个月（不满一年按一年）");
      b.step("2008年以前部分：" + yuan(basis.floored()) + " 元 × " + plain(months) + " = " + yuan(part)
          + " 元");
      b.part("2008年1月1日以前的工作年限部分", part, "按当时的规定（劳动合同法第九十七条第三款）：每满一年支付一个月工资，不满一年按一年；不适用三倍封顶");
      b.assume(
          "2008年以前的部分按当时的规定（《违反和解除劳动合同的经济补偿办法》）计算：当时只有协商解除、用人单位依法解除等情形才支付补偿，劳动合同期满终止不支付；因不能胜任工作等原因解除的，当时最多支付12个月。请按您的解除原因核对。");
      terms.add(yuan(basis.floored()) + " × " + plain(months) + "（2008年以前）");
    }
    if (!end.isBefore(LABOR_CONTRACT_LAW_EFFECTIVE)) {
      LocalDate postStart =
          start.isBefore(LABOR_CONTRACT_LAW_EFFECTIVE) ? LABOR_CONTRACT_LAW_EFFECTIVE : start;
      ServiceLength post = ServiceLength.of(postStart, end);
      BigDecimal months = post.compensationMonths();
      BigDecimal base = basis.capped();
      b.step((postStart.equals(start) ? "工作年限：" : "2008年1月1日起的工作年限：") + postStart + " 至 " + end
          + "，共 " + post + "，计 " + plain(months) + " 个月（满六个月按一年，不满六个月按半个月）");
      if (basis.capApplies() && months.compareTo(BigDecimal.valueOf(CAPPED_YEARS)) > 0) {
        months = BigDecimal.valueOf(CAPPED_YEARS);
        b.step("月工资高于上年度职工月平均工资三倍，年限最多计 " + CAPPED_YEARS + " 年");
      }
      BigDecimal part = base.multiply(months);
      total = total.add(part);
      b.step("经济补偿：" + yuan(base) + " 元 × " + plain(months) + " = " + yuan(part) + " 元");
      if (start.isBefore(LABOR_CONTRACT_LAW_EFFECTIVE)) {
        b.part("2008年1月1日起的工作年限部分", part, "按劳动合同法第四十七条计算");
      }
      terms.add(yuan(base) + " × " + plain(months));
    }
    if (Boolean.TRUE.equals(in.withoutNotice())) {
      BigDecimal lastMonth =
          in.lastMonthWage() != null ? in.lastMonthWage() : checked(in.monthlyWage());
      total = total.add(lastMonth);
      b.cite(LCL_40, REG_20);
      b.step("代通知金（未提前三十日书面通知）：上一个月工资 " + yuan(lastMonth) + " 元");
      b.part("代通知金", lastMonth, "劳动合同法第四十条：用人单位未提前三十日书面通知的，额外支付一个月工资，按上一个月的工资标准（实施条例第二十条）");
      b.assume("代通知金只在用人单位依劳动合同法第四十条（医疗期满、不能胜任、客观情况重大变化）解除且未提前三十日书面通知时才有。");
      terms.add(yuan(lastMonth) + "（代通知金）");
    }
    b.assume("月工资是解除或终止前12个月的平均应得工资（税前，含奖金、津贴、补贴），工作不满12个月的按实际月数平均（实施条例第二十七条）。");
    b.assume("工作年限从入职当日算到劳动合同解除或终止当日，两头都算；满六个月按一年计（“以上”包括本数），不满六个月按半年计。");
    b.assume("经济补偿只在劳动合同法第四十六条规定的情形下才有，例如用人单位提出协商解除、依第四十条或第四十一条解除、劳动合同期满用人单位不续签等；劳动者主动辞职一般没有。");
    BigDecimal amount = total.setScale(2, RoundingMode.HALF_UP);
    return b.build(amount, "经济补偿 = " + String.join(" + ", terms) + " = " + yuan(amount) + " 元");
  }

  // ---------------------------------------------------------------------------------------------
  // unlawful-termination

  /** 违法解除或终止的赔偿金 (2N): see the {@code unlawful-termination} calculator. */
  public Mono<Calculation> unlawfulTermination(ServiceInput in) {
    return Mono.defer(() -> {
      serviceChecks(in, false).done();
      return knownArea("area", in.area()).then(wageBasis(in)).map(basis -> damages(in, basis));
    });
  }

  private Calculation damages(ServiceInput in, WageBasis basis) {
    Builder b = new Builder(basis);
    b.cite(LCL_87, LCL_47, REG_25, REG_27);
    // 实施条例 第二十五条: the years for damages count from the first day of work, also before 2008.
    ServiceLength length = ServiceLength.of(checked(in.start()), checked(in.end()));
    BigDecimal months = length.compensationMonths();
    b.step("工作年限：" + in.start() + " 至 " + in.end() + "，共 " + length + "，计 " + plain(months)
        + " 个月（满六个月按一年，不满六个月按半个月）");
    if (basis.capApplies() && months.compareTo(BigDecimal.valueOf(CAPPED_YEARS)) > 0) {
      months = BigDecimal.valueOf(CAPPED_YEARS);
      b.step("月工资高于上年度职工月平均工资三倍，年限最多计 " + CAPPED_YEARS + " 年");
    }
    // 劳动合同法 第八十七条: twice the economic compensation standard; N is a sum in fen (rounded once,
    // HALF_UP), and doubling it is exact, so the damages are always exactly 2 × N.
    BigDecimal n = basis.capped().multiply(months).setScale(2, RoundingMode.HALF_UP);
    BigDecimal total = n.multiply(BigDecimal.TWO);
    b.step("经济补偿标准 N：" + yuan(basis.capped()) + " 元 × " + plain(months) + " = " + yuan(n) + " 元");
    b.step("赔偿金 2N：" + yuan(n) + " 元 × 2 = " + yuan(total) + " 元");
    b.assume("赔偿金只在用人单位违法解除或终止劳动合同、且劳动者不要求继续履行（或已不能继续履行）时才有（劳动合同法第四十八条、第八十七条）。");
    b.assume("支付了赔偿金的，不再支付经济补偿；赔偿金的年限自用工之日起计算，2008年以前的年限也按第四十七条计入（实施条例第二十五条）。");
    b.assume("月工资是解除或终止前12个月的平均应得工资（税前），工作年限从入职当日算到解除当日。");
    BigDecimal amount = total.setScale(2, RoundingMode.HALF_UP);
    return b.build(
        amount,
        "赔偿金 = 2 × " + yuan(basis.capped()) + " × " + plain(months) + " = 2 × " + yuan(n) + " = "
            + yuan(amount) + " 元");
  }

  private Checks serviceChecks(ServiceInput in, boolean compensation) {
    Checks c = new Checks(today());
    c.pastDate("start", in.start(), "入职日期");
    c.required("end", in.end(), "劳动合同解除或终止的日期");
    c.notBefore("end", in.end(), in.start(), "解除或终止日期不能早于入职日期，请检查。");
    c.money("monthlyWage", in.monthlyWage(), "月工资", true);
    c.money("averageMonthlyWage", in.averageMonthlyWage(), "上年度职工月平均工资", false);
    if (compensation) {
      c.money("lastMonthWage", in.lastMonthWage(), "上一个月工资", false);
    }
    c.area("area", in.area());
    return c;
  }

  /** The monthly wage after the minimum-wage floor and the 3× average-wage cap, with what was used. */
  private Mono<WageBasis> wageBasis(ServiceInput in) {
    Mono<Optional<EntitlementFigures.MinimumWageStandard>> minimum = in.area() == null
        ? Mono.just(Optional.empty())
        : figures
            .minimumWage(in.area(), checked(in.end()))
            .map(Optional::of)
            .defaultIfEmpty(Optional.empty());
    Mono<Optional<EntitlementFigures.AverageWage>> average = in.averageMonthlyWage() != null
        ? Mono.just(Optional.empty())
        : figures.averageWage(checked(in.end())).map(Optional::of).defaultIfEmpty(Optional.empty());
    return Mono.zip(minimum, average)
        .map(t -> WageBasis.of(in, t.getT1().orElse(null), t.getT2().orElse(null)));
  }

  /** The wage basis of a compensation: floor, cap and the notes they produce. */
  private record WageBasis(
      BigDecimal floored,
      BigDecimal capped,
      boolean capApplies,
      List<String> steps,
      List<String> gaps,
      List<Calculation.FigureUsed> figures,
      List<Citation> citations) {

    static WageBasis of(
        ServiceInput in,
        EntitlementFigures.@Nullable MinimumWageStandard minimum,
        EntitlementFigures.@Nullable AverageWage average) {
      BigDecimal wage = checked(in.monthlyWage());
      List<String> steps = new ArrayList<>();
      List<String> gaps = new ArrayList<>();
      List<Calculation.FigureUsed> used = new ArrayList<>();
      BigDecimal floored = wage;
      if (in.area() == null) {
        gaps.add("没有选择工作地区，未核对当地最低工资标准：平均工资低于最低工资标准的，按最低工资标准计算（实施条例第二十七条）。选择地区后可自动核对。");
      } else if (minimum == null) {
        gaps.add("没有找到该地区在 " + in.end()
            + " 有效的最低工资标准记录，未核对最低工资标准；平均工资低于当地最低工资标准的，应按最低工资标准计算（实施条例第二十七条），请向 12333 核实当时的标准。");
      } else {
        var tier = minimum.known();
        EntitlementFigures.Tier floorTier = tier.orElse(minimum.lowest());
        used.add(minimumWageFigure(minimum, floorTier, tier.isPresent()));
        if (wage.compareTo(floorTier.monthly()) < 0) {
          floored = floorTier.monthly();
          steps.add("平均工资 " + yuan(wage) + " 元低于当地最低工资标准 " + yuan(floorTier.monthly())
              + " 元，按最低工资标准计算（实施条例第二十七条）");
        }
        if (tier.isEmpty() && floored.compareTo(minimum.highest().monthly()) < 0) {
          gaps.add(minimum.areaName() + "属于最低工资的哪一档尚未核实：已按最低档 "
              + yuan(minimum.lowest().monthly()) + " 元核对；如果属于更高的档次（最高 "
              + yuan(minimum.highest().monthly()) + " 元），计算基数可能更高，请向 12333 核实。");
        }
      }
      BigDecimal cap = null;
      if (in.averageMonthlyWage() != null) {
        cap = in.averageMonthlyWage().multiply(BigDecimal.valueOf(3));
        used.add(new Calculation.FigureUsed(
            "上年度职工月平均工资（您提供）", yuan(in.averageMonthlyWage()), null, "您提供"));
      } else if (average != null) {
        cap = average.monthly().multiply(BigDecimal.valueOf(3));
        used.add(new Calculation.FigureUsed(
            average.area() + average.year() + "年职工月平均工资",
            yuan(average.monthly()),
            average.effective(),
            average.source() + (average.verified() ? "" : "（未经官方原文核实）")));
      } else {
        gaps.add(
            "襄阳市上年度职工月平均工资尚未录入本系统：如果您的月工资高于它的三倍，经济补偿按三倍计算、年限最多12年（劳动合同法第四十七条第二款），结果会低于这里的金额。请向襄阳市劳动人事争议仲裁院或 12333 核实该数值，并填写“上年度职工月平均工资”重新计算。");
      }
      boolean capApplies = cap != null && floored.compareTo(cap) > 0;
      BigDecimal capped = cap != null && capApplies ? cap : floored;
      if (cap != null) {
        steps.add(
            capApplies
                ? "月工资 " + yuan(floored) + " 元高于三倍封顶 " + yuan(cap) + " 元，按 " + yuan(cap)
                    + " 元计算，年限最多12年（劳动合同法第四十七条第二款）"
                : "月工资 " + yuan(floored) + " 元不高于三倍封顶 " + yuan(cap) + " 元，不封顶");
      }
      return new WageBasis(floored, capped, capApplies, steps, gaps, used, List.of());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // double-wages

  /** 未签书面劳动合同的二倍工资差额: see the {@code double-wages} calculator. */
  public Mono<Calculation> doubleWages(DoubleWagesInput in) {
    return Mono.fromCallable(() -> {
      Checks c = new Checks(today());
      c.pastDate("start", in.start(), "入职日期");
      c.required("end", in.end(), "离职日期（仍在职请填今天）");
      c.notBefore("end", in.end(), in.start(), "离职日期不能早于入职日期，请检查。");
      c.money("monthlyWage", in.monthlyWage(), "月工资", true);
      c.notFuture("contractSignedOn", in.contractSignedOn(), "签订书面劳动合同的日期");
      c.notBefore("applyOn", in.applyOn(), in.start(), "申请仲裁的日期不能早于入职日期。");
      c.done();
      return doubleWageCalculation(in);
    });
  }

  private Calculation doubleWageCalculation(DoubleWagesInput in) {
    LocalDate start = checked(in.start()), end = checked(in.end());
    BigDecimal wage = checked(in.monthlyWage());
    LocalDate applyOn = in.applyOn() != null ? in.applyOn() : today();
    Builder b = new Builder(null);
    b.cite(LCL_82, REG_6, REG_7, MAL_27);
    // 实施条例 第六条第二款: from the day after one full month of work (the first day counts);
    // 第七条: at most until the day before one full year, then an open-ended contract is deemed made.
    LocalDate from = start.plusMonths(1);
    LocalDate yearEnd = start.plusYears(1).minusDays(1);
    LocalDate until = end;
    String why = "离职日";
    if (yearEnd.isBefore(until)) {
      until = yearEnd;
      why = "满一年的前一日";
    }
    if (in.contractSignedOn() != null && in.contractSignedOn().minusDays(1).isBefore(until)) {
      until = in.contractSignedOn().minusDays(1);
      why = "补签书面合同的前一日";
    }
    b.step("入职 " + start + "，满一个月的次日 " + from + " 起算，截止到" + why + " " + until);
    if (until.isBefore(from)) {
      b.step("没有超过一个月未签书面合同的期间，不产生二倍工资");
      b.assume("用工之日起一个月内签订书面劳动合同的，不支付二倍工资（劳动合同法第十条、第八十二条）。");
      BigDecimal zero = BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY);
      return b.build(zero, "二倍工资差额 = 0.00 元（没有超过一个月未签合同的期间）");
    }
    if (!end.isBefore(start.plusYears(1))) {
      b.cite(LCL_14);
      b.assume("自用工之日起满一年仍未签书面合同的，视为自满一年的当日起已订立无固定期限劳动合同（劳动合同法第十四条第三款、实施条例第七条），此后不再有二倍工资。");
    }
    // Walk month by month: full months at one monthly wage each, a partial month by paid days.
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal barred = BigDecimal.ZERO;
    int fullMonths = 0;
    int barredMonths = 0;
    long partialDays = 0;
    // Month k runs from start + (k+1) months to the day before start + (k+2) months: counted from
    // the
    // first day of work itself, so short months never drift the count and the eleventh month ends
    // on
    // the day before the first anniversary.
    for (int k = 0; !start.plusMonths(k + 1).isAfter(until); k++) {
      LocalDate s = start.plusMonths(k + 1);
      LocalDate monthEnd = start.plusMonths(k + 2).minusDays(1);
      LocalDate segmentEnd = monthEnd.isAfter(until) ? until : monthEnd;
      BigDecimal share;
      if (segmentEnd.equals(monthEnd)) {
        share = wage;
        fullMonths++;
      } else {
        long days = weekdays(s, segmentEnd);
        partialDays += days;
        // A part of a month never costs more than the whole month (23 weekdays exceed 21.75).
        share = wage.multiply(BigDecimal.valueOf(days))
            .divide(PAID_DAYS_PER_MONTH, 10, RoundingMode.HALF_UP)
            .min(wage);
      }
      total = total.add(share);
      if (!withinLimitation(segmentEnd, applyOn).within()) {
        barred = barred.add(share);
        barredMonths++;
      }
    }
    BigDecimal amount = total.setScale(2, RoundingMode.HALF_UP);
    BigDecimal barredAmount = barred.setScale(2, RoundingMode.HALF_UP);
    String count = fullMonths + " 个月" + (partialDays > 0 ? " 又 " + partialDays + " 个工作日" : "");
    b.step("二倍工资期间：" + from + " 至 " + until + "，共 " + count);
    if (partialDays > 0) {
      b.step("不足一个月的部分按日工资（月工资 ÷ 21.75）× 工作日计算");
      b.cite(CONVERSION_2);
      b.assume("不足一个月的部分按周一至周五的天数计，未扣除法定节假日调休。");
    }
    b.step("应另付一倍工资：" + yuan(wage) + " 元 × " + count + " = " + yuan(amount) + " 元");
    LimitationPeriod.Assessment whole = withinLimitation(until, applyOn).assessment();
    b.step("时效（本平台采用的观点，整体计算）：二倍工资期间届满于 " + until + "，申请的最后一天是 " + whole.lastDay()
        + (whole.status() == LimitationPeriod.Status.EXPIRED
            ? "，按 " + applyOn + " 申请已经超过"
            : "，按 " + applyOn + " 申请仍在时效内"));
    b.step("按月分别计算时效（有的仲裁委这样认定）：时效内 " + yuan(amount.subtract(barredAmount)) + " 元，可能已过时效 "
        + yuan(barredAmount) + " 元");
    b.part("仲裁时效内的月份", amount.subtract(barredAmount), "按 " + applyOn + " 申请仲裁，这些月份距申请日未超过一年");
    b.part(
        "可能已过仲裁时效的月份",
        barredAmount,
        barredMonths == 0
            ? "没有"
            : barredMonths + " 个期间距 " + applyOn
                + " 已超过一年（劳动合同法第八十二条的二倍工资不属于劳动报酬，时效一年，劳动争议调解仲裁法第二十七条）");
    b.assume("金额是已付工资之外应另付的一倍工资（差额），月工资按应得工资计算。");
    b.assume(
        "“可能已过时效”按每个月分别计算一年，是较保守的算法；本平台采用的观点是整个二倍工资差额从期间届满的次日起算一年（见计算过程）。时效中断（如曾书面向单位主张）会重新计算，请以仲裁委认定为准、尽早申请。");
    return b.build(
        amount, "二倍工资差额 = 月工资 " + yuan(wage) + " 元 × " + count + " = " + yuan(amount) + " 元");
  }

  /**
   * Whether the double wage of a period ending on {@code periodEnd} is still within the one-year
   * limitation when applying on {@code applyOn}. The one place where the limitation rule is applied to
   * double wages, so that a different rule can be switched in here.
   */
  private Limitation withinLimitation(LocalDate periodEnd, LocalDate applyOn) {
    // 劳动争议调解仲裁法 第二十七条第一款: one year from the day after the period ends; the calculators
    // module's LimitationPeriod places the start and rolls a last day on a rest day to the next
    // working day.
    LimitationPeriod.Assessment a = limitation.assess(new LimitationPeriod.Query(
        LimitationPeriod.ClaimKind.DOUBLE_WAGES,
        null,
        null,
        null,
        null,
        periodEnd,
        null,
        null,
        null,
        applyOn));
    return new Limitation(a.status() != LimitationPeriod.Status.EXPIRED, a);
  }

  private record Limitation(boolean within, LimitationPeriod.Assessment assessment) {}

  private static long weekdays(LocalDate from, LocalDate to) {
    long n = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        n++;
      }
    }
    return n;
  }

  // ---------------------------------------------------------------------------------------------
  // overtime-pay

  /** 加班费: see the {@code overtime-pay} calculator. */
  public Mono<Calculation> overtimePay(OvertimeInput in) {
    return Mono.defer(() -> {
      Checks c = new Checks(today());
      c.money("monthlyWage", in.monthlyWage(), "月工资", true);
      c.hours("weekdayHours", in.weekdayHours(), "工作日延长的小时数");
      c.hours("restDayHours", in.restDayHours(), "休息日加班的小时数");
      c.hours("holidayHours", in.holidayHours(), "法定节假日加班的小时数");
      c.area("area", in.area());
      if (in.months() != null && (in.months() < 1 || in.months() > 120)) {
        c.add("months", "月数应在 1 到 120 之间。");
      }
      if (zero(in.weekdayHours())
                  .add(zero(in.restDayHours()))
                  .add(zero(in.holidayHours()))
                  .signum()
              == 0
          && c.isClean()) {
        c.add("weekdayHours", "请至少填写一种加班的小时数。");
      }
      c.done();
      YearMonth month = in.month() != null ? in.month() : YearMonth.now(clock);
      Mono<Optional<EntitlementFigures.MinimumWageStandard>> minimum = in.area() == null
          ? Mono.just(Optional.empty())
          : figures
              .minimumWage(in.area(), month.atDay(1))
              .map(Optional::of)
              .defaultIfEmpty(Optional.empty());
      return knownArea("area", in.area())
          .then(minimum)
          .map(m -> overtime(in, month, m.orElse(null)));
    });
  }

  private Calculation overtime(
      OvertimeInput in, YearMonth month, EntitlementFigures.@Nullable MinimumWageStandard minimum) {
    Builder b = new Builder(null);
    b.cite(LL_44, CONVERSION_2);
    BigDecimal base = checked(in.monthlyWage());
    if (minimum != null) {
      var tier = minimum.known();
      EntitlementFigures.Tier floor = tier.orElse(minimum.lowest());
      b.figure(minimumWageFigure(minimum, floor, tier.isPresent()));
      if (base.compareTo(floor.monthly()) < 0) {
        b.cite(LL_48);
        b.step(
            "约定工资 " + yuan(base) + " 元低于当地最低工资标准 " + yuan(floor.monthly()) + " 元，按最低工资标准作为加班费基数");
        base = floor.monthly();
      }
      if (tier.isEmpty() && base.compareTo(minimum.highest().monthly()) < 0) {
        b.gap(
            minimum.areaName() + "属于最低工资的哪一档尚未核实：已按最低档 " + yuan(minimum.lowest().monthly())
                + " 元核对基数；如果属于更高的档次（最高 " + yuan(minimum.highest().monthly()) + " 元），基数可能更高。");
      }
    } else if (in.area() == null) {
      b.gap("没有选择工作地区，未核对加班费基数是否低于当地最低工资标准。");
    } else {
      b.gap("没有找到该地区 " + month + " 有效的最低工资标准记录，未核对加班费基数是否低于最低工资标准，请向 12333 核实。");
    }
    BigDecimal weekday = zero(in.weekdayHours());
    BigDecimal restDay = zero(in.restDayHours());
    BigDecimal holiday = zero(in.holidayHours());
    boolean timeOff = Boolean.TRUE.equals(in.restDayTimeOff());
    BigDecimal paidRestDay = timeOff ? BigDecimal.ZERO : restDay;
    BigDecimal divisor = PAID_DAYS_PER_MONTH.multiply(HOURS_PER_DAY);
    BigDecimal hourly = base.divide(divisor, 4, RoundingMode.HALF_UP);
    b.step("小时工资：" + yuan(base) + " 元 ÷ 21.75 天 ÷ 8 小时 = "
        + hourly.stripTrailingZeros().toPlainString() + " 元（计算中不提前取整）");
    // 劳动法 第四十四条: 150% beyond the working day, 200% on rest days without time off, 300% on holidays.
    BigDecimal weighted = weekday
        .multiply(new BigDecimal("1.5"))
        .add(paidRestDay.multiply(BigDecimal.TWO))
        .add(holiday.multiply(BigDecimal.valueOf(3)));
    List<String> terms = new ArrayList<>();
    if (weekday.signum() > 0) {
      b.step("工作日延长：" + plain(weekday) + " 小时 × 150% = "
          + yuan(money(base, weekday.multiply(new BigDecimal("1.5")), divisor)) + " 元");
      terms.add(plain(weekday) + " × 150%");
    }
    if (restDay.signum() > 0) {
      if (timeOff) {
        b.step("休息日：" + plain(restDay) + " 小时已安排补休，不另付加班费");
      } else {
        b.step("休息日：" + plain(restDay) + " 小时 × 200% = "
            + yuan(money(base, restDay.multiply(BigDecimal.TWO), divisor)) + " 元");
        terms.add(plain(restDay) + " × 200%");
      }
    }
    if (holiday.signum() > 0) {
      b.step("法定节假日：" + plain(holiday) + " 小时 × 300% = "
          + yuan(money(base, holiday.multiply(BigDecimal.valueOf(3)), divisor)) + " 元");
      terms.add(plain(holiday) + " × 300%");
    }
    BigDecimal amount = money(base, weighted, divisor);
    int months = in.months() != null ? in.months() : 1;
    BigDecimal perMonth = weekday
        .add(restDay)
        .add(holiday)
        .divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
    if (perMonth.compareTo(BigDecimal.valueOf(MONTHLY_OVERTIME_LIMIT)) > 0) {
      b.cite(LL_41);
      b.part(
          "超过法定加班上限",
          null,
          "平均每月加班 " + plain(perMonth) + " 小时，超过劳动法第四十一条每月三十六小时的上限（用人单位违法）；超出部分仍应支付加班费");
    }
    b.assume("加班小时数是" + (months == 1 ? "一个月" : months + " 个月")
        + "内的合计；基数是劳动合同约定的月工资（没有约定的按实际工资），不低于当地最低工资标准。");
    b.assume("节假日加班不能以补休代替；休息日加班安排了补休的不付加班费。实行综合计算工时或不定时工作制的，计算方法不同。");
    return b.build(
        amount,
        "加班费 = " + yuan(base) + " ÷ 21.75 ÷ 8 × ("
            + (terms.isEmpty() ? "0" : String.join(" + ", terms)) + ") = " + yuan(amount) + " 元");
  }

  /** wage × weight ÷ divisor, rounded HALF_UP to the fen: the one rounding of a result. */
  private static BigDecimal money(BigDecimal wage, BigDecimal weight, BigDecimal divisor) {
    return wage.multiply(weight).divide(divisor, 2, RoundingMode.HALF_UP);
  }

  // ---------------------------------------------------------------------------------------------
  // annual-leave-pay

  /** 未休年休假工资报酬: see the {@code annual-leave-pay} calculator. */
  public Mono<Calculation> annualLeavePay(AnnualLeaveInput in) {
    return Mono.fromCallable(() -> {
      Checks c = new Checks(today());
      c.money("monthlyWage", in.monthlyWage(), "月工资", true);
      c.required("unusedDays", in.unusedDays(), "未休的年休假天数");
      if (in.unusedDays() != null && (in.unusedDays() < 0 || in.unusedDays() > 15 * 3)) {
        c.add("unusedDays", "未休天数应在 0 到 45 之间（每年最多 15 天）。");
      }
      if (in.cumulativeYears() != null && (in.cumulativeYears() < 0 || in.cumulativeYears() > 60)) {
        c.add("cumulativeYears", "累计工作年限应在 0 到 60 之间。");
      }
      if (in.takenDays() != null && (in.takenDays() < 0 || in.takenDays() > 15)) {
        c.add("takenDays", "已休天数应在 0 到 15 之间。");
      }
      c.notBefore("leftOn", in.leftOn(), in.joinedOn(), "离职日期不能早于入职日期。");
      c.done();
      return annualLeave(in);
    });
  }

  private Calculation annualLeave(AnnualLeaveInput in) {
    Builder b = new Builder(null);
    b.cite(LEAVE_5, LEAVE_MEASURES_10, LEAVE_MEASURES_11);
    int days = checked(in.unusedDays());
    if (in.cumulativeYears() != null) {
      b.cite(LEAVE_3);
      int years = in.cumulativeYears();
      // 职工带薪年休假条例 第三条: 5 days from 1 year, 10 from 10 years, 15 from 20 years of cumulative work.
      int full = years >= 20 ? 15 : years >= 10 ? 10 : years >= 1 ? 5 : 0;
      b.step("累计工作 " + years + " 年，全年应休年休假 " + full + " 天");
      int year = in.year() != null
          ? in.year()
          : in.leftOn() != null ? in.leftOn().getYear() : LocalDate.now(clock).getYear();
      LocalDate first = LocalDate.of(year, 1, 1), last = LocalDate.of(year, 12, 31);
      LocalDate from =
          in.joinedOn() != null && in.joinedOn().isAfter(first) ? in.joinedOn() : first;
      LocalDate to = in.leftOn() != null && in.leftOn().isBefore(last) ? in.leftOn() : last;
      int entitled = full;
      if (!from.equals(first) || !to.equals(last)) {
        long calendarDays = to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
        // 实施办法 第五条、第十二条: (calendar days in the unit that year ÷ 365) × the year's days, whole days
        // only.
        entitled = BigDecimal.valueOf(calendarDays)
            .multiply(BigDecimal.valueOf(full))
            .divide(BigDecimal.valueOf(365), 0, RoundingMode.DOWN)
            .intValue();
        b.cite(!from.equals(first) ? LEAVE_MEASURES_5 : LEAVE_MEASURES_12);
        b.step(year + "年在本单位 " + calendarDays + " 天：" + calendarDays + " ÷ 365 × " + full + " = "
            + entitled + " 天（不足1整天的部分不计）");
      }
      int taken = in.takenDays() != null ? in.takenDays() : 0;
      int due = Math.max(0, entitled - taken);
      if (taken > 0) {
        b.step("已休 " + taken + " 天，应休未休 " + due + " 天");
      }
      if (days > due) {
        b.step("您填写的未休天数 " + days + " 天多于按规定折算的 " + due + " 天，按 " + due + " 天计算");
        days = due;
      }
      if (years < 1) {
        b.assume("累计工作未满1年的，不享受年休假（条例第三条）。");
      }
    } else {
      b.gap("没有填写累计工作年限，未核对应休天数：累计工作满1年不满10年 5 天，满10年不满20年 10 天，满20年 15 天（条例第三条）。");
    }
    BigDecimal wage = checked(in.monthlyWage());
    BigDecimal daily = wage.divide(PAID_DAYS_PER_MONTH, 4, RoundingMode.HALF_UP);
    BigDecimal amount = wage.multiply(BigDecimal.valueOf(days))
        .multiply(BigDecimal.TWO)
        .divide(PAID_DAYS_PER_MONTH, 2, RoundingMode.HALF_UP);
    b.step("日工资：" + yuan(wage) + " 元 ÷ 21.75 = " + daily.stripTrailingZeros().toPlainString()
        + " 元（计算中不提前取整）");
    b.step("应另付：日工资 × " + days + " 天 × 200% = " + yuan(amount) + " 元");
    b.assume("未休年休假工资报酬为日工资的300%，其中100%是正常工作期间已付的工资，所以还应另付200%（实施办法第十条）。");
    b.assume("月工资是支付前12个月剔除加班工资后的月平均工资（实施办法第十一条）。");
    b.assume("单位安排了年休假、劳动者本人书面提出不休的，单位只需支付正常工资，不另付200%（实施办法第十条第二款）。");
    return b.build(
        amount,
        "未休年休假工资 = " + yuan(wage) + " ÷ 21.75 × " + days + " × 200% = " + yuan(amount) + " 元");
  }

  // ---------------------------------------------------------------------------------------------
  // minimum-wage-check

  /** The minimum wage standard of an area in a month, and whether a pay meets it. */
  public Mono<Calculation> minimumWageCheck(MinimumWageInput in) {
    return Mono.defer(() -> {
      Checks c = new Checks(today());
      c.required("area", in.area(), "工作地区");
      c.area("area", in.area());
      c.required("month", in.month(), "月份");
      c.money("pay", in.pay(), "当月工资", false);
      c.done();
      LocalDate first = checked(in.month()).atDay(1);
      return knownArea("area", in.area())
          .then(figures.minimumWage(checked(in.area()), first))
          .switchIfEmpty(Mono.error(() -> CalculationRejected.field(
              "month",
              "本系统没有 " + in.month() + " 有效的最低工资标准记录（可能是标准的执行日期尚未核实），请向 12333 或仲裁机构核实当时的标准。")))
          .zipWith(figures.minimumWage(checked(in.area()), checked(in.month()).atEndOfMonth()))
          .map(t -> minimumWage(in, t.getT1(), t.getT2()));
    });
  }

  private Calculation minimumWage(
      MinimumWageInput in,
      EntitlementFigures.MinimumWageStandard standard,
      EntitlementFigures.MinimumWageStandard atMonthEnd) {
    Builder b = new Builder(null);
    b.cite(LL_48);
    var tier = standard.known();
    EntitlementFigures.Tier shown = tier.orElse(standard.lowest());
    b.figure(minimumWageFigure(standard, shown, tier.isPresent()));
    if (shown.hourly() != null) {
      b.figure(new Calculation.FigureUsed(
          standard.areaName() + "非全日制小时最低工资标准"
              + (tier.isPresent() ? "（第" + shown.tier() + "档）" : "（最低档）"),
          yuan(shown.hourly()),
          standard.effective(),
          standard.source()));
    }
    String tierText = tier.isPresent() ? "第" + shown.tier() + "档" : "档次未核实";
    b.step(in.month() + " " + standard.areaName() + "（" + tierText + "）执行 " + standard.effective()
        + " 起的标准：月 " + yuan(shown.monthly()) + " 元"
        + (shown.hourly() != null ? "，小时 " + yuan(shown.hourly()) + " 元" : ""));
    if (tier.isEmpty() && standard.tiers().size() > 1) {
      b.gap(standard.areaName() + "属于哪一档尚未核实：月最低工资在 " + yuan(standard.lowest().monthly()) + " 元到 "
          + yuan(standard.highest().monthly()) + " 元之间；这里的金额是最低档，请向 12333 核实本区域的档次。");
      b.part(
          "可能的范围",
          null,
          "月 " + yuan(standard.lowest().monthly()) + " – "
              + yuan(standard.highest().monthly()) + " 元");
    }
    if (!standard.verified()) {
      b.assume("该标准未经官方原文核实，仅供参考：" + standard.source());
    }
    if (!atMonthEnd.effective().equals(standard.effective())) {
      b.assume(atMonthEnd.effective() + " 起执行新标准，当月分两段适用不同标准。");
    }
    if (in.pay() != null) {
      BigDecimal pay = in.pay();
      BigDecimal certainFloor =
          tier.isPresent() ? shown.monthly() : standard.lowest().monthly();
      BigDecimal possibleFloor =
          tier.isPresent() ? shown.monthly() : standard.highest().monthly();
      if (pay.compareTo(certainFloor) < 0) {
        b.part(
            "低于最低工资标准",
            certainFloor.subtract(pay),
            "当月工资 " + yuan(pay) + " 元低于 " + yuan(certainFloor) + " 元，至少差 "
                + yuan(certainFloor.subtract(pay)) + " 元（劳动法第四十八条）");
        b.step("当月工资 " + yuan(pay) + " 元 < " + yuan(certainFloor) + " 元：不达标");
      } else if (pay.compareTo(possibleFloor) >= 0) {
        b.part("达到最低工资标准", null, "当月工资 " + yuan(pay) + " 元不低于 " + yuan(possibleFloor) + " 元");
        b.step("当月工资 " + yuan(pay) + " 元 ≥ " + yuan(possibleFloor) + " 元：达标");
      } else {
        b.part(
            "无法确定是否达标",
            null,
            "当月工资 " + yuan(pay) + " 元高于最低档、低于最高档，取决于" + standard.areaName() + "所属的档次");
        b.step("当月工资 " + yuan(pay) + " 元在 " + yuan(certainFloor) + " 元与 " + yuan(possibleFloor)
            + " 元之间：取决于档次");
      }
      b.assume("比较用的工资不含加班工资，中班、夜班、高温、低温、井下、有毒有害等特殊条件下的津贴，以及法律法规和国家规定的福利待遇。");
    }
    BigDecimal amount = shown.monthly().setScale(2, RoundingMode.HALF_UP);
    return b.build(
        amount,
        "月最低工资标准 = " + yuan(amount) + " 元（" + standard.areaName() + "，" + tierText + "，"
            + standard.effective() + " 起执行）");
  }

  // ---------------------------------------------------------------------------------------------
  // final-award

  /** Per claim whether an award would likely be final, with the threshold and its date. */
  public Mono<Calculation> finalAward(FinalAwardInput in) {
    return Mono.defer(() -> {
      Checks c = new Checks(today());
      c.required("area", in.area(), "工作地区");
      c.area("area", in.area());
      if (in.claims() == null || in.claims().isEmpty()) {
        c.add("claims", "请至少填写一项请求。");
      } else if (in.claims().size() > 30) {
        c.add("claims", "请求最多 30 项。");
      } else {
        for (int i = 0; i < in.claims().size(); i++) {
          Claim claim = in.claims().get(i);
          if (claim == null || claim.category() == null) {
            c.add("claims[" + i + "].category", "请选择请求的类别。");
          } else {
            c.money("claims[" + i + "].amount", claim.amount(), "请求金额", false);
          }
        }
      }
      c.done();
      LocalDate on = in.on() != null ? in.on() : today();
      return knownArea("area", in.area())
          .then(figures.minimumWage(checked(in.area()), on))
          .switchIfEmpty(Mono.error(() -> CalculationRejected.field(
              "on", "本系统没有 " + on + " 有效的最低工资标准记录，无法确定终局裁决的标准，请向仲裁机构核实。")))
          .map(standard -> finalAwardCalculation(in, on, standard));
    });
  }

  private Calculation finalAwardCalculation(
      FinalAwardInput in, LocalDate on, EntitlementFigures.MinimumWageStandard standard) {
    Builder b = new Builder(null);
    b.cite(MAL_47, SPC_19);
    var tier = standard.known();
    EntitlementFigures.Tier low = tier.orElse(standard.lowest());
    EntitlementFigures.Tier high = tier.orElse(standard.highest());
    BigDecimal lowThreshold = FinalAward.threshold(low.monthly());
    BigDecimal highThreshold = FinalAward.threshold(high.monthly());
    b.figure(minimumWageFigure(standard, low, tier.isPresent()));
    b.step("终局标准：" + standard.areaName() + "月最低工资 " + yuan(low.monthly()) + " 元 × 12 = "
        + yuan(lowThreshold) + " 元（" + standard.effective() + " 起执行的标准）");
    if (tier.isEmpty() && highThreshold.compareTo(lowThreshold) != 0) {
      b.gap(standard.areaName() + "属于最低工资的哪一档尚未核实：终局标准在 " + yuan(lowThreshold) + " 元到 "
          + yuan(highThreshold) + " 元之间；金额落在这个范围内的请求是否终局，取决于档次。");
      b.part("终局标准的可能范围", null, yuan(lowThreshold) + " – " + yuan(highThreshold) + " 元");
    }
    for (Claim claim : checked(in.claims())) {
      FinalAward.Category category = checked(claim.category());
      BigDecimal amount = claim.amount() != null ? claim.amount() : BigDecimal.ZERO;
      FinalAward.Verdict atLow = FinalAward.verdict(category, amount, lowThreshold);
      FinalAward.Verdict atHigh = FinalAward.verdict(category, amount, highThreshold);
      String label = (claim.label() != null && !claim.label().isBlank()
              ? claim.label().strip()
              : categoryLabel(category))
          + (claim.amount() != null ? " " + yuan(claim.amount()) + " 元" : "");
      String note;
      if (atLow == atHigh) {
        note = atLow == FinalAward.Verdict.FINAL ? "可能是终局裁决" : "不是终局裁决";
      } else {
        note = "是否终局取决于档次（金额在终局标准的可能范围内）";
      }
      note += switch (category) {
        case LABOR_STANDARDS -> "：执行国家劳动标准（工作时间、休息休假、社会保险等）的争议一律终局（第四十七条第二项）";
        case OTHER -> "：不属于第四十七条列举的事项";
        default ->
          claim.amount() == null || claim.amount().signum() == 0
              ? "：没有金额的请求不按终局处理"
              : "：每项请求分别与标准比较（解释（一）第十九条）";
      };
      b.part(label, claim.amount(), note);
    }
    b.assume("终局裁决对用人单位的效力以裁决书载明的为准；劳动者对终局裁决不服的，仍可在十五日内起诉（劳动争议调解仲裁法第四十八条）。");
    b.assume("按 " + on + " 有效的最低工资标准计算。");
    return b.build(
        lowThreshold,
        "终局标准 = 月最低工资 " + yuan(low.monthly()) + " 元 × 12 = " + yuan(lowThreshold) + " 元");
  }

  private static String categoryLabel(FinalAward.Category category) {
    return switch (category) {
      case LABOR_REMUNERATION -> "追索劳动报酬";
      case WORK_INJURY_MEDICAL_COSTS -> "工伤医疗费";
      case ECONOMIC_COMPENSATION -> "经济补偿";
      case DAMAGES -> "赔偿金";
      case LABOR_STANDARDS -> "执行国家劳动标准";
      case NON_COMPETE_COMPENSATION -> "竞业限制经济补偿";
      case OTHER -> "其他请求";
    };
  }

  // ---------------------------------------------------------------------------------------------
  // shared

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Completes empty when the area code is null or exists; a field error otherwise. */
  private Mono<Void> knownArea(String field, @Nullable String code) {
    if (code == null) {
      return Mono.empty();
    }
    return figures
        .areas()
        .flatMap(areas -> areas.stream().anyMatch(a -> a.code().equals(code))
            ? Mono.<Void>empty()
            : Mono.error(CalculationRejected.field(field, "没有代码为 " + code + " 的地区，请从地区列表中选择。")));
  }

  private static Calculation.FigureUsed minimumWageFigure(
      EntitlementFigures.MinimumWageStandard s, EntitlementFigures.Tier tier, boolean known) {
    return new Calculation.FigureUsed(
        s.areaName() + "月最低工资标准" + (known ? "（第" + tier.tier() + "档）" : "（档次未核实，按最低档）"),
        yuan(tier.monthly()),
        s.effective(),
        s.source() + (s.verified() ? "" : "（未经官方原文核实）"));
  }

  private static Citation labor(String lawId, String law, int article) {
    return new Citation(law, article, lawId);
  }

  private static Citation regulation(int article) {
    return new Citation("劳动合同法实施条例", article, "labor-contract-law-implementing-regulation");
  }

  private static BigDecimal zero(@Nullable BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  static String yuan(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** Collects the parts of a calculation in order. */
  private static final class Builder {
    private final List<String> steps = new ArrayList<>();
    private final List<String> assumptions = new ArrayList<>();
    private final LinkedHashSet<Citation> citations = new LinkedHashSet<>();
    private final List<Calculation.FigureUsed> figures = new ArrayList<>();
    private final List<Calculation.Part> parts = new ArrayList<>();
    private final List<String> gaps = new ArrayList<>();

    Builder(@Nullable WageBasis basis) {
      if (basis != null) {
        steps.addAll(basis.steps());
        gaps.addAll(basis.gaps());
        figures.addAll(basis.figures());
      }
    }

    void step(String s) {
      steps.add(s);
    }

    void assume(String s) {
      assumptions.add(s);
    }

    void gap(String s) {
      gaps.add(s);
    }

    void figure(Calculation.FigureUsed f) {
      figures.add(f);
    }

    void part(String label, @Nullable BigDecimal amount, String note) {
      parts.add(new Calculation.Part(
          label, amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP), note));
    }

    void cite(Citation... cs) {
      citations.addAll(List.of(cs));
    }

    Calculation build(BigDecimal amount, String formula) {
      return new Calculation(
          amount,
          Calculation.CNY,
          formula,
          steps,
          assumptions,
          List.copyOf(citations),
          figures,
          parts,
          gaps);
    }
  }

  /** A value the input checks required: present once they passed ({@link Checks#done()}). */
  private static <T> T checked(@Nullable T value) {
    return Objects.requireNonNull(value, "an input the checks require is missing");
  }

  /** Input checks, collected per field and thrown together. */
  private static final class Checks {
    private final LocalDate today;
    private final List<FieldMessage> errors = new ArrayList<>();

    Checks(LocalDate today) {
      this.today = today;
    }

    void add(String field, String message) {
      if (errors.stream().noneMatch(e -> e.field().equals(field))) {
        errors.add(new FieldMessage(field, message));
      }
    }

    boolean isClean() {
      return errors.isEmpty();
    }

    void required(String field, @Nullable Object value, String what) {
      if (value == null || value instanceof String s && s.isBlank()) {
        add(field, "请填写" + what + "。");
      }
    }

    void pastDate(String field, @Nullable LocalDate value, String what) {
      required(field, value, what);
      notFuture(field, value, what);
      if (value != null && value.getYear() < 1950) {
        add(field, what + "不能早于 1950 年，请检查。");
      }
    }

    void notFuture(String field, @Nullable LocalDate value, String what) {
      if (value != null && value.isAfter(today)) {
        add(field, what + "不能晚于今天（" + today + "），请检查。");
      }
    }

    void notBefore(
        String field, @Nullable LocalDate value, @Nullable LocalDate other, String message) {
      if (value != null && other != null && value.isBefore(other)) {
        add(field, message);
      }
    }

    void money(String field, @Nullable BigDecimal value, String what, boolean required) {
      if (value == null) {
        if (required) {
          add(field, "请填写" + what + "（元）。");
        }
        return;
      }
      if (value.signum() < 0) {
        add(field, what + "不能是负数。");
      } else if (required && value.signum() == 0) {
        add(field, what + "必须大于 0。");
      } else if (value.stripTrailingZeros().scale() > 2) {
        add(field, what + "最多保留两位小数（元、角、分）。");
      } else if (value.compareTo(MAX_MONEY) >= 0) {
        add(field, what + "金额过大，请检查单位是否为元。");
      }
    }

    void hours(String field, @Nullable BigDecimal value, String what) {
      if (value == null) {
        return;
      }
      if (value.signum() < 0) {
        add(field, what + "不能是负数。");
      } else if (value.stripTrailingZeros().scale() > 2) {
        add(field, what + "最多保留两位小数。");
      } else if (value.compareTo(BigDecimal.valueOf(24 * 31 * 120)) > 0) {
        add(field, what + "过大，请检查。");
      }
    }

    void area(String field, @Nullable String code) {
      if (code != null && !code.isBlank() && !code.matches("[a-z]{2,20}")) {
        add(field, "地区代码不正确，请从地区列表中选择。");
      }
    }

    void done() {
      if (!errors.isEmpty()) {
        throw new CalculationRejected(errors);
      }
    }
  }
}
