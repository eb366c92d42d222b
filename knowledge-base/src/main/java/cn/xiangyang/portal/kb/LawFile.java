package cn.xiangyang.portal.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a law file {@code laws/<id>.md}: YAML front matter, then {@code ## 章}, {@code ### 节} and one
 * {@code #### <label>} heading per article followed by its paragraphs, one a line, with a blank line between
 * articles.
 *
 * <p>Besides the fields of {@link Law}, the front matter holds {@code history} (the adoption and amendment record),
 * optionally {@code preamble} (text before the first article), {@code appendix} and {@code topics} (article number
 * to tags).
 */
final class LawFile {

  static final Set<String> FIELDS = Set.of(
      "id",
      "title",
      "shortName",
      "aliases",
      "level",
      "issuer",
      "adopted",
      "lastAmended",
      "effective",
      "validity",
      "replacedBy",
      "asOf",
      "source",
      "verified",
      "verification",
      "copies",
      "history",
      "preamble",
      "appendix",
      "topics");

  /** {@code 第八十二条} or, for the items of a notice, {@code 一、} or {@code 9.} (as the notice numbers them). */
  private static final Pattern LABEL =
      Pattern.compile("第([零一二三四五六七八九十百千]+)条|([零一二三四五六七八九十百千]+)、|([1-9][0-9]{0,2})\\.");

  /** A law with the parts of its file that {@link Law} has no place for. */
  record Read(Law law, @Nullable String preamble, @Nullable String appendix) {}

  private LawFile() {}

  static @Nullable Read read(String path, String text, Problems problems) {
    FrontMatter.Document document = FrontMatter.split(text, path, problems);
    if (document == null) {
      return null;
    }
    FrontMatter fields = document.fields();
    fields.allowOnly(FIELDS);
    String id = fields.idMatchingFileName(path, problems);
    String title = fields.text("title");
    String shortName = fields.text("shortName");
    List<String> aliases = fields.texts("aliases");
    LawLevel level = fields.constant("level", LawLevel.class, LawLevel.LAW);
    String issuer = fields.text("issuer");
    LocalDate adopted = fields.date("adopted");
    @Nullable LocalDate lastAmended = fields.optionalDate("lastAmended");
    LocalDate effective = fields.date("effective");
    Validity validity = fields.constant("validity", Validity.class, Validity.IN_FORCE);
    @Nullable String replacedBy = fields.optionalText("replacedBy");
    LocalDate asOf = fields.date("asOf");
    String source = fields.text("source");
    // absent = verified: every law before these had an official reference text that
    // StatuteTextTests compares
    boolean verified = !"false".equals(fields.optionalText("verified"));
    @Nullable String verification = fields.optionalText("verification");
    if (!verified && verification == null) {
      problems.add(
          path, "未核实（verified: false）的法规须写明 verification", "an unverified law needs verification");
    }
    // a law verified against public copies instead of an official reference text names at least two
    // of them
    List<String> copies = fields.texts("copies");
    if (!copies.isEmpty() && !verified) {
      problems.add(
          path, "列出 copies 的法规应为已核实（去掉 verified: false）", "a law that lists copies is verified");
    }
    if (copies.size() == 1) {
      problems.add(
          path, "copies 须列出至少两份独立公开副本", "copies must name at least two independent copies");
    }
    if (!copies.isEmpty() && verification == null) {
      problems.add(
          path,
          "列出 copies 的法规须在 verification 中写明比对方法",
          "a law that lists copies says in verification how they were compared");
    }
    fields.text(
        "history"); // required: the record of adoption and amendments, though Law has no place for
    // it
    // A missing or malformed date reads as LocalDate.EPOCH and is reported already.
    boolean datesRead = !adopted.equals(LocalDate.EPOCH) && !effective.equals(LocalDate.EPOCH);
    if (lastAmended != null && lastAmended.isBefore(adopted)) {
      problems.add(path, "lastAmended 早于 adopted", "lastAmended is before adopted");
    }
    if (datesRead && effective.isBefore(adopted)) {
      problems.add(path, "effective 早于 adopted", "effective is before adopted");
    }
    if (validity == Validity.REPLACED && replacedBy == null) {
      problems.add(path, "已被替代的法规须写明 replacedBy", "a replaced law needs replacedBy");
    }

    Map<Integer, List<String>> topics = topics(fields);
    List<Article> articles = articles(id, document.body(), topics, path, problems);
    for (int number : topics.keySet()) {
      if (articles.stream().noneMatch(a -> a.number() == number)) {
        problems.add(
            path,
            "topics 中的第 " + number + " 条不存在",
            "topics name article " + number + ", which does not exist");
      }
    }
    Law law = new Law(
        id,
        title,
        shortName,
        aliases,
        level,
        issuer,
        adopted,
        lastAmended,
        effective,
        validity,
        replacedBy,
        asOf,
        source,
        verified,
        verification,
        copies,
        articles);
    return new Read(law, fields.optionalText("preamble"), fields.optionalText("appendix"));
  }

  private static Map<Integer, List<String>> topics(FrontMatter fields) {
    Map<Integer, List<String>> topics = new HashMap<>();
    for (Map.Entry<String, JsonNode> entry : fields.mapping("topics").entrySet()) {
      try {
        topics.put(
            Integer.parseInt(entry.getKey()),
            fields.texts(entry.getValue(), "topics." + entry.getKey()));
      } catch (NumberFormatException e) {
        fields
            .problems()
            .add(
                fields.where(),
                "topics 的键应为条文序号（整数）：" + entry.getKey(),
                "topics keys must be article numbers");
      }
    }
    return topics;
  }

  private static List<Article> articles(
      String lawId,
      String body,
      Map<Integer, List<String>> topics,
      String path,
      Problems problems) {
    List<Article> articles = new ArrayList<>();
    String chapter = null;
    String section = null;
    String label = null;
    List<String> paragraphs = new ArrayList<>();
    boolean blankSeen = false;
    List<String> lines = new ArrayList<>(body.lines().toList());
    lines.add("## end"); // flushes the last article
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean last = i == lines.size() - 1;
      if (line.isBlank()) {
        blankSeen = label != null;
        continue;
      }
      if (line.startsWith("#")) {
        if (label != null) {
          articles.add(article(lawId, label, chapter, section, paragraphs, topics, path, problems));
          label = null;
          paragraphs = new ArrayList<>();
        }
        if (last) {
          break;
        }
        if (line.startsWith("#### ")) {
          label = line.substring(5).strip();
          blankSeen = false;
        } else if (line.startsWith("### ")) {
          section = line.substring(4).strip();
        } else if (line.startsWith("## ")) {
          chapter = line.substring(3).strip();
          section = null;
        } else {
          problems.add(path, "无法识别的标题：" + line, "unknown heading level: " + line);
        }
        continue;
      }
      if (!line.equals(line.strip())) {
        problems.add(
            path, "行首或行尾有空白：" + abbreviate(line), "whitespace at the start or end of a line");
      }
      if (label == null) {
        problems.add(path, "条文标题之外的文字：" + abbreviate(line), "text outside any article");
      } else {
        if (blankSeen) {
          problems.add(path, label + " 内有空行（条文各款之间不应空行）", label + " has a blank line inside it");
          blankSeen = false;
        }
        paragraphs.add(line);
      }
    }
    checkNumbering(articles, path, problems);
    return articles;
  }

  private static Article article(
      String lawId,
      String label,
      @Nullable String chapter,
      @Nullable String section,
      List<String> paragraphs,
      Map<Integer, List<String>> topics,
      String path,
      Problems problems) {
    int number = number(label, path, problems);
    if (paragraphs.isEmpty()) {
      problems.add(path, label + " 没有条文内容", label + " has no text");
    }
    return new Article(
        lawId,
        number,
        label,
        chapter,
        section,
        String.join("\n", paragraphs),
        topics.getOrDefault(number, List.of()));
  }

  /** The article number a label stands for, or 0 when it is not a label (recorded as a problem). */
  private static int number(String label, String path, Problems problems) {
    Matcher m = LABEL.matcher(label);
    try {
      if (m.matches()) {
        if (m.group(3) != null) {
          return Integer.parseInt(m.group(3));
        }
        return ChineseNumerals.parse(m.group(1) != null ? m.group(1) : m.group(2));
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    problems.add(
        path, "无法识别的条文标题：" + label + "（应为“第N条”“一、”或“1.”）", "not an article label: " + label);
    return 0;
  }

  private static void checkNumbering(List<Article> articles, String path, Problems problems) {
    int expected = 1;
    for (Article article : articles) {
      if (article.number() == 0) { // an unreadable label, already reported
        expected++;
        continue;
      }
      if (article.number() != expected) {
        problems.add(
            path,
            "条文序号不连续：应为" + label(expected) + "，实为" + article.label(),
            "articles must be numbered 1..n in order: expected " + expected + ", found "
                + article.number());
      }
      expected = article.number() + 1;
    }
  }

  private static String label(int number) {
    return "第" + ChineseNumerals.format(number) + "条";
  }

  private static String abbreviate(String line) {
    return line.length() <= 30 ? line : line.substring(0, 30) + "…";
  }
}
