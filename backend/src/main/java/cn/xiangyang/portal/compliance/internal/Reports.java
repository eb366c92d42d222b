package cn.xiangyang.portal.compliance.internal;

import cn.xiangyang.portal.compliance.internal.Questionnaire.Area;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Turns normalized answers into a report: the rules that fire, the score, the levels by area, the estimates. */
@Component
class Reports {

  static final String METHOD = "得分 = 100 − 各项发现扣分之和（高风险每项扣 10 分，中风险 5 分，低风险 2 分），最低 0 分。"
      + "领域的风险等级取该领域最严重的一项发现。金额为按所填数字的估算，实际以证据和裁决为准。";

  private final ComplianceRules rules;
  private final Exposures exposures;
  private final Clock clock;

  Reports(ComplianceRules rules, Exposures exposures, Clock clock) {
    this.rules = rules;
    this.exposures = exposures;
    this.clock = clock;
  }

  /** The report for answers already normalized by {@link RuleBook#normalize}; not saved, no changes. */
  Mono<Report> evaluate(Map<String, Object> answers, @Nullable String companyName) {
    RuleBook book = rules.book();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    List<Rule> fired = new ArrayList<>(book.firing(answers));
    fired.sort(Comparator.comparing(Rule::severity));
    Map<String, String> areaTitles =
        book.questionnaire().areas().stream().collect(Collectors.toMap(Area::code, Area::title));
    return Flux.fromIterable(fired)
        .concatMap(rule -> (rule.exposure() == null
                ? Mono.<java.util.Optional<Report.Exposure>>just(java.util.Optional.empty())
                : exposures.estimate(rule.exposure(), answers, today).map(java.util.Optional::of))
            .map(exposure -> new Report.Finding(
                rule.id(),
                rule.area(),
                areaTitles.getOrDefault(rule.area(), rule.area()),
                rule.severity().name(),
                rule.severity().label(),
                rule.title(),
                rule.finding(),
                rule.basis().stream().map(rules::basis).toList(),
                rule.remedy(),
                exposure.orElse(null))))
        .collectList()
        .map(findings -> {
          int score = Math.max(
              0, 100 - fired.stream().mapToInt(r -> r.severity().points()).sum());
          List<Report.AreaResult> areas = new ArrayList<>();
          for (Area area : book.questionnaire().areas()) {
            if (!area.isScored()) {
              continue;
            }
            if (!book.applies(area, answers)) {
              areas.add(new Report.AreaResult(
                  area.code(), area.title(), "NOT_APPLICABLE", "不适用", 100, 0));
              continue;
            }
            List<Rule> inArea =
                fired.stream().filter(r -> r.area().equals(area.code())).toList();
            int areaScore = Math.max(
                0, 100 - inArea.stream().mapToInt(r -> r.severity().points()).sum());
            String level = inArea.isEmpty()
                ? "NONE"
                : inArea.stream()
                    .map(Rule::severity)
                    .min(Comparator.naturalOrder())
                    .orElseThrow()
                    .name();
            areas.add(new Report.AreaResult(
                area.code(), area.title(), level, levelLabel(level), areaScore, inArea.size()));
          }
          boolean anyHigh = fired.stream().anyMatch(r -> r.severity() == Rule.Severity.HIGH);
          String overall = anyHigh || score < 60
              ? "HIGH"
              : score < 85 || !fired.isEmpty() && score < 95 ? "MEDIUM" : "LOW";
          return new Report(
              null,
              now,
              false,
              score,
              overall,
              levelLabel(overall),
              companyName,
              areas,
              findings,
              null,
              METHOD);
        });
  }

  static String levelLabel(String level) {
    return switch (level) {
      case "HIGH" -> "高风险";
      case "MEDIUM" -> "中风险";
      case "LOW" -> "低风险";
      case "NONE" -> "未发现风险";
      default -> "不适用";
    };
  }

  /** What changed between a previous report and this one, by rule id. */
  static Report.Changes changes(java.util.UUID previousId, Report previous, Report current) {
    Map<String, Report.Finding> before = new HashMap<>();
    previous.findings().forEach(f -> before.put(f.rule(), f));
    Set<String> now =
        current.findings().stream().map(Report.Finding::rule).collect(Collectors.toSet());
    List<Report.Change> resolved = previous.findings().stream()
        .filter(f -> !now.contains(f.rule()))
        .map(Reports::change)
        .toList();
    List<Report.Change> added = current.findings().stream()
        .filter(f -> !before.containsKey(f.rule()))
        .map(Reports::change)
        .toList();
    List<Report.Change> unchanged = current.findings().stream()
        .filter(f -> before.containsKey(f.rule()))
        .map(Reports::change)
        .toList();
    return new Report.Changes(
        previousId, previous.createdAt(), previous.score(), resolved, added, unchanged);
  }

  private static Report.Change change(Report.Finding f) {
    return new Report.Change(f.rule(), f.title(), f.severity());
  }
}
