package cn.xiangyang.portal.ui.knowledge;

import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A search snippet as the backend sends it — HTML-escaped text with the matched words in
 * {@code <em>…</em>} — taken apart into plain text pieces. Nothing of it is ever put into the page as
 * HTML: each piece is unescaped and set as text, so any other markup shows as the characters it is.
 */
public final class Snippet {

  /** One run of text; {@code matched} when the backend wrapped it in {@code <em>}. */
  public record Part(String text, boolean matched) {}

  private static final String OPEN = "<em>";
  private static final String CLOSE = "</em>";

  private Snippet() {}

  /** The pieces of {@code snippet} in order; an unclosed {@code <em>} emphasises the rest. */
  public static List<Part> parts(String snippet) {
    List<Part> parts = new ArrayList<>();
    int at = 0;
    while (at < snippet.length()) {
      int open = snippet.indexOf(OPEN, at);
      if (open < 0) {
        add(parts, snippet.substring(at), false);
        break;
      }
      add(parts, snippet.substring(at, open), false);
      int close = snippet.indexOf(CLOSE, open + OPEN.length());
      int end = close < 0 ? snippet.length() : close;
      add(parts, snippet.substring(open + OPEN.length(), end), true);
      at = close < 0 ? snippet.length() : close + CLOSE.length();
    }
    return parts;
  }

  /** The snippet as a paragraph of text nodes, matched words in {@code <em>}. */
  public static Paragraph paragraph(String snippet) {
    Paragraph paragraph = new Paragraph();
    paragraph.addClassName("snippet");
    for (Part part : parts(snippet)) {
      if (part.matched()) {
        paragraph.add(new Emphasis(part.text()));
      } else {
        paragraph.add(new Span(part.text()));
      }
    }
    return paragraph;
  }

  private static void add(List<Part> parts, String escaped, boolean matched) {
    // A stray tag (or a nested <em>) is not markup we render: drop its brackets' meaning, keep the
    // text.
    String text = unescape(escaped.replace(OPEN, "").replace(CLOSE, ""));
    if (!text.isEmpty()) {
      parts.add(new Part(text, matched));
    }
  }

  /** Undoes the backend's escaping of the five HTML-significant characters; {@code &amp;} last. */
  static String unescape(String escaped) {
    return escaped
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
  }
}
