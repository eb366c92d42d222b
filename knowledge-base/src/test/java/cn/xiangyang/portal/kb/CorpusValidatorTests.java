package cn.xiangyang.portal.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusValidatorTests {

  @TempDir
  Path kb;

  @Test
  void acceptsASoundCorpus() {
    assertThat(CorpusFixture.sound(kb).problems()).isEmpty();
  }

  @Test
  void rejectsFaqCitingAnArticleThatDoesNotExist() {
    var corpus = CorpusFixture.sound(kb)
        .edit("faq/arbitration.yaml", "[test-law#2]", "[test-law#2, test-law#4]");

    assertThat(corpus.problems())
        .singleElement()
        .asString()
        .startsWith("faq/arbitration.yaml [faq-arbitration-001]")
        .contains("引用的条文不存在", "test-law#4");
  }

  @Test
  void rejectsCaseCitingALawThatDoesNotExist() {
    var corpus =
        CorpusFixture.sound(kb).edit("cases/case-test.md", "[test-law#2]", "[labour-law#44]");

    assertThat(corpus.problems())
        .singleElement()
        .asString()
        .startsWith("cases/case-test.md")
        .contains("引用的法规不存在", "labour-law#44");
  }

  @Test
  void rejectsCitationsNotOfTheFormLawIdHashNumber() {
    var corpus =
        CorpusFixture.sound(kb).edit("cases/case-test.md", "[test-law#2]", "[测试法第二条, test-law#0]");

    assertThat(corpus.problems()).hasSize(2).allSatisfy(p -> assertThat(p).contains("引用格式错误"));
  }

  @Test
  void rejectsTheSameIdUsedByALawACaseAndAnFaq() {
    var corpus = CorpusFixture.sound(kb)
        .write(
            "laws/case-test.md",
            CorpusFixture.LAW_FRONT_MATTER.formatted("case-test") + CorpusFixture.LAW_BODY)
        .write("faq/more.yaml", CorpusFixture.FAQ.replace("topic: 仲裁", "topic: 更多"));

    assertThat(corpus.problems())
        .containsExactlyInAnyOrder(
            "cases/case-test.md, laws/case-test.md: id case-test 重复使用 / id case-test is used more than once",
            "faq/arbitration.yaml, faq/more.yaml: id faq-arbitration-001 重复使用 / id faq-arbitration-001 is used more"
                + " than once");
  }

  @Test
  void rejectsALawWhoseArticleNumbersHaveAGap() {
    var corpus = CorpusFixture.sound(kb).edit("laws/test-law.md", "#### 第三条", "#### 第四条");

    assertThat(corpus.problems()).singleElement().asString().contains("条文序号不连续：应为第三条，实为第四条");
  }

  @Test
  void rejectsALawWhoseArticlesAreOutOfOrder() {
    var corpus = CorpusFixture.sound(kb)
        .edit("laws/test-law.md", "#### 第二条", "#### 第X条")
        .edit("laws/test-law.md", "#### 第三条", "#### 第二条")
        .edit("laws/test-law.md", "#### 第X条", "#### 第三条");

    assertThat(corpus.problems()).hasSize(2).allSatisfy(p -> assertThat(p).contains("条文序号不连续"));
  }

  @Test
  void rejectsAnArticleWithoutText() {
    var corpus = CorpusFixture.sound(kb).edit("laws/test-law.md", "本法自2008年5月1日起施行。\n", "");

    assertThat(corpus.problems()).singleElement().asString().contains("第三条 没有条文内容");
  }

  @Test
  void rejectsALabelThatIsNotAnArticleNumber() {
    var corpus = CorpusFixture.sound(kb).edit("laws/test-law.md", "#### 第三条", "#### 第三十十条");

    assertThat(corpus.problems()).singleElement().asString().contains("无法识别的条文标题：第三十十条");
  }

  @Test
  void readsTheArabicItemNumbersOfANoticeAsArticleNumbers() {
    var corpus = CorpusFixture.sound(kb)
        .edit("laws/test-law.md", "#### 第一条", "#### 1.")
        .edit("laws/test-law.md", "#### 第二条", "#### 2.")
        .edit("laws/test-law.md", "#### 第三条", "#### 3.");

    assertThat(corpus.problems()).isEmpty();
  }

  @Test
  void rejectsArabicItemNumbersOutOfOrder() {
    var corpus = CorpusFixture.sound(kb)
        .edit("laws/test-law.md", "#### 第一条", "#### 1.")
        .edit("laws/test-law.md", "#### 第二条", "#### 2.")
        .edit("laws/test-law.md", "#### 第三条", "#### 4.");

    assertThat(corpus.problems()).singleElement().asString().contains("条文序号不连续：应为第三条，实为4.");
  }

  @Test
  void rejectsALawVerifiedAgainstFewerThanTwoCopiesOrListingCopiesWhileUnverified() {
    var one = CorpusFixture.sound(kb)
        .edit(
            "laws/test-law.md",
            "history: |",
            "verification: 逐字比对\ncopies: [\"a/b law.md @ 1234\"]\nhistory: |");

    assertThat(one.problems()).singleElement().asString().contains("copies 须列出至少两份独立公开副本");

    var unverified = one.edit(
        "laws/test-law.md",
        "copies: [\"a/b law.md @ 1234\"]",
        "verified: false\ncopies: [\"a/b law.md @ 1234\", \"c/d law.json @ 5678\"]");

    assertThat(unverified.problems()).singleElement().asString().contains("列出 copies 的法规应为已核实");

    var silent = unverified
        .edit("laws/test-law.md", "verified: false\n", "")
        .edit("laws/test-law.md", "verification: 逐字比对\n", "");

    assertThat(silent.problems()).singleElement().asString().contains("须在 verification 中写明比对方法");

    var sound = silent.edit("laws/test-law.md", "history: |", "verification: 逐字比对\nhistory: |");

    assertThat(sound.problems()).isEmpty();
  }

  @Test
  void rejectsAnUnknownLevelOrValidity() {
    var corpus = CorpusFixture.sound(kb)
        .edit("laws/test-law.md", "level: LAW", "level: STATUTE")
        .edit("laws/test-law.md", "validity: IN_FORCE", "validity: 有效");

    assertThat(corpus.problems())
        .hasSize(2)
        .anySatisfy(
            p -> assertThat(p).contains("字段 level 的值 STATUTE 无效", "JUDICIAL_INTERPRETATION"))
        .anySatisfy(p -> assertThat(p).contains("字段 validity 的值 有效 无效", "REPEALED"));
  }

  @Test
  void reportsEveryMissingRequiredField() {
    var corpus = CorpusFixture.sound(kb)
        .edit("laws/test-law.md", "issuer: 全国人民代表大会常务委员会\n", "")
        .edit("laws/test-law.md", "effective: 2008-05-01\n", "")
        .edit("cases/case-test.md", "published: 2021-08-26\n", "")
        .edit("faq/arbitration.yaml", "    question: 申请仲裁有时间限制吗？\n", "");

    assertThat(corpus.problems())
        .containsExactlyInAnyOrder(
            "laws/test-law.md: 缺少必填字段 issuer / missing required field issuer",
            "laws/test-law.md: 缺少必填字段 effective / missing required field effective",
            "cases/case-test.md: 缺少必填字段 published / missing required field published",
            "faq/arbitration.yaml entries[1]: 缺少必填字段 question / missing required field question");
  }

  @Test
  void rejectsMalformedDates() {
    var corpus = CorpusFixture.sound(kb)
        .edit("laws/test-law.md", "adopted: 2007-12-29", "adopted: 2007年12月29日");

    assertThat(corpus.problems())
        .singleElement()
        .asString()
        .contains("字段 adopted 不是 YYYY-MM-DD 格式的日期");
  }

  @Test
  void rejectsUnknownFieldsBecauseTheyAreUsuallyMisspelt() {
    var corpus = CorpusFixture.sound(kb)
        .edit("laws/test-law.md", "asOf:", "lastAmmended: 2012-12-28\nasOf:")
        .edit("faq/arbitration.yaml", "citations:", "citation:");

    assertThat(corpus.problems())
        .containsExactlyInAnyOrder(
            "laws/test-law.md: 未知字段 lastAmmended / unknown field lastAmmended",
            "faq/arbitration.yaml entries[1]: 未知字段 citation / unknown field citation");
  }

  @Test
  void rejectsAFieldGivenTwice() {
    var corpus = CorpusFixture.sound(kb).edit("laws/test-law.md", "asOf:", "issuer: 国务院\nasOf:");

    assertThat(corpus.problems()).singleElement().asString().contains("YAML 格式错误", "issuer");
  }

  @Test
  void rejectsABlankLineInsideAnArticle() {
    var corpus = CorpusFixture.sound(kb).edit("laws/test-law.md", "为一年。\n前款", "为一年。\n\n前款");

    assertThat(corpus.problems()).singleElement().asString().contains("第二条 内有空行");
  }

  @Test
  void rejectsTextOutsideAnyArticle() {
    var corpus =
        CorpusFixture.sound(kb).edit("laws/test-law.md", "## 第一章 总则\n", "## 第一章 总则\n序言。\n");

    assertThat(corpus.problems()).singleElement().asString().contains("条文标题之外的文字：序言。");
  }

  @Test
  void rejectsTopicsForAnArticleThatDoesNotExist() {
    var corpus =
        CorpusFixture.sound(kb).edit("laws/test-law.md", "  2: [仲裁时效]", "  2: [仲裁时效]\n  9: [施行]");

    assertThat(corpus.problems()).singleElement().asString().contains("topics 中的第 9 条不存在");
  }

  @Test
  void rejectsACaseWithoutItsFiveSectionsInOrder() {
    var corpus = CorpusFixture.sound(kb)
        .edit("cases/case-test.md", "## 典型意义\n及时维权。\n", "")
        .edit("cases/case-test.md", "## 争议焦点\n时效如何计算。\n", "")
        .edit("cases/case-test.md", "## 裁判理由", "## 争议焦点\n时效如何计算。\n## 裁判理由")
        .edit("cases/case-test.md", "## 基本案情", "## 案情简介");

    assertThat(corpus.problems())
        .hasSize(4)
        .anySatisfy(p -> assertThat(p).contains("未知的小节“案情简介”"))
        .anySatisfy(p -> assertThat(p).contains("缺少“基本案情”一节"))
        .anySatisfy(p -> assertThat(p).contains("缺少“典型意义”一节"))
        .anySatisfy(p -> assertThat(p).contains("各小节应按"));
  }

  @Test
  void rejectsACaseWhoseIdDiffersFromItsFileName() {
    var corpus =
        CorpusFixture.sound(kb).edit("cases/case-test.md", "id: case-test", "id: case-other");

    assertThat(corpus.problems()).singleElement().asString().contains("id case-other 与文件名不一致");
  }

  @Test
  void rejectsFilesInCorpusFoldersThatAreNotCorpusFiles() {
    var corpus =
        CorpusFixture.sound(kb).write("faq/wages.yml", CorpusFixture.FAQ).write("faq/.keep", "");

    assertThat(corpus.problems()).singleElement().asString().startsWith("faq/wages.yml: 不是知识库文件");
  }

  @Test
  void reportsEveryProblemInEveryFileAtOnce() {
    var corpus = CorpusFixture.sound(kb)
        .edit("laws/test-law.md", "level: LAW", "level: CODE")
        .edit("laws/test-law.md", "#### 第三条", "#### 第五条")
        .edit("cases/case-test.md", "[test-law#2]", "[test-law#7]")
        .edit("faq/arbitration.yaml", "[test-law#2]", "[nowhere#1]")
        .write("faq/broken.yaml", "topic: [unclosed\n");

    assertThat(corpus.problems()).hasSize(5);
  }
}
