package cn.xiangyang.portal.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTests {

  @ParameterizedTest
  @CsvSource({
    "一, 1",
    "九, 9",
    "十, 10",
    "十一, 11",
    "十九, 19",
    "二十, 20",
    "二十七, 27",
    "四十七, 47",
    "八十二, 82",
    "九十九, 99",
    "一百, 100",
    "一百零一, 101",
    "一百零七, 107",
    "一百一十, 110",
    "一百一十一, 111",
    "一百二十, 120",
    "一百九十九, 199",
    "二百, 200",
    "二百零四, 204",
    "一千, 1000",
    "一千零一, 1001",
    "一千零一十, 1010",
    "一千二百六十, 1260"
  })
  void parsesNumeralsAsStatutesWriteThem(String numeral, int value) {
    assertThat(ChineseNumerals.parse(numeral)).isEqualTo(value);
    assertThat(ChineseNumerals.format(value)).isEqualTo(numeral);
  }

  @Test
  void parsesChineseNumeralsUpToOneHundredAndNinetyNine() {
    String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    for (int n = 1; n <= 199; n++) {
      int hundreds = n / 100;
      int tens = n / 10 % 10;
      int ones = n % 10;
      String numeral;
      if (hundreds == 0) {
        numeral = (tens == 0 ? "" : (tens == 1 ? "" : digits[tens]) + "十") + digits[ones];
      } else {
        numeral = "一百"
            + (tens == 0
                ? (ones == 0 ? "" : "零" + digits[ones])
                : digits[tens] + "十" + digits[ones]);
      }
      assertThat(ChineseNumerals.parse(numeral)).as(numeral).isEqualTo(n);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "零", "一十二", "一百十", "一百〇一", "一百零", "十十", "二二", "百", "第一", "82", "一万"})
  void rejectsNumeralsNotInStatuteForm(String numeral) {
    assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.parse(numeral));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 10000})
  void refusesToFormatNumbersOutsideOneToNineThousandNineHundredNinetyNine(int number) {
    assertThatIllegalArgumentException().isThrownBy(() -> ChineseNumerals.format(number));
  }
}
