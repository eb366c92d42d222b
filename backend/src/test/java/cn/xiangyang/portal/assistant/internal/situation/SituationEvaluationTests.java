package cn.xiangyang.portal.assistant.internal.situation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.assistant.internal.situation.IssueSpotting.Diagnosis;
import cn.xiangyang.portal.kb.ArticleRef;
import cn.xiangyang.portal.kb.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Measures issue spotting and fact reading on the project's own situations
 * ({@code src/test/resources/assistant/situations.yaml}): realistic stories in the words workers and
 * employers use. Prints the confusion (issues missed and invented, per issue) and the facts misread, and
 * holds the floors of the assistant issue: issue recall at least 0.95, every off-topic question refused,
 * no labor question refused.
 *
 * <p>In-sample: the cue words were written with these stories in view, so the floor here says little
 * about new stories. What new stories get was measured twice, each time on a batch written after the
 * rules and scored before any rule was changed for it (2026-12-02): batch 2 found 23 of 43 expected
 * issues (0.53), batch 3 found 19 of 34 (0.56). Expect about that on an outside reviewer's set until
 * issue spotting also uses retrieval, not only cue words.
 */
class SituationEvaluationTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  private static List<JsonNode> situations = List.of();
  // another batch can be measured with -Dsituations=/assistant/situations-batch4.yaml
  private static final String SET = System.getProperty("situations", "/assistant/situations.yaml");
  private final IssueSpotting spotting = new IssueSpotting();

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = SituationEvaluationTests.class.getResourceAsStream(SET)) {
      JsonNode root = YAMLMapper.builder().build().readTree(Objects.requireNonNull(in));
      List<JsonNode> all = new ArrayList<>();
      root.get("situations").forEach(all::add);
      situations = all;
    }
  }

  @Test
  void theSetIsLargeAndMixed() {
    org.junit.jupiter.api.Assumptions.assumeTrue(SET.equals("/assistant/situations.yaml"));
    long offTopic =
        situations.stream().filter(SituationEvaluationTests::offTopic).count();
    long multi = situations.stream()
        .filter(s -> s.has("issues") && s.get("issues").size() >= 2)
        .count();
    long employer = situations.stream()
        .filter(s ->
            s.has("facts") && "EMPLOYER".equals(s.get("facts").path("asker").asString("")))
        .count();
    long longStories = situations.stream()
        .filter(s -> s.get("text").asString().length() >= 100)
        .count();
    assertThat(situations).hasSizeGreaterThanOrEqualTo(140);
    assertThat(offTopic).isGreaterThanOrEqualTo(20);
    assertThat(multi).isGreaterThanOrEqualTo(30);
    assertThat(employer).isGreaterThanOrEqualTo(20);
    assertThat(longStories).isGreaterThanOrEqualTo(6);
  }

  @Test
  void findsAtLeastNinetyFivePercentOfTheIssuesInTheStories() {
    Map<LegalIssue, int[]> perIssue = new EnumMap<>(LegalIssue.class); // expected, found, invented
    List<String> misses = new ArrayList<>();
    int expected = 0;
    int found = 0;
    for (JsonNode s : situations) {
      if (offTopic(s)) {
        continue;
      }
      String text = s.get("text").asString();
      Diagnosis d = spotting.diagnose(text, TODAY);
      List<LegalIssue> want = new ArrayList<>();
      s.get("issues").forEach(i -> want.add(LegalIssue.valueOf(i.asString())));
      for (LegalIssue issue : want) {
        int[] counts = perIssue.computeIfAbsent(issue, k -> new int[3]);
        counts[0]++;
        expected++;
        if (d.issues().contains(issue)) {
          counts[1]++;
          found++;
        } else {
          misses.add(issue + " missed in: " + text);
        }
      }
      for (LegalIssue issue : d.issues()) {
        if (!want.contains(issue)) {
          perIssue.computeIfAbsent(issue, k -> new int[3])[2]++;
        }
      }
    }
    double recall = expected == 0 ? 0 : (double) found / expected;
    StringBuilder report =
        new StringBuilder(String.format("issue recall %d/%d = %.3f%n", found, expected, recall));
    perIssue.forEach((issue, c) -> report.append(
        String.format("  %-22s expected %3d  found %3d  invented %3d%n", issue, c[0], c[1], c[2])));
    misses.forEach(m -> report.append("  ").append(m).append('\n'));
    System.out.print(report);
    assertThat(recall).as(report.toString()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void refusesEveryOffTopicQuestionAndNoLaborQuestion() {
    List<String> wrong = new ArrayList<>();
    for (JsonNode s : situations) {
      Diagnosis d = spotting.diagnose(s.get("text").asString(), TODAY);
      if (offTopic(s) == d.answerable()) {
        wrong.add((offTopic(s) ? "answered: " : "refused (" + d.outOfScope() + "): ")
            + s.get("text").asString());
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void readsTheFactsTheStoriesState() {
    Map<String, int[]> perFact = new TreeMap<>(); // stated, read right
    List<String> misread = new ArrayList<>();
    for (JsonNode s : situations) {
      if (!s.has("facts")) {
        continue;
      }
      Situation read = spotting.diagnose(s.get("text").asString(), TODAY).situation();
      Map<String, Object> actual = facts(read);
      for (Map.Entry<String, JsonNode> fact : s.get("facts").properties()) {
        int[] counts = perFact.computeIfAbsent(fact.getKey(), k -> new int[2]);
        counts[0]++;
        Object want = expectedValue(fact.getValue());
        Object got = actual.get(fact.getKey());
        if (Objects.equals(normal(want), normal(got))) {
          counts[1]++;
        } else {
          misread.add(fact.getKey() + " = " + got + ", expected " + want + ": "
              + s.get("text").asString());
        }
      }
    }
    int stated = perFact.values().stream().mapToInt(c -> c[0]).sum();
    int right = perFact.values().stream().mapToInt(c -> c[1]).sum();
    StringBuilder report =
        new StringBuilder(String.format("facts read right %d/%d%n", right, stated));
    perFact.forEach((f, c) -> report.append(String.format("  %-15s %3d/%3d%n", f, c[1], c[0])));
    misread.forEach(m -> report.append("  ").append(m).append('\n'));
    System.out.print(report);
    assertThat((double) right / stated).as(report.toString()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void everyIssueCitesArticlesThatExistInTheKnowledgeBase() {
    Corpus corpus = Corpus.loadFromClasspath();
    List<String> missing = new ArrayList<>();
    for (LegalIssue issue : LegalIssue.values()) {
      assertThat(issue.citations()).as(issue.name()).isNotEmpty();
      for (String citation : issue.citations()) {
        if (corpus.article(ArticleRef.parse(citation)).isEmpty()) {
          missing.add(issue + " → " + citation);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void diagnosingAStoryStaysFarUnderItsTwentyMillisecondBudget() {
    List<String> texts = situations.stream().map(s -> s.get("text").asString()).toList();
    for (int warm = 0; warm < 20; warm++) {
      texts.forEach(t -> spotting.diagnose(t, TODAY));
    }
    int rounds = 20;
    long started = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      texts.forEach(t -> spotting.diagnose(t, TODAY));
    }
    double micros = (System.nanoTime() - started) / 1e3 / (rounds * texts.size());
    System.out.printf(
        "diagnosis: %.0f µs per story on average over %d stories%n", micros, texts.size());
    // the assistant issue allows 20 ms p50 for the diagnosis; this is a coarse guard, not a
    // benchmark
    assertThat(micros).isLessThan(20_000);
  }

  @Test
  void resolvesEverydayDatesAgainstToday() {
    FactReader reader = new FactReader();
    assertThat(reader.read("去年3月被辞退", TODAY).end()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(reader.read("前年年底从厂里出来的", TODAY).end()).isEqualTo(LocalDate.of(2024, 12, 1));
    assertThat(reader.read("2025年1月1日入职，2025年8月31日走的", TODAY))
        .extracting(Situation::start, Situation::end)
        .containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 8, 31));
    assertThat(reader.read("干了3年半", TODAY).serviceMonths()).isEqualTo(42);
    assertThat(reader.read("干了两年零两个月", TODAY).serviceMonths()).isEqualTo(26);
    assertThat(reader.read("欠我两万四", TODAY).unpaidAmount()).isEqualByComparingTo("24000");
    assertThat(reader.read("一个月3千", TODAY).monthlyWage()).isEqualByComparingTo("3000");
  }

  @Test
  void readsOvertimeHoursAndLeaveDaysFromDaysAndHours() {
    FactReader reader = new FactReader();
    assertThat(reader.read("周末加班了十二天", TODAY).restDayOvertimeHours()).isEqualByComparingTo("96");
    assertThat(reader.read("每天加班3小时，一共加了15天", TODAY).weekdayOvertimeHours())
        .isEqualByComparingTo("45");
    assertThat(reader.read("五一上班了两天", TODAY).holidayOvertimeHours()).isEqualByComparingTo("16");
    assertThat(reader.read("还有7天年休假没休", TODAY).unusedLeaveDays()).isEqualTo(7);
    // "一天年假都没休" says none were taken: the days come from the years of service, not from "一天"
    assertThat(reader.read("一天年假都没休过", TODAY).unusedLeaveDays()).isNull();
    assertThat(reader.read("在一家公司上班，公司欠我工资", TODAY).employer()).isNull();
  }

  @Test
  void aCorrectedFactReplacesWhatTheWordsSaidAndItsIssueGoes() {
    String story = "在厂里干了8个月一直没签合同，月薪4000，上个月老板让我别来了";
    Diagnosis read = spotting.diagnose(story, TODAY);
    assertThat(read.issues()).contains(LegalIssue.DOUBLE_WAGES, LegalIssue.UNLAWFUL_DISMISSAL);
    Diagnosis corrected = spotting.diagnose(
        story, TODAY, Corrections.parse(Map.of("writtenContract", "true", "ending", "RESIGNED")));
    assertThat(corrected.situation().writtenContract()).isTrue();
    assertThat(corrected.situation().ending()).isEqualTo(Situation.Ending.RESIGNED);
    assertThat(corrected.issues())
        .doesNotContain(LegalIssue.DOUBLE_WAGES, LegalIssue.UNLAWFUL_DISMISSAL);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Corrections.parse(Map.of("stillEmployed", "maybe")))
        .isInstanceOf(Corrections.Invalid.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Corrections.parse(Map.of("salary", "1")))
        .isInstanceOf(Corrections.Invalid.class);
  }

  @Test
  void aFactTheStoryDoesNotStateStaysUnknown() {
    Situation s = new FactReader().read("公司拖欠工资怎么办", TODAY);
    assertThat(s.writtenContract()).isNull();
    assertThat(s.stillEmployed()).isNull();
    assertThat(s.monthlyWage()).isNull();
    assertThat(s.start()).isNull();
    assertThat(s.end()).isNull();
    assertThat(s.ending()).isEqualTo(Situation.Ending.UNKNOWN);
  }

  private static boolean offTopic(JsonNode s) {
    return s.path("offTopic").asBoolean(false);
  }

  private static Map<String, Object> facts(Situation s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("asker", s.asker().name());
    m.put("start", s.start());
    m.put("end", s.end());
    m.put("stillEmployed", s.stillEmployed());
    m.put("ending", s.ending().name());
    m.put("writtenContract", s.writtenContract());
    m.put("monthlyWage", s.monthlyWage());
    m.put("unpaidMonths", s.unpaidMonths());
    m.put("unpaidAmount", s.unpaidAmount());
    m.put("serviceMonths", s.monthsOfService());
    m.put("area", s.area());
    m.put("injured", s.injured());
    m.put("pregnant", s.pregnant());
    m.put("dispatched", s.dispatched());
    m.put("employer", s.employer());
    m.put("weekdayOvertimeHours", s.weekdayOvertimeHours());
    m.put("restDayOvertimeHours", s.restDayOvertimeHours());
    m.put("holidayOvertimeHours", s.holidayOvertimeHours());
    m.put("unusedLeaveDays", s.unusedLeaveDays());
    return m;
  }

  private static Object expectedValue(JsonNode v) {
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isNumber()) {
      return v.decimalValue();
    }
    String text = v.asString();
    return text.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text) : text;
  }

  private static Object normal(Object value) {
    if (value instanceof BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Integer i) {
      return BigDecimal.valueOf(i).toPlainString();
    }
    return value;
  }
}
