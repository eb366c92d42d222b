package cn.xiangyang.portal.kb.search;

import org.jspecify.annotations.Nullable;

/**
 * One search result: an article, case or FAQ entry, never two hits for the same one.
 *
 * @param type what it is
 * @param id its corpus id: {@code labor-contract-law#82}, {@code case-…} or {@code faq-…}
 * @param lawId the law's id, for articles only
 * @param lawShortName the law's short name, e.g. {@code 劳动合同法}, for articles only
 * @param articleNumber the article number, for articles only
 * @param title {@code 劳动合同法 第八十二条}, the case title or the FAQ question
 * @param snippet an HTML-escaped excerpt in which the matched terms are wrapped in {@code <em>…</em>}
 * @param score the fused relevance score; larger is better, comparable only within one result list
 */
public record SearchHit(
    HitType type,
    String id,
    @Nullable String lawId,
    @Nullable String lawShortName,
    @Nullable Integer articleNumber,
    String title,
    String snippet,
    double score) {}
