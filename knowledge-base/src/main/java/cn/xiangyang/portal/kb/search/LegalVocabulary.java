package cn.xiangyang.portal.kb.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The colloquial-to-legal vocabulary: how people describe their situation (老板、把我辞了、五险一金) mapped
 * to the words the law uses (用人单位、解除劳动合同、社会保险). Maintained as text in
 * {@code kb/synonyms.txt}; one rule a line, {@code 说法，说法 => 法律用语 法律用语}.
 *
 * <p>Matching is by literal containment, case-insensitive, longest phrase first and without overlaps, so
 * {@code 让我走人} (dismissal) wins over {@code 走人}. Immutable and thread-safe.
 */
public final class LegalVocabulary {

  /** The classpath resource the standard vocabulary is read from. */
  public static final String RESOURCE = "kb/synonyms.txt";

  /** One colloquial phrase found in a text, where it stands, and the legal terms it stands for. */
  public record Match(String phrase, int start, List<String> legalTerms) {
    public int end() {
      return start + phrase.length();
    }
  }

  private record Entry(String phrase, List<String> legalTerms) {}

  private final List<Entry> entries;

  private LegalVocabulary(List<Entry> entries) {
    this.entries = entries.stream()
        .sorted(Comparator.comparingInt((Entry e) -> -e.phrase().length()))
        .toList();
  }

  /** The vocabulary in {@value #RESOURCE}. */
  public static LegalVocabulary standard() {
    return parse(ClasspathText.lines(RESOURCE));
  }

  /** Parses rule lines; blank lines and lines starting with {@code #} are ignored. */
  public static LegalVocabulary parse(List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    int number = 0;
    for (String raw : lines) {
      number++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int arrow = line.indexOf("=>");
      if (arrow < 0) {
        throw new IllegalArgumentException(
            RESOURCE + " line " + number + ": missing '=>': " + line);
      }
      List<String> terms = List.of(line.substring(arrow + 2).strip().split("\\s+"));
      if (terms.isEmpty() || terms.getFirst().isEmpty()) {
        throw new IllegalArgumentException(
            RESOURCE + " line " + number + ": no legal terms: " + line);
      }
      for (String phrase : line.substring(0, arrow).split("[，,、]")) {
        String p = lowerAscii(phrase.strip());
        if (!p.isEmpty()) {
          entries.add(new Entry(p, terms));
        }
      }
    }
    return new LegalVocabulary(entries);
  }

  /** The number of colloquial phrases known. */
  public int size() {
    return entries.size();
  }

  /** The colloquial phrases in {@code text}, in order of position, none overlapping another. */
  public List<Match> find(String text) {
    String lower = lowerAscii(text);
    boolean[] taken = new boolean[lower.length()];
    List<Match> matches = new ArrayList<>();
    for (Entry entry : entries) {
      int from = 0;
      int at;
      while ((at = lower.indexOf(entry.phrase(), from)) >= 0) {
        int end = at + entry.phrase().length();
        if (free(taken, at, end)) {
          for (int i = at; i < end; i++) {
            taken[i] = true;
          }
          matches.add(new Match(text.substring(at, end), at, entry.legalTerms()));
        }
        from = at + 1;
      }
    }
    matches.sort(Comparator.comparingInt(Match::start));
    return matches;
  }

  /** The distinct legal terms that the colloquial phrases in {@code text} stand for. */
  public List<String> legalTerms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    for (Match match : find(text)) {
      terms.addAll(match.legalTerms());
    }
    return List.copyOf(terms);
  }

  /**
   * {@code text} with every colloquial phrase replaced by its legal terms, e.g. 老板三个月没发工资 becomes
   * 用人单位三个月劳动报酬拖欠工资支付: closer to how the statutes read, for the embedding model.
   */
  public String rewrite(String text) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Match match : find(text)) {
      out.append(text, at, match.start()).append(String.join("", match.legalTerms()));
      at = match.end();
    }
    return out.append(text.substring(at)).toString();
  }

  /** Lower-cases A-Z only, so that positions in the result are positions in the original. */
  static String lowerAscii(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }
}
