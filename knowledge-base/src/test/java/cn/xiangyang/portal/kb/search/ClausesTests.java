package cn.xiangyang.portal.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClausesTests {

  @Test
  void keepsShortQuestionWhole() {
    assertThat(Clauses.of("老板三个月没发工资还把我辞了")).containsExactly("老板三个月没发工资还把我辞了");
  }

  @Test
  void splitsNarrativeAtSentencesAndJoinsFragments() {
    String text = "我叫小李。2020年入职某厂做操作工，月薪四千。公司一直没有和我签订书面劳动合同，也没交社保。" + "今年五月公司说我不合适，让我第二天不用来了。";
    assertThat(Clauses.of(text))
        .hasSize(3)
        .allSatisfy(c -> assertThat(c.length()).isGreaterThanOrEqualTo(12));
    assertThat(String.join("", Clauses.of(text))).isEqualTo(text);
  }

  @Test
  void cutsOverlongSentenceAtCommas() {
    String sentence = "公司安排我每天工作十二个小时，".repeat(12) + "从来不给加班费。";
    assertThat(Clauses.of(sentence))
        .hasSizeGreaterThan(1)
        .allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(120));
  }
}
