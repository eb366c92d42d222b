package cn.xiangyang.portal.kb;

import java.util.List;

/**
 * A frequently asked question with an answer in plain Chinese.
 *
 * @param id the corpus id, e.g. {@code faq-wages-001}
 * @param topicSlug the topic's file name, e.g. {@code wages}
 * @param topic the topic's Chinese name
 * @param question the question as people ask it
 * @param variants other ways people ask the same thing
 * @param answer the answer, citing articles inline
 * @param citations the articles the answer rests on
 * @param tags subject tags
 */
public record Faq(
    String id,
    String topicSlug,
    String topic,
    String question,
    List<String> variants,
    String answer,
    List<ArticleRef> citations,
    List<String> tags) {

  public Faq {
    variants = List.copyOf(variants);
    citations = List.copyOf(citations);
    tags = List.copyOf(tags);
  }
}
