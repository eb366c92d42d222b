package cn.xiangyang.portal.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a FAQ file {@code faq/<topic-slug>.yaml}: {@code topic} (the topic's Chinese name) and {@code entries}, each
 * with id, question, variants, answer, citations and tags.
 */
final class FaqFile {

  static final Set<String> FIELDS = Set.of("topic", "entries");
  static final Set<String> ENTRY_FIELDS =
      Set.of("id", "question", "variants", "answer", "citations", "tags");

  private FaqFile() {}

  static List<Faq> read(String path, String text, Problems problems) {
    FrontMatter fields = FrontMatter.yaml(text, path, problems);
    if (fields == null) {
      return List.of();
    }
    fields.allowOnly(FIELDS);
    String slug = path.substring(path.lastIndexOf('/') + 1, path.length() - ".yaml".length());
    String topic = fields.text("topic");
    List<Faq> faqs = new ArrayList<>();
    for (FrontMatter entry : fields.list("entries")) {
      entry.allowOnly(ENTRY_FIELDS);
      faqs.add(new Faq(
          entry.text("id"),
          slug,
          topic,
          entry.text("question"),
          entry.texts("variants"),
          entry.text("answer"),
          Citations.read(entry, "citations"),
          entry.texts("tags")));
    }
    return faqs;
  }
}
