package cn.xiangyang.portal.ui.accounts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Why a typed resident ID number (GB 11643) or unified social credit code (GB 32100) is wrong, in the
 * same words as the backend, so that a typing mistake is named at the field before anything is sent.
 * A wrong last character is named as the check character, never "corrected": the typo may be elsewhere.
 */
public final class Identifiers {

  private static final int[] ID_NUMBER_WEIGHTS = {
    7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2
  };
  private static final String ID_NUMBER_CHECK = "10X98765432";
  private static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] CREDIT_CODE_WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private Identifiers() {}

  /** What is sent for a typed number or code: no spaces, capital letters. */
  public static String normalize(String value) {
    return value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  /** The reason a typed ID number is refused, or {@code null} when it is well formed. */
  public static @Nullable String idNumberProblem(String typed, LocalDate today) {
    String number = normalize(typed);
    if (number.length() != 18) {
      return "身份证号不正确：应为 18 位，您填了 " + number.length() + " 位";
    }
    if (!number.matches("[1-9]\\d{16}[\\dX]")) {
      return "身份证号不正确：前 17 位应为数字，最后一位是数字或 X";
    }
    String y = number.substring(6, 10);
    String m = number.substring(10, 12);
    String d = number.substring(12, 14);
    LocalDate birth;
    try {
      birth = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException e) {
      return "身份证号不正确：第 7–14 位是出生日期，" + y + "年" + m + "月" + d + "日不存在，请核对";
    }
    String born = birth.getYear() + "年" + birth.getMonthValue() + "月" + birth.getDayOfMonth() + "日";
    if (birth.getYear() < 1900) {
      return "身份证号不正确：其中的出生日期 " + born + "早于 1900 年，请核对";
    }
    if (birth.isAfter(today)) {
      return "身份证号不正确：其中的出生日期 " + born + "在今天之后，请核对";
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (number.charAt(i) - '0') * ID_NUMBER_WEIGHTS[i];
    }
    if (ID_NUMBER_CHECK.charAt(sum % 11) != number.charAt(17)) {
      return "身份证号不正确：最后一位“" + number.charAt(17) + "”是校验码，与前 17 位对不上，说明有一位输错了，请对照身份证逐位核对";
    }
    return null;
  }

  /** The reason a typed credit code is refused, or {@code null} when it is well formed. */
  public static @Nullable String creditCodeProblem(String typed) {
    String code = normalize(typed);
    if (code.length() != 18) {
      return "统一社会信用代码不正确：应为 18 位，您填了 " + code.length() + " 位，请对照营业执照核对";
    }
    int sum = 0;
    for (int i = 0; i < 18; i++) {
      int value = CREDIT_CODE_ALPHABET.indexOf(code.charAt(i));
      if (value < 0) {
        return "统一社会信用代码不正确：第 " + (i + 1) + " 位“" + code.charAt(i)
            + "”不是有效字符（不使用字母 I、O、Z、S、V），请对照营业执照核对";
      }
      if (i < 17) {
        sum += value * CREDIT_CODE_WEIGHTS[i];
      }
    }
    if (CREDIT_CODE_ALPHABET.charAt((31 - sum % 31) % 31) != code.charAt(17)) {
      return "统一社会信用代码不正确：最后一位“" + code.charAt(17) + "”是校验码，与前 17 位对不上，说明有一位输错了，请对照营业执照逐位核对";
    }
    return null;
  }
}
