package cn.xiangyang.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityNumbersTests {

  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002X", "420602199001011233", "110101199003074477"})
  void acceptsIdNumbersWithCorrectCheckCharacter(String number) {
    assertThat(ResidentIdNumber.isValid(number)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "110105194912310021", // wrong check character
        "420602199001011234", // wrong check character
        "420602199002301232", // 30 February (check character right)
        "4206021990010112", // too short
        "020602199001011239", // area code cannot start with 0 (check character right)
        "420602219901011234" // born in 2199 (check character right)
      })
  void rejectsIdNumbersThatAreMalformedOrFailTheCheck(String number) {
    assertThat(ResidentIdNumber.isValid(number)).isFalse();
  }

  @Test
  void namesTheReasonAnIdNumberIsRefused() {
    java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 3);
    String born1899 = "42060218990101123";
    String bornTomorrow = "42060220261204123";
    assertThat(
            ResidentIdNumber.problem(born1899 + ResidentIdNumber.checkCharacter(born1899), today))
        .contains("1899年1月1日", "早于 1900 年");
    assertThat(ResidentIdNumber.problem(
            bornTomorrow + ResidentIdNumber.checkCharacter(bornTomorrow), today))
        .contains("2026年12月4日", "在今天之后");
    assertThat(ResidentIdNumber.problem("420602199002301232", today)).contains("1990年02月30日不存在");
    assertThat(ResidentIdNumber.problem("420602199001011234", today)).contains("最后一位“4”是校验码");
    assertThat(ResidentIdNumber.problem("4206021990010112", today)).contains("应为 18 位", "16 位");
    assertThat(ResidentIdNumber.problem("420602199001011233", today)).isNull();
  }

  @Test
  void namesAWrongCreditCodeCheckCharacterAsSuch() {
    assertThat(CreditCode.problem("91420600MA4F0XXX1K")).contains("最后一位“K”是校验码", "有一位输错");
    assertThat(CreditCode.problem("91420600MA4F0OXX1F")).contains("第 14 位“O”不是有效字符");
    assertThat(CreditCode.problem("91420600MA4F0XXX1F")).isNull();
  }

  @Test
  void normalizesLowerCaseXAndSpaces() {
    assertThat(ResidentIdNumber.isValid(ResidentIdNumber.normalize(" 11010519491231002x ")))
        .isTrue();
  }

  @Test
  void masksAllButFirstAndLastFour() {
    assertThat(ResidentIdNumber.mask("11010519491231002X")).isEqualTo("1101**********002X");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91330100716105852F", // 阿里巴巴（中国）有限公司
        "91440300708461136T", // 深圳市腾讯计算机系统有限公司
        "91110108551385082Q", // 小米科技有限责任公司
        "91350100M000100Y43" // GB 32100 example
      })
  void acceptsRealCreditCodes(String code) {
    assertThat(CreditCode.isValid(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91330100716105852A", // wrong check character
        "91330100716105852", // 17 characters
        "9133010071610585IF", // I is not in the alphabet
        "91330100716105852FF"
      })
  void rejectsCreditCodesThatAreMalformedOrFailTheCheck(String code) {
    assertThat(CreditCode.isValid(code)).isFalse();
  }

  @Test
  void creditCodeCheckMatchesTheStandardFormula() {
    assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
  }
}
