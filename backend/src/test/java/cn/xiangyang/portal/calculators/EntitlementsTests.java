package cn.xiangyang.portal.calculators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xiangyang.portal.system.DomainProblem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples and hand-computed boundary cases, one calculator after the other. */
class EntitlementsTests {

  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  static final LimitationPeriod LIMITATION =
      new LimitationPeriod(LegalCalendar.fromClasspath(), CLOCK);

  private final Entitlements noAverage =
      new Entitlements(CLOCK, FixedFigures.withoutAverageWage(), LIMITATION);
  private final Entitlements average8000 =
      new Entitlements(CLOCK, FixedFigures.withAverageWage("8000.00"), LIMITATION);

  private static Entitlements.ServiceInput service(String start, String end, String wage) {
    return Entitlements.ServiceInput.of(
        LocalDate.parse(start), LocalDate.parse(end), new BigDecimal(wage), null);
  }

  // --- the examples ---------------------------------------------------------------------

  @Test
  void economicCompensationOfThreeAndAHalfYearsIsFourMonths() {
    Calculation c = noAverage
        .economicCompensation(service("2022-01-01", "2025-07-01", "3000"))
        .block();
    assertThat(c.amount()).isEqualByComparingTo("12000.00");
    assertThat(c.amount().scale()).isEqualTo(2);
    assertThat(c.currency()).isEqualTo("CNY");
    assertThat(c.formula()).contains("3000.00 × 4").contains("12000.00");
    assertThat(c.citations()).contains(Entitlements.LCL_47);
    assertThat(c.gaps()).anyMatch(g -> g.contains("月平均工资尚未录入"));
  }

  @Test
  void unlawfulTerminationIsTwiceTheCompensation() {
    Calculation c = noAverage
        .unlawfulTermination(service("2022-01-01", "2025-07-01", "3000"))
        .block();
    assertThat(c.amount()).isEqualByComparingTo("24000.00");
    assertThat(c.citations()).contains(Entitlements.LCL_87, Entitlements.REG_25);
    assertThat(c.assumptions()).anyMatch(a -> a.contains("不再支付经济补偿"));
  }

  @Test
  void tenWeekdayOvertimeHoursAtFortyThreeFiftyAreThreeSeventyFive() {
    Calculation c = noAverage
        .overtimePay(
            Entitlements.OvertimeInput.of(new BigDecimal("4350"), BigDecimal.TEN, null, null))
        .block();
    assertThat(c.amount()).isEqualByComparingTo("375.00");
    assertThat(c.steps()).anyMatch(s -> s.contains("= 25 元"));
    assertThat(c.citations()).contains(Entitlements.LL_44, Entitlements.CONVERSION_2);
  }

  @Test
  void fiveUnusedLeaveDaysAtFortyThreeFiftyAreTwoThousandStillDue() {
    Calculation c = noAverage
        .annualLeavePay(Entitlements.AnnualLeaveInput.of(new BigDecimal("4350"), 5))
        .block();
    assertThat(c.amount()).isEqualByComparingTo("2000.00");
    assertThat(c.assumptions()).anyMatch(a -> a.contains("200%"));
  }

  @Test
  void sevenMonthsOfDoubleWagesFromFebruaryToAugust() {
    var in = new Entitlements.DoubleWagesInput(
        LocalDate.parse("2025-01-01"),
        LocalDate.parse("2025-08-31"),
        new BigDecimal("5000"),
        null,
        LocalDate.parse("2025-09-15"));
    Calculation c = noAverage.doubleWages(in).block();
    assertThat(c.amount()).isEqualByComparingTo("35000.00");
    assertThat(c.steps())
        .anyMatch(s -> s.contains("2025-02-01 至 2025-08-31") && s.contains("7 个月"));
    assertThat(c.parts())
        .extracting(Calculation.Part::amount)
        .containsExactly(new BigDecimal("35000.00"), new BigDecimal("0.00"));
  }

  // --- economic compensation boundaries ---------------------------------------------------------

  @Test
  void exactlySixMonthsCountAsAYearOneDayLessAsHalf() {
    assertThat(noAverage
            .economicCompensation(service("2025-01-01", "2025-06-30", "4000"))
            .block()
            .amount())
        .isEqualByComparingTo("4000.00");
    assertThat(noAverage
            .economicCompensation(service("2025-01-01", "2025-06-29", "4000"))
            .block()
            .amount())
        .isEqualByComparingTo("2000.00");
  }

  @Test
  void exactlyTwelveYearsAtTheCapAreTwelveCappedMonths() {
    Calculation c = average8000
        .economicCompensation(service("2010-01-01", "2021-12-31", "30000"))
        .block();
    assertThat(c.amount()).isEqualByComparingTo("288000.00");
    assertThat(c.figuresUsed())
        .anyMatch(f -> f.name().contains("职工月平均工资") && f.value().equals("8000.00"));
    assertThat(c.gaps()).noneMatch(g -> g.contains("月平均工资"));
  }

  @Test
  void aCappedWageLimitsYearsToTwelveAnUncappedOneDoesNot() {
    assertThat(average8000
            .economicCompensation(service("2010-01-01", "2022-06-30", "30000"))
            .block()
            .amount())
        .isEqualByComparingTo("288000.00");
    assertThat(average8000
            .economicCompensation(service("2010-01-01", "2022-06-30", "5000"))
            .block()
            .amount())
        .isEqualByComparingTo("65000.00");
  }

  @Test
  void averageWageThePersonGivesIsUsedAndShown() {
    var in = new Entitlements.ServiceInput(
        LocalDate.parse("2020-01-01"),
        LocalDate.parse("2024-12-31"),
        new BigDecimal("25000"),
        null,
        new BigDecimal("7000"),
        null,
        null);
    Calculation c = noAverage.economicCompensation(in).block();
    assertThat(c.amount()).isEqualByComparingTo("105000.00"); // 21000 × 5
    assertThat(c.figuresUsed()).anyMatch(f -> f.source().equals("您提供"));
  }

  @Test
  void serviceBefore2008IsLabelledAndCountedUnderTheOldRules() {
    // 2007-07-01..2007-12-31 (6 months → a full year under the old rules) + 2008-01-01..2010-06-30
    // (2.5 → 3).
    Calculation c = noAverage
        .economicCompensation(service("2007-07-01", "2010-06-30", "3000"))
        .block();
    assertThat(c.amount()).isEqualByComparingTo("12000.00");
    assertThat(c.parts())
        .extracting(Calculation.Part::label)
        .containsExactly("2008年1月1日以前的工作年限部分", "2008年1月1日起的工作年限部分");
    assertThat(c.parts())
        .extracting(Calculation.Part::amount)
        .containsExactly(new BigDecimal("3000.00"), new BigDecimal("9000.00"));
    assertThat(c.citations()).contains(Entitlements.LCL_97);
  }

  @Test
  void oneDayBefore2008IsAFullYearThenTheNewRulesStart() {
    assertThat(noAverage
            .economicCompensation(service("2007-12-31", "2008-12-31", "3000"))
            .block()
            .amount())
        .isEqualByComparingTo("6000.00");
    Calculation from2008 = noAverage
        .economicCompensation(service("2008-01-01", "2008-12-31", "3000"))
        .block();
    assertThat(from2008.amount()).isEqualByComparingTo("3000.00");
    assertThat(from2008.parts()).isEmpty();
  }

  @Test
  void damagesCountEveryYearFromTheFirstDayUnderTheNewRules() {
    assertThat(noAverage
            .unlawfulTermination(service("2007-07-01", "2010-06-30", "3000"))
            .block()
            .amount())
        .isEqualByComparingTo("18000.00");
  }

  @Test
  void payInLieuOfNoticeIsTheLastMonthsWage() {
    var in = new Entitlements.ServiceInput(
        LocalDate.parse("2023-01-01"),
        LocalDate.parse("2025-12-31"),
        new BigDecimal("6000"),
        "fancheng",
        null,
        true,
        new BigDecimal("6500"));
    Calculation c = noAverage.economicCompensation(in).block();
    assertThat(c.amount()).isEqualByComparingTo("24500.00"); // 6000 × 3 + 6500
    assertThat(c.parts())
        .anyMatch(
            p -> p.label().equals("代通知金") && p.amount().compareTo(new BigDecimal("6500")) == 0);
    assertThat(c.citations()).contains(Entitlements.LCL_40, Entitlements.REG_20);
  }

  @Test
  void averageBelowTheMinimumWageIsRaisedToIt() {
    var in = Entitlements.ServiceInput.of(
        LocalDate.parse("2024-12-16"),
        LocalDate.parse("2025-12-15"),
        new BigDecimal("2000"),
        "xiangcheng");
    Calculation c = noAverage.economicCompensation(in).block();
    assertThat(c.amount()).isEqualByComparingTo("2400.00");
    assertThat(c.figuresUsed())
        .anyMatch(
            f -> f.value().equals("2400.00") && f.effective().equals(LocalDate.of(2025, 12, 1)));
    assertThat(c.citations()).contains(Entitlements.REG_27);
  }

  @Test
  void anAreaOfUnknownTierIsFlooredAtTheLowestTierAndTheRangeStated() {
    var in = Entitlements.ServiceInput.of(
        LocalDate.parse("2024-12-16"),
        LocalDate.parse("2025-12-15"),
        new BigDecimal("1900"),
        "xiangzhou");
    Calculation c = noAverage.economicCompensation(in).block();
    assertThat(c.amount()).isEqualByComparingTo("1970.00");
    assertThat(c.gaps())
        .anyMatch(g -> g.contains("襄州区") && g.contains("1970.00") && g.contains("2400.00"));
  }

  // --- double wages boundaries -----------------------------------------------------------------

  @Test
  void exactlyOneYearWithoutContractIsElevenMonthsAndNeverMore() {
    var oneYear = new Entitlements.DoubleWagesInput(
        LocalDate.parse("2024-03-01"),
        LocalDate.parse("2025-02-28"),
        new BigDecimal("4000"),
        null,
        LocalDate.parse("2025-03-01"));
    assertThat(noAverage.doubleWages(oneYear).block().amount()).isEqualByComparingTo("44000.00");
    var longer = new Entitlements.DoubleWagesInput(
        LocalDate.parse("2024-03-01"),
        LocalDate.parse("2025-12-31"),
        new BigDecimal("4000"),
        null,
        LocalDate.parse("2026-01-05"));
    Calculation c = noAverage.doubleWages(longer).block();
    assertThat(c.amount()).isEqualByComparingTo("44000.00");
    assertThat(c.assumptions()).anyMatch(a -> a.contains("无固定期限"));
  }

  @Test
  void contractSignedWithinTheFirstMonthOwesNothing() {
    var in = new Entitlements.DoubleWagesInput(
        LocalDate.parse("2025-01-01"),
        LocalDate.parse("2025-08-31"),
        new BigDecimal("5000"),
        LocalDate.parse("2025-02-01"),
        null);
    assertThat(noAverage.doubleWages(in).block().amount()).isEqualByComparingTo("0.00");
  }

  @Test
  void contractSignedLaterEndsTheDoubleWagesTheDayBefore() {
    // 2025-02-01..2025-04-30: three full months.
    var in = new Entitlements.DoubleWagesInput(
        LocalDate.parse("2025-01-01"),
        LocalDate.parse("2025-08-31"),
        new BigDecimal("5000"),
        LocalDate.parse("2025-05-01"),
        null);
    assertThat(noAverage.doubleWages(in).block().amount()).isEqualByComparingTo("15000.00");
  }

  @Test
  void aPartialMonthIsPaidByWorkingDays() {
    // 2025-02-01..2025-03-14: February in full, then 2025-03-01..14 has 10 weekdays: 5000 + 5000 ×
    // 10 / 21.75.
    var in = new Entitlements.DoubleWagesInput(
        LocalDate.parse("2025-01-01"),
        LocalDate.parse("2025-03-14"),
        new BigDecimal("5000"),
        null,
        null);
    assertThat(noAverage.doubleWages(in).block().amount()).isEqualByComparingTo("7298.85");
  }

  @Test
  void monthsMoreThanAYearBeforeTheApplicationAreShownSeparately() {
    // Applying 2026-03-10: February to August 2025 each ended more than a year before? Feb..Feb-28
    // yes, March 31 2025 + 1y = 2026-03-31 no.
    var in = new Entitlements.DoubleWagesInput(
        LocalDate.parse("2025-01-01"),
        LocalDate.parse("2025-08-31"),
        new BigDecimal("5000"),
        null,
        null);
    Calculation c = noAverage.doubleWages(in).block();
    assertThat(c.amount()).isEqualByComparingTo("35000.00");
    assertThat(c.parts())
        .extracting(Calculation.Part::amount)
        .containsExactly(new BigDecimal("30000.00"), new BigDecimal("5000.00"));
    assertThat(c.citations()).contains(Citation.arbitrationLaw(27));
    // The limitation rule of LimitationPeriod: the whole claim runs from the end of the period.
    assertThat(c.steps())
        .anyMatch(st -> st.contains("申请的最后一天是 2026-08-31") && st.contains("仍在时效内"));
  }

  // --- overtime, leave ---------------------------------------------------------------------------

  @Test
  void restDayHoursWithTimeOffAreNotPaidHolidayHoursAtThreeHundredPercent() {
    var in = new Entitlements.OvertimeInput(
        new BigDecimal("4350"),
        null,
        new BigDecimal("8"),
        new BigDecimal("8"),
        true,
        null,
        null,
        null);
    assertThat(noAverage.overtimePay(in).block().amount())
        .isEqualByComparingTo("600.00"); // 25 × 8 × 3
  }

  @Test
  void overtimeBeyondThirtySixHoursAMonthIsFlagged() {
    Calculation c = noAverage
        .overtimePay(
            Entitlements.OvertimeInput.of(new BigDecimal("4350"), new BigDecimal("40"), null, null))
        .block();
    assertThat(c.amount()).isEqualByComparingTo("1500.00");
    assertThat(c.parts()).anyMatch(p -> p.label().equals("超过法定加班上限"));
    assertThat(c.citations()).contains(Entitlements.LL_41);
  }

  @Test
  void overtimeBaseBelowTheMinimumWageIsRaised() {
    var in = new Entitlements.OvertimeInput(
        new BigDecimal("2000"),
        BigDecimal.TEN,
        null,
        null,
        null,
        "fancheng",
        YearMonth.of(2026, 1),
        null);
    assertThat(noAverage.overtimePay(in).block().amount())
        .isEqualByComparingTo("206.90"); // 2400 × 15 / 174 = 206.896…
  }

  @Test
  void leaveOfALeaverIsProRatedDownToWholeDays() {
    // 10 years → 10 days; left 2025-06-30: 181 days ÷ 365 × 10 = 4.96 → 4 days, minus 1 taken = 3.
    var in = new Entitlements.AnnualLeaveInput(
        new BigDecimal("4350"), 5, 10, null, null, LocalDate.parse("2025-06-30"), 1);
    Calculation c = noAverage.annualLeavePay(in).block();
    assertThat(c.amount()).isEqualByComparingTo("1200.00");
    assertThat(c.citations()).contains(Entitlements.LEAVE_MEASURES_12, Entitlements.LEAVE_3);
  }

  @Test
  void leaveOfANewJoinerIsProRatedByTheRemainingDays() {
    // 5 days a year, joined 2025-07-01: 184 ÷ 365 × 5 = 2.52 → 2 days.
    var in = new Entitlements.AnnualLeaveInput(
        new BigDecimal("4350"), 5, 3, 2025, LocalDate.parse("2025-07-01"), null, null);
    assertThat(noAverage.annualLeavePay(in).block().amount()).isEqualByComparingTo("800.00");
  }

  // --- minimum wage, final award
  // -------------------------------------------------------------------

  @Test
  void minimumWageOfAFirstTierDistrictWithItsSourceAndHourlyStandard() {
    Calculation c = noAverage
        .minimumWageCheck(new Entitlements.MinimumWageInput(
            "xiangcheng", YearMonth.of(2026, 1), new BigDecimal("2300")))
        .block();
    assertThat(c.amount()).isEqualByComparingTo("2400.00");
    assertThat(c.figuresUsed())
        .anyMatch(f -> f.value().equals("24.00") && f.source().equals(FixedFigures.SOURCE_2025));
    assertThat(c.parts())
        .anyMatch(
            p -> p.label().equals("低于最低工资标准") && p.amount().compareTo(new BigDecimal("100")) == 0);
  }

  @Test
  void minimumWageOfAnAreaOfUnknownTierIsARange() {
    Calculation c = noAverage
        .minimumWageCheck(new Entitlements.MinimumWageInput(
            "xiangzhou", YearMonth.of(2026, 1), new BigDecimal("2200")))
        .block();
    assertThat(c.amount()).isEqualByComparingTo("1970.00");
    assertThat(c.gaps()).anyMatch(g -> g.contains("1970.00 元到 2400.00 元"));
    assertThat(c.parts()).anyMatch(p -> p.label().equals("无法确定是否达标"));
  }

  @Test
  void aMonthWithoutAKnownStandardIsAGapNotAGuess() {
    assertThatThrownBy(() -> noAverage
            .minimumWageCheck(
                new Entitlements.MinimumWageInput("xiangcheng", YearMonth.of(2019, 5), null))
            .block())
        .isInstanceOf(CalculationRejected.class)
        .satisfies(e -> assertThat(((DomainProblem) e).errors())
            .extracting(DomainProblem.FieldMessage::field)
            .containsExactly("month"));
  }

  @Test
  void finalAwardPerClaimAgainstTwelveMonthlyMinimumWages() {
    var in = new Entitlements.FinalAwardInput(
        List.of(
            new Entitlements.Claim(
                FinalAward.Category.LABOR_REMUNERATION, new BigDecimal("28800.00"), null),
            new Entitlements.Claim(FinalAward.Category.DAMAGES, new BigDecimal("28800.01"), null),
            new Entitlements.Claim(FinalAward.Category.LABOR_STANDARDS, null, "年休假")),
        "fancheng",
        LocalDate.parse("2026-01-10"));
    Calculation c = noAverage.finalAward(in).block();
    assertThat(c.amount()).isEqualByComparingTo("28800.00");
    assertThat(c.parts())
        .extracting(Calculation.Part::note)
        .satisfiesExactly(
            n -> assertThat(n).startsWith("可能是终局裁决"),
            n -> assertThat(n).startsWith("不是终局裁决"),
            n -> assertThat(n).startsWith("可能是终局裁决"));
    assertThat(c.citations()).contains(Citation.arbitrationLaw(47), Entitlements.SPC_19);
  }

  @Test
  void finalAwardInAnAreaOfUnknownTierSaysWhichClaimsDependOnIt() {
    var in = new Entitlements.FinalAwardInput(
        List.of(new Entitlements.Claim(
            FinalAward.Category.LABOR_REMUNERATION, new BigDecimal("25000"), null)),
        "zaoyang",
        LocalDate.parse("2026-01-10"));
    Calculation c = noAverage.finalAward(in).block();
    assertThat(c.amount()).isEqualByComparingTo("23640.00");
    assertThat(c.parts()).anyMatch(p -> p.note().startsWith("是否终局取决于档次"));
  }

  // --- rejections -------------------------------------------------------------------------------

  @Test
  void rejectsEndBeforeStartNegativeWageAndFutureStartByField() {
    var in = new Entitlements.ServiceInput(
        LocalDate.parse("2026-05-01"),
        LocalDate.parse("2026-04-01"),
        new BigDecimal("-1"),
        null,
        null,
        null,
        null);
    assertThatThrownBy(() -> noAverage.economicCompensation(in).block())
        .isInstanceOf(CalculationRejected.class)
        .satisfies(e -> assertThat(((DomainProblem) e).errors())
            .extracting(DomainProblem.FieldMessage::field)
            .containsExactlyInAnyOrder("start", "end", "monthlyWage"));
  }

  @Test
  void rejectsAnAreaThatDoesNotExist() {
    var in = Entitlements.ServiceInput.of(
        LocalDate.parse("2024-01-01"),
        LocalDate.parse("2025-01-01"),
        new BigDecimal("3000"),
        "wuhan");
    assertThatThrownBy(() -> noAverage.economicCompensation(in).block())
        .isInstanceOf(CalculationRejected.class)
        .satisfies(
            e -> assertThat(((DomainProblem) e).errors().getFirst().field()).isEqualTo("area"));
  }

  @Test
  void rejectsFractionsOfAFen() {
    assertThatThrownBy(() -> noAverage
            .annualLeavePay(Entitlements.AnnualLeaveInput.of(new BigDecimal("4350.001"), 5))
            .block())
        .isInstanceOf(CalculationRejected.class);
  }
}
