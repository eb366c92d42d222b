package cn.xiangyang.portal.assistant;

import org.jspecify.annotations.Nullable;

/**
 * A source an answer rests on, checked against the corpus before it is sent: an article (with the
 * exact text quoted from it) or a case digest or FAQ entry.
 *
 * @param type {@code article}, {@code case} or {@code faq}
 * @param law the law's short name (articles)
 * @param lawId the law's id (articles)
 * @param article the article number (articles)
 * @param label e.g. {@code 《劳动合同法》第八十二条} (articles)
 * @param quote a passage of the article's text, verbatim (articles)
 * @param id the case or FAQ id
 * @param title the case title or FAQ question
 * @param url the portal page
 */
public record Citation(
    String type,
    @Nullable String law,
    @Nullable String lawId,
    @Nullable Integer article,
    @Nullable String label,
    @Nullable String quote,
    @Nullable String id,
    @Nullable String title,
    String url) {

  public static Citation article(
      String law, String lawId, int article, String label, String quote, String url) {
    return new Citation("article", law, lawId, article, label, quote, null, null, url);
  }

  public static Citation entry(String type, String id, String title, String url) {
    return new Citation(type, null, null, null, null, null, id, title, url);
  }

  public boolean refersToArticle() {
    return "article".equals(type);
  }

  /** The key that makes two citations the same source. */
  public String key() {
    return refersToArticle() ? lawId + "#" + article : type + ":" + id;
  }
}
