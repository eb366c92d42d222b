package cn.xiangyang.portal.kb.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassagesTests {

  @Test
  void keepsTextThatFitsAsOnePassage() {
    assertThat(Passages.split("劳动者提前三十日以书面形式通知用人单位，可以解除劳动合同。", 400)).hasSize(1);
  }

  @Test
  void splitsLongArticleUnderTheLimitAtSentenceEnds() {
    String paragraph = "用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。";
    String text = (paragraph.repeat(6) + "\n").repeat(4).strip();
    List<String> passages = Passages.split(text, 100);
    assertThat(passages).hasSizeGreaterThan(1).allSatisfy(p -> {
      assertThat(p.length()).isLessThanOrEqualTo(100);
      assertThat(p).endsWith("。");
    });
    assertThat(String.join("", passages).replace("\n", "")).isEqualTo(text.replace("\n", ""));
  }

  @Test
  void cutsASentenceWithoutPunctuationHard() {
    String text = "工".repeat(250);
    assertThat(Passages.split(text, 100)).extracting(String::length).containsExactly(100, 100, 50);
  }

  @Test
  void rejectsAbsurdlySmallLimit() {
    assertThatThrownBy(() -> Passages.split("任何文本", 5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
