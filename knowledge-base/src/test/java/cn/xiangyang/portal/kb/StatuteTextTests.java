package cn.xiangyang.portal.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares every article of the corpus, character for character, with the official texts in
 * {@code ../shared/reference/laws} (or the folder named by the system property {@code portal.reference.laws}).
 *
 * <p>The official files are read by their own small parser here, independent of the converter that produced the
 * corpus: articles are lines {@code 第N条 text} and the paragraphs after them, chapters {@code ## 第N章 …},
 * sections {@code ### 第N节 …}, the notice's items {@code ## 一、…}; text before the first article is the
 * preamble, text from a line {@code 附录} on the appendix. Only the whitespace around a line and inside chapter
 * and section headings is not compared.
 */
class StatuteTextTests {

  /**
   * Articles whose paragraphs the official file hard-wraps in the middle of a sentence: 工资支付暂行规定 第十三条
   * spreads each of its items over three lines. The corpus joins them; only their characters are compared.
   */
  private static final Set<String> REFLOWED = Set.of("wage-payment-provisions#13");

  private static final Pattern ARTICLE = Pattern.compile("第([零一二三四五六七八九十百千]+)条[ \\u3000]+(.*)");
  private static final Pattern ITEM = Pattern.compile("([零一二三四五六七八九十]+)、?(.*)");
  private static final Pattern DIVISION = Pattern.compile("(?U)(第[零一二三四五六七八九十百千]+[编章节])\\s*(.*)");

  private static @Nullable Path reference;
  private static Corpus corpus;

  @BeforeAll
  static void findReferenceTexts() {
    reference = referenceFolder();
    corpus = Corpus.loadFromClasspath();
  }

  @Test
  void everyArticleMatchesTheOfficialTextCharacterForCharacter() throws IOException {
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, String> entry : officialFiles().entrySet()) {
      Law law = corpus.law(entry.getValue()).orElseThrow();
      Official official = Official.read(reference().resolve(entry.getKey()));
      if (official.articles().size() != law.articles().size()) {
        differences.add(law.id() + ": " + official.articles().size() + " articles officially, "
            + law.articles().size() + " in the corpus");
      }
      for (OfficialArticle expected : official.articles()) {
        String where = law.id() + "#" + expected.number() + " " + expected.label();
        Article actual = law.article(expected.number()).orElse(null);
        if (actual == null) {
          differences.add(where + ": missing from the corpus");
          continue;
        }
        if (!actual.label().equals(expected.label())) {
          differences.add(where + ": label expected «" + expected.label() + "» but was «"
              + actual.label() + "»");
        }
        String expectedText = String.join("\n", expected.paragraphs());
        boolean reflowed = REFLOWED.contains(law.id() + "#" + expected.number())
            && expectedText.replace("\n", "").equals(actual.text().replace("\n", ""));
        if (!expectedText.equals(actual.text()) && !reflowed) {
          differences.add(where + ": " + difference(expectedText, actual.text()));
        }
      }
    }
    failListing(differences);
  }

  @Test
  void everyArticleStandsInItsOfficialChapterAndSection() throws IOException {
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, String> entry : officialFiles().entrySet()) {
      Law law = corpus.law(entry.getValue()).orElseThrow();
      for (OfficialArticle expected :
          Official.read(reference().resolve(entry.getKey())).articles()) {
        law.article(expected.number()).ifPresent(actual -> {
          if (!Objects.equals(expected.chapter(), actual.chapter())
              || !Objects.equals(expected.section(), actual.section())) {
            differences.add(law.id() + "#" + expected.number() + ": expected in «"
                + expected.chapter() + " / " + expected.section() + "» but is in «"
                + actual.chapter() + " / " + actual.section() + "»");
          }
        });
      }
    }
    failListing(differences);
  }

  @Test
  void preamblesAndAppendicesMatchTheOfficialText() throws IOException {
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, String> entry : officialFiles().entrySet()) {
      String lawId = entry.getValue();
      Official official = Official.read(reference().resolve(entry.getKey()));
      compareOptional(
          lawId + " preamble",
          official.preamble(),
          corpus.preamble(lawId).orElse(null),
          differences);
      compareOptional(
          lawId + " appendix",
          official.appendix(),
          corpus.appendix(lawId).orElse(null),
          differences);
    }
    failListing(differences);
  }

  @Test
  void everyOfficialTextHasALawIdAndALawInTheCorpus() throws IOException {
    List<String> files;
    try (var list = Files.list(reference())) {
      files = list.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".md"))
          .sorted()
          .toList();
    }

    assertThat(files)
        .containsExactlyInAnyOrderElementsOf(LawIds.byReferenceFile().keySet());
    assertThat(files)
        .allSatisfy(
            f -> assertThat(corpus.law(LawIds.byReferenceFile().get(f))).as(f).isPresent());
  }

  private static Map<String, String> officialFiles() {
    reference();
    return LawIds.byReferenceFile();
  }

  private static Path reference() {
    Assumptions.assumeTrue(
        reference != null,
        "official texts not found: no ../shared/reference/laws above "
            + Path.of("").toAbsolutePath()
            + " and no -Dportal.reference.laws=DIR; statute texts NOT checked");
    return Objects.requireNonNull(reference);
  }

  /** {@code -Dportal.reference.laws}, else {@code shared/reference/laws} beside the first ancestor that has it. */
  private static @Nullable Path referenceFolder() {
    String property = System.getProperty("portal.reference.laws");
    if (property != null && !property.isBlank()) {
      Path dir = Path.of(property).toAbsolutePath();
      if (!Files.isDirectory(dir)) {
        throw new IllegalStateException(
            "-Dportal.reference.laws=" + property + " is not a directory");
      }
      return dir;
    }
    for (Path dir = Path.of("").toAbsolutePath();
        dir != null && dir.getParent() != null;
        dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("reference").resolve("laws");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static void compareOptional(
      String where, List<String> expectedLines, @Nullable String actual, List<String> differences) {
    String expected = expectedLines.isEmpty() ? null : String.join("\n", expectedLines);
    if (expected == null || actual == null) {
      if (expected != actual) {
        differences.add(where + ": expected " + (expected == null ? "none" : "«" + expected + "»")
            + " but was " + (actual == null ? "none" : "«" + actual + "»"));
      }
    } else if (!expected.equals(actual)) {
      differences.add(where + ": " + difference(expected, actual));
    }
  }

  /** Where two texts first differ, with some context: the message a reviewer needs to fix the corpus. */
  static String difference(String expected, String actual) {
    int at = 0;
    while (at < expected.length()
        && at < actual.length()
        && expected.charAt(at) == actual.charAt(at)) {
      at++;
    }
    int from = Math.max(0, at - 12);
    return "differs at character " + (at + 1) + ": expected «…" + excerpt(expected, from, at)
        + "» but was «…" + excerpt(actual, from, at) + "»";
  }

  private static String excerpt(String text, int from, int at) {
    return text.substring(Math.min(from, text.length()), Math.min(text.length(), at + 20))
        .replace("\n", "⏎");
  }

  private static void failListing(List<String> differences) {
    if (!differences.isEmpty()) {
      fail(differences.size() + " difference(s) from the official texts:\n  "
          + String.join("\n  ", differences));
    }
  }

  record OfficialArticle(
      int number,
      String label,
      List<String> paragraphs,
      @Nullable String chapter,
      @Nullable String section) {}

  record Official(List<String> preamble, List<OfficialArticle> articles, List<String> appendix) {

    static Official read(Path file) throws IOException {
      String text = Files.readString(file);
      String body =
          text.substring(text.indexOf("<!-- INFO END -->") + "<!-- INFO END -->".length());
      List<String> preamble = new ArrayList<>();
      List<String> appendix = new ArrayList<>();
      List<OfficialArticle> articles = new ArrayList<>();
      String chapter = null;
      String section = null;
      for (String raw : body.lines().toList()) {
        String line = raw.strip();
        if (line.isEmpty()) {
          continue;
        }
        Matcher article = ARTICLE.matcher(line);
        if (!appendix.isEmpty()) {
          appendix.add(line);
        } else if (line.startsWith("### ")) {
          section = division(line.substring(4).strip());
        } else if (line.startsWith("## ")) {
          String heading = line.substring(3).strip();
          Matcher item = ITEM.matcher(heading);
          if (DIVISION.matcher(heading).matches()) {
            chapter = division(heading);
            section = null;
          } else if (item.matches()) {
            List<String> paragraphs = new ArrayList<>();
            if (!item.group(2).isBlank()) {
              paragraphs.add(item.group(2).strip());
            }
            articles.add(new OfficialArticle(
                ChineseNumerals.parse(item.group(1)), item.group(1) + "、", paragraphs, null, null));
          } else {
            throw new IllegalStateException(file + ": unexpected heading " + line);
          }
        } else if (article.matches()) {
          articles.add(new OfficialArticle(
              ChineseNumerals.parse(article.group(1)),
              "第" + article.group(1) + "条",
              new ArrayList<>(List.of(article.group(2).strip())),
              chapter,
              section));
        } else if (line.startsWith("附录")) {
          appendix.add(line);
        } else if (articles.isEmpty()) {
          preamble.add(line);
        } else {
          articles.getLast().paragraphs().add(line);
        }
      }
      return new Official(preamble, articles, appendix);
    }

    /** {@code 第一章　总  则} as {@code 第一章 总则}: official prints space out short headings. */
    private static String division(String heading) {
      Matcher m = DIVISION.matcher(heading);
      if (!m.matches()) {
        throw new IllegalStateException("not a chapter or section heading: " + heading);
      }
      return (m.group(1) + " " + m.group(2).replaceAll("(?U)\\s+", "")).strip();
    }
  }
}
