package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.kb.search.SearchHit;
import java.util.List;

/**
 * What retrieval found for a question and whether it is enough to answer.
 *
 * @param query the text searched: the question, or recent questions condensed for a follow-up
 * @param hits the hits, best first
 * @param issues the legal issues spotted in the query
 * @param agreement the best hit's fused score in units of one retriever ranking it first
 * @param verdict answer, or why not
 * @param topic what the question is about, for the staff's statistics
 */
record Grounds(
    String query,
    List<SearchHit> hits,
    List<String> issues,
    double agreement,
    Verdict verdict,
    String topic) {

  enum Verdict {
    ANSWER,
    /** Not a labor or personnel question. */
    OFF_TOPIC,
    /** A labor question the knowledge base has no adequate basis for. */
    NO_BASIS,
    /** The question holds words on the sensitive list. */
    SENSITIVE
  }

  boolean answerable() {
    return verdict == Verdict.ANSWER;
  }
}
