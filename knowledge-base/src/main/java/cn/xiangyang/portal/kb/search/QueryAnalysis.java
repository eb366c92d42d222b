package cn.xiangyang.portal.kb.search;

import java.util.List;

/**
 * How a query was understood: shown to people ("您的问题可能涉及：…") and used to explain a ranking.
 *
 * @param text the normalised query text
 * @param vocabulary the colloquial phrases recognised, with the legal terms they stand for
 * @param issues the names of the legal issues spotted, e.g. 未签书面劳动合同
 * @param rewritten the text with colloquial phrases replaced by legal terms
 * @param clauses the clauses embedded one by one (one clause for a short question)
 */
public record QueryAnalysis(
    String text,
    List<LegalVocabulary.Match> vocabulary,
    List<String> issues,
    String rewritten,
    List<String> clauses) {}
