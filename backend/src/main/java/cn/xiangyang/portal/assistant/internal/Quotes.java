package cn.xiangyang.portal.assistant.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the passage of an article to quote: the sentence that shares the most with the question, with
 * the sentences after it while they fit; always an exact piece of the article's text, so the citation
 * check confirms it.
 */
final class Quotes {

  private Quotes() {}

  /** A verbatim excerpt of {@code text}, at most about {@code max} characters, chosen for {@code question}. */
  static String excerpt(String text, String question, int max) {
    List<String> sentences = sentences(text);
    if (sentences.isEmpty()) {
      return text;
    }
    Set<String> asked = bigrams(question);
    int best = 0;
    double bestScore = -1;
    for (int i = 0; i < sentences.size(); i++) {
      Set<String> own = bigrams(sentences.get(i));
      long shared = own.stream().filter(asked::contains).count();
      // the first sentence usually states the rule: it wins ties
      double score = shared - i * 0.01;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    StringBuilder quote = new StringBuilder(sentences.get(best).strip());
    for (int i = best + 1; i < sentences.size(); i++) {
      String next = sentences.get(i);
      if (quote.length() + next.length() > max || next.startsWith("\n")) {
        break;
      }
      quote.append(next);
    }
    String q = quote.toString().strip();
    if (q.length() > max) {
      // cut a long sentence after a comma, so the quote still reads as a whole
      int cut = q.lastIndexOf('，', max);
      q = q.substring(0, cut > max / 3 ? cut : max);
    }
    return q;
  }

  /** The sentences of a text, each ending with its 。；！？ or line break; concatenated they give the text. */
  static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '。' || c == '；' || c == '！' || c == '？' || c == '\n') {
        sentences.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      sentences.add(text.substring(start));
    }
    return sentences;
  }

  private static Set<String> bigrams(String text) {
    Set<String> grams = new HashSet<>();
    for (int i = 0; i + 1 < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))
          && Character.isLetterOrDigit(text.charAt(i + 1))) {
        grams.add(text.substring(i, i + 2));
      }
    }
    return grams;
  }
}
