package cn.xiangyang.portal.calculators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer of an entitlement calculator: the amount in yuan (exact to the fen), the formula with the
 * person's numbers, the steps, the assumptions made, the cited articles and the local figures used.
 *
 * @param amount the result in yuan, two decimals; for a check (minimum wage, final award) the figure
 *     the check compares against
 * @param currency always {@code CNY}
 * @param formula the formula with the numbers filled in
 * @param steps the arithmetic, one line per step
 * @param assumptions what the result takes for granted (the person should check these)
 * @param citations the articles the rules come from; never empty, each exists in the knowledge base
 * @param figuresUsed the local figures (minimum wage, average wage) with effective date and source
 * @param parts labelled sub-amounts (e.g. the part before 2008, months probably time-barred); may be empty
 * @param gaps figures the calculator needed but does not have, each saying what it means for the
 *     result and what to provide; empty when nothing is missing
 */
public record Calculation(
    BigDecimal amount,
    String currency,
    String formula,
    List<String> steps,
    List<String> assumptions,
    List<Citation> citations,
    List<FigureUsed> figuresUsed,
    List<Part> parts,
    List<String> gaps) {

  public static final String CNY = "CNY";

  public Calculation {
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("a calculation cites at least one article");
    }
    steps = List.copyOf(steps);
    assumptions = List.copyOf(assumptions);
    citations = List.copyOf(citations);
    figuresUsed = List.copyOf(figuresUsed);
    parts = List.copyOf(parts);
    gaps = List.copyOf(gaps);
  }

  /**
   * A local figure the result depends on.
   *
   * @param name what it is, e.g. 襄城区月最低工资标准（第一档）
   * @param value the value as shown to people, e.g. 2400.00
   * @param effective the date it took effect; null when not known
   * @param source the document it comes from, or "您提供" when the person gave it
   */
  public record FigureUsed(
      String name, String value, @Nullable LocalDate effective, String source) {}

  /**
   * A labelled sub-amount of the result.
   *
   * @param label e.g. 2008年1月1日以前的工作年限部分
   * @param amount its amount in yuan (two decimals); null when the part is a verdict without amount
   * @param note what the part means (e.g. 可能已过仲裁时效)
   */
  public record Part(String label, @Nullable BigDecimal amount, String note) {}
}
