package cn.xiangyang.portal.accounts;

import java.util.Locale;

/**
 * The 18-character unified social credit code of GB 32100-2015: characters from the 31-symbol
 * alphabet (digits and upper-case letters without I, O, Z, S, V), the last one a check character
 * computed MOD 31 with the standard weights.
 */
public final class CreditCode {

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private CreditCode() {}

  /** Upper-cases and strips spaces; does not validate. */
  public static String normalize(String raw) {
    return raw.strip().replace(" ", "").toUpperCase(Locale.ROOT);
  }

  /** True when the (normalized) code has 18 valid characters and the right check character. */
  public static boolean isValid(String code) {
    if (code.length() != 18) {
      return false;
    }
    for (int i = 0; i < 18; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return false;
      }
    }
    return checkCharacter(code.substring(0, 17)) == code.charAt(17);
  }

  /**
   * Why a (normalized) code is not valid, in words a person can act on; {@code null} when it is valid.
   * A wrong last character is named as the check character (not "corrected": the typo may be elsewhere).
   */
  public static @org.jspecify.annotations.Nullable String problem(String code) {
    if (code.length() != 18) {
      return "统一社会信用代码不正确：应为 18 位，您填了 " + code.length() + " 位，请对照营业执照核对";
    }
    for (int i = 0; i < 18; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return "统一社会信用代码不正确：第 " + (i + 1) + " 位“" + code.charAt(i)
            + "”不是有效字符（不使用字母 I、O、Z、S、V），请对照营业执照核对";
      }
    }
    char expected = checkCharacter(code.substring(0, 17));
    if (expected != code.charAt(17)) {
      return "统一社会信用代码不正确：最后一位“" + code.charAt(17) + "”是校验码，与前 17 位对不上，说明有一位输错了，请对照营业执照逐位核对";
    }
    return null;
  }

  /** The check character for the first 17 characters, which must be from the alphabet. */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return ALPHABET.charAt(check);
  }
}
