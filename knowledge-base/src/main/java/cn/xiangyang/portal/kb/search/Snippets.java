package cn.xiangyang.portal.kb.search;

import cn.xiangyang.portal.kb.index.ChineseAnalysis;
import cn.xiangyang.portal.kb.index.IndexSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Makes the snippet of a hit: the passage's most relevant window, HTML-escaped, with the words it shares
 * with the query wrapped in {@code <em>…</em>}. The text is escaped before any markup is added, so the
 * only tags in a snippet are the ones this class writes.
 */
final class Snippets {

  /** Longest snippet, in characters of text (markup and escapes not counted). */
  static final int LENGTH = 120;

  private Snippets() {}

  /** The snippet of {@code text} for a query whose highlightable terms are {@code terms}. */
  static String of(String text, Set<String> terms) {
    return of(
        text, ChineseAnalysis.tokens(ChineseAnalysis.words(), IndexSchema.WORDS, text), terms);
  }

  /** The snippet of {@code text}, whose word tokens are {@code tokens}, for a query whose highlightable terms are {@code terms}. */
  static String of(String text, List<ChineseAnalysis.Token> tokens, Set<String> terms) {
    List<ChineseAnalysis.Token> hits = new ArrayList<>();
    for (ChineseAnalysis.Token token : tokens) {
      if (terms.contains(token.term())) {
        hits.add(token);
      }
    }
    int start = 0;
    int end = Math.min(text.length(), LENGTH);
    if (text.length() > LENGTH && !hits.isEmpty()) {
      // the window with the most hits; the earliest such window, so article openings are preferred
      int best = -1;
      for (ChineseAnalysis.Token first : hits) {
        int windowStart = Math.max(0, Math.min(first.start() - 10, text.length() - LENGTH));
        int count = 0;
        for (ChineseAnalysis.Token t : hits) {
          if (t.start() >= windowStart && t.end() <= windowStart + LENGTH) {
            count++;
          }
        }
        if (count > best) {
          best = count;
          start = windowStart;
        }
      }
      end = Math.min(text.length(), start + LENGTH);
    }
    StringBuilder html = new StringBuilder();
    if (start > 0) {
      html.append('…');
    }
    int at = start;
    for (ChineseAnalysis.Token hit : hits) {
      if (hit.start() < at || hit.end() > end) {
        continue;
      }
      escape(text, at, hit.start(), html);
      html.append("<em>");
      escape(text, hit.start(), hit.end(), html);
      html.append("</em>");
      at = hit.end();
    }
    escape(text, at, end, html);
    if (end < text.length()) {
      html.append('…');
    }
    // neighbouring highlights read as one phrase
    return html.toString().replace("</em><em>", "");
  }

  /** Appends text[from, to) with the five HTML-significant characters escaped. */
  static void escape(String text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n' -> out.append(' ');
        default -> out.append(c);
      }
    }
  }
}
