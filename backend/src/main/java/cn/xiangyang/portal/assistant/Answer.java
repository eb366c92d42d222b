package cn.xiangyang.portal.assistant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A complete answer of the assistant: the body of the final {@code done} event and of the JSON reply.
 *
 * @param messageId identifies the answer, for feedback
 * @param conversationId the conversation it belongs to
 * @param text the whole answer text as streamed
 * @param citations every source, each checked against the corpus
 * @param followUps questions the person may want to ask next
 * @param actions things to do next
 * @param refused true when the assistant declined to answer (out of scope, no basis, unsuitable words)
 * @param refusalReason {@code OFF_TOPIC}, {@code NO_BASIS} or {@code SENSITIVE} when refused; {@code BUSY} when the
 *     search failed after the answer had started (the person is asked to ask again)
 * @param asOf the date the laws relied on were last checked against the official texts; null if none
 * @param disclaimer the short notice shown under every answer
 * @param generatedBy {@code offline} (composed from the knowledge base) or {@code llm}
 * @param facts the facts of the situation as understood, each correctable in one tap (and those the answer
 *     asks for); empty when the question told no situation
 * @param application the application this situation gives, ready for {@code POST /api/v1/filings}; null
 *     when there is none to make (employer, refusal, a general question)
 */
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
    String disclaimer,
    String generatedBy,
    List<Fact> facts,
    @Nullable ApplicationDraft application) {

  public Answer {
    facts = List.copyOf(facts);
    citations = List.copyOf(citations);
    followUps = List.copyOf(followUps);
    actions = List.copyOf(actions);
  }
}
