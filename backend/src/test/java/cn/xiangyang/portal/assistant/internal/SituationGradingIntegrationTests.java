package cn.xiangyang.portal.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.assistant.Answer;
import cn.xiangyang.portal.assistant.Citation;
import cn.xiangyang.portal.assistant.internal.SituationAnswers.Amount;
import cn.xiangyang.portal.assistant.internal.situation.IssueSpotting;
import cn.xiangyang.portal.assistant.internal.situation.IssueSpotting.Diagnosis;
import cn.xiangyang.portal.assistant.internal.situation.LegalIssue;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Grades whole answers on the project's situations ({@code assistant/situations.yaml}) the way the
 * assistant issue measures them: the amounts computed from the person's own numbers are exact where the
 * story gives them, and no answer to a labor question opens with an article from a topic the story does
 * not raise (the first cited article belongs to one of the expected issues). Answers go through the real
 * path (retrieval, issue spotting, the FAQ or the situation composer), offline.
 */
@IntegrationTest
class SituationGradingIntegrationTests extends IntegrationTestBase {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  private static List<JsonNode> situations = List.of();
  // another batch can be graded with -Dsituations=/assistant/situations-batch4.yaml (no floors on
  // its size)
  private static final String SET = System.getProperty("situations", "/assistant/situations.yaml");
  private static final boolean MAIN_SET = SET.equals("/assistant/situations.yaml");

  @Autowired
  SituationAnswers answers;

  @Autowired
  Assistant assistant;

  @Autowired
  Conversations conversations;

  private final IssueSpotting spotting = new IssueSpotting();

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = SituationGradingIntegrationTests.class.getResourceAsStream(SET)) {
      JsonNode root = YAMLMapper.builder().build().readTree(Objects.requireNonNull(in));
      List<JsonNode> all = new ArrayList<>();
      root.get("situations").forEach(all::add);
      situations = all;
    }
  }

  @Test
  void theAmountsAreExactWhereTheStoryGivesTheNumbers() {
    List<String> wrong = new ArrayList<>();
    int expected = 0;
    for (JsonNode s : situations) {
      if (!s.has("amounts")) {
        continue;
      }
      String text = s.get("text").asString();
      Diagnosis d = spotting.diagnose(text, TODAY);
      Map<LegalIssue, Amount> computed = answers.amounts(d).block();
      for (Map.Entry<String, JsonNode> want : s.get("amounts").properties()) {
        expected++;
        Amount got = computed == null ? null : computed.get(LegalIssue.valueOf(want.getKey()));
        BigDecimal wanted = new BigDecimal(want.getValue().asString());
        if (got == null || got.amount() == null || got.amount().compareTo(wanted) != 0) {
          wrong.add(want.getKey() + " expected " + wanted + ", got "
              + (got == null ? "no block" : got.amount() + " (" + got.text() + ")") + ": " + text);
        }
      }
    }
    System.out.printf("amounts exact %d/%d%n", expected - wrong.size(), expected);
    wrong.forEach(w -> System.out.println("  " + w));
    assertThat(expected).isGreaterThanOrEqualTo(MAIN_SET ? 24 : 0);
    assertThat(wrong).isEmpty();
  }

  @Test
  void noAnswerOpensWithAnArticleFromAnotherTopicAndOffTopicQuestionsAreRefusedWithoutCitations() {
    List<String> wrongTopic = new ArrayList<>();
    List<String> notRefused = new ArrayList<>();
    int graded = 0;
    int offTopic = 0;
    int n = 0;
    for (JsonNode s : situations) {
      String text = s.get("text").asString();
      UUID conversation = conversations.start().block();
      // each question from its own address, so that the per-address limit does not refuse the set
      String address = "198.51.100." + (n % 250) + "/" + n++;
      Answer answer = assistant
          .askWhole(Objects.requireNonNull(conversation), text, address, null)
          .block();
      assertThat(answer).isNotNull();
      if (s.path("offTopic").asBoolean(false)) {
        offTopic++;
        if (!answer.refused() || answer.citations().stream().anyMatch(Citation::refersToArticle)) {
          notRefused.add(text);
        }
        continue;
      }
      Citation first = answer.citations().stream()
          .filter(Citation::refersToArticle)
          .findFirst()
          .orElse(null);
      if (answer.refused() || first == null || s.get("issues").isEmpty()) {
        // a procedural question ("仲裁要钱吗，去哪里申请") raises no issue to be off
        continue; // counted by the recall and refusal floors of SituationEvaluationTests
      }
      graded++;
      List<LegalIssue> expected = new ArrayList<>();
      s.get("issues").forEach(i -> expected.add(LegalIssue.valueOf(i.asString())));
      if (!answers.topical(expected).contains(first.key())) {
        wrongTopic.add(first.key() + " first in the answer to: " + text);
      }
    }
    System.out.printf(
        "wrong-topic answers %d of %d graded; off-topic not refused %d of %d%n",
        wrongTopic.size(), graded, notRefused.size(), offTopic);
    wrongTopic.forEach(w -> System.out.println("  " + w));
    notRefused.forEach(w -> System.out.println("  answered: " + w));
    assertThat(graded).isGreaterThanOrEqualTo(MAIN_SET ? 120 : 0);
    assertThat(wrongTopic).isEmpty();
    assertThat(notRefused).isEmpty();
  }
}
