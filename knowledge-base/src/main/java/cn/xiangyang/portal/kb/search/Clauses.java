package cn.xiangyang.portal.kb.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a narrative into clauses of a sentence or so, each embedded on its own: a whole page embedded
 * as one vector is an average of everything in it (and anything past 512 tokens would be cut off), while
 * "公司一直没跟我签合同" embedded alone finds the article about exactly that.
 */
final class Clauses {

  /** Texts up to this length are one clause. */
  static final int SHORT = 60;

  private static final int MIN = 12;
  private static final int MAX = 120;
  private static final int MAX_CLAUSES = 16;

  private Clauses() {}

  /** The clauses of {@code text}: sentences, long ones cut at commas, tiny ones joined to the next. */
  static List<String> of(String text) {
    if (text.length() <= SHORT) {
      return List.of(text);
    }
    List<String> pieces = new ArrayList<>();
    for (String sentence : text.split("(?<=[。！？；!?;\\n])")) {
      String s = sentence.strip();
      if (s.length() <= MAX) {
        pieces.add(s);
        continue;
      }
      StringBuilder current = new StringBuilder();
      for (String part : s.split("(?<=[，,：:])")) {
        if (!current.isEmpty() && current.length() + part.length() > MAX) {
          pieces.add(current.toString());
          current.setLength(0);
        }
        current.append(part);
      }
      pieces.add(current.toString());
    }
    List<String> clauses = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String piece : pieces) {
      if (piece.isBlank()) {
        continue;
      }
      pending.append(piece);
      if (pending.length() >= MIN) {
        clauses.add(pending.toString());
        pending.setLength(0);
      }
    }
    if (!pending.isEmpty()) {
      if (clauses.isEmpty()) {
        clauses.add(pending.toString());
      } else {
        clauses.set(clauses.size() - 1, clauses.getLast() + pending);
      }
    }
    // a very long text: join neighbours pairwise until few enough remain
    while (clauses.size() > MAX_CLAUSES) {
      List<String> joined = new ArrayList<>();
      for (int i = 0; i < clauses.size(); i += 2) {
        joined.add(i + 1 < clauses.size() ? clauses.get(i) + clauses.get(i + 1) : clauses.get(i));
      }
      clauses = joined;
    }
    return clauses;
  }
}
