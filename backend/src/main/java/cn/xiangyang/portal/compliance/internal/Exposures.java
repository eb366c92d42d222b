package cn.xiangyang.portal.compliance.internal;

import cn.xiangyang.portal.calculators.Calculation;
import cn.xiangyang.portal.calculators.CalculationRejected;
import cn.xiangyang.portal.calculators.Entitlements;
import cn.xiangyang.portal.compliance.internal.Questionnaire.Question;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Estimates what a finding could cost, through the entitlement calculators of the {@code calculators}
 * module; never with formulas of its own. The inputs come from the answers named in the rule's
 * {@code exposure.inputs}; when one is missing the estimate says which.
 */
@Component
class Exposures {

  private final RuleBook book;
  private final Entitlements entitlements;

  Exposures(ComplianceRules rules, Entitlements entitlements) {
    this.book = rules.book();
    this.entitlements = entitlements;
  }

  /** The estimate for a rule that fired; an exposure without amount when it cannot be estimated. */
  Mono<Report.Exposure> estimate(
      Rule.ExposureSpec spec, Map<String, Object> answers, LocalDate today) {
    List<Report.Input> inputs = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    spec.inputs().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      Question q = Objects.requireNonNull(
          book.questions().get(e.getValue()),
          () -> "the rule book names an unknown question " + e.getValue());
      Object value = answers.get(e.getValue());
      if (value == null) {
        missing.add(q.text());
      } else {
        inputs.add(new Report.Input(e.getKey(), show(q, value), q.text()));
      }
    });
    if (!missing.isEmpty()) {
      return Mono.just(new Report.Exposure(
          null,
          "未估算：缺少“" + String.join("”“", missing) + "”的回答。",
          inputs,
          false,
          spec.calculator(),
          List.of()));
    }
    return calculate(spec, answers, today, inputs);
  }

  private Mono<Report.Exposure> calculate(
      Rule.ExposureSpec spec,
      Map<String, Object> answers,
      LocalDate today,
      List<Report.Input> inputs) {
    Map<String, String> in = spec.inputs();
    BigDecimal workers = number(answers, in, "workers");
    BigDecimal wage = number(answers, in, "monthlyWage");
    // The employment is taken to run until yesterday, so that "worked m months" or "y years" is
    // exactly that
    // long (the calculators count the first day as a day of work).
    LocalDate end = today.minusDays(1);
    Mono<Calculation> perWorker = switch (spec.calculator()) {
      case "double-wages" ->
        entitlements.doubleWages(new Entitlements.DoubleWagesInput(
            today.minusMonths(number(answers, in, "months").intValueExact()),
            end,
            wage,
            null,
            today));
      case "overtime-pay" -> {
        int months = Math.max(1, number(answers, in, "months").intValueExact());
        BigDecimal hours = number(answers, in, "weekdayHours").multiply(BigDecimal.valueOf(months));
        yield entitlements.overtimePay(
            new Entitlements.OvertimeInput(wage, hours, null, null, null, null, null, months));
      }
      case "annual-leave-pay" ->
        entitlements.annualLeavePay(Entitlements.AnnualLeaveInput.of(
            wage, number(answers, in, "unusedDays").intValueExact()));
      case "economic-compensation" ->
        entitlements.economicCompensation(Entitlements.ServiceInput.of(
            today.minusYears(number(answers, in, "years").intValueExact()), end, wage, (String)
                answers.get(in.get("area"))));
      case "unlawful-termination" ->
        entitlements.unlawfulTermination(Entitlements.ServiceInput.of(
            today.minusYears(number(answers, in, "years").intValueExact()), end, wage, (String)
                answers.get(in.get("area"))));
      default -> Mono.error(new IllegalStateException("unknown calculator " + spec.calculator()));
    };
    return perWorker
        .map(c -> {
          BigDecimal total = c.amount().multiply(workers).setScale(2, RoundingMode.HALF_UP);
          List<String> notes = new ArrayList<>(c.assumptions());
          c.gaps().forEach(g -> notes.add("缺少数据：" + g));
          c.figuresUsed()
              .forEach(f -> notes.add("所用数据：" + f.name() + " " + f.value()
                  + (f.effective() == null ? "" : "（" + f.effective() + " 起）") + "，来源："
                  + f.source()));
          String formula = workers.toPlainString() + " 人 × 每人 " + c.amount().toPlainString()
              + " 元 = " + total.toPlainString() + " 元。每人：" + c.formula();
          return new Report.Exposure(total, formula, inputs, true, spec.calculator(), notes);
        })
        .onErrorResume(
            CalculationRejected.class,
            e -> Mono.just(new Report.Exposure(
                null, "未估算：" + e.detail(), inputs, false, spec.calculator(), List.of())));
  }

  /** The answer to the question a rule's exposure input names; {@link #estimate} has checked it is there. */
  static BigDecimal number(Map<String, Object> answers, Map<String, String> inputs, String input) {
    String id =
        Objects.requireNonNull(inputs.get(input), () -> "the exposure has no input " + input);
    return (BigDecimal) Objects.requireNonNull(answers.get(id), () -> "no answer to " + id);
  }

  private static String show(Question q, Object value) {
    return switch (q.type()) {
      case MONEY -> ((BigDecimal) value).toPlainString() + " 元";
      case CHOICE, YES_NO ->
        q.choices().stream()
            .filter(o -> o.value().equals(value))
            .map(Questionnaire.Option::label)
            .findFirst()
            .orElse(value.toString());
      case NUMBER -> ((BigDecimal) value).toPlainString();
    };
  }
}
