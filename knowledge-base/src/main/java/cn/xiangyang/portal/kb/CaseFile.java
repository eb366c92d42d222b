package cn.xiangyang.portal.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a case file {@code cases/<id>.md}: YAML front matter (id, title, source, published, caseNumber, topics,
 * cites), then the sections {@code ## 基本案情}, {@code ## 争议焦点}, {@code ## 处理结果}, {@code ## 裁判理由},
 * {@code ## 典型意义} in that order.
 */
final class CaseFile {

  static final List<String> SECTIONS = List.of("基本案情", "争议焦点", "处理结果", "裁判理由", "典型意义");
  static final Set<String> FIELDS =
      Set.of("id", "title", "source", "published", "caseNumber", "topics", "cites");

  private CaseFile() {}

  static @Nullable CaseDigest read(String path, String text, Problems problems) {
    FrontMatter.Document document = FrontMatter.split(text, path, problems);
    if (document == null) {
      return null;
    }
    FrontMatter fields = document.fields();
    fields.allowOnly(FIELDS);
    String id = fields.idMatchingFileName(path, problems);
    return new CaseDigest(
        id,
        fields.text("title"),
        fields.text("source"),
        fields.date("published"),
        fields.optionalNumber("caseNumber"),
        fields.texts("topics"),
        Citations.read(fields, "cites"),
        sections(document.body(), path, problems));
  }

  private static Map<String, String> sections(String body, String path, Problems problems) {
    Map<String, String> sections = new LinkedHashMap<>();
    String name = null;
    List<String> lines = new ArrayList<>();
    for (String line : (body + "\n## ").lines().toList()) {
      if (line.startsWith("## ") || line.equals("##")) {
        if (name != null) {
          String content = String.join("\n", lines).strip();
          if (content.isEmpty()) {
            problems.add(path, "“" + name + "”一节没有内容", "section " + name + " is empty");
          }
          if (sections.put(name, content) != null) {
            problems.add(path, "“" + name + "”一节重复", "section " + name + " appears twice");
          }
        }
        name = line.substring(2).strip();
        lines = new ArrayList<>();
        if (!name.isEmpty() && !SECTIONS.contains(name)) {
          problems.add(
              path,
              "未知的小节“" + name + "”，应为 " + String.join("、", SECTIONS),
              "unknown section " + name);
        }
      } else if (name == null) {
        if (!line.isBlank()) {
          problems.add(path, "第一个小节之前有文字", "text before the first section");
        }
      } else {
        lines.add(line);
      }
    }
    List<String> present = SECTIONS.stream().filter(sections::containsKey).toList();
    for (String section : SECTIONS) {
      if (!sections.containsKey(section)) {
        problems.add(path, "缺少“" + section + "”一节", "missing section " + section);
      }
    }
    if (!present.equals(sections.keySet().stream().filter(SECTIONS::contains).toList())) {
      problems.add(
          path, "各小节应按 " + String.join("、", SECTIONS) + " 的顺序排列", "sections are out of order");
    }
    return sections;
  }
}
