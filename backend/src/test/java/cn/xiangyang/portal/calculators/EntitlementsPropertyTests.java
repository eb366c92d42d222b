package cn.xiangyang.portal.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.kb.ArticleRef;
import cn.xiangyang.portal.kb.Corpus;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties every entitlement calculation keeps, over generated wages, dates and hours. */
class EntitlementsPropertyTests {

  private static final Corpus CORPUS = Corpus.loadFromClasspath();
  private static final BigDecimal AVERAGE = new BigDecimal("7000.00");

  private final Entitlements noAverage = new Entitlements(
      EntitlementsTests.CLOCK, FixedFigures.withoutAverageWage(), EntitlementsTests.LIMITATION);
  private final Entitlements withAverage = new Entitlements(
      EntitlementsTests.CLOCK, new FixedFigures(AVERAGE), EntitlementsTests.LIMITATION);

  /** Employment from 2008 on, at most 12 years, ending before the test clock's today. */
  record Employment(LocalDate start, LocalDate end) {}

  @Provide
  Arbitrary<Employment> employments() {
    Arbitrary<LocalDate> starts = Arbitraries.integers()
        .between(0, 6000)
        .map(d -> LocalDate.of(2008, 1, 1).plusDays(d));
    return Combinators.combine(starts, Arbitraries.integers().between(0, 12 * 365 - 4))
        .as((s, days) -> new Employment(s, s.plusDays(days)))
        .filter(e -> e.end().isBefore(LocalDate.of(2026, 3, 1))
            && e.end().isBefore(e.start().plusYears(12)));
  }

  @Provide
  Arbitrary<Employment> anyEmployments() {
    Arbitrary<LocalDate> starts = Arbitraries.integers()
        .between(0, 12000)
        .map(d -> LocalDate.of(1992, 1, 1).plusDays(d));
    return Combinators.combine(starts, Arbitraries.integers().between(0, 30 * 365))
        .as((s, days) -> new Employment(s, s.plusDays(days)))
        .filter(e -> e.end().isBefore(LocalDate.of(2026, 3, 1)));
  }

  @Provide
  Arbitrary<BigDecimal> wages() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("0.01"), new BigDecimal("99999.99"))
        .ofScale(2);
  }

  private Calculation compensation(Entitlements e, Employment job, BigDecimal wage) {
    return e.economicCompensation(Entitlements.ServiceInput.of(job.start(), job.end(), wage, null))
        .block();
  }

  @Property(tries = 300)
  void compensationGrowsWithTheWageWithinTwelveYears(
      @ForAll("employments") Employment job,
      @ForAll("wages") BigDecimal a,
      @ForAll("wages") BigDecimal b) {
    BigDecimal low = a.min(b), high = a.max(b);
    // Within 12 years the 3× cap only flattens the curve (beyond 12 years the law itself steps
    // down).
    assertThat(compensation(withAverage, job, low).amount())
        .isLessThanOrEqualTo(compensation(withAverage, job, high).amount());
    assertThat(compensation(noAverage, job, low).amount())
        .isLessThanOrEqualTo(compensation(noAverage, job, high).amount());
  }

  @Property(tries = 300)
  void compensationGrowsWithTheLengthOfService(
      @ForAll("anyEmployments") Employment job,
      @ForAll @IntRange(min = 0, max = 800) int moreDays,
      @ForAll("wages") BigDecimal wage) {
    Employment longer = new Employment(job.start(), job.end().plusDays(moreDays));
    Employment earlier = new Employment(job.start().minusDays(moreDays), job.end());
    BigDecimal base = compensation(noAverage, job, wage).amount();
    assertThat(compensation(noAverage, longer, wage).amount()).isGreaterThanOrEqualTo(base);
    assertThat(compensation(noAverage, earlier, wage).amount()).isGreaterThanOrEqualTo(base);
  }

  @Property(tries = 300)
  void theCapIsThreeAverageWagesForAtMostTwelveYears(
      @ForAll("anyEmployments") Employment job, @ForAll("wages") BigDecimal wage) {
    Employment from2008 = new Employment(
        job.start().isBefore(Entitlements.LABOR_CONTRACT_LAW_EFFECTIVE)
            ? Entitlements.LABOR_CONTRACT_LAW_EFFECTIVE
            : job.start(),
        job.end());
    if (from2008.end().isBefore(from2008.start())) {
      return;
    }
    BigDecimal cap = AVERAGE.multiply(BigDecimal.valueOf(3));
    Calculation c = compensation(withAverage, from2008, wage);
    BigDecimal months = ServiceLength.of(from2008.start(), from2008.end()).compensationMonths();
    if (wage.compareTo(cap) > 0) {
      assertThat(c.amount())
          .isEqualByComparingTo(
              cap.multiply(months.min(BigDecimal.valueOf(12))).setScale(2, RoundingMode.HALF_UP));
    } else {
      assertThat(c.amount())
          .isEqualByComparingTo(wage.multiply(months).setScale(2, RoundingMode.HALF_UP));
    }
    assertThat(c.amount())
        .isLessThanOrEqualTo(cap.multiply(BigDecimal.valueOf(12))
            .max(wage.multiply(months))
            .setScale(2, RoundingMode.HALF_UP));
  }

  @Property(tries = 300)
  void damagesAreTwiceTheCompensation(
      @ForAll("anyEmployments") Employment job, @ForAll("wages") BigDecimal wage) {
    Employment from2008 = new Employment(
        job.start().isBefore(Entitlements.LABOR_CONTRACT_LAW_EFFECTIVE)
            ? Entitlements.LABOR_CONTRACT_LAW_EFFECTIVE
            : job.start(),
        job.end());
    if (from2008.end().isBefore(from2008.start())) {
      return;
    }
    for (Entitlements e : List.of(noAverage, withAverage)) {
      BigDecimal n = compensation(e, from2008, wage).amount();
      BigDecimal twoN = e.unlawfulTermination(
              Entitlements.ServiceInput.of(from2008.start(), from2008.end(), wage, null))
          .block()
          .amount();
      assertThat(twoN).isEqualByComparingTo(n.multiply(BigDecimal.TWO));
    }
  }

  @Property(tries = 300)
  void overtimeLosesNoFenAndRoundsOnceHalfUp(
      @ForAll("wages") BigDecimal wage,
      @ForAll @IntRange(min = 0, max = 20000) int weekdayCents,
      @ForAll @IntRange(min = 0, max = 20000) int restCents,
      @ForAll @IntRange(min = 0, max = 20000) int holidayCents) {
    BigDecimal weekday = BigDecimal.valueOf(weekdayCents, 2),
        rest = BigDecimal.valueOf(restCents, 2),
        holiday = BigDecimal.valueOf(holidayCents, 2);
    if (weekday.add(rest).add(holiday).signum() == 0) {
      return;
    }
    Calculation c = noAverage
        .overtimePay(Entitlements.OvertimeInput.of(wage, weekday, rest, holiday))
        .block();
    // The exact value to 30 digits, rounded once: what a careful clerk with a long calculator gets.
    BigDecimal weighted = weekday
        .multiply(new BigDecimal("1.5"))
        .add(rest.multiply(BigDecimal.TWO))
        .add(holiday.multiply(BigDecimal.valueOf(3)));
    BigDecimal exact = wage.multiply(weighted).divide(new BigDecimal("174"), new MathContext(30));
    assertThat(c.amount().scale()).isEqualTo(2);
    assertThat(c.amount()).isEqualByComparingTo(exact.setScale(2, RoundingMode.HALF_UP));
  }

  @Property(tries = 300)
  void leavePayLosesNoFen(
      @ForAll("wages") BigDecimal wage, @ForAll @IntRange(min = 0, max = 45) int days) {
    Calculation c =
        noAverage.annualLeavePay(Entitlements.AnnualLeaveInput.of(wage, days)).block();
    BigDecimal exact = wage.multiply(BigDecimal.valueOf(2L * days))
        .divide(Entitlements.PAID_DAYS_PER_MONTH, new MathContext(30));
    assertThat(c.amount()).isEqualByComparingTo(exact.setScale(2, RoundingMode.HALF_UP));
  }

  @Property(tries = 1000)
  void doubleWagePartsAddUpToTheAmountAndNeverExceedElevenMonths(
      @ForAll("anyEmployments") Employment job,
      @ForAll("wages") BigDecimal wage,
      @ForAll @IntRange(min = 0, max = 900) int applyAfter) {
    Calculation c = noAverage
        .doubleWages(new Entitlements.DoubleWagesInput(
            job.start(), job.end(), wage, null, job.end().plusDays(applyAfter)))
        .block();
    assertThat(c.amount()).isLessThanOrEqualTo(wage.multiply(BigDecimal.valueOf(11)));
    if (!c.parts().isEmpty()) {
      assertThat(c.parts().stream()
              .map(Calculation.Part::amount)
              .reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo(c.amount());
    }
  }

  @Property(tries = 200)
  void everyResultCitesArticlesThatExistInTheKnowledgeBase(
      @ForAll("anyEmployments") Employment job,
      @ForAll("wages") BigDecimal wage,
      @ForAll boolean withoutNotice) {
    List<Calculation> all = List.of(
        withAverage
            .economicCompensation(new Entitlements.ServiceInput(
                job.start(), job.end(), wage, "fancheng", null, withoutNotice, null))
            .block(),
        withAverage
            .unlawfulTermination(
                Entitlements.ServiceInput.of(job.start(), job.end(), wage, "xiangzhou"))
            .block(),
        noAverage
            .doubleWages(
                new Entitlements.DoubleWagesInput(job.start(), job.end(), wage, null, null))
            .block(),
        noAverage
            .overtimePay(
                Entitlements.OvertimeInput.of(wage, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE))
            .block(),
        noAverage
            .annualLeavePay(new Entitlements.AnnualLeaveInput(
                wage,
                5,
                12,
                null,
                null,
                job.end().getYear() > 2025 ? null : LocalDate.of(2025, 6, 30),
                0))
            .block(),
        noAverage
            .minimumWageCheck(
                new Entitlements.MinimumWageInput("zaoyang", java.time.YearMonth.of(2026, 1), wage))
            .block(),
        noAverage
            .finalAward(new Entitlements.FinalAwardInput(
                List.of(new Entitlements.Claim(FinalAward.Category.DAMAGES, wage, null)),
                "xiangcheng",
                null))
            .block());
    for (Calculation c : all) {
      assertThat(c.citations()).isNotEmpty();
      assertThat(c.citations())
          .allSatisfy(ref -> assertThat(CORPUS.article(new ArticleRef(ref.lawId(), ref.article())))
              .as("%s", ref)
              .isPresent());
      assertThat(c.amount().scale()).isEqualTo(2);
    }
  }
}
