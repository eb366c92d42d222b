package cn.xiangyang.portal.calculators.internal;

import cn.xiangyang.portal.calculators.Calculation;
import cn.xiangyang.portal.calculators.Citation;
import cn.xiangyang.portal.calculators.Entitlements;
import cn.xiangyang.portal.kb.ChineseNumerals;
import cn.xiangyang.portal.system.DomainProblem;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The entitlement calculators over HTTP, without login: the list with input schemas, and one POST each. */
@RestController
class CalculatorsController {

  private final Entitlements entitlements;

  CalculatorsController(Entitlements entitlements) {
    this.entitlements = entitlements;
  }

  @GetMapping("/api/v1/calculators")
  List<CalculatorCatalog.Entry> calculators() {
    return CalculatorCatalog.ENTRIES;
  }

  @PostMapping("/api/v1/calculators/{name}")
  Mono<CalculationBody> calculate(
      @PathVariable String name, @RequestBody Map<String, @Nullable Object> body) {
    CalculatorCatalog.Entry entry =
        CalculatorCatalog.find(name).orElseThrow(() -> new NoSuchCalculator(name));
    CalculatorRequest request = CalculatorRequest.of(entry, body);
    Mono<Calculation> result = switch (name) {
      case "economic-compensation" -> entitlements.economicCompensation(request.service());
      case "unlawful-termination" -> entitlements.unlawfulTermination(request.service());
      case "double-wages" -> entitlements.doubleWages(request.doubleWages());
      case "overtime-pay" -> entitlements.overtimePay(request.overtime());
      case "annual-leave-pay" -> entitlements.annualLeavePay(request.annualLeave());
      case "minimum-wage-check" -> entitlements.minimumWageCheck(request.minimumWage());
      case "final-award" -> entitlements.finalAward(request.finalAward());
      default -> throw new NoSuchCalculator(name);
    };
    return result.map(CalculationBody::of);
  }

  /** A calculation as JSON: money as decimal strings with two decimals. */
  record CalculationBody(
      String amount,
      String currency,
      String formula,
      List<String> steps,
      List<String> assumptions,
      List<CitationBody> citations,
      List<FigureBody> figuresUsed,
      List<PartBody> parts,
      List<String> gaps) {

    static CalculationBody of(Calculation c) {
      return new CalculationBody(
          c.amount().toPlainString(),
          c.currency(),
          c.formula(),
          c.steps(),
          c.assumptions(),
          c.citations().stream().map(CitationBody::of).toList(),
          c.figuresUsed().stream()
              .map(f -> new FigureBody(f.name(), f.value(), f.effective(), f.source()))
              .toList(),
          c.parts().stream()
              .map(p -> new PartBody(
                  p.label(), p.amount() == null ? null : p.amount().toPlainString(), p.note()))
              .toList(),
          c.gaps());
    }
  }

  /**
   * @param label e.g. 劳动合同法第四十七条
   * @param url the article in the portal's law library, e.g. /laws/labor-contract-law#第47条
   */
  record CitationBody(String law, int article, String lawId, String label, String url) {
    static CitationBody of(Citation c) {
      return new CitationBody(
          c.law(),
          c.article(),
          c.lawId(),
          c.law() + "第" + ChineseNumerals.format(c.article()) + "条",
          "/laws/" + c.lawId() + "#第" + c.article() + "条");
    }
  }

  record FigureBody(
      String name,
      String value,
      @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable LocalDate effective,
      String source) {}

  record PartBody(String label, @Nullable String amount, String note) {}

  static final class NoSuchCalculator extends DomainProblem {
    NoSuchCalculator(String name) {
      super(HttpStatus.NOT_FOUND, "找不到", "没有名为 " + name + " 的计算器，可用的计算器见 GET /api/v1/calculators。");
    }
  }
}
