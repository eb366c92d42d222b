package cn.xiangyang.portal.assistant.internal.situation;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Numbers as people type them: {@code 3000}, {@code 3.5}, {@code 三}, {@code 十二}, {@code 两万四}, {@code 三千}. */
final class ChineseNumbers {

  private ChineseNumbers() {}

  /** The value of {@code text}, or {@code null} when it is not a number this class reads. */
  static @Nullable BigDecimal amount(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    if (text.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    long total = 0;
    long section = 0; // below 万
    long digit = -1;
    int lastUnit = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        digit = d;
        continue;
      }
      int unit = switch (c) {
        case '十' -> 10;
        case '百' -> 100;
        case '千' -> 1000;
        case '万' -> 10_000;
        default -> -1;
      };
      if (unit < 0) {
        return null;
      }
      if (unit == 10_000) {
        section += Math.max(digit, 0);
        total += (section == 0 ? 1 : section) * 10_000;
        section = 0;
      } else {
        section += (digit < 0 ? 1 : digit) * unit;
      }
      lastUnit = unit;
      digit = -1;
    }
    if (digit >= 0) {
      // "两万四" is 24000 and "三千五" 3500: a trailing digit counts in the unit below the last one
      section += lastUnit >= 10 ? digit * (lastUnit == 10_000 ? 1000 : lastUnit / 10) : digit;
    }
    return BigDecimal.valueOf(total + section);
  }

  private static int digit(char c) {
    return switch (c) {
      case '零' -> 0;
      case '一' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }
}
