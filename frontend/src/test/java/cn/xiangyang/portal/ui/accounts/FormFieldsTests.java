package cn.xiangyang.portal.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormFieldsTests {

  @Test
  void acceptsResidentIdNumbersWithTheRightCheckCharacter() {
    assertThat(FormFields.isResidentIdNumber("420602199001011233")).isTrue();
    assertThat(FormFields.isResidentIdNumber(" 42060219900101109x ")).isTrue();
  }

  @Test
  void rejectsResidentIdNumbersWithATypo() {
    assertThat(FormFields.isResidentIdNumber("420602199001011234"))
        .as("check character")
        .isFalse();
    assertThat(FormFields.isResidentIdNumber("420602199002301233"))
        .as("30 February")
        .isFalse();
    assertThat(FormFields.isResidentIdNumber("42060219900101123"))
        .as("17 characters")
        .isFalse();
  }

  @Test
  void acceptsCreditCodesWithTheRightCheckCharacter() {
    assertThat(FormFields.isCreditCode("91420600MA4F0XXX1F")).isTrue();
    assertThat(FormFields.isCreditCode("91420600ma4f0xxx1f")).isTrue();
  }

  @Test
  void rejectsCreditCodesWithATypoOrForbiddenLetters() {
    assertThat(FormFields.isCreditCode("91420600MA4F0XXX1K"))
        .as("check character")
        .isFalse();
    assertThat(FormFields.isCreditCode("91420600MA4F0OXX1F")).as("letter O").isFalse();
  }

  @Test
  void passwordsNeedLettersAndDigits() {
    assertThat(FormFields.PASSWORD.matcher("Secret-pass-1").matches()).isTrue();
    assertThat(FormFields.PASSWORD.matcher("onlyletters").matches()).isFalse();
    assertThat(FormFields.PASSWORD.matcher("12345678").matches()).isFalse();
    assertThat(FormFields.PASSWORD.matcher("with space 1").matches()).isFalse();
  }
}
