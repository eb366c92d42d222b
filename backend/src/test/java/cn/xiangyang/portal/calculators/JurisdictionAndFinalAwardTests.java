package cn.xiangyang.portal.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JurisdictionAndFinalAwardTests {

  @Test
  void placeOfPerformanceWinsOverEmployerLocation() {
    Jurisdiction.Choice c = Jurisdiction.choose("fancheng", "xiangcheng");
    assertThat(c.commissionId()).isEqualTo("fancheng");
    assertThat(c.basis()).isEqualTo(Jurisdiction.Basis.PLACE_OF_PERFORMANCE);
    assertThat(c.differs()).isTrue();
  }

  @Test
  void employerLocationServesWhenPlaceOfWorkIsUnknown() {
    Jurisdiction.Choice c = Jurisdiction.choose(null, "zaoyang");
    assertThat(c.commissionId()).isEqualTo("zaoyang");
    assertThat(c.basis()).isEqualTo(Jurisdiction.Basis.EMPLOYER_LOCATION);
  }

  @Test
  void noCommissionWhenNeitherPlaceIsKnown() {
    assertThat(Jurisdiction.choose(null, null).basis()).isEqualTo(Jurisdiction.Basis.UNKNOWN);
  }

  @Test
  void thresholdIsTwelveMonthlyMinimumWages() {
    assertThat(FinalAward.threshold(new BigDecimal("2400.00"))).isEqualByComparingTo("28800.00");
    assertThat(FinalAward.threshold(new BigDecimal("1970.00"))).isEqualByComparingTo("23640.00");
  }

  @Test
  void claimOfExactlyTheThresholdIsFinalOneFenMoreIsNot() {
    BigDecimal threshold = new BigDecimal("28800.00");
    assertThat(FinalAward.verdict(
            FinalAward.Category.LABOR_REMUNERATION, new BigDecimal("28800.00"), threshold))
        .isEqualTo(FinalAward.Verdict.FINAL);
    assertThat(FinalAward.verdict(
            FinalAward.Category.LABOR_REMUNERATION, new BigDecimal("28800.01"), threshold))
        .isEqualTo(FinalAward.Verdict.NOT_FINAL);
  }

  @Test
  void laborStandardsDisputesAreFinalWhateverTheAmountAndOtherClaimsNever() {
    BigDecimal threshold = new BigDecimal("28800.00");
    assertThat(FinalAward.verdict(
            FinalAward.Category.LABOR_STANDARDS, new BigDecimal("99999.00"), threshold))
        .isEqualTo(FinalAward.Verdict.FINAL);
    assertThat(FinalAward.verdict(FinalAward.Category.OTHER, BigDecimal.ONE, threshold))
        .isEqualTo(FinalAward.Verdict.NOT_FINAL);
  }
}
