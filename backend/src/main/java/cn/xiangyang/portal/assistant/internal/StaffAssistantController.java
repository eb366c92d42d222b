package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.accounts.PortalUser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * What staff need from the assistant: the questions it could not answer or that people found unhelpful,
 * grouped by topic (also as a CSV file for Excel), and the sensitive-word list.
 */
@RestController
@RequestMapping("/api/v1/staff/assistant")
@PreAuthorize("hasRole('STAFF')")
class StaffAssistantController {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(cn.xiangyang.portal.system.PortalClock.ZONE);
  private static final int MAX_ROWS = 5000;

  private final AnswerLog answers;
  private final SensitiveWords sensitiveWords;

  StaffAssistantController(AnswerLog answers, SensitiveWords sensitiveWords) {
    this.answers = answers;
    this.sensitiveWords = sensitiveWords;
  }

  record Words(@Nullable List<String> words) {}

  record QuestionRow(
      UUID messageId,
      String question,
      String kind,
      String kindLabel,
      @Nullable String reason,
      Instant askedAt) {}

  record TopicGroup(
      String topic, int count, Map<String, Integer> byKind, List<QuestionRow> questions) {}

  record UnansweredReport(int total, List<TopicGroup> topics) {}

  @GetMapping("/sensitive-words")
  Mono<Words> words() {
    return sensitiveWords.current().map(Words::new);
  }

  /** Replaces the city-wide list: administrators only, audited (issue 9). */
  @PutMapping("/sensitive-words")
  @PreAuthorize("hasRole('ADMIN')")
  Mono<Words> replaceWords(@RequestBody Words words, @AuthenticationPrincipal PortalUser admin) {
    if (words.words() == null) {
      return Mono.error(new AssistantProblems.QuestionInvalid("请提交敏感词列表（words）。"));
    }
    return sensitiveWords.replace(words.words(), admin.accountId()).map(Words::new);
  }

  /** Unanswered and down-voted questions by topic, the largest group first; at most {@code limit} questions. */
  @GetMapping("/unanswered")
  Mono<UnansweredReport> unanswered(
      @RequestParam(name = "limit", defaultValue = "1000") int limit) {
    return answers
        .unanswered(Math.clamp(limit, 1, MAX_ROWS))
        .collectList()
        .map(StaffAssistantController::report);
  }

  @GetMapping(value = "/unanswered.csv")
  Mono<ResponseEntity<byte[]>> unansweredCsv() {
    return answers.unanswered(MAX_ROWS).collectList().map(rows -> {
      StringBuilder csv = new StringBuilder("\uFEFF主题,类型,问题,意见,提问时间\r\n");
      rows.stream()
          .sorted(Comparator.comparing(AnswerLog.Unanswered::topic)
              .thenComparing(AnswerLog.Unanswered::askedAt)
              .reversed())
          .forEach(r -> csv.append(cell(r.topic()))
              .append(',')
              .append(cell(label(r.kind())))
              .append(',')
              .append(cell(r.question()))
              .append(',')
              .append(cell(r.reason() == null ? "" : r.reason()))
              .append(',')
              .append(cell(TIME.format(r.askedAt())))
              .append("\r\n"));
      return ResponseEntity.ok()
          .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              "attachment; filename=\"unanswered.csv\"; filename*=UTF-8''"
                  + java.net.URLEncoder.encode("未解答问题.csv", StandardCharsets.UTF_8))
          .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    });
  }

  private static UnansweredReport report(List<AnswerLog.Unanswered> rows) {
    Map<String, List<AnswerLog.Unanswered>> byTopic = new LinkedHashMap<>();
    rows.forEach(r -> byTopic.computeIfAbsent(r.topic(), t -> new ArrayList<>()).add(r));
    List<TopicGroup> groups = new ArrayList<>();
    byTopic.forEach((topic, list) -> {
      Map<String, Integer> kinds = new LinkedHashMap<>();
      list.forEach(r -> kinds.merge(r.kind(), 1, Integer::sum));
      groups.add(new TopicGroup(
          topic,
          list.size(),
          kinds,
          list.stream()
              .map(r -> new QuestionRow(
                  r.messageId(), r.question(), r.kind(), label(r.kind()), r.reason(), r.askedAt()))
              .toList()));
    });
    groups.sort(
        Comparator.comparingInt(TopicGroup::count).reversed().thenComparing(TopicGroup::topic));
    return new UnansweredReport(rows.size(), groups);
  }

  private static String label(String kind) {
    return switch (kind) {
      case "OFF_TOPIC" -> "超出服务范围";
      case "NO_BASIS" -> "缺少依据未回答";
      case "DOWN_VOTED" -> "回答被评为无帮助";
      default -> kind;
    };
  }

  /** A CSV cell: quoted, quotes doubled, and a leading = + - @ defused so Excel does not run it as a formula. */
  private static String cell(String value) {
    String v = value.replace("\r", " ").replace("\n", " ");
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
