package cn.xiangyang.portal.filing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 申请编号 as V150's function application_number gives them, and the check character that catches a misheard digit. */
class ApplicationNumbersTests {

  @Test
  void theSameNumbersAsTheDatabaseFunction() {
    // select application_number(2026, 1), application_number(2026, 123), application_number(2026,
    // 123456789)
    assertThat(ApplicationNumbers.of(2026, 1)).isEqualTo("SQ2600000012");
    assertThat(ApplicationNumbers.of(2026, 123)).isEqualTo("SQ2600001234");
    assertThat(ApplicationNumbers.of(2026, 123456789)).isEqualTo("SQ261234567890");
    // the scheme of the 居民身份证号码 (GB 11643): its published example
    assertThat(ApplicationNumbers.check("11010519491231002")).isEqualTo('X');
  }

  @Test
  void aMistypedDigitOrTwoSwappedOnesAreCaught() {
    assertThat(ApplicationNumbers.checks("SQ2600001234")).isTrue();
    assertThat(ApplicationNumbers.checks("SQ2600001334")).isFalse();
    assertThat(ApplicationNumbers.checks("SQ2600002134")).isFalse();
    // numbers derived from a case number before V150 have no check character
    assertThat(ApplicationNumbers.checks("SQ26L01-5")).isTrue();
  }

  @Test
  void whatIsTypedIsReadWithoutSpacesAndInCapitals() {
    assertThat(ApplicationNumbers.normalized(" sq26 0000 1234 ")).isEqualTo("SQ2600001234");
    assertThat(ApplicationNumbers.normalized("樊劳人仲案字〔2026〕第5号")).isNull();
  }
}
