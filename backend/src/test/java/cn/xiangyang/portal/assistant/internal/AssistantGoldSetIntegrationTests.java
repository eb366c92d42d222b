package cn.xiangyang.portal.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.assistant.Citation;
import cn.xiangyang.portal.kb.ArticleRef;
import cn.xiangyang.portal.knowledge.KnowledgeLibrary;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Measures the assistant on its gold set (src/test/resources/assistant/gold.yaml): how often an answer
 * cites an article that governs the question, and how often a question that must be refused is refused.
 * The floors sit a little below what was measured, so a regression fails the build.
 */
@IntegrationTest
class AssistantGoldSetIntegrationTests extends IntegrationTestBase {

  static final double MIN_GOVERNING_CITED = 0.95;
  static final double MIN_ANSWERED = 0.95;
  static final double MIN_REFUSED = 0.90;

  @Autowired
  Grounding grounding;

  @Autowired
  OfflineComposer composer;

  @Autowired
  CitationCheck check;

  @Autowired
  KnowledgeLibrary library;

  record Item(String q, List<String> governing) {}

  @Test
  @SuppressWarnings("unchecked")
  void citesGoverningArticlesAndRefusesWhatItCannotAnswer() throws Exception {
    Map<String, List<Map<String, Object>>> gold;
    try (InputStream in = getClass().getResourceAsStream("/assistant/gold.yaml")) {
      gold = new YAMLMapper().readValue(in, Map.class);
    }
    List<Map<String, Object>> answerable = gold.get("answerable");
    List<Map<String, Object>> refuse = gold.get("refuse");
    assertThat(answerable).hasSizeGreaterThanOrEqualTo(40);
    assertThat(refuse).hasSizeGreaterThanOrEqualTo(20);

    int answered = 0;
    int governingCited = 0;
    List<String> misses = new ArrayList<>();
    List<Double> answerableAgreement = new ArrayList<>();
    for (Map<String, Object> item : answerable) {
      String q = item.get("q").toString();
      List<String> governing = (List<String>) item.get("governing");
      governing.forEach(ref -> assertThat(library.corpus().article(ArticleRef.parse(ref)))
          .as("gold article %s exists", ref)
          .isPresent());
      Grounds grounds = grounding.ground(q, List.of()).block();
      answerableAgreement.add(grounds.agreement());
      if (!grounds.answerable()) {
        misses.add("refused (" + grounds.verdict() + ", " + fmt(grounds.agreement()) + "): " + q);
        continue;
      }
      answered++;
      List<String> cited = check.verifyAll(composer.compose(grounds, q).citations()).stream()
          .filter(Citation::refersToArticle)
          .map(Citation::key)
          .toList();
      if (cited.stream().anyMatch(governing::contains)) {
        governingCited++;
      } else {
        misses.add("no governing article: " + q + " cited " + cited);
      }
    }
    int refused = 0;
    List<Double> refuseAgreement = new ArrayList<>();
    for (Map<String, Object> item : refuse) {
      String q = item.get("q").toString();
      Grounds grounds = grounding.ground(q, List.of()).block();
      refuseAgreement.add(grounds.agreement());
      if (!grounds.answerable()) {
        refused++;
      } else {
        misses.add("answered (" + fmt(grounds.agreement()) + "): " + q);
      }
    }
    double governingShare = (double) governingCited / answerable.size();
    double answeredShare = (double) answered / answerable.size();
    double refusedShare = (double) refused / refuse.size();
    System.out.printf(
        Locale.ROOT,
        "%n[gold] answerable %d: answered %.3f, citing a governing article %.3f; must-refuse %d: refused %.3f%n",
        answerable.size(),
        answeredShare,
        governingShare,
        refuse.size(),
        refusedShare);
    System.out.println("[gold] agreement answerable " + sorted(answerableAgreement));
    System.out.println("[gold] agreement must-refuse " + sorted(refuseAgreement));
    misses.forEach(m -> System.out.println("[gold] " + m));

    assertThat(governingShare).isGreaterThanOrEqualTo(MIN_GOVERNING_CITED);
    assertThat(answeredShare).isGreaterThanOrEqualTo(MIN_ANSWERED);
    assertThat(refusedShare).isGreaterThanOrEqualTo(MIN_REFUSED);
  }

  private static List<String> sorted(List<Double> values) {
    return values.stream().sorted().map(AssistantGoldSetIntegrationTests::fmt).toList();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
