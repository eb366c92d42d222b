package cn.xiangyang.portal.kb;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The YAML fields of one corpus file, read leniently: a missing or malformed field is recorded as a problem and a
 * placeholder is returned, so that one file can report all its problems at once.
 */
final class FrontMatter {

  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final JsonNode node;
  private final String where;
  private final Problems problems;

  FrontMatter(JsonNode node, String where, Problems problems) {
    this.node = node;
    this.where = where;
    this.problems = problems;
  }

  /** A document's YAML front matter (between the first two {@code ---} lines) and the body after it. */
  record Document(FrontMatter fields, String body) {}

  /**
   * Splits a Markdown document into front matter and body.
   *
   * @return empty when the document has no well-formed front matter (recorded as a problem)
   */
  static @Nullable Document split(String text, String where, Problems problems) {
    // A byte-order mark would hide the opening ---.
    List<String> lines =
        (text.startsWith("\uFEFF") ? text.substring(1) : text).lines().toList();
    int end = lines.isEmpty() || !lines.getFirst().equals("---")
        ? -1
        : lines.subList(1, lines.size()).indexOf("---");
    if (end < 0) {
      problems.add(
          where, "缺少以 --- 开头和结尾的 YAML 头部", "missing the YAML front matter between --- lines");
      return null;
    }
    FrontMatter fields = yaml(String.join("\n", lines.subList(1, end + 1)), where, problems);
    return fields == null
        ? null
        : new Document(fields, String.join("\n", lines.subList(end + 2, lines.size())));
  }

  /** Parses a YAML document whose root is a mapping; null when it is not (recorded as a problem). */
  static @Nullable FrontMatter yaml(String yaml, String where, Problems problems) {
    try {
      JsonNode root = YAML.readTree(yaml);
      if (root == null || !root.isObject()) {
        problems.add(where, "YAML 内容应为键值映射", "the YAML must be a mapping of fields");
        return null;
      }
      return new FrontMatter(root, where, problems);
    } catch (JacksonException e) {
      problems.add(where, "YAML 格式错误：" + e.getOriginalMessage(), "malformed YAML");
      return null;
    }
  }

  /** Records a problem for each field not in {@code known}, which is most often a misspelt field name. */
  void allowOnly(Set<String> known) {
    for (String name : node.propertyNames()) {
      if (!known.contains(name)) {
        problems.add(where, "未知字段 " + name, "unknown field " + name);
      }
    }
  }

  /** A required text field; {@code ""} when missing, blank or not text (recorded as a problem). */
  String text(String name) {
    if (absent(name)) {
      missing(name);
      return "";
    }
    String value = optionalText(name);
    if (value != null && value.isBlank()) {
      problems.add(where, "必填字段 " + name + " 为空", "required field " + name + " is empty");
    }
    return value == null || value.isBlank() ? "" : value;
  }

  /** An optional text field, stripped of trailing line breaks; null when absent. */
  @Nullable
  String optionalText(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      problems.add(where, "字段 " + name + " 应为文本", "field " + name + " must be text");
      return null;
    }
    return value.asString().stripTrailing();
  }

  /** A required date in ISO form (2008-05-01); {@link LocalDate#EPOCH} when missing or malformed. */
  LocalDate date(String name) {
    if (absent(name)) {
      missing(name);
      return LocalDate.EPOCH;
    }
    LocalDate date = optionalDate(name);
    return date == null ? LocalDate.EPOCH : date;
  }

  /** An optional date in ISO form; null when absent or malformed (the latter recorded as a problem). */
  @Nullable
  LocalDate optionalDate(String name) {
    String text = optionalText(name);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(
          where,
          "字段 " + name + " 不是 YYYY-MM-DD 格式的日期：" + text,
          "field " + name + " is not a date in YYYY-MM-DD form");
      return null;
    }
  }

  /** An optional whole number; null when absent or not a number (the latter recorded as a problem). */
  @Nullable
  Integer optionalNumber(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      problems.add(where, "字段 " + name + " 应为整数", "field " + name + " must be a whole number");
      return null;
    }
    return value.intValue();
  }

  /** A required enum constant, given by its name; {@code fallback} when missing or unknown. */
  <E extends Enum<E>> E constant(String name, Class<E> type, E fallback) {
    String text = text(name);
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, text.strip());
    } catch (IllegalArgumentException e) {
      List<String> allowed = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        allowed.add(constant.name());
      }
      problems.add(
          where,
          "字段 " + name + " 的值 " + text + " 无效，应为 " + String.join(" | ", allowed),
          "unknown " + name + " " + text);
      return fallback;
    }
  }

  /** An optional list of non-blank texts; empty when absent. */
  List<String> texts(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return List.of();
    }
    return texts(value, name);
  }

  /** A nested mapping of field names to nodes, in file order; empty when absent. */
  Map<String, JsonNode> mapping(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Map.of();
    }
    if (!value.isObject()) {
      problems.add(where, "字段 " + name + " 应为键值映射", "field " + name + " must be a mapping");
      return Map.of();
    }
    Map<String, JsonNode> entries = new LinkedHashMap<>();
    value.properties().forEach(e -> entries.put(e.getKey(), e.getValue()));
    return entries;
  }

  /** A required, non-empty list of mappings, each read as fields of its own under {@code where name[n]}. */
  List<FrontMatter> list(String name) {
    if (absent(name)) {
      missing(name);
      return List.of();
    }
    JsonNode value = node.get(name);
    if (!value.isArray()) {
      problems.add(where, "字段 " + name + " 应为列表", "field " + name + " must be a list");
      return List.of();
    }
    if (value.isEmpty()) {
      problems.add(where, "字段 " + name + " 是空列表", "field " + name + " is an empty list");
    }
    List<FrontMatter> items = new ArrayList<>();
    int index = 1;
    for (JsonNode item : value.values()) {
      String itemWhere = where + " " + name + "[" + index++ + "]";
      if (item.isObject()) {
        items.add(new FrontMatter(item, itemWhere, problems));
      } else {
        problems.add(itemWhere, "列表项应为键值映射", "each item must be a mapping of fields");
      }
    }
    return items;
  }

  /** The node's list of non-blank texts, recording a problem for anything else. */
  List<String> texts(JsonNode value, String name) {
    if (!value.isArray()) {
      problems.add(
          where, "字段 " + name + " 应为列表，如 [a, b]", "field " + name + " must be a list like [a, b]");
      return List.of();
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode item : value.values()) {
      if (!item.isValueNode() || item.isNull() || item.asString().isBlank()) {
        problems.add(
            where, "字段 " + name + " 含有空项或非文本项", "field " + name + " has an empty or non-text item");
      } else {
        texts.add(item.asString().strip());
      }
    }
    return texts;
  }

  String where() {
    return where;
  }

  Problems problems() {
    return problems;
  }

  private boolean absent(String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull();
  }

  private void missing(String name) {
    problems.add(where, "缺少必填字段 " + name, "missing required field " + name);
  }

  /** The {@code id} field; reports a problem when it differs from the file's name without {@code .md}. */
  String idMatchingFileName(String path, Problems problems) {
    String id = text("id");
    String expected = path.substring(path.lastIndexOf('/') + 1, path.length() - ".md".length());
    if (!id.isEmpty() && !id.equals(expected)) {
      problems.add(path, "id " + id + " 与文件名不一致", "id " + id + " does not match the file name");
    }
    return id;
  }
}
