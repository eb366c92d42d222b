package cn.xiangyang.portal.kb;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One article of a law, its text exactly as officially published.
 *
 * @param lawId the law's corpus id
 * @param number the article number, from 1
 * @param label the article's own heading as published, e.g. {@code 第八十二条} or {@code 一、}
 * @param chapter the chapter it stands in, e.g. {@code 第七章 法律责任}, or null when the law has none
 * @param section the section within the chapter, e.g. {@code 第二节 劳务派遣}, or null
 * @param text the article's paragraphs joined by {@code \n}, without the label
 * @param topics subject tags used for browsing and retrieval
 */
public record Article(
    String lawId,
    int number,
    String label,
    @Nullable String chapter,
    @Nullable String section,
    String text,
    List<String> topics) {

  public Article {
    topics = List.copyOf(topics);
  }

  /** The citation of this article, {@code law-id#number}. */
  public ArticleRef ref() {
    return new ArticleRef(lawId, number);
  }
}
