package cn.xiangyang.portal.accounts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The 18-digit citizen identity number of GB 11643-1999: 6-digit area code, birth date, 3-digit
 * sequence, and an ISO 7064 MOD 11-2 check character (0–9 or X).
 */
public final class ResidentIdNumber {

  private static final Pattern FORM = Pattern.compile("[1-9][0-9]{16}[0-9X]");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = "10X98765432".toCharArray();

  private ResidentIdNumber() {}

  /** Upper-cases a trailing x and strips spaces; does not validate. */
  public static String normalize(String raw) {
    return raw.strip().replace(" ", "").toUpperCase(Locale.ROOT);
  }

  /** True when the (normalized) number has the right form, a real birth date and the right check character. */
  public static boolean isValid(String number) {
    if (!FORM.matcher(number).matches()) {
      return false;
    }
    try {
      LocalDate birth = LocalDate.of(
          Integer.parseInt(number.substring(6, 10)),
          Integer.parseInt(number.substring(10, 12)),
          Integer.parseInt(number.substring(12, 14)));
      if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
        return false;
      }
    } catch (DateTimeException e) {
      return false;
    }
    return checkCharacter(number.substring(0, 17)) == number.charAt(17);
  }

  /**
   * Why a (normalized) number is not valid, in words a person can act on; {@code null} when it is
   * valid. A birth date that does not exist, lies before 1900 or in the future is named with the date.
   */
  public static @org.jspecify.annotations.Nullable String problem(String number, LocalDate today) {
    if (number.length() != 18) {
      return "身份证号不正确：应为 18 位，您填了 " + number.length() + " 位";
    }
    if (!FORM.matcher(number).matches()) {
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
    if (birth.getYear() < 1900) {
      return "身份证号不正确：其中的出生日期 " + birth.getYear() + "年" + birth.getMonthValue() + "月"
          + birth.getDayOfMonth() + "日早于 1900 年，请核对";
    }
    if (birth.isAfter(today)) {
      return "身份证号不正确：其中的出生日期 " + birth.getYear() + "年" + birth.getMonthValue() + "月"
          + birth.getDayOfMonth() + "日在今天之后，请核对";
    }
    char expected = checkCharacter(number.substring(0, 17));
    if (expected != number.charAt(17)) {
      return "身份证号不正确：最后一位“" + number.charAt(17) + "”是校验码，与前 17 位对不上，说明有一位输错了，请对照身份证逐位核对";
    }
    return null;
  }

  /** The check character for the first 17 digits. */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** Keeps the first four and last four characters: {@code 4206**********1234}. */
  public static String mask(String number) {
    if (number.length() <= 8) {
      return "*".repeat(number.length());
    }
    return number.substring(0, 4)
        + "*".repeat(number.length() - 8)
        + number.substring(number.length() - 4);
  }
}
