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
      LocalDate birth =
          LocalDate.of(
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
    return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
  }
}
