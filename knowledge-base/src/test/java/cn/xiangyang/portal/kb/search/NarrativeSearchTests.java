package cn.xiangyang.portal.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Long narratives, nonsense and mixed-type searches on the real index and the real embedding model. */
class NarrativeSearchTests {

  /** A story told the way a commission writes its 基本案情: facts first, the claims at the end (about 700 characters). */
  static final String NARRATIVE = String.join(
      "",
      "2023年3月1日，张某入职某电子科技公司，从事生产线质检工作，双方口头约定月工资5000元，公司一直未与其签订书面劳动合同。",
      "公司实行“做六休一”，每天工作10小时，张某每周六上班，公司从未支付加班费，也未安排补休。",
      "公司通过银行转账发放工资，工资条上只列基本工资和绩效，没有加班费一项。",
      "2023年10月，张某怀孕，向车间主任报告后，主任称其身体状况不适合岗位，要求其自行离职，张某拒绝。",
      "2023年12月5日，公司以“岗位调整、人员优化”为由口头通知张某次日起不用再来上班，未出具书面解除通知，也未说明解除依据。",
      "张某此后多次到公司要求恢复工作，公司拒绝。",
      "公司亦未为张某缴纳任何社会保险费。",
      "2024年1月，张某向当地劳动人事争议仲裁委员会申请仲裁。",
      "张某请求：1.裁决公司支付2023年4月1日至12月5日未签订书面劳动合同的二倍工资差额；",
      "2.裁决公司支付周六加班的加班费；",
      "3.裁决公司支付违法解除劳动合同的赔偿金；",
      "4.裁决公司为其补缴在职期间的社会保险费。",
      "公司辩称张某系试用期员工，不符合录用条件，解除合法；张某每周六上班系自愿，公司并未安排加班。");

  private final KnowledgeSearch search = SharedSearch.get();

  private List<String> articleIds(String text, int k) {
    return search.search(SearchQuery.of(text, k, HitType.ARTICLE)).stream()
        .map(SearchHit::id)
        .toList();
  }

  @Test
  void splitsANarrativeIntoFactsAndTheClaimsItEndsWith() {
    List<NarrativeParts.Part> parts = NarrativeParts.of(NARRATIVE);

    assertThat(parts).hasSizeBetween(4, NarrativeParts.MAX_PARTS);
    assertThat(parts)
        .filteredOn(NarrativeParts.Part::claim)
        .isNotEmpty()
        .anySatisfy(p -> assertThat(p.text()).contains("二倍工资"));
    assertThat(parts)
        .filteredOn(p -> !p.claim())
        .isNotEmpty()
        .anySatisfy(p -> assertThat(p.text()).contains("做六休一"));
    assertThat(String.join("", parts.stream().map(NarrativeParts.Part::text).toList())
            .replace("\n", ""))
        .isEqualTo(NARRATIVE.replace("\n", ""));
  }

  @Test
  void aShortQuestionIsOnePart() {
    assertThat(NarrativeParts.of("公司不签合同能要双倍工资吗")).hasSize(1);
  }

  @Test
  void findsTheArticlesEachClaimOfALongNarrativeTurnsOn() {
    List<String> ids = articleIds(NARRATIVE, 10);

    // 二倍工资: the law's article or its implementing regulation's
    assertThat(ids)
        .containsAnyOf("labor-contract-law#82", "labor-contract-law-implementing-regulation#6");
    assertThat(ids).containsAnyOf("labor-contract-law#87", "labor-contract-law#48"); // 违法解除
    assertThat(ids).containsAnyOf("labor-law#44", "labor-contract-law#31"); // 加班费
  }

  @Test
  void acceptsANarrativeOfThreeThousandCharacters() {
    // a long history of the job before the story: many facts, the same claims at the end
    StringBuilder history = new StringBuilder();
    for (int month = 1;
        history.length() + NARRATIVE.length() < QueryGuard.MAX_CHARS - 60;
        month++) {
      history.append("入职后第").append(month).append("个月，张某按排班表上班，车间每天记录考勤，工资于次月十五日发放。");
    }
    String clipped = history + NARRATIVE;

    assertThat(clipped.length()).isGreaterThan(2500);
    assertThat(articleIds(clipped, 10))
        .containsAnyOf("labor-contract-law#82", "labor-contract-law-implementing-regulation#6");
  }

  @Test
  void findsNothingForTextThatNoEntryContains() {
    assertThat(search.search(SearchQuery.of("zzzzqqq"))).isEmpty();
    assertThat(search.search(SearchQuery.of("qwxzv plmkj"))).isEmpty();
  }

  @Test
  void stillFindsAnswersForAShortColloquialQuestion() {
    assertThat(search.search(SearchQuery.of("老板跑路了"))).isNotEmpty();
  }

  @Test
  void aPlainSearchShowsFaqAnswersBesideArticles() {
    List<SearchHit> hits = search.search(SearchQuery.of("拖欠工资"));

    assertThat(hits).hasSize(SearchQuery.DEFAULT_K);
    assertThat(hits).extracting(SearchHit::type).contains(HitType.ARTICLE, HitType.FAQ);
    assertThat(hits).filteredOn(h -> h.type() == HitType.FAQ).hasSizeGreaterThanOrEqualTo(2);
    assertThat(hits)
        .extracting(SearchHit::score)
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void aPlainSearchShowsACaseBesideArticlesWhenOneIsNearTheTop() {
    List<SearchHit> hits = search.search(SearchQuery.of("加班费"));

    assertThat(hits)
        .extracting(SearchHit::type)
        .contains(HitType.ARTICLE, HitType.FAQ, HitType.CASE);
  }

  @Test
  void printsTheTimeOfALongNarrativeSearch() {
    String thousand = (NARRATIVE + "\n" + NARRATIVE + "\n" + NARRATIVE).substring(0, 1000);
    for (int i = 0; i < 3; i++) {
      search.search(SearchQuery.of(thousand, 10, HitType.ARTICLE)); // warm-up
    }
    long start = System.nanoTime();
    int runs = 5;
    for (int i = 0; i < runs; i++) {
      search.search(SearchQuery.of(thousand, 10, HitType.ARTICLE));
    }
    System.out.printf(
        Locale.ROOT,
        "1,000-character narrative: %.1f ms per search (single thread, warm)%n",
        (System.nanoTime() - start) / 1e6 / runs);
  }
}
