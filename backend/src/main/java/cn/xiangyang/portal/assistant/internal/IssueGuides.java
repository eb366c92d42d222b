package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.assistant.internal.situation.LegalIssue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What the assistant says about each legal issue, as authored in {@code assistant/guides.yaml}: the rule
 * in one sentence, what can be claimed, the evidence to keep, the next step, how the deadline is counted
 * and the articles the block cites. Every issue has a guide; a missing one fails the start, not an answer.
 */
@Component
class IssueGuides {

  /** How the limitation period of an issue is counted. */
  enum Deadline {
    /** 劳动争议调解仲裁法 第二十七条第四款: none while employed, one year from the end. */
    WAGES,
    /** 劳动争议调解仲裁法 第二十七条第一款: one year from when the harm was known. */
    ONE_YEAR,
    /** 工伤保险条例 第十七条: the employer 30 days, the worker one year. */
    INJURY,
    /** not subject to the one-year period, or not a claim at all. */
    NONE
  }

  record Guide(
      LegalIssue issue,
      String rule,
      String claim,
      List<String> evidence,
      String next,
      Deadline deadline,
      List<String> citations) {}

  private final Map<LegalIssue, Guide> guides;

  IssueGuides() {
    this(read("/assistant/guides.yaml"));
  }

  IssueGuides(Map<LegalIssue, Guide> guides) {
    for (LegalIssue issue : LegalIssue.values()) {
      if (!guides.containsKey(issue)) {
        throw new IllegalStateException("assistant/guides.yaml 缺少问题指引：" + issue);
      }
    }
    this.guides = Map.copyOf(guides);
  }

  Guide of(LegalIssue issue) {
    // the constructor requires a guide for every issue
    return Objects.requireNonNull(guides.get(issue), () -> "no guide for " + issue);
  }

  private static Map<LegalIssue, Guide> read(String resource) {
    try (InputStream in = IssueGuides.class.getResourceAsStream(resource)) {
      JsonNode root = YAMLMapper.builder().build().readTree(Objects.requireNonNull(in, resource));
      Map<LegalIssue, Guide> guides = new EnumMap<>(LegalIssue.class);
      for (Map.Entry<String, JsonNode> e : root.get("guides").properties()) {
        LegalIssue issue = LegalIssue.valueOf(e.getKey());
        JsonNode g = e.getValue();
        List<String> citations = g.has("citations")
            ? g.get("citations").valueStream().map(JsonNode::asString).toList()
            : issue.citations();
        guides.put(
            issue,
            new Guide(
                issue,
                g.get("rule").asString(),
                g.get("claim").asString(),
                g.get("evidence").valueStream().map(JsonNode::asString).toList(),
                g.get("next").asString(),
                Deadline.valueOf(g.get("deadline").asString()),
                citations));
      }
      return guides;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
