package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.assistant.Answer;
import cn.xiangyang.portal.assistant.Citation;
import cn.xiangyang.portal.assistant.internal.situation.Corrections;
import cn.xiangyang.portal.assistant.internal.situation.IssueSpotting;
import cn.xiangyang.portal.assistant.internal.situation.IssueSpotting.Diagnosis;
import cn.xiangyang.portal.kb.Corpus;
import cn.xiangyang.portal.kb.search.QueryGuard;
import cn.xiangyang.portal.knowledge.KnowledgeLibrary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Answers questions: checks and limits them, finds their grounds, composes the answer (with the language
 * model when one is configured and healthy, else offline), checks every citation, masks sensitive words,
 * then stores the answer and remembers the turn.
 *
 * <p>{@link #ask} does everything that can fail with a problem the client must see (bad question,
 * unknown conversation, too many questions, the waiting line full) before the first byte of the answer, and
 * then hands out the answer as a stream that always ends with {@code done}.
 */
@Service
@EnableConfigurationProperties(AssistantProperties.class)
class Assistant {

  private static final Logger log = LoggerFactory.getLogger(Assistant.class);
  static final String LLM_INTERRUPTED = "\n\n（智能回答中断，以下是根据知识库整理的回答。）\n\n";
  static final String LLM_AMOUNT_REPLACED = "（智能回答中的金额与按您说的数字算出的结果不一致，已改用根据知识库整理的回答。）\n\n";

  /** The model stated a sum that the diagnosis did not compute and the person did not give. */
  static final class AmountDisagreement extends RuntimeException {
    AmountDisagreement(java.math.BigDecimal figure) {
      super("amount " + figure.toPlainString() + " is not a computed one", null, false, false);
    }
  }

  /**
   * About how many characters each {@code delta} of an offline answer carries. The offline answer is complete before
   * its first delta is sent, so cutting it as finely as a model's output ({@code chunkChars}) shows nothing sooner; it
   * only multiplied the events (39 an answer), each encoded, written and flushed on its own: in a burst of 2,000
   * answers that was a fifth of the backend's CPU (JFR, 2026-12-07).
   */
  static final int OFFLINE_CHUNK_CHARS = 240;

  private final Conversations conversations;
  private final QuestionLimits limits;
  private final SensitiveWords sensitiveWords;
  private final Grounding grounding;
  private final OfflineComposer offline;
  private final LlmComposer llm;
  private final CitationCheck check;
  private final AnswerLog answers;
  private final Scope scope;
  private final Corpus corpus;
  private final int chunkChars;
  private final SituationAnswers situations;
  private final IssueSpotting spotting = new IssueSpotting();
  private final Clock clock;
  private final AnswerQueue queue;

  Assistant(
      Conversations conversations,
      QuestionLimits limits,
      SensitiveWords sensitiveWords,
      Grounding grounding,
      OfflineComposer offline,
      LlmComposer llm,
      CitationCheck check,
      AnswerLog answers,
      Scope scope,
      KnowledgeLibrary library,
      AssistantProperties properties,
      SituationAnswers situations,
      Clock clock,
      AnswerQueue queue) {
    this.conversations = conversations;
    this.limits = limits;
    this.sensitiveWords = sensitiveWords;
    this.grounding = grounding;
    this.offline = offline;
    this.llm = llm;
    this.check = check;
    this.answers = answers;
    this.scope = scope;
    this.corpus = library.corpus();
    this.chunkChars = properties.chunkChars();
    this.situations = situations;
    this.clock = clock;
    this.queue = queue;
  }

  Mono<UUID> startConversation() {
    return conversations.start();
  }

  /**
   * Checks the question and finds its grounds; the answer stream follows. Fails with 400 (empty, longer
   * than 3,000 characters, control characters), 404 (unknown or expired conversation), 429 (too many
   * questions) or 503 (the waiting line of answers full), in each case before anything is streamed.
   */
  Mono<Flux<AnswerEvent>> ask(
      UUID conversationId, @Nullable String text, String clientAddress, @Nullable PortalUser user) {
    return ask(conversationId, text, null, clientAddress, user);
  }

  /**
   * As {@link #ask(UUID, String, String, PortalUser)}, with facts the person corrected ({@code facts}, by
   * {@link cn.xiangyang.portal.assistant.Fact} key): the question is diagnosed with them in place of what its
   * words say. A key or value that cannot be used fails with 400 naming {@code facts.<key>}.
   */
  Mono<Flux<AnswerEvent>> ask(
      UUID conversationId,
      @Nullable String text,
      @Nullable Map<String, String> facts,
      String clientAddress,
      @Nullable PortalUser user) {
    Corrections corrections;
    try {
      corrections = Corrections.parse(facts);
    } catch (Corrections.Invalid e) {
      return Mono.error(new AssistantProblems.FactInvalid("facts." + e.key(), e.detail()));
    }
    String question;
    try {
      question = QueryGuard.check(text == null ? "" : text, QueryGuard.QUESTION_MAX_CHARS);
    } catch (IllegalArgumentException e) {
      return Mono.error(new AssistantProblems.QuestionInvalid(
          e.getMessage() == null
              ? "请输入您的问题。"
              : e.getMessage().replace("查询内容", "问题").replace("要查询的问题或情况描述", "您的问题")));
    }
    String masked = PersonalData.mask(question);
    UUID accountId = user == null ? null : user.accountId();
    return limits
        .admit(conversationId, clientAddress, accountId)
        .then(conversations.turns(conversationId))
        .flatMap(history -> sensitiveWords
            .current()
            // off the Redis/R2DBC I/O thread that delivered the answer: what follows (issue
            // spotting, composing,
            // citation checks) is CPU work, and Lettuce serves every Redis command of the
            // application on one thread
            .publishOn(Schedulers.parallel())
            .flatMap(words -> {
              if (queue.full()) {
                return Mono.error(new AssistantProblems.AnswersBusy());
              }
              if (SensitiveWords.found(question, words) != null) {
                Grounds refused = new Grounds(
                    masked, List.of(), List.of(), 0, Grounds.Verdict.SENSITIVE, Topics.SENSITIVE);
                return Mono.just(Flux.concat(
                    Mono.just(acknowledge(null)),
                    stream(conversationId, masked, refused, null, history, words, accountId)));
              }
              List<String> earlier = history.stream()
                  .filter(t -> "user".equals(t.role()))
                  .map(Conversations.Turn::text)
                  .toList();
              // the diagnosis is pattern matching (a tenth of a millisecond): it names what is
              // looked up in the first
              // event, before the search, and is the same one the answer is composed from
              Diagnosis diagnosis = diagnose(masked, earlier, corrections);
              // the place in line is held while the answer is searched and composed, not while it
              // is written out
              Flux<AnswerEvent> answer = queue
                  .run(
                      () -> grounding
                          .ground(masked, earlier)
                          .flatMap(grounds -> situated(masked, diagnosis, grounds, corrections)),
                      found -> stream(
                          conversationId,
                          masked,
                          found.grounds(),
                          found.draft(),
                          history,
                          words,
                          accountId))
                  .onErrorResume(
                      e -> !(e instanceof AmountDisagreement), e -> busy(conversationId, e));
              return Mono.just(Flux.concat(Mono.just(acknowledge(diagnosis)), answer));
            }));
  }

  /**
   * The first event of every answer: what the question was understood to be about. The issues' titles are fixed
   * texts, so nothing the person typed is echoed back.
   */
  static AnswerEvent.Ack acknowledge(@Nullable Diagnosis diagnosis) {
    List<String> issues = diagnosis == null || !diagnosis.answerable()
        ? List.of()
        : diagnosis.issues().stream()
            .map(cn.xiangyang.portal.assistant.internal.situation.LegalIssue::title)
            .toList();
    String text = issues.isEmpty()
        ? "收到您的问题，正在查找相关的法律规定和解答……"
        : "收到您的问题，正在查找：" + String.join("；", issues) + "……";
    return new AnswerEvent.Ack(text, issues);
  }

  /**
   * The answer when the search failed after the stream had started (every search worker busy and its waiting line
   * full, or the index unreadable): said in words and ended with {@code done} like every answer, not recorded.
   */
  private Flux<AnswerEvent> busy(UUID conversationId, Throwable error) {
    log.warn("回答中途失败，已请提问者稍后再问：{}", error.toString());
    String text = "抱歉，现在咨询的人太多，暂时没能查到依据。请稍等片刻后再问一次。";
    Answer answer = new Answer(
        UUID.randomUUID(),
        conversationId,
        text,
        List.of(),
        List.of(),
        List.of(),
        true,
        "BUSY",
        null,
        Notices.DISCLAIMER,
        "offline",
        List.of(),
        null);
    return Flux.just(new AnswerEvent.Delta(text), new AnswerEvent.Done(answer));
  }

  /** The complete answer, for clients that do not read streams. */
  Mono<Answer> askWhole(
      UUID conversationId, @Nullable String text, String clientAddress, @Nullable PortalUser user) {
    return askWhole(conversationId, text, null, clientAddress, user);
  }

  /** The complete answer, with corrected facts. */
  Mono<Answer> askWhole(
      UUID conversationId,
      @Nullable String text,
      @Nullable Map<String, String> facts,
      String clientAddress,
      @Nullable PortalUser user) {
    return ask(conversationId, text, facts, clientAddress, user)
        .flatMap(
            events -> events.ofType(AnswerEvent.Done.class).last().map(AnswerEvent.Done::answer));
  }

  /** The grounds, and the answer to the person's situation when the story raises issues the guides cover. */
  private record Situated(Grounds grounds, @Nullable Draft draft) {}

  /**
   * Diagnoses the question (with the facts of the conversation's earlier questions) and, offline, answers
   * the diagnosed situation issue by issue. A question outside the assistant's scope (foreign law, family,
   * criminal, tax) is refused even when some of its words match the corpus; a colloquial labor question
   * that retrieval alone found no basis for is answered from the issue guides, whose articles are in the
   * knowledge base.
   */
  private Mono<Situated> situated(
      String question, Diagnosis diagnosis, Grounds grounds, Corrections corrections) {
    if (grounds.verdict() == Grounds.Verdict.SENSITIVE) {
      return Mono.just(new Situated(grounds, null));
    }
    if (!diagnosis.answerable()) {
      return Mono.just(new Situated(
          new Grounds(
              grounds.query(),
              grounds.hits(),
              grounds.issues(),
              grounds.agreement(),
              Grounds.Verdict.OFF_TOPIC,
              Topics.OFF_TOPIC),
          null));
    }
    if (diagnosis.issues().isEmpty()) {
      return Mono.just(new Situated(grounds, null));
    }
    boolean situational =
        diagnosis.issues().size() >= 2 || diagnosis.situation().statesFacts();
    if (grounds.answerable() && !situational && corrections.isEmpty()) {
      // a plain single-topic question ("加班费怎么算"): the FAQ answer and its articles fit it best, if
      // they
      // are about the issue diagnosed; an FAQ that opens with another topic's article is not used
      Draft faq = offline.compose(grounds, question);
      if (situations.opensOnTopic(faq, diagnosis.issues())) {
        return Mono.just(new Situated(grounds, faq));
      }
    }
    Grounds answered = new Grounds(
        grounds.query(),
        grounds.hits(),
        grounds.issues(),
        grounds.agreement(),
        Grounds.Verdict.ANSWER,
        diagnosis.issues().getFirst().title());
    return situations.compose(diagnosis, corrections).map(draft -> new Situated(answered, draft));
  }

  /**
   * A new question starts a new diagnosis: its own issues, with the facts of earlier questions where it
   * says nothing of them. A reply that only gives facts ("我已经离职了") keeps the previous question's issues.
   */
  private Diagnosis diagnose(String question, List<String> earlier, Corrections corrections) {
    LocalDate today = LocalDate.now(clock);
    Diagnosis now = spotting.diagnose(question, today, corrections);
    boolean ownScope = now.answerable()
        || now.outOfScope() != IssueSpotting.OutOfScope.NOT_LEGAL
        || !scope.isFollowUp(question);
    if (earlier.isEmpty() || (!now.answerable() && ownScope)) {
      // "美国加州加班费呢" is out of scope whatever was asked before; "那我能拿多少钱？" leans on it
      return now;
    }
    String before =
        String.join("\n", earlier.subList(Math.max(0, earlier.size() - 3), earlier.size()));
    Diagnosis then = spotting.diagnose(before, today);
    if (!then.answerable()) {
      return now;
    }
    if (!now.issues().isEmpty() || then.issues().isEmpty()) {
      return new Diagnosis(
          corrections.apply(now.situation().orElse(then.situation())), now.issues(), null);
    }
    // a reply that only gives facts: the earlier story's issues, inferred again with everything now
    // known
    Diagnosis again = spotting.diagnose(before + "\n" + question, today, corrections);
    return again.issues().isEmpty()
        ? new Diagnosis(
            corrections.apply(now.situation().orElse(then.situation())), then.issues(), null)
        : new Diagnosis(
            corrections.apply(now.situation().orElse(then.situation())), again.issues(), null);
  }

  private Flux<AnswerEvent> stream(
      UUID conversationId,
      String question,
      Grounds grounds,
      @Nullable Draft situated,
      List<Conversations.Turn> history,
      List<String> words,
      @Nullable UUID accountId) {
    if (scope.hasInstructions(question)) {
      log.info("问题中含有试图改变助手规则的语句，已忽略这些语句");
    }
    Draft draft = situated != null ? situated : offline.compose(grounds, question);
    Collected collected = new Collected(words);
    Flux<AnswerEvent> body;
    if (grounds.answerable() && llm.available()) {
      collected.generatedBy = "llm";
      body = llmEvents(grounds, question, history, draft, collected)
          .onErrorResume(AmountDisagreement.class, e -> {
            // what was streamed is withdrawn: the complete answer (the done event) is the offline
            // one
            log.info("大模型回答的金额与计算结果不一致，改用知识库整理的回答：{}", e.getMessage());
            collected.reset();
            collected.generatedBy = "offline";
            return Flux.concat(
                Flux.fromIterable(collected.text(LLM_AMOUNT_REPLACED)),
                offlineEvents(draft, collected));
          })
          .onErrorResume(e -> {
            String notice = collected.text.isEmpty() ? "" : LLM_INTERRUPTED;
            collected.generatedBy = "offline";
            return Flux.concat(
                Flux.fromIterable(collected.text(notice)), offlineEvents(draft, collected));
          });
    } else {
      body = offlineEvents(draft, collected);
    }
    return body.concatWith(
        Mono.defer(() -> finish(conversationId, question, grounds, draft, collected, accountId)));
  }

  private Flux<AnswerEvent> offlineEvents(Draft draft, Collected collected) {
    List<AnswerEvent> events = new ArrayList<>(collected.text(draft.text(), OFFLINE_CHUNK_CHARS));
    for (Citation citation : check.verifyAll(draft.citations())) {
      collected.cite(citation).ifPresent(events::add);
    }
    return Flux.fromIterable(events);
  }

  private Flux<AnswerEvent> llmEvents(
      Grounds grounds,
      String question,
      List<Conversations.Turn> history,
      Draft draft,
      Collected collected) {
    // an answer to a diagnosed situation is grounded in the diagnosis, and held to the amounts it
    // computed
    boolean diagnosed = !draft.facts().isEmpty();
    LlmComposer.Briefing briefing =
        diagnosed ? new LlmComposer.Briefing(draft.text(), draft.citations()) : null;
    java.util.Set<java.math.BigDecimal> known =
        draft.amounts().isEmpty() ? null : Figures.numbers(question + "\n" + draft.text());
    Flux<AnswerEvent> generated = llm.answer(grounds, question, history, briefing)
        .concatMapIterable(piece -> switch (piece) {
          case LlmComposer.Text t -> {
            if (known != null) {
              var made = Figures.unknown(t.text(), known);
              if (made.isPresent()) {
                throw new AmountDisagreement(made.get());
              }
            }
            yield collected.text(t.text());
          }
          case LlmComposer.Cited c -> collected.cite(c.citation()).map(List::of).orElse(List.of());
        });
    Flux<AnswerEvent> closing = Flux.defer(() -> {
      List<AnswerEvent> events = new ArrayList<>();
      if (collected.citations.values().stream().noneMatch(Citation::refersToArticle)) {
        // the model cited nothing: show the articles retrieval found, so no statement stands
        // without a basis
        List<Citation> basis = check.verifyAll(draft.citations()).stream()
            .filter(Citation::refersToArticle)
            .limit(OfflineComposer.MAX_ARTICLES)
            .toList();
        if (!basis.isEmpty()) {
          StringBuilder text = new StringBuilder("\n\n参考依据：");
          basis.forEach(c -> text.append(c.label()).append("；"));
          events.addAll(collected.text(text.substring(0, text.length() - 1) + "。"));
          basis.forEach(c -> collected.cite(c).ifPresent(events::add));
        }
      }
      Citation free = Notices.freeOfCharge(corpus);
      if (free != null) {
        check.verify(free).flatMap(collected::cite).ifPresent(events::add);
      }
      LocalDate asOf = Notices.asOf(corpus, List.copyOf(collected.citations.values()));
      events.addAll(collected.text(
          "\n\n" + (asOf == null ? "" : Notices.asOfLine(asOf) + "\n") + Notices.DISCLAIMER));
      return Flux.fromIterable(events);
    });
    return generated.concatWith(closing);
  }

  private Mono<AnswerEvent> finish(
      UUID conversationId,
      String question,
      Grounds grounds,
      Draft draft,
      Collected collected,
      @Nullable UUID accountId) {
    List<Citation> citations = List.copyOf(collected.citations.values());
    boolean refused = !grounds.answerable();
    Answer answer = new Answer(
        UUID.randomUUID(),
        conversationId,
        collected.text.toString(),
        citations,
        draft.followUps(),
        draft.actions(),
        refused,
        refused ? grounds.verdict().name() : null,
        Notices.asOf(corpus, citations),
        Notices.DISCLAIMER,
        collected.generatedBy,
        draft.facts(),
        refused ? null : draft.application());
    String summary = answer.text().length() > 300 ? answer.text().substring(0, 300) : answer.text();
    // the record (PostgreSQL) and the conversation's memory (Redis) are written side by side; the
    // person still gets
    // the answer when either fails, only that record of it is lost
    return Mono.when(
            answers
                .record(answer, question, grounds.topic(), grounds.agreement(), accountId)
                .onErrorResume(e -> {
                  log.warn("保存问答记录失败：{}", e.toString());
                  return Mono.empty();
                }),
            conversations
                .append(
                    conversationId,
                    new Conversations.Turn("user", question),
                    new Conversations.Turn("assistant", summary))
                .onErrorResume(e -> {
                  log.warn("保存对话记忆失败：{}", e.toString());
                  return Mono.empty();
                }))
        .publishOn(Schedulers.parallel())
        .thenReturn(new AnswerEvent.Done(answer));
  }

  /** What has been sent so far in one answer: text, citations (each once) and which composer made it. */
  private final class Collected {
    final StringBuilder text = new StringBuilder();
    final Map<String, Citation> citations = new LinkedHashMap<>();
    final List<String> words;
    String generatedBy = "offline";

    Collected(List<String> words) {
      this.words = words;
    }

    /** Forgets what was collected: the answer starts again. */
    void reset() {
      text.setLength(0);
      citations.clear();
    }

    /** Masks sensitive words, records the text and splits it into delta events. */
    List<AnswerEvent> text(String raw) {
      return text(raw, chunkChars);
    }

    /** As {@link #text(String)}, in pieces of about {@code size} characters. */
    List<AnswerEvent> text(String raw, int size) {
      String masked = SensitiveWords.mask(raw, words);
      text.append(masked);
      return Chunks.of(masked, size).stream()
          .<AnswerEvent>map(AnswerEvent.Delta::new)
          .toList();
    }

    java.util.Optional<AnswerEvent> cite(Citation citation) {
      if (citations.containsKey(citation.key())) {
        return java.util.Optional.empty();
      }
      citations.put(citation.key(), citation);
      return java.util.Optional.of(new AnswerEvent.Cited(citation));
    }
  }
}
