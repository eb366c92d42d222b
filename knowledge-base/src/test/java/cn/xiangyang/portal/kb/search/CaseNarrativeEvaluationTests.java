package cn.xiangyang.portal.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.kb.ArticleRef;
import cn.xiangyang.portal.kb.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Scores the portal's search on the case-narrative set ({@code eval/case-narratives.yaml}: third-person
 * 基本案情 as commissions write them, and stories told the way a worker tells them on the phone), apart from
 * the project's own-words set, and fails the build when it falls under the floors.
 *
 * <p>hit@5: share of items with at least one governing article among the first five article hits.
 * recall@5: mean over items of the share of its governing articles among the first five.
 *
 * <p>The floors sit a few points under the first measurement (2026-12-03, before any content was added
 * for #12), so that a change that makes real stories harder to answer fails the build. The set was written
 * after the synonyms and issue cues it runs through, and none of them was changed to pass an item.
 */
class CaseNarrativeEvaluationTests {

  record Item(String id, String kind, String text, List<String> relevant) {}

  record Score(int items, double hit5, double recall5, double hit10) {}

  // floors: a few points under the hybrid numbers measured on 2026-12-03 before any #12 content was
  // added
  // (official hit@5 0.960, recall@5 0.728; phone hit@5 0.900, recall@5 0.558).
  // One item is 1 point of the official set (100 items) and 3.3 points of the phone set (30 items).
  static final double OFFICIAL_HIT5_FLOOR = 0.92;
  static final double OFFICIAL_RECALL5_FLOOR = 0.69;
  static final double PHONE_HIT5_FLOOR = 0.83;
  static final double PHONE_RECALL5_FLOOR = 0.50;

  /** {@code -Deval.verbose=true} prints every item whose governing articles are not all in the first five. */
  static final boolean VERBOSE = Boolean.getBoolean("eval.verbose");

  static List<Item> items;

  @BeforeAll
  static void loadEvaluationSet() throws IOException {
    try (InputStream in =
        CaseNarrativeEvaluationTests.class.getResourceAsStream("/eval/case-narratives.yaml")) {
      items = new YAMLMapper().readValue(in, new TypeReference<List<Item>>() {});
    }
  }

  @Test
  void everyItemHasAUniqueIdAKnownKindAndCitesArticlesOfTheCorpus() {
    Corpus corpus = Corpus.loadFromClasspath();
    Set<String> ids = new HashSet<>();
    for (Item item : items) {
      assertThat(ids.add(item.id())).as("duplicate id %s", item.id()).isTrue();
      assertThat(item.kind()).as(item.id()).isIn("official", "phone");
      assertThat(item.text()).as(item.id()).isNotBlank();
      assertThat(item.text().length()).as(item.id()).isLessThanOrEqualTo(QueryGuard.MAX_CHARS);
      assertThat(item.relevant()).as(item.id()).isNotEmpty();
      for (String cite : item.relevant()) {
        assertThat(corpus.article(ArticleRef.parse(cite)))
            .as("%s cites %s", item.id(), cite)
            .isPresent();
      }
    }
    assertThat(items).filteredOn(i -> i.kind().equals("official")).hasSizeGreaterThanOrEqualTo(100);
  }

  @Test
  void hybridSearchFindsTheGoverningArticlesOfRealStoriesAboveTheFloors() throws IOException {
    KnowledgeSearch search = SharedSearch.get();
    StringBuilder table = new StringBuilder();
    table.append(String.format(
        Locale.ROOT,
        "%n%-10s %6s %7s %9s %7s %9s%n",
        "kind",
        "items",
        "hit@5",
        "recall@5",
        "hit@10",
        "ms/query"));
    Map<String, Score> scores = new LinkedHashMap<>();
    for (String kind : List.of("official", "phone")) {
      List<Item> ofKind = items.stream().filter(i -> i.kind().equals(kind)).toList();
      long start = System.nanoTime();
      Score score = evaluate(search, ofKind);
      double ms = (System.nanoTime() - start) / 1e6 / ofKind.size();
      scores.put(kind, score);
      table.append(String.format(
          Locale.ROOT,
          "%-10s %6d %7.3f %9.3f %7.3f %9.1f%n",
          kind,
          score.items(),
          score.hit5(),
          score.recall5(),
          score.hit10(),
          ms));
    }
    System.out.println(table);
    Path report = Path.of("target", "case-narrative-eval.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(report, table.toString(), StandardCharsets.UTF_8);

    assertThat(scores.get("official").hit5()).isGreaterThanOrEqualTo(OFFICIAL_HIT5_FLOOR);
    assertThat(scores.get("official").recall5()).isGreaterThanOrEqualTo(OFFICIAL_RECALL5_FLOOR);
    assertThat(scores.get("phone").hit5()).isGreaterThanOrEqualTo(PHONE_HIT5_FLOOR);
    assertThat(scores.get("phone").recall5()).isGreaterThanOrEqualTo(PHONE_RECALL5_FLOOR);
  }

  static Score evaluate(KnowledgeSearch search, List<Item> items) {
    int hit5 = 0;
    int hit10 = 0;
    double recall5 = 0;
    for (Item item : items) {
      List<String> ids = search.search(SearchQuery.of(item.text(), 10, HitType.ARTICLE)).stream()
          .map(SearchHit::id)
          .toList();
      List<String> top5 = ids.subList(0, Math.min(5, ids.size()));
      long found5 = item.relevant().stream().filter(top5::contains).count();
      if (found5 > 0) {
        hit5++;
      }
      if (item.relevant().stream().anyMatch(ids::contains)) {
        hit10++;
      }
      recall5 += (double) found5 / item.relevant().size();
      if (VERBOSE && found5 < item.relevant().size()) {
        System.out.printf(
            "%s %s%n  relevant %s%n  found    %s%n",
            found5 == 0 ? "MISS" : "part", item.id(), item.relevant(), top5);
      }
    }
    int n = items.size();
    return new Score(n, (double) hit5 / n, recall5 / n, (double) hit10 / n);
  }
}
