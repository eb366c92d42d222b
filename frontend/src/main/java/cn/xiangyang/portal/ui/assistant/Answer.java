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
        @Nullable String generatedBy) implements Serializable {

    public Answer {
        citations = citations == null ? List.of() : List.copyOf(citations);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
