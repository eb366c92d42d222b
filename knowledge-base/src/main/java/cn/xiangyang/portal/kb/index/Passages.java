package cn.xiangyang.portal.kb.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into passages short enough for the embedding model, at the most natural boundary
 * available: paragraph, then sentence (。！？；), then clause (，、：), and only as a last resort in
 * the middle of a clause.
 *
 * <p>The bge tokenizer turns every CJK character into at most one token, and a run of latin letters or
 * digits into at most one token per character, so a passage of {@code n} characters never exceeds
 * {@code n + 2} tokens. Keeping passages (including any heading prepended for embedding) below
 * {@link Embeddings#MAX_INPUT_CHARS} keeps them below the 512-token window the model silently truncates at.
 */
public final class Passages {

  private static final String SENTENCE_ENDS = "。！？；!?;";
  private static final String CLAUSE_ENDS = "，、：,:";

  private Passages() {}

  /**
   * The passages of {@code text}, each at most {@code maxChars} characters long, in order, together
   * containing all of the text (paragraphs stay separated by a line break). A text that fits is one passage.
   */
  public static List<String> split(String text, int maxChars) {
    if (maxChars < 16) {
      throw new IllegalArgumentException("maxChars too small: " + maxChars);
    }
    String stripped = text.strip();
    if (stripped.length() <= maxChars) {
      return stripped.isEmpty() ? List.of() : List.of(stripped);
    }
    List<String> passages = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String paragraph : stripped.split("\\R+")) {
      boolean first = true;
      for (String piece : cut(paragraph.strip(), maxChars, 0)) {
        String separator = first && !current.isEmpty() ? "\n" : "";
        if (!current.isEmpty()
            && current.length() + separator.length() + piece.length() > maxChars) {
          passages.add(current.toString());
          current.setLength(0);
          separator = "";
        }
        current.append(separator).append(piece);
        first = false;
      }
    }
    if (!current.isEmpty()) {
      passages.add(current.toString());
    }
    return passages;
  }

  /** Cuts one paragraph into pieces no longer than maxChars, at sentence, then clause boundaries. */
  private static List<String> cut(String paragraph, int maxChars, int level) {
    if (paragraph.isEmpty()) {
      return List.of();
    }
    if (paragraph.length() <= maxChars) {
      return List.of(paragraph);
    }
    List<String> pieces = new ArrayList<>();
    if (level == 2) {
      for (int i = 0; i < paragraph.length(); i += maxChars) {
        pieces.add(paragraph.substring(i, Math.min(paragraph.length(), i + maxChars)));
      }
      return pieces;
    }
    String ends = level == 0 ? SENTENCE_ENDS : CLAUSE_ENDS;
    int start = 0;
    for (int i = 0; i <= paragraph.length(); i++) {
      if (i == paragraph.length() || ends.indexOf(paragraph.charAt(i)) >= 0) {
        int end = Math.min(i + 1, paragraph.length());
        if (end > start) {
          pieces.addAll(cut(paragraph.substring(start, end), maxChars, level + 1));
        }
        start = end;
      }
    }
    // join neighbouring pieces again while they fit, so passages are as long as allowed
    List<String> packed = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String piece : pieces) {
      if (!current.isEmpty() && current.length() + piece.length() > maxChars) {
        packed.add(current.toString());
        current.setLength(0);
      }
      current.append(piece);
    }
    if (!current.isEmpty()) {
      packed.add(current.toString());
    }
    return packed;
  }
}
