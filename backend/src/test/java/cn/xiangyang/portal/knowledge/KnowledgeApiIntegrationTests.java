package cn.xiangyang.portal.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.kb.Corpus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntegrationTest
class KnowledgeApiIntegrationTests extends IntegrationTestBase {

  @Autowired
  WebTestClient http;

  @Autowired
  KnowledgeLibrary library;

  @Test
  void searchForMissingWrittenContractFindsDoubleWageArticleAmongTopHits() {
    Map<String, Object> body = http.get()
        .uri(u -> u.path("/api/v1/knowledge/search")
            .queryParam("q", "没签劳动合同 双倍工资")
            .queryParam("k", 5)
            .build())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
        .returnResult()
        .getResponseBody();
    assertThat(body).containsEntry("query", "没签劳动合同 双倍工资");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> hits = (List<Map<String, Object>>) body.get("hits");
    assertThat(hits).hasSizeLessThanOrEqualTo(5);
    assertThat(hits).anySatisfy(hit -> {
      assertThat(hit)
          .containsEntry("type", "article")
          .containsEntry("lawId", "labor-contract-law")
          .containsEntry("law", "劳动合同法")
          .containsEntry("article", 82)
          .containsEntry("url", "/laws/labor-contract-law#第82条");
      assertThat(hit.get("snippet").toString()).contains("<em>");
    });
  }

  @Test
  void searchRestrictedToFaqReturnsOnlyFaq() {
    http.get()
        .uri("/api/v1/knowledge/search?q=加班费怎么算&types=faq&k=3")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.hits.length()")
        .isEqualTo(3)
        .jsonPath("$.hits[*].type")
        .value(types ->
            assertThat(new java.util.ArrayList<Object>((List<?>) types)).containsOnly("faq"))
        .jsonPath("$.hits[0].url")
        .value(url -> assertThat(url.toString()).startsWith("/faq#"));
  }

  @Test
  void rejectsEmptyTooLongOrHostileQueriesAndBadParametersWithChineseProblems() {
    http.get()
        .uri("/api/v1/knowledge/search?q=")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("请输入要查询的问题或情况描述。");
    http.get()
        .uri(u -> u.path("/api/v1/knowledge/search")
            .queryParam("q", "工资" + "x".repeat(2999))
            .build())
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("过长"));
    http.get()
        .uri(u ->
            u.path("/api/v1/knowledge/search").queryParam("q", "工资\u0007\u202E").build())
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("控制字符"));
    http.get()
        .uri("/api/v1/knowledge/search?q=工资&k=0")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("返回条数"));
    http.get()
        .uri("/api/v1/knowledge/search?q=工资&k=abc")
        .exchange()
        .expectStatus()
        .isBadRequest();
    http.get()
        .uri("/api/v1/knowledge/search?q=工资&types=article,video")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("未知的结果类型"));
  }

  @Test
  void articleLookupReturnsTheExactTextWithLawMetadata() {
    Corpus corpus = library.corpus();
    String text =
        corpus.law("labor-contract-law").orElseThrow().article(82).orElseThrow().text();
    http.get()
        .uri("/api/v1/knowledge/laws/labor-contract-law/articles/82")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.text")
        .isEqualTo(text)
        .jsonPath("$.label")
        .isEqualTo("第八十二条")
        .jsonPath("$.law")
        .isEqualTo("劳动合同法")
        .jsonPath("$.validity")
        .isEqualTo("IN_FORCE")
        .jsonPath("$.validityLabel")
        .isEqualTo("现行有效")
        .jsonPath("$.asOf")
        .exists()
        .jsonPath("$.url")
        .isEqualTo("/laws/labor-contract-law#第82条");
    assertThat(text).contains("二倍的工资");
  }

  @Test
  void acceptsANarrativeOfThreeThousandCharactersInTheUrlAndInABody() {
    String facts = "张某入职后公司一直未与其签订书面劳动合同，每月按时上班，工资按月发放。";
    String narrative = facts.repeat(3000 / facts.length()) + "张某请求裁决公司支付未签订书面劳动合同的二倍工资。";
    String text = narrative.substring(narrative.length() - 3000);
    http.get()
        .uri(u -> u.path("/api/v1/knowledge/search")
            .queryParam("q", text)
            .queryParam("k", 10)
            .queryParam("types", "article")
            .build())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.found")
        .isEqualTo(true)
        .jsonPath("$.hits.length()")
        .isEqualTo(10);
    http.post()
        .uri("/api/v1/knowledge/search")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("q", text, "k", 10, "types", "article"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.hits[*].id")
        .value(ids -> assertThat(ids.toString())
            .containsAnyOf(
                "labor-contract-law#82", "labor-contract-law-implementing-regulation#6"));
    http.post()
        .uri("/api/v1/knowledge/search")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("q", "工" + "资".repeat(3000)))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("过长"));
  }

  @Test
  void aSearchWithNothingRelevantSaysNotFoundAndSuggestsQuestions() {
    http.get()
        .uri("/api/v1/knowledge/search?q=zzzzqqq")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.found")
        .isEqualTo(false)
        .jsonPath("$.hits.length()")
        .isEqualTo(0)
        .jsonPath("$.suggestions.length()")
        .value(n -> assertThat((Integer) n).isGreaterThanOrEqualTo(3))
        .jsonPath("$.suggestions[0].url")
        .value(u -> assertThat(u.toString()).startsWith("/faq#faq-"));
  }

  @Test
  void aPlainSearchShowsFaqAnswersBesideArticles() {
    http.get()
        .uri(u -> u.path("/api/v1/knowledge/search").queryParam("q", "拖欠工资").build())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.found")
        .isEqualTo(true)
        .jsonPath("$.hits[?(@.type=='faq')]")
        .isNotEmpty()
        .jsonPath("$.hits[?(@.type=='article')]")
        .isNotEmpty()
        .jsonPath("$.suggestions.length()")
        .isEqualTo(0);
  }

  @Test
  void aLawWithoutASecondCopyComparedSaysItIsUnverified() {
    http.get()
        .uri("/api/v1/knowledge/laws/labor-personnel-arbitration-rules")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.verified")
        .isEqualTo(false)
        .jsonPath("$.verification")
        .value(v -> assertThat(v.toString()).contains("尚未"))
        .jsonPath("$.articleCount")
        .isEqualTo(81);
    http.get()
        .uri("/api/v1/knowledge/laws/labor-personnel-arbitration-rules/articles/80")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.text")
        .isEqualTo("本规则规定的“3日”、“5日”、“10日”指工作日，“15日”、“45日”指自然日。");
    http.get()
        .uri("/api/v1/knowledge/laws/labor-contract-law")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.verified")
        .isEqualTo(true);
  }

  @Test
  void listsLawsAndShowsOneWithChaptersAndArticles() {
    http.get()
        .uri("/api/v1/knowledge/laws")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.id=='labor-contract-law')].shortName")
        .isEqualTo("劳动合同法")
        .jsonPath("$[?(@.id=='labor-contract-law')].articleCount")
        .isEqualTo(98)
        .jsonPath("$[?(@.id=='labor-contract-law')].levelLabel")
        .isEqualTo("法律");
    http.get()
        .uri("/api/v1/knowledge/laws/labor-contract-law")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.chapters[0].title")
        .value(t -> assertThat(t.toString()).startsWith("第一章"))
        .jsonPath("$.chapters[0].sections[0].articles[0].number")
        .isEqualTo(1)
        .jsonPath("$.chapters[0].sections[0].articles[0].label")
        .isEqualTo("第一条");
  }

  @Test
  void casesAndFaqResolveTheirCitations() {
    String id = library.corpus().cases().getFirst().id();
    http.get()
        .uri("/api/v1/knowledge/cases")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.cases.length()")
        .isEqualTo(library.corpus().cases().size())
        .jsonPath("$.topics")
        .isNotEmpty();
    http.get()
        .uri("/api/v1/knowledge/cases/" + id)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.sections[0].heading")
        .exists()
        .jsonPath("$.cites[0].url")
        .value(u -> assertThat(u.toString()).startsWith("/laws/"))
        .jsonPath("$.cites[0].label")
        .value(l -> assertThat(l.toString()).startsWith("《"));
    http.get()
        .uri("/api/v1/knowledge/faq?topic=arbitration")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.topics.length()")
        .isEqualTo(1)
        .jsonPath("$.topics[0].topic")
        .isEqualTo("劳动仲裁时效与程序")
        .jsonPath("$.topics[0].entries[0].citations[0].lawId")
        .isEqualTo("labor-dispute-mediation-arbitration-law");
  }

  @Test
  void unknownLawArticleOrCaseIsAChineseNotFoundProblem() {
    http.get()
        .uri("/api/v1/knowledge/laws/no-such-law")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("没有编号为"));
    http.get()
        .uri("/api/v1/knowledge/laws/labor-contract-law/articles/120")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("《劳动合同法》没有第 120 条，请核对条文序号。");
    http.get()
        .uri("/api/v1/knowledge/cases/case-nothing")
        .exchange()
        .expectStatus()
        .isNotFound();
  }
}
