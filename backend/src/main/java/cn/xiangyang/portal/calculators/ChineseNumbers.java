package cn.xiangyang.portal.calculators;

/** Article numbers the way Chinese law texts write them (第二百零三条). */
final class ChineseNumbers {

  private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  private ChineseNumbers() {}

  /** 1 → 一, 10 → 十, 15 → 十五, 20 → 二十, 203 → 二百零三, 110 → 一百一十; for 1–999. */
  static String of(int n) {
    if (n < 1 || n > 999) {
      return String.valueOf(n);
    }
    int hundreds = n / 100;
    int tens = n / 10 % 10;
    int ones = n % 10;
    StringBuilder s = new StringBuilder();
    if (hundreds > 0) {
      s.append(DIGITS[hundreds]).append("百");
      if (tens == 0 && ones > 0) {
        s.append("零");
      }
    }
    if (tens > 0) {
      if (!(hundreds == 0 && tens == 1)) {
        s.append(DIGITS[tens]);
      }
      s.append("十");
    }
    if (ones > 0) {
      s.append(DIGITS[ones]);
    }
    return s.toString();
  }
}
