package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.kb.search.HitType;
import cn.xiangyang.portal.kb.search.SearchHit;
import cn.xiangyang.portal.kb.search.SearchQuery;
import cn.xiangyang.portal.knowledge.KnowledgeLibrary;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Finds the basis of an answer and decides whether it is adequate.
 *
 * <p>The decision has two parts. Scope: the question (or, for a follow-up, the conversation's recent
 * questions) must speak of labor or personnel matters ({@link Scope}). Adequacy: the retrievers must
 * agree on a best hit. Hybrid search fuses several ranked lists by reciprocal rank, each adding
 * {@code w / (60 + rank)}; multiplied by 61 a hit's score counts how many retrievers, in effect, ranked it
 * first. Dense retrieval always returns something, so a question the corpus does not cover gets about
 * one to three units from vectors and stray bigrams; a covered question is found by words, bigrams, legal
 * vocabulary, issue spotting and the FAQ that cite it, and scores four and more. The threshold
 * ({@code portal.assistant.min-agreement}, 3.8) was set between the two groups of the gold set (answerable: 4.1 and more; out of scope or without basis: at most 3.6)
 * ({@code src/test/resources/assistant/gold.yaml}).
 */
@Component
class Grounding {

  /** 1 + the reciprocal-rank-fusion constant of KnowledgeSearch (RankFusion.K = 60). */
  static final double FIRST_RANK_UNITS = 61.0;

  static final int HITS = 12;
  private static final int MAX_QUERY = cn.xiangyang.portal.kb.search.QueryGuard.MAX_CHARS;

  private final KnowledgeLibrary library;
  private final Scope scope;
  private final double minAgreement;

  Grounding(KnowledgeLibrary library, Scope scope, AssistantProperties properties) {
    this.library = library;
    this.scope = scope;
    this.minAgreement = properties.minAgreement();
  }

  /**
   * The grounds for {@code question}: searched alone first; a follow-up without adequate grounds of its own
   * is searched again together with the conversation's earlier questions ({@code earlier}, oldest first).
   */
  Mono<Grounds> ground(String question, List<String> earlier) {
    String own = scope.withoutInstructions(question);
    if (own.isBlank() || own.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return Mono.just(new Grounds(
          question, List.of(), List.of(), 0, Grounds.Verdict.OFF_TOPIC, Topics.OFF_TOPIC));
    }
    Mono<Grounds> alone = search(own);
    if (earlier.isEmpty() || !scope.isFollowUp(own)) {
      return alone;
    }
    return alone.flatMap(g -> g.answerable() ? Mono.just(g) : search(condense(own, earlier)));
  }

  /** The latest question with as many earlier questions before it as fit, newest nearest. */
  static String condense(String question, List<String> earlier) {
    StringBuilder text = new StringBuilder(question);
    for (int i = earlier.size() - 1; i >= 0 && i >= earlier.size() - 2; i--) {
      String before = earlier.get(i);
      if (text.length() + before.length() + 1 > MAX_QUERY) {
        break;
      }
      text.insert(0, before + "\n");
    }
    return text.toString();
  }

  private Mono<Grounds> search(String text) {
    SearchQuery query = new SearchQuery(text, HITS, EnumSet.allOf(HitType.class));
    List<String> issues = library.issues(text);
    return library.search(query).map(hits -> judge(query.text(), hits, issues));
  }

  private Grounds judge(String text, List<SearchHit> hits, List<String> issues) {
    double agreement = hits.isEmpty() ? 0 : hits.getFirst().score() * FIRST_RANK_UNITS;
    Grounds.Verdict verdict;
    if (!scope.isLaborMatter(text)) {
      verdict = Grounds.Verdict.OFF_TOPIC;
    } else if (agreement < minAgreement) {
      verdict = Grounds.Verdict.NO_BASIS;
    } else {
      verdict = Grounds.Verdict.ANSWER;
    }
    return new Grounds(
        text, hits, issues, agreement, verdict, Topics.of(verdict, issues, hits, library.corpus()));
  }
}
