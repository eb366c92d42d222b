package cn.xiangyang.portal.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTests {

  @TempDir
  Path dir;

  @Test
  void loadsEachArticleWithItsLabelChapterSectionParagraphsAndTopics() {
    Corpus corpus = Corpus.load(CorpusFixture.sound(dir).dir());

    Law law = corpus.law("test-law").orElseThrow();
    assertThat(law.title()).isEqualTo("中华人民共和国测试法");
    assertThat(law.level()).isEqualTo(LawLevel.LAW);
    assertThat(law.validity()).isEqualTo(Validity.IN_FORCE);
    assertThat(law.adopted()).isEqualTo(LocalDate.of(2007, 12, 29));
    assertThat(law.lastAmended()).isNull();
    assertThat(law.effective()).isEqualTo(LocalDate.of(2008, 5, 1));
    assertThat(law.articles()).extracting(Article::number).containsExactly(1, 2, 3);

    Article second = corpus.article(new ArticleRef("test-law", 2)).orElseThrow();
    assertThat(second.label()).isEqualTo("第二条");
    assertThat(second.chapter()).isEqualTo("第二章 仲裁");
    assertThat(second.section()).isEqualTo("第一节 一般规定");
    assertThat(second.text()).isEqualTo("劳动争议申请仲裁的时效期间为一年。\n前款规定的仲裁时效，因当事人一方向对方当事人主张权利而中断。");
    assertThat(second.topics()).containsExactly("仲裁时效");
    assertThat(corpus.article(new ArticleRef("test-law", 1)).orElseThrow().section())
        .isNull();
  }

  @Test
  void findsNoArticleForAMissingLawOrNumber() {
    Corpus corpus = Corpus.load(CorpusFixture.sound(dir).dir());

    assertThat(corpus.article(ArticleRef.parse("test-law#4"))).isEmpty();
    assertThat(corpus.article(ArticleRef.parse("other-law#1"))).isEmpty();
    assertThat(corpus.law("other-law")).isEmpty();
  }

  @Test
  void numbersTheItemsOfANoticeByTheirChineseLabels() {
    String notice = """
        ---
        id: notice
        title: 关于职工全年月平均工作时间和工资折算问题的通知
        shortName: 工资折算通知
        level: NORMATIVE_DOCUMENT
        issuer: 劳动和社会保障部
        adopted: 2008-01-03
        effective: 2008-01-03
        validity: IN_FORCE
        asOf: 2026-11-27
        source: 人力资源和社会保障部网站（www.mohrss.gov.cn）
        history: |
          劳社部发[2008]3号
        preamble: |
          各省、自治区、直辖市劳动和社会保障厅（局）：
        ---

        #### 一、
        制度工作时间的计算
        年工作日：250天

        #### 二、
        日工资、小时工资的折算
        """;
    Corpus corpus =
        Corpus.load(CorpusFixture.sound(dir).write("laws/notice.md", notice).dir());

    Law law = corpus.law("notice").orElseThrow();
    assertThat(law.articles())
        .extracting(Article::number, Article::label)
        .containsExactly(tuple(1, "一、"), tuple(2, "二、"));
    assertThat(law.article(1).orElseThrow().text()).isEqualTo("制度工作时间的计算\n年工作日：250天");
    assertThat(law.article(1).orElseThrow().chapter()).isNull();
    assertThat(corpus.preamble("notice")).contains("各省、自治区、直辖市劳动和社会保障厅（局）：");
    assertThat(corpus.preamble("test-law")).isEmpty();
  }

  @Test
  void keepsTheSectionsOfACaseInTheirOrder() {
    CaseDigest digest =
        Corpus.load(CorpusFixture.sound(dir).dir()).caseDigest("case-test").orElseThrow();

    assertThat(digest.sections().keySet()).containsExactly("基本案情", "争议焦点", "处理结果", "裁判理由", "典型意义");
    assertThat(digest.sections().get("基本案情")).isEqualTo("张某请求支付加班费。\n\n第二段。");
    assertThat(digest.caseNumber()).isEqualTo(1);
    assertThat(digest.published()).isEqualTo(LocalDate.of(2021, 8, 26));
    assertThat(digest.cites()).containsExactly(ArticleRef.parse("test-law#2"));
  }

  @Test
  void takesTheTopicSlugOfAnFaqFromItsFileName() {
    Faq faq =
        Corpus.load(CorpusFixture.sound(dir).dir()).faq("faq-arbitration-001").orElseThrow();

    assertThat(faq.topicSlug()).isEqualTo("arbitration");
    assertThat(faq.topic()).isEqualTo("仲裁");
    assertThat(faq.variants()).containsExactly("仲裁时效多久");
    assertThat(faq.answer()).isEqualTo("一年（测试法第二条）。");
    assertThat(faq.citations()).containsExactly(ArticleRef.parse("test-law#2"));
  }

  @Test
  void refusesToLoadACorpusWithProblemsAndListsEveryOne() {
    Path kb = CorpusFixture.sound(dir)
        .edit("laws/test-law.md", "level: LAW", "level: CODE")
        .edit("faq/arbitration.yaml", "[test-law#2]", "[test-law#9]")
        .dir();

    assertThatExceptionOfType(CorpusInvalid.class)
        .isThrownBy(() -> Corpus.load(kb))
        .satisfies(e -> assertThat(e.problems()).hasSize(2))
        .withMessageContaining("2 problem(s)")
        .withMessageContaining("test-law#9");
  }

  @Test
  void changesItsContentHashWhenAnyFileChanges() {
    CorpusFixture fixture = CorpusFixture.sound(dir);
    String before = Corpus.load(fixture.dir()).contentHash();
    String again = Corpus.load(fixture.dir()).contentHash();
    String after =
        Corpus.load(fixture.edit("cases/case-test.md", "支持。", "驳回。").dir()).contentHash();

    assertThat(before).hasSize(64).isEqualTo(again).isNotEqualTo(after);
  }

  @Test
  void readsTheCorpusOutOfAJarThroughItsManifest() throws IOException {
    Path kb = CorpusFixture.sound(dir.resolve("kb")).dir();
    Path jar =
        jar(kb, "laws/test-law.md\ncases/case-test.md\nfaq/arbitration.yaml\nsynonyms.txt\n");

    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      CorpusFiles files = CorpusFiles.fromClasspath(loader);

      assertThat(files.problems()).isEmpty();
      assertThat(files.contents().keySet())
          .containsExactly("cases/case-test.md", "faq/arbitration.yaml", "laws/test-law.md");
      assertThat(files.contentHash()).isEqualTo(Corpus.load(kb).contentHash());
    }
  }

  @Test
  void reportsAFileTheManifestListsButTheJarLacks() throws IOException {
    Path jar =
        jar(CorpusFixture.sound(dir.resolve("kb")).dir(), "laws/test-law.md\nlaws/missing.md\n");

    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      assertThat(CorpusFiles.fromClasspath(loader).problems())
          .containsExactly("laws/missing.md: 清单中列出但找不到该文件 / listed in the manifest but not found");
    }
  }

  @Test
  void refusesAJarWithoutManifest() throws IOException {
    Path jar = jar(CorpusFixture.sound(dir.resolve("kb")).dir(), null);

    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      assertThatExceptionOfType(CorpusInvalid.class)
          .isThrownBy(() -> CorpusFiles.fromClasspath(loader))
          .withMessageContaining("kb/manifest.txt");
    }
  }

  /** A jar holding the files under {@code kb} as {@code kb/...}, and the given manifest unless null. */
  private Path jar(Path kb, @Nullable String manifest) throws IOException {
    Path jar = dir.resolve("corpus.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String path :
          List.of("laws/test-law.md", "cases/case-test.md", "faq/arbitration.yaml")) {
        add(out, "kb/" + path, Files.readAllBytes(kb.resolve(path)));
      }
      add(out, "kb/laws/", null);
      if (manifest != null) {
        add(out, CorpusFiles.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));
      }
    }
    return jar;
  }

  private static void add(JarOutputStream out, String name, byte @Nullable [] bytes)
      throws IOException {
    out.putNextEntry(new JarEntry(name));
    if (bytes != null) {
      ((OutputStream) out).write(bytes);
    }
    out.closeEntry();
  }
}
