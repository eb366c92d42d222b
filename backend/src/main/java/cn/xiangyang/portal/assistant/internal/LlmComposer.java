package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.assistant.Citation;
import cn.xiangyang.portal.kb.Article;
import cn.xiangyang.portal.kb.ArticleRef;
import cn.xiangyang.portal.kb.CaseDigest;
import cn.xiangyang.portal.kb.Corpus;
import cn.xiangyang.portal.kb.Faq;
import cn.xiangyang.portal.kb.Law;
import cn.xiangyang.portal.kb.search.SearchHit;
import cn.xiangyang.portal.knowledge.KnowledgeLibrary;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.service.AiServices;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * Generates an answer with an OpenAI-compatible model, when one is configured, from the retrieved
 * passages only. The model's text is released sentence by sentence, each sentence checked first: a
 * {@code [n]} that names no passage is removed, and so is an article the corpus does not have
 * ("《劳动合同法》第一百二十条"); a {@code [n]} that names a passage becomes a checked citation. Slow
 * first tokens, stalls and errors end the stream with an error, which the caller answers with the offline
 * composer; the {@link LlmCircuit} then skips the model for a while.
 */
@Component
class LlmComposer {

  private static final Logger log = LoggerFactory.getLogger(LlmComposer.class);
  private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,2})]");
  private static final int PASSAGE_CHARS = 600;

  /** A piece of the model's answer: checked text, or a citation it rests on. */
  sealed interface Piece {}

  record Text(String text) implements Piece {}

  record Cited(Citation citation) implements Piece {}

  private final @Nullable LegalAnswerer answerer;
  private final AssistantProperties.Llm settings;
  private final LlmCircuit circuit;
  private final Corpus corpus;
  private final CitationCheck check;

  LlmComposer(
      AssistantProperties properties, KnowledgeLibrary library, CitationCheck check, Clock clock) {
    this.settings = properties.llm();
    this.corpus = library.corpus();
    this.check = check;
    this.circuit = new LlmCircuit(settings.failureThreshold(), settings.coolDown(), clock);
    if (settings.configured()) {
      OpenAiStreamingChatModel model = OpenAiStreamingChatModel.builder()
          .baseUrl(settings.baseUrl())
          .apiKey(
              settings.apiKey() == null || settings.apiKey().isBlank() ? "none" : settings.apiKey())
          .modelName(settings.model())
          .temperature(0.1)
          .timeout(settings.firstTokenTimeout().plus(Duration.ofMinutes(1)))
          .build();
      this.answerer =
          AiServices.builder(LegalAnswerer.class).streamingChatModel(model).build();
      log.info("智能问答使用大模型 {}（{}）", settings.model(), settings.baseUrl());
    } else {
      this.answerer = null;
    }
  }

  /** True when a model is configured and its circuit breaker lets a question through. */
  boolean available() {
    return answerer != null && circuit.allows();
  }

  LlmCircuit circuit() {
    return circuit;
  }

  /** The passages put before the model, in order: [1] is the first. */
  List<Passage> passages(Grounds grounds) {
    List<Passage> passages = new ArrayList<>();
    for (SearchHit hit : grounds.hits()) {
      if (passages.size() == settings.maxPassages()) {
        break;
      }
      passage(hit, grounds.query()).ifPresent(passages::add);
    }
    return passages;
  }

  /** The briefing's articles first (whole article text), then retrieval's passages not among them. */
  List<Passage> passages(Grounds grounds, Briefing briefing) {
    List<Passage> passages = new ArrayList<>();
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (Citation c : briefing.articles()) {
      if (passages.size() == settings.maxPassages() + 3
          || !c.refersToArticle()
          || c.lawId() == null
          || c.article() == null) {
        continue;
      }
      Optional<Law> law = corpus.law(c.lawId());
      Optional<Article> article = corpus.article(new ArticleRef(c.lawId(), c.article()));
      if (law.isPresent() && article.isPresent() && keys.add(c.key())) {
        passages.add(new Passage(
            "《" + law.get().shortName() + "》" + article.get().label() + "："
                + clip(article.get().text()),
            c));
      }
    }
    for (Passage p : passages(grounds)) {
      if (passages.size() >= settings.maxPassages() + 3) {
        break;
      }
      if (keys.add(p.citation().key())) {
        passages.add(p);
      }
    }
    return passages;
  }

  /** A numbered passage and the citation it stands for. */
  record Passage(String text, Citation citation) {}

  /**
   * What the offline diagnosis gives the model to ground its answer in: the situation answer (facts, issues,
   * computed amounts with formulas, deadlines, guides) and the articles its blocks quote.
   */
  record Briefing(String diagnosis, List<Citation> articles) {}

  /**
   * The model's answer as checked pieces. Errors (including timeouts) are signalled downstream; the
   * circuit breaker counts them.
   */
  Flux<Piece> answer(Grounds grounds, String question, List<Conversations.Turn> history) {
    return answer(grounds, question, history, null);
  }

  /**
   * As {@link #answer(Grounds, String, List)}, grounded also in {@code briefing}: its articles come first
   * among the numbered passages, and its diagnosis goes before them as 【诊断】.
   */
  Flux<Piece> answer(
      Grounds grounds,
      String question,
      List<Conversations.Turn> history,
      @Nullable Briefing briefing) {
    LegalAnswerer model = answerer;
    if (model == null) {
      return Flux.error(new IllegalStateException("no language model configured"));
    }
    List<Passage> passages = briefing == null ? passages(grounds) : passages(grounds, briefing);
    String material = (briefing == null ? "" : "【诊断】\n" + briefing.diagnosis() + "\n\n")
        + material(passages, question, history);
    Flux<String> tokens = Flux.create(
        sink -> model
            .answer(material)
            .onPartialResponse(sink::next)
            .onCompleteResponse(done -> sink.complete())
            .onError(sink::error)
            .start(),
        FluxSink.OverflowStrategy.BUFFER);
    // the client sends the request on the subscribing thread: keep it off the event loop
    tokens = tokens.subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic());
    Flux<String> timed = tokens.timeout(
        reactor.core.publisher.Mono.delay(settings.firstTokenTimeout()),
        t -> reactor.core.publisher.Mono.delay(settings.idleTimeout()));
    return circuit
        .guard(sentences(timed).concatMapIterable(sentence -> checkSentence(sentence, passages)))
        .doOnError(e -> log.warn("大模型回答失败，改用知识库整理的回答：{}", e.toString()));
  }

  /** Groups tokens into sentences (ending in 。！？； or a line break); the rest is flushed at the end. */
  static Flux<String> sentences(Flux<String> tokens) {
    return Flux.defer(() -> {
      StringBuilder buffer = new StringBuilder();
      return tokens
          .concatMapIterable(token -> {
            buffer.append(token);
            List<String> done = new ArrayList<>();
            int cut;
            while ((cut = sentenceEnd(buffer)) >= 0) {
              done.add(buffer.substring(0, cut + 1));
              buffer.delete(0, cut + 1);
            }
            return done;
          })
          .concatWith(
              Flux.defer(() -> buffer.isEmpty() ? Flux.empty() : Flux.just(buffer.toString())));
    });
  }

  private static int sentenceEnd(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '。' || c == '！' || c == '？' || c == '；' || c == '\n') {
        // keep a citation marker right after the full stop with its sentence
        return i;
      }
    }
    return -1;
  }

  /** The sentence with unverifiable citations removed, then the citations it verifiably rests on. */
  List<Piece> checkSentence(String sentence, List<Passage> passages) {
    List<Piece> pieces = new ArrayList<>();
    List<Citation> cited = new ArrayList<>();
    StringBuilder kept = new StringBuilder();
    Matcher m = MARKER.matcher(sentence);
    int at = 0;
    while (m.find()) {
      kept.append(sentence, at, m.start());
      int n = Integer.parseInt(m.group(1));
      if (n >= 1 && n <= passages.size()) {
        Optional<Citation> verified = check.verify(passages.get(n - 1).citation());
        if (verified.isPresent()) {
          kept.append(m.group());
          cited.add(verified.get());
        }
      }
      at = m.end();
    }
    kept.append(sentence.substring(at));
    String text = kept.toString();
    // an article the corpus does not hold is never shown: the mention becomes "有关规定"
    List<CitationCheck.Mention> mentions = check.mentions(text);
    for (int i = mentions.size() - 1; i >= 0; i--) {
      CitationCheck.Mention mention = mentions.get(i);
      if (!mention.exists()) {
        text = text.substring(0, mention.start()) + "有关规定" + text.substring(mention.end());
      }
    }
    pieces.add(new Text(text));
    cited.forEach(c -> pieces.add(new Cited(c)));
    return pieces;
  }

  private Optional<Passage> passage(SearchHit hit, String query) {
    return switch (hit.type()) {
      case ARTICLE -> {
        if (hit.lawId() == null || hit.articleNumber() == null) {
          yield Optional.empty();
        }
        Optional<Law> law = corpus.law(hit.lawId());
        Optional<Article> article =
            corpus.article(new ArticleRef(hit.lawId(), hit.articleNumber()));
        if (law.isEmpty() || article.isEmpty()) {
          yield Optional.empty();
        }
        String quote = Quotes.excerpt(article.get().text(), query, 160);
        yield Optional.of(new Passage(
            "《" + law.get().shortName() + "》" + article.get().label() + "："
                + clip(article.get().text()),
            CitationCheck.articleCitation(law.get(), article.get(), quote)));
      }
      case FAQ ->
        corpus
            .faq(hit.id())
            .map((Faq f) -> new Passage(
                "常见问答：" + f.question() + "\n" + clip(f.answer().strip()),
                Citation.entry("faq", f.id(), f.question(), KnowledgeLibrary.faqUrl(f.id()))));
      case CASE ->
        corpus
            .caseDigest(hit.id())
            .map((CaseDigest c) -> new Passage(
                "典型案例：" + c.title() + "\n" + clip(String.join("\n", c.sections().values())),
                Citation.entry("case", c.id(), c.title(), KnowledgeLibrary.caseUrl(c.id()))));
    };
  }

  private static String material(
      List<Passage> passages, String question, List<Conversations.Turn> history) {
    StringBuilder text = new StringBuilder("【资料】\n");
    for (int i = 0; i < passages.size(); i++) {
      text.append('[').append(i + 1).append("] ").append(passages.get(i).text()).append("\n\n");
    }
    List<Conversations.Turn> recent =
        history.subList(Math.max(0, history.size() - 4), history.size());
    if (!recent.isEmpty()) {
      text.append("【对话上文】\n");
      for (Conversations.Turn turn : recent) {
        text.append("user".equals(turn.role()) ? "用户：" : "助手：")
            .append(clip(turn.text()))
            .append('\n');
      }
      text.append('\n');
    }
    text.append("【问题】\n").append(question);
    return text.toString();
  }

  private static String clip(String text) {
    return text.length() <= PASSAGE_CHARS ? text : text.substring(0, PASSAGE_CHARS) + "……";
  }
}
