package cn.xiangyang.portal.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xiangyang.portal.compliance.internal.Questionnaire.AnswerType;
import cn.xiangyang.portal.compliance.internal.Questionnaire.Area;
import cn.xiangyang.portal.compliance.internal.Questionnaire.Question;
import cn.xiangyang.portal.kb.Corpus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The check-up's data as the build sees it: the questionnaire and rules are sound and cite only articles of
 * the knowledge base, and every rule fires on its condition and not otherwise, on answers generated from
 * the rule's own condition.
 */
class ComplianceRuleBookTests {

  private static RuleBook book;
  private static Map<String, Object> compliant;

  @BeforeAll
  static void read() {
    book = RuleBook.fromClasspath();
    compliant = compliantAnswers();
  }

  @Test
  void everyCitationResolvesAndEveryReferenceExists() {
    // The same corpus the knowledge module's KnowledgeLibrary serves (Corpus.loadFromClasspath).
    Corpus corpus = Corpus.loadFromClasspath();
    assertThat(book.problems(corpus::article)).isEmpty();
  }

  @Test
  void aCitationMissingFromTheKnowledgeBaseIsReported() {
    Rule bad = new Rule(
        "x.bad",
        "contracts",
        Rule.Severity.LOW,
        "t",
        "f",
        new Condition(
            null,
            null,
            null,
            "contracts.all-written",
            null,
            "no",
            null,
            null,
            null,
            null,
            null,
            null),
        List.of("labor-contract-law#999", "no-such-law#1", "not a citation"),
        List.of("step"),
        new Rule.ExposureSpec("no-such-calculator", Map.of()));
    RuleBook withBad = new RuleBook(book.questionnaire(), List.of(bad));
    assertThat(withBad.problems(Corpus.loadFromClasspath()::article))
        .anyMatch(p -> p.contains("labor-contract-law#999"))
        .anyMatch(p -> p.contains("no-such-law#1"))
        .anyMatch(p -> p.contains("引用格式错误"))
        .anyMatch(p -> p.contains("no-such-calculator"));
  }

  @Test
  void aConditionOnAnUnknownQuestionOrImpossibleAnswerIsReported() {
    Rule bad = new Rule(
        "x.bad",
        "contracts",
        Rule.Severity.LOW,
        "t",
        "f",
        new Condition(
            List.of(
                new Condition(
                    null, null, null, "no.such", null, "no", null, null, null, null, null, null),
                new Condition(
                    null,
                    null,
                    null,
                    "contracts.all-written",
                    null,
                    "maybe",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null),
                new Condition(
                    null,
                    null,
                    null,
                    "contracts.all-written",
                    null,
                    null,
                    null,
                    null,
                    BigDecimal.ONE,
                    null,
                    null,
                    null)),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null),
        List.of("labor-contract-law#10"),
        List.of("step"),
        null);
    assertThat(new RuleBook(book.questionnaire(), List.of(bad))
            .problems(Corpus.loadFromClasspath()::article))
        .anyMatch(p -> p.contains("no.such"))
        .anyMatch(p -> p.contains("maybe"))
        .anyMatch(p -> p.contains("大小比较"));
  }

  @Test
  void hasAtLeastFortyQuestionsInAtLeastTenScoredAreasEachExplained() {
    assertThat(book.questions()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(book.questionnaire().areas().stream().filter(Area::isScored))
        .hasSizeGreaterThanOrEqualTo(10);
    assertThat(book.questions().values()).allSatisfy(q -> {
      assertThat(q.text()).isNotBlank();
      assertThat(q.why()).isNotBlank();
    });
    assertThat(book.questionnaire().areas())
        .allSatisfy(a -> assertThat(
                book.rules().stream().anyMatch(r -> r.area().equals(a.code())) || !a.isScored())
            .isTrue());
  }

  @Test
  void aFullyCompliantEmployerHasNoFinding() {
    assertThat(book.firing(book.normalize(compliant))).isEmpty();
  }

  @Test
  void unknownAnswersRaiseNoFinding() {
    Map<String, Object> answers = new LinkedHashMap<>(compliant);
    book.questions().values().stream()
        .filter(q -> q.type() == AnswerType.YES_NO && !q.id().startsWith("profile."))
        .forEach(q -> answers.put(q.id(), "unknown"));
    assertThat(book.firing(book.normalize(answers))).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> eachRuleFiresOnItsConditionAlone() {
    return book.rules().stream()
        .map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
          Map<String, Object> answers = new LinkedHashMap<>(compliant);
          answers.putAll(satisfy(rule.when()));
          assertThat(book.firing(book.normalize(answers)))
              .extracting(Rule::id)
              .containsExactly(rule.id());
        }));
  }

  @TestFactory
  Stream<DynamicTest> eachRuleStaysSilentWhenAnyPartOfItsConditionFails() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Rule rule : book.rules()) {
      List<Condition> parts = rule.when().all() != null ? rule.when().all() : List.of(rule.when());
      for (int i = 0; i < parts.size(); i++) {
        int failing = i;
        tests.add(DynamicTest.dynamicTest(rule.id() + " without part " + (i + 1), () -> {
          Map<String, Object> answers = new LinkedHashMap<>(compliant);
          for (int j = 0; j < parts.size(); j++) {
            answers.putAll(j == failing ? falsify(parts.get(j)) : satisfy(parts.get(j)));
          }
          assertThat(book.firing(book.normalize(answers)))
              .extracting(Rule::id)
              .doesNotContain(rule.id());
        }));
      }
      Area area = book.questionnaire().area(rule.area()).orElseThrow();
      if (area.applicableIf() != null) {
        tests.add(DynamicTest.dynamicTest(rule.id() + " when its area does not apply", () -> {
          Map<String, Object> answers = new LinkedHashMap<>(compliant);
          answers.putAll(satisfy(rule.when()));
          answers.putAll(falsify(area.applicableIf()));
          assertThat(book.firing(book.normalize(answers)))
              .extracting(Rule::id)
              .doesNotContain(rule.id());
        }));
      }
    }
    return tests.stream();
  }

  @Test
  void aSkippedQuestionsAnswerIsIgnored() {
    Map<String, Object> answers = new LinkedHashMap<>(compliant);
    answers.put("profile.uses-dispatch", "no");
    answers.put("dispatch.positions", "no");
    Map<String, Object> normalized = book.normalize(answers);
    assertThat(normalized).doesNotContainKey("dispatch.positions");
    assertThat(book.firing(normalized)).isEmpty();
    // a follow-up question is dropped with the answer it depends on
    answers.put("contracts.all-written", "yes");
    answers.put("contracts.unwritten-count", 3);
    assertThat(book.normalize(answers)).doesNotContainKey("contracts.unwritten-count");
  }

  @Test
  void rejectsUnknownQuestionsMalformedAnswersAndMissingRequiredOnes() {
    Map<String, Object> answers = new LinkedHashMap<>(compliant);
    answers.put("no.such.question", "yes");
    answers.put("contracts.all-written", "maybe");
    answers.put("profile.headcount", "12.5");
    answers.put("profile.average-wage", "-1");
    answers.remove("wages.on-time");
    assertThatThrownBy(() -> book.normalize(answers))
        .isInstanceOfSatisfying(
            CheckupRejected.class,
            e -> assertThat(e.errors())
                .extracting(f -> f.field())
                .containsExactlyInAnyOrder(
                    "answers.no.such.question",
                    "answers.contracts.all-written",
                    "answers.profile.headcount",
                    "answers.profile.average-wage",
                    "answers.wages.on-time"));
  }

  @Test
  void theDispatchRatioRuleFiresAboveTenPercentOnly() {
    Map<String, Object> answers = new LinkedHashMap<>(compliant);
    answers.put("profile.headcount", 100);
    answers.put("dispatch.count", 10);
    assertThat(book.firing(book.normalize(answers))).isEmpty();
    answers.put("dispatch.count", 11);
    assertThat(book.firing(book.normalize(answers)))
        .extracting(Rule::id)
        .containsExactly("dispatch.over-ratio");
  }

  // ── generated answers ──

  /** Answers under which every area applies and no rule fires: for each question the value firing the fewest rules. */
  private static Map<String, Object> compliantAnswers() {
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put("profile.headcount", 200);
    answers.put("profile.average-wage", "5000.00");
    answers.put("profile.area", "fancheng");
    for (Area area : book.questionnaire().areas()) {
      if (area.applicableIf() != null) {
        answers.putAll(satisfy(area.applicableIf()));
      }
    }
    answers.put("dispatch.count", 5);
    for (Question q : book.questions().values()) {
      if (answers.containsKey(q.id()) || q.askIf() != null) {
        continue;
      }
      if (q.type() == AnswerType.YES_NO) {
        Object best = null;
        int fewest = Integer.MAX_VALUE;
        for (String v : List.of("yes", "no")) {
          Map<String, Object> trial = new HashMap<>(answers);
          trial.put(q.id(), v);
          int n = (int) book.rules().stream()
              .filter(r -> r.when().questions().contains(q.id()) && r.when().test(trial))
              .count();
          if (n < fewest) {
            fewest = n;
            best = v;
          }
        }
        answers.put(q.id(), best);
      }
    }
    return answers;
  }

  /** Answers that make the condition true, including what makes its questions asked. */
  private static Map<String, Object> satisfy(Condition c) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (c.all() != null) {
      c.all().forEach(x -> out.putAll(satisfy(x)));
    } else if (c.any() != null) {
      out.putAll(satisfy(c.any().get(0)));
    } else if (c.not() != null) {
      out.putAll(falsify(c.not()));
    } else if (c.ratio() != null) {
      BigDecimal bound =
          c.gt() != null ? c.gt() : c.ge() != null ? c.ge() : c.lt() != null ? c.lt() : c.le();
      BigDecimal to = BigDecimal.valueOf(1000);
      BigDecimal of =
          bound.multiply(to).add(BigDecimal.valueOf(c.gt() != null || c.ge() != null ? 1 : -1));
      out.put(c.ratio().to(), to);
      out.put(c.ratio().of(), of.max(BigDecimal.ZERO));
    } else {
      Question q = book.questions().get(c.q());
      gate(q, out);
      out.put(q.id(), valueMaking(q, c, true));
    }
    return out;
  }

  /** Answers that make the condition false while its questions are still asked. */
  private static Map<String, Object> falsify(Condition c) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (c.all() != null) {
      out.putAll(falsify(c.all().get(0)));
    } else if (c.any() != null) {
      c.any().forEach(x -> out.putAll(falsify(x)));
    } else if (c.not() != null) {
      out.putAll(satisfy(c.not()));
    } else if (c.ratio() != null) {
      out.put(c.ratio().to(), BigDecimal.valueOf(1000));
      BigDecimal bound =
          c.gt() != null ? c.gt() : c.ge() != null ? c.ge() : c.lt() != null ? c.lt() : c.le();
      out.put(
          c.ratio().of(),
          bound
              .multiply(BigDecimal.valueOf(1000))
              .add(BigDecimal.valueOf(c.gt() != null || c.ge() != null ? -1 : 1))
              .max(BigDecimal.ZERO));
    } else {
      Question q = book.questions().get(c.q());
      gate(q, out);
      out.put(q.id(), valueMaking(q, c, false));
    }
    return out;
  }

  private static void gate(Question q, Map<String, Object> out) {
    if (q.askIf() != null) {
      out.putAll(satisfy(q.askIf()));
    }
  }

  private static Object valueMaking(Question q, Condition c, boolean truth) {
    if (q.type() == AnswerType.NUMBER || q.type() == AnswerType.MONEY) {
      BigDecimal bound = c.gt() != null
          ? c.gt()
          : c.ge() != null
              ? c.ge()
              : c.lt() != null
                  ? c.lt()
                  : c.le() != null ? c.le() : new BigDecimal(c.eq() != null ? c.eq() : c.ne());
      BigDecimal step = BigDecimal.ONE;
      boolean above = (c.gt() != null || c.ge() != null) == truth;
      if (c.eq() != null) return truth ? bound : bound.add(step);
      if (c.ne() != null) return truth ? bound.add(step) : bound;
      boolean inclusive =
          truth ? c.ge() != null || c.le() != null : c.gt() != null || c.lt() != null;
      return inclusive ? bound : above ? bound.add(step) : bound.subtract(step);
    }
    for (Questionnaire.Option o : q.choices()) {
      Map<String, Object> trial = Map.of(q.id(), o.value());
      if (c.test(trial) == truth && !(o.value().equals("unknown") && !truth)) {
        return o.value();
      }
    }
    throw new AssertionError("no answer of " + q.id() + " makes the condition " + truth);
  }
}
