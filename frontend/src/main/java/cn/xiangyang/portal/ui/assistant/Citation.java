package cn.xiangyang.portal.ui.assistant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * A source an answer rests on, as the backend checked it: an article with a verbatim quote, or a case
 * digest or FAQ entry.
 *
 * @param type {@code article}, {@code case} or {@code faq}
 * @param label e.g. {@code 《劳动合同法》第八十二条} (articles)
 * @param quote a passage of the article, verbatim (articles)
 * @param title the case title or FAQ question (cases, FAQ)
 * @param url the portal page of the source, e.g. {@code /laws/labor-contract-law#第82条}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Citation(
    String type,
    @Nullable String law,
    @Nullable String lawId,
    @Nullable Integer article,
    @Nullable String label,
    @Nullable String quote,
    @Nullable String id,
    @Nullable String title,
    String url)
    implements Serializable {

  public boolean isArticle() {
    return "article".equals(type);
  }

  /** What the chip says: the article label, or the case or FAQ title with its kind. */
  public String caption() {
    if (isArticle()) {
      if (label != null && !label.isBlank()) {
        return label;
      }
      return (law == null ? "" : "《" + law + "》") + (article == null ? "" : "第" + article + "条");
    }
    String kind = "case".equals(type) ? "典型案例" : "常见问答";
    return kind + "：" + (title == null ? "" : title);
  }
}
