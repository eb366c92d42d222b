package cn.xiangyang.portal.filing.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * 申请编号, the number on the receipt of a submission (issue 18): SQ, the two last digits of the year of
 * submission, a sequence value of at least 7 digits and a check character by ISO 7064 MOD 11-2 (as in the
 * 居民身份证号码: 0-9 or X), e.g. {@code SQ2600001234}. The database gives them (function
 * {@code application_number} of V150, from {@code application_number_seq}: no lock); this class reads them
 * back from what people type. Cases filed before V150 have one derived from their case number
 * ({@code SQ26L01-5}), without a check character.
 */
final class ApplicationNumbers {

  private static final Pattern SEQUENCED = Pattern.compile("^SQ([0-9]{9,})([0-9X])$");
  private static final Pattern LOOKS_LIKE = Pattern.compile("^SQ[0-9A-Z-]+$");

  private ApplicationNumbers() {}

  /** The application number of sequence value {@code n} submitted in {@code year}, as V150's function gives it. */
  static String of(int year, long n) {
    String digits = String.format(Locale.ROOT, "%02d%07d", Math.floorMod(year, 100), n);
    return "SQ" + digits + check(digits);
  }

  /** ISO 7064 MOD 11-2 over {@code digits}: weights 2^k mod 11 from the right, 10 written X. */
  static char check(String digits) {
    int sum = 0;
    int weight = 2;
    for (int i = digits.length() - 1; i >= 0; i--) {
      sum = (sum + (digits.charAt(i) - '0') * weight) % 11;
      weight = weight * 2 % 11;
    }
    return "10X98765432".charAt(sum);
  }

  /** What was typed, without spaces and in capitals, when it has the form of an application number; else null. */
  static @Nullable String normalized(String typed) {
    String s = typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    return LOOKS_LIKE.matcher(s).matches() ? s : null;
  }

  /** False for a sequenced number whose check character does not match (a digit misheard or mistyped). */
  static boolean checks(String normalized) {
    var m = SEQUENCED.matcher(normalized);
    return !m.matches() || check(m.group(1)) == m.group(2).charAt(0);
  }
}
