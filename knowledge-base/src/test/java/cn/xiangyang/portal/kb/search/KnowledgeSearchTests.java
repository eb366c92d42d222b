package cn.xiangyang.portal.kb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Behaviour of the hybrid search on the real index and the real embedding model. */
class KnowledgeSearchTests {

  private final KnowledgeSearch search = SharedSearch.get();

  private List<String> articleIds(String text, int k) {
    return search.search(SearchQuery.of(text, k, HitType.ARTICLE)).stream()
        .map(SearchHit::id)
        .toList();
  }

  @Test
  void findsDoubleWageArticleForColloquialQuestion() {
    assertThat(articleIds("老板一直不跟我签合同，能要双倍工资吗", 3)).contains("labor-contract-law#82");
  }

  @Test
  void findsWageArrearsAndDismissalArticlesForColloquialComplaint() {
    // "把我辞了": the employer dismissed the worker, so the dismissal rules govern (not 第三十八条, the
    // worker's
    // own notice for unpaid wages, which this test expected before the 2026-12 laws changed the
    // ranking)
    List<String> ids = articleIds("老板三个月没发工资还把我辞了", 5);
    assertThat(ids)
        .contains("labor-contract-law#30")
        .containsAnyOf(
            "labor-contract-law#39",
            "labor-contract-law#40",
            "labor-contract-law#48",
            "labor-contract-law#87");
  }

  @Test
  void findsPregnancyProtectionForNarrativeOfDismissal() {
    String narrative =
        "我在一家电子厂做质检，去年签了三年合同。上个月我告诉主管自己怀孕了，" + "这个月公司就说岗位取消了，让我走人，也没跟我商量换岗位。我不想走，公司这样做合法吗？";
    assertThat(articleIds(narrative, 5)).contains("labor-contract-law#42");
    assertThat(search.analyze(narrative).issues()).contains("女职工孕期产期哺乳期", "解除劳动合同");
  }

  @Test
  void titlesArticleHitsWithLawNameAndArticleLabel() {
    SearchHit hit =
        search.search(SearchQuery.of("没签劳动合同的双倍工资", 1, HitType.ARTICLE)).getFirst();
    assertThat(hit.type()).isEqualTo(HitType.ARTICLE);
    assertThat(hit.lawId()).isNotNull();
    assertThat(hit.articleNumber()).isNotNull();
    assertThat(hit.title()).startsWith(hit.lawShortName() + " 第").endsWith("条");
    assertThat(hit.id()).isEqualTo(hit.lawId() + "#" + hit.articleNumber());
  }

  @Test
  void returnsOneHitPerArticleCaseOrFaq() {
    List<SearchHit> hits = search.search(
        new SearchQuery("加班费怎么算，周末加班和节假日加班有什么不同，公司说工资里已经包含加班费了", 50, EnumSet.allOf(HitType.class)));
    assertThat(hits).hasSize(50);
    assertThat(hits.stream().map(h -> h.type() + ":" + h.id()).distinct().count())
        .isEqualTo(hits.size());
    assertThat(hits).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
  }

  @Test
  void returnsOnlyTheRequestedTypes() {
    List<SearchHit> hits = search.search(SearchQuery.of("试用期可以随便辞退吗", 10, HitType.FAQ));
    assertThat(hits).isNotEmpty().allSatisfy(h -> {
      assertThat(h.type()).isEqualTo(HitType.FAQ);
      assertThat(h.lawId()).isNull();
      assertThat(h.articleNumber()).isNull();
    });
    assertThat(search.search(SearchQuery.of("加班到深夜发生工伤，派遣公司要不要赔", 5, HitType.CASE)))
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.type()).isEqualTo(HitType.CASE));
  }

  @Test
  void highlightsMatchedTermsInSnippet() {
    SearchHit hit =
        search.search(SearchQuery.of("试用期工资最低多少", 1, HitType.ARTICLE)).getFirst();
    assertThat(hit.snippet()).contains("<em>试用期</em>");
  }

  @Test
  void escapesHtmlSoSnippetsCarryNoMarkupButHighlights() {
    for (SearchHit hit : search.search(SearchQuery.of(
        "<script>alert('x')</script>&lt; 试用期工资", 20, HitType.ARTICLE, HitType.FAQ, HitType.CASE))) {
      String withoutHighlights = hit.snippet().replace("<em>", "").replace("</em>", "");
      assertThat(withoutHighlights).doesNotContain("<").doesNotContain(">");
    }
  }

  @Test
  void neverInterpretsLuceneSyntax() {
    // operators, field names, wildcards, fuzzy and range syntax are plain characters to the search
    for (String text : List.of(
        "试用期 AND title:* OR 工资~2", "type:faq NOT 试用期", "工资 [* TO *] \\\"", "+加班 -工伤 (a OR b)^10")) {
      assertThat(search.search(SearchQuery.of(text))).isNotEmpty();
    }
    List<String> plain = articleIds("试用期 工资", 3);
    List<String> withSyntax = articleIds("试用期 AND title:* OR 工资~2", 3);
    assertThat(withSyntax).containsAnyElementsOf(plain);
    assertThat(withSyntax).allSatisfy(id -> assertThat(id).startsWith("labor-contract-law"));
  }

  @Test
  void rejectsQueryLongerThanLimit() {
    assertThatThrownBy(() -> SearchQuery.of("工".repeat(QueryGuard.MAX_CHARS + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("过长");
    assertThat(SearchQuery.of("工".repeat(QueryGuard.MAX_CHARS)).text())
        .hasSize(QueryGuard.MAX_CHARS);
  }

  @Test
  void rejectsEmptyOrBlankQuery() {
    assertThatThrownBy(() -> SearchQuery.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("请输入");
    assertThatThrownBy(() -> SearchQuery.of(" \n\t　")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SearchQuery.of(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsControlAndDirectionOverrideCharacters() {
    assertThatThrownBy(() -> SearchQuery.of("加班费\u0000怎么算"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("控制字符");
    assertThatThrownBy(() -> SearchQuery.of("加班费\u202E怎么算"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SearchQuery.of("加班费\u001B[31m"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SearchQuery.of("加班费\uD800"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsQueryWithoutAnyText() {
    assertThatThrownBy(() -> SearchQuery.of("*:*"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("文字");
    assertThatThrownBy(() -> SearchQuery.of("？？？！！")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsResultCountOutsideOneToFifty() {
    assertThatThrownBy(() -> SearchQuery.of("加班费", 0, HitType.ARTICLE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SearchQuery.of("加班费", 51, HitType.ARTICLE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 到 50");
    assertThatThrownBy(() -> new SearchQuery("加班费", 10, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void normalisesFullWidthCharactersAndZeroWidthSpaces() {
    assertThat(SearchQuery.of("Ｎ＋１\u200B补偿  怎么算").text()).isEqualTo("N+1补偿 怎么算");
  }

  @Test
  void splitsLongNarrativeIntoClausesForTheEmbeddingModel() {
    String narrative = "我2019年进厂，一直没签劳动合同。厂里每天让我们干十二个小时，周末也不休息，从来没给过加班费。"
        + "去年冬天我在车间被机器压伤了手，厂里只给了两千块钱。今年三月老板说效益不好，让我回家，工资也还欠着两个月。";
    QueryAnalysis analysis = search.analyze(narrative);
    assertThat(analysis.clauses()).hasSizeGreaterThan(2);
    assertThat(analysis.clauses()).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(200));
    assertThat(analysis.issues()).contains("未签书面劳动合同", "加班与工作时间", "工伤", "拖欠克扣工资", "解除劳动合同");
    assertThat(articleIds(narrative, 10))
        .contains("labor-contract-law#82")
        .contains("labor-law#44");
  }

  @Test
  void answersConcurrentSearchesLikeSequentialOnes() throws Exception {
    List<String> questions =
        List.of("加班费怎么算", "试用期能延长吗", "怀孕了公司要辞退我", "工伤赔偿有哪些", "年假没休给钱吗", "竞业限制补偿多少");
    List<List<String>> sequential =
        questions.stream().map(q -> articleIds(q, 5)).toList();
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<List<String>>> futures =
          questions.stream().map(q -> pool.submit(() -> articleIds(q, 5))).toList();
      for (int i = 0; i < questions.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    }
  }

  @Test
  void knowsAtLeastSixtyColloquialPhrases() {
    assertThat(LegalVocabulary.standard().size()).isGreaterThanOrEqualTo(60);
    LegalVocabulary vocabulary = LegalVocabulary.standard();
    assertThat(vocabulary.legalTerms("老板把我炒鱿鱼了")).contains("用人单位", "解除劳动合同");
    assertThat(vocabulary.legalTerms("公司不给交五险一金")).contains("社会保险");
    assertThat(vocabulary.legalTerms("要N+1")).contains("经济补偿");
    // longest phrase wins: 让我走人 is a dismissal, not a resignation
    assertThat(vocabulary.find("老板让我走人").stream().map(LegalVocabulary.Match::phrase))
        .containsExactly("老板", "让我走人");
  }

  @Test
  void everyIssueCueCompilesAndEveryIssueHasLegalTerms() {
    IssueSpotter spotter = IssueSpotter.standard();
    assertThat(spotter.issues()).hasSizeGreaterThan(30).allSatisfy(issue -> {
      assertThat(issue.cues()).isNotEmpty();
      assertThat(issue.legalTerms()).isNotEmpty();
    });
    assertThat(spotter.spot("入职半年公司一直没跟我签合同").stream().map(s -> s.issue().name()))
        .contains("未签书面劳动合同");
    assertThat(spotter.spot("我是公司的软件工程师").stream().map(s -> s.issue().name()))
        .doesNotContain("工程建设与农民工工资");
  }

  @Test
  void snippetMarkupIsOnlyEmphasis() {
    Pattern tag = Pattern.compile("<(/?)([a-z]+)>");
    String snippet = Snippets.of("用人单位<b>未</b>与劳动者订立书面劳动合同 & \"双倍\"", Set.of("书面", "劳动合同"));
    assertThat(tag.matcher(snippet).results().map(m -> m.group(2)).distinct()).containsOnly("em");
    assertThat(snippet).contains("&lt;b&gt;").contains("&amp;").contains("&quot;");
  }
}
