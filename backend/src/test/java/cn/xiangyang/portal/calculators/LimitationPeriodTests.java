package cn.xiangyang.portal.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LimitationPeriodTests {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static LimitationPeriod on(LocalDate today) {
    return new LimitationPeriod(Clock.fixed(today.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
  }

  @Test
  void lastDayIsTheSameDateOneYearLater() {
    assertThat(LimitationPeriod.lastDay(LocalDate.of(2025, 3, 10))).isEqualTo(LocalDate.of(2026, 3, 10));
  }

  @Test
  void leapDayEndsOnTheLastDayOfFebruary() {
    assertThat(LimitationPeriod.lastDay(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @Test
  void claimCanStillBeFiledOnExactlyTheLastDay() {
    LimitationPeriod.Assessment a = on(LocalDate.of(2026, 3, 10)).assess(LocalDate.of(2025, 3, 10));
    assertThat(a.status()).isEqualTo(LimitationPeriod.Status.RUNNING);
    assertThat(a.daysLeft()).isZero();
  }

  @Test
  void claimExpiresTheDayAfterTheLastDay() {
    LimitationPeriod.Assessment a = on(LocalDate.of(2026, 3, 11)).assess(LocalDate.of(2025, 3, 10));
    assertThat(a.status()).isEqualTo(LimitationPeriod.Status.EXPIRED);
    assertThat(a.daysLeft()).isEqualTo(-1);
  }

  @Test
  void wageArrearsAreNotTimeBarredWhileEmploymentLasts() {
    assertThat(on(LocalDate.of(2026, 11, 27)).assessWageArrears(null).status()).isEqualTo(LimitationPeriod.Status.NOT_RUNNING);
  }

  @Test
  void wageArrearsWithEndInTheFutureAreNotTimeBarred() {
    assertThat(on(LocalDate.of(2026, 11, 27)).assessWageArrears(LocalDate.of(2026, 12, 31)).status())
        .isEqualTo(LimitationPeriod.Status.NOT_RUNNING);
  }

  @Test
  void wageArrearsExpireOneYearAfterEmploymentEnded366DaysAgo() {
    LocalDate today = LocalDate.of(2026, 11, 27);
    LimitationPeriod.Assessment a = on(today).assessWageArrears(today.minusDays(366));
    assertThat(a.status()).isEqualTo(LimitationPeriod.Status.EXPIRED);
  }

  @Test
  void wageArrearsStillOpenWhenEmploymentEndedExactlyOneYearAgo() {
    LocalDate today = LocalDate.of(2026, 11, 27);
    LimitationPeriod.Assessment a = on(today).assessWageArrears(today.minusYears(1));
    assertThat(a.status()).isEqualTo(LimitationPeriod.Status.RUNNING);
    assertThat(a.lastDay()).isEqualTo(today);
  }

  @Test
  void leapYearEndOfEmploymentCountsAcrossTheLeapDay() {
    // Ended 2027-03-01: the period crosses 2028-02-29 and still ends on 2028-03-01.
    LimitationPeriod.Assessment a = on(LocalDate.of(2028, 2, 29)).assessWageArrears(LocalDate.of(2027, 3, 1));
    assertThat(a.lastDay()).isEqualTo(LocalDate.of(2028, 3, 1));
    assertThat(a.daysLeft()).isEqualTo(1);
  }
}
