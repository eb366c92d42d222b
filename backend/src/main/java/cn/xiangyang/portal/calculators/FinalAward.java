package cn.xiangyang.portal.calculators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Whether an award on a claim would be final (终局裁决). */
public final class FinalAward {

  /** Months of the local monthly minimum wage up to which a money claim is final. */
  public static final int MONTHS = 12;

  private FinalAward() {}

  /** The kinds of claim the final-award rule distinguishes. */
  public enum Category {
    /** 追索劳动报酬. */
    LABOR_REMUNERATION,
    /** 工伤医疗费. */
    WORK_INJURY_MEDICAL_COSTS,
    /** 经济补偿. */
    ECONOMIC_COMPENSATION,
    /** 赔偿金. */
    DAMAGES,
    /** 竞业限制经济补偿: whether it is an 经济补偿 of 第四十七条第一项 is not settled, so never called certain. */
    NON_COMPETE_COMPENSATION,
    /** 工作时间、休息休假、社会保险等方面执行国家劳动标准. */
    LABOR_STANDARDS,
    /** Anything else, e.g. confirming the labor relationship: never final. */
    OTHER
  }

  /** The outcome for one claim. */
  public enum Verdict {
    FINAL,
    NOT_FINAL
  }

  /** Twelve times the monthly minimum wage, in yuan with 2 decimals. */
  public static BigDecimal threshold(BigDecimal monthlyMinimumWage) {
    // 劳动争议调解仲裁法 第四十七条第一项: not exceeding 12 months of the local monthly minimum wage.
    return monthlyMinimumWage
        .multiply(BigDecimal.valueOf(MONTHS))
        .setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * FINAL for a money claim of the first four categories whose amount does not exceed the threshold,
   * and for every labor-standards claim; NOT_FINAL otherwise (also for a money claim without amount).
   */
  public static Verdict verdict(Category category, BigDecimal amount, BigDecimal threshold) {
    return switch (category) {
      // 劳动争议调解仲裁法 第四十七条第二项: working time, rest and leave, social insurance standards.
      case LABOR_STANDARDS -> Verdict.FINAL;
      case OTHER -> Verdict.NOT_FINAL;
      // 劳动争议调解仲裁法 第四十七条第一项: each claim compared on its own amount.
      default ->
        amount.signum() > 0 && amount.compareTo(threshold) <= 0 ? Verdict.FINAL : Verdict.NOT_FINAL;
    };
  }
}
