package cn.xiangyang.portal.ui.assistant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A complete answer: the final {@code done} event of the stream.
 *
 * @param messageId identifies the answer, for feedback
 * @param refused the assistant declined (out of scope, no legal basis, unsuitable words)
 * @param refusalReason {@code OFF_TOPIC}, {@code NO_BASIS} or {@code SENSITIVE} when refused
 * @param disclaimer the notice that belongs under every answer (usually already the text's last line)
 * @param facts the situation as understood, each fact correctable in one tap; empty for a general answer
 * @param application the application this situation gives, in the shape {@code POST /api/v1/filings} takes
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Answer(
    UUID messageId,
    UUID conversationId,
    String text,
    List<Citation> citations,
    List<String> followUps,
    List<SuggestedAction> actions,
    boolean refused,
    @Nullable String refusalReason,
    @Nullable LocalDate asOf,
    @Nullable String disclaimer,
    @Nullable String generatedBy,
    @Nullable List<Fact> facts,
    cn.xiangyang.portal.ui.filing.FilingApi.@Nullable Application application)
    implements Serializable {

  public Answer {
    facts = facts == null ? List.of() : List.copyOf(facts);
    citations = citations == null ? List.of() : List.copyOf(citations);
    followUps = followUps == null ? List.of() : List.copyOf(followUps);
    actions = actions == null ? List.of() : List.copyOf(actions);
  }
}
