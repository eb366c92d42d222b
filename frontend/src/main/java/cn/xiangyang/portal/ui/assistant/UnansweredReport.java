package cn.xiangyang.portal.ui.assistant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The questions the assistant did not answer or that people found unhelpful, grouped by topic, the
 * largest group first.
 *
 * @param total how many questions the report holds
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnansweredReport(int total, List<Topic> topics) {

  public UnansweredReport {
    topics = topics == null ? List.of() : List.copyOf(topics);
  }

  /** @param byKind how many of the topic's questions are of each kind ({@code OFF_TOPIC}, …) */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Topic(
      String topic, int count, Map<String, Integer> byKind, List<Question> questions) {

    public Topic {
      // keeps the backend's order of kinds
      byKind = byKind == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
      questions = questions == null ? List.of() : List.copyOf(questions);
    }
  }

  /** @param kindLabel why it is listed, in Chinese: 超出服务范围, 缺少依据未回答, 回答被评为无帮助 */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Question(
      UUID messageId,
      String question,
      String kind,
      @Nullable String kindLabel,
      @Nullable String reason,
      Instant askedAt) {}
}
