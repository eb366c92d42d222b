package cn.xiangyang.portal.assistant.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The sums of money a text states ("8700 元", "1.2万元", "3,000块"), to hold a generated answer to the amounts
 * the entitlement calculators computed: a sum that appears nowhere in the grounding is one the model made up.
 */
final class Figures {

  private static final Pattern YUAN = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万)?\\s*(元|块)");
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  private Figures() {}

  /** Every number in {@code text}, and each also as 万 (the model may say 1.2万 for 12000). */
  static Set<BigDecimal> numbers(String text) {
    Set<BigDecimal> found = new HashSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      BigDecimal n = parse(m.group());
      if (n != null) {
        found.add(n);
      }
    }
    return found;
  }

  /** The first sum of money in {@code sentence} that is not among {@code known}, if any. */
  static Optional<BigDecimal> unknown(String sentence, Set<BigDecimal> known) {
    Matcher m = YUAN.matcher(sentence);
    while (m.find()) {
      BigDecimal n = parse(m.group(1));
      if (n == null) {
        continue;
      }
      BigDecimal value = m.group(2) != null ? n.multiply(TEN_THOUSAND).stripTrailingZeros() : n;
      if (known.stream().noneMatch(k -> k.compareTo(value) == 0)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private static @Nullable BigDecimal parse(String digits) {
    try {
      return new BigDecimal(digits.replace(",", "")).stripTrailingZeros();
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
