package cn.xiangyang.portal.ui.knowledge;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Links to knowledge pages from the URLs the backend hands out, dates in Chinese, and shared bits. */
final class KnowledgeLinks {

  /** The only page addresses the backend hands out: a law (with an article anchor), a case, a FAQ entry. */
  private static final Pattern PORTAL_URL = Pattern.compile(
      "/(laws(/[A-Za-z0-9-]+(#第[0-9]+条)?)?|cases(/[A-Za-z0-9-]+)?|faq(#[A-Za-z0-9-]+)?)");

  /** Runs after a page is shown: scrolls to the element the address's fragment names and focuses it. */
  static final String SCROLL_TO_FRAGMENT = """
            const id = decodeURIComponent(location.hash.slice(1));
            if (id) {
              requestAnimationFrame(() => {
                const target = document.getElementById(id);
                if (target) {
                  target.setAttribute('tabindex', '-1');
                  target.scrollIntoView({block: 'start'});
                  target.focus({preventScroll: true});
                }
              });
            }""";

  private KnowledgeLinks() {}

  /**
   * A link to a portal page the backend named, e.g. {@code /laws/labor-contract-law#第82条}; plain text
   * when the address is not one of those pages. A link with an anchor loads the page afresh, so that the
   * browser has the anchor in its address when the page scrolls to it.
   */
  static Component link(String url, String text) {
    if (!PORTAL_URL.matcher(url).matches()) {
      return new Span(text);
    }
    Anchor anchor = new Anchor(url.substring(1), text);
    if (url.contains("#")) {
      anchor.getElement().setAttribute("router-ignore", true);
    }
    return anchor;
  }

  /** A date as people write it: 2013年7月1日. */
  static String date(@Nullable LocalDate date) {
    return date == null
        ? ""
        : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  /** The validity badge (现行有效, 已被修改, 已废止 …), coloured by whether the law is in force. */
  static Span validityBadge(String validity, String label) {
    Span badge = new Span(label);
    badge.addClassNames(
        "badge", "IN_FORCE".equals(validity) ? "badge-in-force" : "badge-not-in-force");
    return badge;
  }
}
