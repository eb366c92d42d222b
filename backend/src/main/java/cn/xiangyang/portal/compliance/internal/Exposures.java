package cn.xiangyang.portal.compliance.internal;

import cn.xiangyang.portal.compliance.internal.Questionnaire.Question;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  Exposures(ComplianceRules rules) {
    this.book = rules.book();
  }

  /** The estimate for a rule that fired; an exposure without amount when it cannot be estimated. */
  Mono<Report.Exposure> estimate(Rule.ExposureSpec spec, Map<String, Object> answers, LocalDate today) {
    List<Report.Input> inputs = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    spec.inputs().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      Question q = book.questions().get(e.getValue());
      Object value = answers.get(e.getValue());
      if (value == null) {
        missing.add(q.text());
      } else {
        inputs.add(new Report.Input(e.getKey(), show(q, value), q.text()));
      }
    });
    if (!missing.isEmpty()) {
      return Mono.just(new Report.Exposure(null, "未估算：缺少“" + String.join("”“", missing) + "”的回答。", inputs, false, spec.calculator()));
    }
    return calculate(spec, answers, today, inputs);
  }

  private Mono<Report.Exposure> calculate(Rule.ExposureSpec spec, Map<String, Object> answers, LocalDate today, List<Report.Input> inputs) {
    return Mono.just(new Report.Exposure(null, "未估算：权益计算器（" + spec.calculator() + "）尚未在本平台上线，上线后将按所填数字自动估算。", inputs, false, spec.calculator()));
  }

  static BigDecimal number(Map<String, Object> answers, String id) {
    return (BigDecimal) answers.get(id);
  }

  private static String show(Question q, Object value) {
    return switch (q.type()) {
      case MONEY -> ((BigDecimal) value).toPlainString() + " 元";
      case CHOICE, YES_NO -> q.choices().stream().filter(o -> o.value().equals(value)).map(Questionnaire.Option::label).findFirst().orElse(value.toString());
      case NUMBER -> ((BigDecimal) value).toPlainString();
    };
  }
}
