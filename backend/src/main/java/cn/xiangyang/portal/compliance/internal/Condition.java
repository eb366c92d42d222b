package cn.xiangyang.portal.compliance.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A condition over the answers, written as data in the YAML files: either a combination ({@code all},
 * {@code any}, {@code not}) or a comparison of one answer ({@code q}) or of the ratio of two number answers
 * ({@code ratio: {of, to}}) with {@code eq}, {@code ne}, {@code in}, {@code gt}, {@code ge}, {@code lt} or
 * {@code le}. A comparison with an unanswered (or skipped) question is false, so a rule only fires on what
 * the employer actually said.
 */
record Condition(
    @Nullable List<Condition> all,
    @Nullable List<Condition> any,
    @Nullable Condition not,
    @Nullable String q,
    @Nullable Ratio ratio,
    @Nullable String eq,
    @Nullable String ne,
    @Nullable List<String> in,
    @Nullable BigDecimal gt,
    @Nullable BigDecimal ge,
    @Nullable BigDecimal lt,
    @Nullable BigDecimal le) {

  /** The ratio of two number answers, {@code of ÷ to}. */
  record Ratio(String of, String to) {}

  /** Whether the answers (question id → normalized value: a String or a BigDecimal) satisfy the condition. */
  boolean test(Map<String, Object> answers) {
    if (all != null) {
      return all.stream().allMatch(c -> c.test(answers));
    }
    if (any != null) {
      return any.stream().anyMatch(c -> c.test(answers));
    }
    if (not != null) {
      return !not.test(answers);
    }
    Object value = ratio != null ? ratio(answers) : q == null ? null : answers.get(q);
    if (value == null) {
      return false;
    }
    if (eq != null) {
      return eq.equals(text(value));
    }
    if (ne != null) {
      return !ne.equals(text(value));
    }
    if (in != null) {
      return in.contains(text(value));
    }
    if (!(value instanceof BigDecimal n)) {
      return false;
    }
    if (gt != null) {
      return n.compareTo(gt) > 0;
    }
    if (ge != null) {
      return n.compareTo(ge) >= 0;
    }
    if (lt != null) {
      return n.compareTo(lt) < 0;
    }
    return le != null && n.compareTo(le) <= 0;
  }

  private @Nullable BigDecimal ratio(Map<String, Object> answers) {
    if (ratio == null
        || !(answers.get(ratio.of()) instanceof BigDecimal of)
        || !(answers.get(ratio.to()) instanceof BigDecimal to)
        || to.signum() == 0) {
      return null;
    }
    return of.divide(to, MathContext.DECIMAL64);
  }

  private static String text(Object value) {
    return value instanceof BigDecimal n
        ? n.stripTrailingZeros().toPlainString()
        : value.toString();
  }

  /** The question ids the condition reads. */
  List<String> questions() {
    List<String> ids = new ArrayList<>();
    collect(ids);
    return ids;
  }

  private void collect(List<String> ids) {
    if (all != null) {
      all.forEach(c -> c.collect(ids));
    }
    if (any != null) {
      any.forEach(c -> c.collect(ids));
    }
    if (not != null) {
      not.collect(ids);
    }
    if (q != null) {
      ids.add(q);
    }
    if (ratio != null) {
      ids.add(ratio.of());
      ids.add(ratio.to());
    }
  }

  /** The problems of its shape: exactly one kind of node, and a comparison has exactly one operator. */
  List<String> shapeProblems() {
    List<String> problems = new ArrayList<>();
    int kinds = (all != null ? 1 : 0)
        + (any != null ? 1 : 0)
        + (not != null ? 1 : 0)
        + (q != null || ratio != null ? 1 : 0);
    if (kinds != 1 || (q != null && ratio != null)) {
      problems.add("条件必须且只能是 all、any、not、q 或 ratio 之一");
    }
    int operators = (eq != null ? 1 : 0)
        + (ne != null ? 1 : 0)
        + (in != null ? 1 : 0)
        + (gt != null ? 1 : 0)
        + (ge != null ? 1 : 0)
        + (lt != null ? 1 : 0)
        + (le != null ? 1 : 0);
    if ((q != null || ratio != null) && operators != 1) {
      problems.add("比较条件必须且只能有一个运算（eq、ne、in、gt、ge、lt、le）");
    }
    if (q == null && ratio == null && operators != 0) {
      problems.add("组合条件不能带比较运算");
    }
    if (all != null) {
      all.forEach(c -> problems.addAll(c.shapeProblems()));
    }
    if (any != null) {
      any.forEach(c -> problems.addAll(c.shapeProblems()));
    }
    if (not != null) {
      problems.addAll(not.shapeProblems());
    }
    return problems;
  }

  boolean numeric() {
    return gt != null || ge != null || lt != null || le != null;
  }
}
