package cn.xiangyang.portal.assistant.internal;

import java.util.regex.Pattern;

/**
 * Masks personal data in free text before it is logged, stored or remembered: resident ID numbers,
 * mobile and landline numbers, bank card numbers and e-mail addresses.
 */
final class PersonalData {

  private static final Pattern ID_NUMBER = Pattern.compile(
      "(?<![0-9A-Za-z])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9A-Za-z])"
          + "|(?<!\\d)[1-9]\\d{14}(?!\\d)");
  private static final Pattern MOBILE =
      Pattern.compile("(?<!\\d)(?:\\+?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?!\\d)");
  private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)0\\d{2,3}-?\\d{7,8}(?!\\d)");
  private static final Pattern CARD = Pattern.compile("(?<!\\d)\\d{16,19}(?!\\d)");
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

  private PersonalData() {}

  /** The text with every personal number or address replaced by a bracketed placeholder. */
  static String mask(String text) {
    String masked = ID_NUMBER.matcher(text).replaceAll("[身份证号]");
    masked = MOBILE.matcher(masked).replaceAll("[手机号]");
    masked = CARD.matcher(masked).replaceAll("[卡号]");
    masked = LANDLINE.matcher(masked).replaceAll("[电话]");
    return EMAIL.matcher(masked).replaceAll("[邮箱]");
  }
}
