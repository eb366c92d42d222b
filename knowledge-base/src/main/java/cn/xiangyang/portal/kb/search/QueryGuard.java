package cn.xiangyang.portal.kb.search;

import java.text.Normalizer;

/**
 * Checks and normalises query text before anything searches with it. Rejections throw
 * {@link IllegalArgumentException} with a Chinese message a person can act on (the backend answers 400).
 *
 * <p>The text is never parsed as query syntax anywhere: queries are built term by term from analysed
 * text, so {@code AND}, {@code *:*}, quotes or brackets are just characters. The guard only keeps out what
 * no person types: control and direction-override characters, broken surrogates, and texts too long to
 * be a question or a page of facts.
 */
public final class QueryGuard {

  /** Longest query accepted, in characters (code points) after normalisation. */
  public static final int MAX_CHARS = 3000;

  /**
   * Longest question to the assistant, in characters: a worker's own story is often 600–1,000 characters,
   * and the search behind the assistant takes a whole page of facts (split into its parts), so the
   * assistant takes as much as search does.
   */
  public static final int QUESTION_MAX_CHARS = MAX_CHARS;

  private QueryGuard() {}

  /**
   * The normalised query: NFKC (full-width letters and digits become half-width), zero-width characters
   * removed, runs of spaces collapsed, line breaks kept as single {@code \n}, trimmed.
   *
   * @throws IllegalArgumentException when the text is null, blank, too long, holds control characters or
   *     holds no letter or digit at all
   */
  public static String check(String text) {
    return check(text, MAX_CHARS);
  }

  /**
   * {@link #check(String)} with a shorter limit, for inputs that are one question rather than a case's facts
   * (the assistant takes questions of up to {@link #QUESTION_MAX_CHARS} characters).
   */
  public static String check(String text, int maxChars) {
    if (text == null || text.isBlank()) {
      throw new InvalidQuery("请输入要查询的问题或情况描述。");
    }
    StringBuilder cleaned = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        cleaned.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        throw new InvalidQuery("查询内容包含无效字符，请重新输入。");
      } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF') {
        // zero-width characters come with copied text; they carry nothing
      } else if (c == '\n' || c == '\r' || c == '\t') {
        cleaned.append(c);
      } else if (Character.getType(c) == Character.CONTROL
          || Character.getType(c) == Character.FORMAT
          || (c >= '\u2028' && c <= '\u2029')) {
        throw new InvalidQuery("查询内容包含不可见的控制字符，请删除后重新输入。");
      } else {
        cleaned.append(c);
      }
    }
    String normalized = Normalizer.normalize(cleaned, Normalizer.Form.NFKC)
        .replace("\r\n", "\n")
        .replace('\r', '\n')
        .replaceAll("[\\t\\x20\\u00A0\\u3000]+", " ")
        .replaceAll(" *\\n[\\s]*", "\n")
        .strip();
    if (normalized.codePointCount(0, normalized.length()) > maxChars) {
      throw new InvalidQuery("查询内容过长（最多 " + maxChars + " 字），请只写关键情况，或分几次查询。");
    }
    if (normalized.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new InvalidQuery("请用文字描述您的问题。");
    }
    return normalized;
  }
}
