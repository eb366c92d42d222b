package cn.xiangyang.portal.kb;

/**
 * Chinese numerals as statutes write article numbers: {@code 八十二}, {@code 一百零一}, {@code 二百零四}.
 *
 * <p>Only the form a statute prints is accepted, from 1 to 9999: {@code 十二}, not {@code 一十二}; {@code 一百一十},
 * not {@code 一百十}; {@code 一百零一}, not {@code 一百〇一}. A numeral in any other form is more likely a typo in the
 * corpus than a variant worth supporting.
 */
public final class ChineseNumerals {

  private static final String DIGITS = "零一二三四五六七八九";
  private static final int MAX = 9999;

  private ChineseNumerals() {}

  /**
   * The value of a numeral in statute form, e.g. {@code 一百零一} is 101.
   *
   * @throws IllegalArgumentException when the text is empty, holds anything but 零一二三四五六七八九十百千, or is not
   *     written the way a statute writes that number
   */
  public static int parse(String numeral) {
    int total = 0;
    int digit = -1;
    for (int i = 0; i < numeral.length(); i++) {
      char c = numeral.charAt(i);
      int d = DIGITS.indexOf(c);
      int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
      if (d >= 0) {
        digit = d;
      } else if (unit > 0) {
        total += (digit < 0 ? 1 : digit) * unit;
        digit = -1;
      } else {
        throw new IllegalArgumentException("not a Chinese numeral: " + numeral);
      }
    }
    if (digit > 0) {
      total += digit;
    }
    // Parsing above is lenient (十十, 一百零, 一十二 all yield a value); the statute form is whatever
    // format() writes.
    if (total < 1 || total > MAX || !format(total).equals(numeral)) {
      throw new IllegalArgumentException("not a numeral in statute form: " + numeral);
    }
    return total;
  }

  /**
   * The statute form of a number from 1 to 9999, e.g. 110 is {@code 一百一十} and 12 is {@code 十二}.
   *
   * @throws IllegalArgumentException when the number is outside 1..9999
   */
  public static String format(int number) {
    if (number < 1 || number > MAX) {
      throw new IllegalArgumentException("article numbers run from 1 to " + MAX + ": " + number);
    }
    if (number < 20) {
      return number < 10 ? digit(number) : "十" + (number == 10 ? "" : digit(number - 10));
    }
    StringBuilder out = new StringBuilder();
    int[] units = {1000, 100, 10, 1};
    String[] names = {"千", "百", "十", ""};
    boolean zeroPending = false;
    for (int i = 0; i < units.length; i++) {
      int d = number / units[i] % 10;
      if (d == 0) {
        zeroPending = !out.isEmpty();
        continue;
      }
      if (zeroPending) {
        out.append('零');
        zeroPending = false;
      }
      out.append(digit(d)).append(names[i]);
    }
    return out.toString();
  }

  private static String digit(int d) {
    return String.valueOf(DIGITS.charAt(d));
  }
}
