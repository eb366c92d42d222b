package cn.xiangyang.portal.kb.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Spots the legal issues a text raises (no written contract, dismissal, pregnancy, overtime, injury,
 * arrears, limitation, dispatch, non-compete …) from cue words, so that a page of facts is searched
 * once per issue in the law's own terms and among the entries tagged with the issue's topics, not only
 * for the words it happens to share with them. Maintained as text in {@code kb/issues.txt}.
 *
 * <p>Immutable and thread-safe.
 */
public final class IssueSpotter {

  /** The classpath resource the standard issues are read from. */
  public static final String RESOURCE = "kb/issues.txt";

  /**
   * A legal issue.
   *
   * @param name its Chinese name, e.g. 未签书面劳动合同
   * @param cues patterns that signal it in a user's text
   * @param legalTerms how the law speaks of it: extra search terms
   * @param topics corpus subject tags of entries that deal with it
   */
  public record Issue(
      String name, List<Pattern> cues, List<String> legalTerms, List<String> topics) {}

  /** An issue spotted in a text and the cue text that gave it away. */
  public record Spotted(Issue issue, String cue) {}

  private final List<Issue> issues;

  private IssueSpotter(List<Issue> issues) {
    this.issues = List.copyOf(issues);
  }

  /** The issues in {@value #RESOURCE}. */
  public static IssueSpotter standard() {
    return parse(ClasspathText.lines(RESOURCE));
  }

  /** Parses issue blocks ({@code [name]} then {@code cues:}, {@code query:}, {@code topics:} lines). */
  public static IssueSpotter parse(List<String> lines) {
    List<Issue> issues = new ArrayList<>();
    @Nullable String name = null;
    List<Pattern> cues = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    List<String> topics = new ArrayList<>();
    int number = 0;
    for (String raw : lines) {
      number++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        if (name != null) {
          issues.add(issue(name, cues, terms, topics));
        }
        name = line.substring(1, line.length() - 1).strip();
        cues = new ArrayList<>();
        terms = new ArrayList<>();
        topics = new ArrayList<>();
      } else if (name == null) {
        throw new IllegalArgumentException(
            RESOURCE + " line " + number + ": text before the first [issue]");
      } else if (line.startsWith("cues:")) {
        for (String cue : line.substring(5).split("\\s+\\|\\s+")) {
          try {
            cues.add(Pattern.compile(cue.strip(), Pattern.CASE_INSENSITIVE));
          } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                RESOURCE + " line " + number + ": bad cue " + cue, e);
          }
        }
      } else if (line.startsWith("query:")) {
        terms.addAll(List.of(line.substring(6).strip().split("\\s+")));
      } else if (line.startsWith("topics:")) {
        for (String topic : line.substring(7).split("\\|")) {
          if (!topic.isBlank()) {
            topics.add(topic.strip());
          }
        }
      } else {
        throw new IllegalArgumentException(
            RESOURCE + " line " + number + ": unknown line: " + line);
      }
    }
    if (name != null) {
      issues.add(issue(name, cues, terms, topics));
    }
    return new IssueSpotter(issues);
  }

  private static Issue issue(
      String name, List<Pattern> cues, List<String> terms, List<String> topics) {
    if (cues.isEmpty() || terms.isEmpty()) {
      throw new IllegalArgumentException(RESOURCE + ": issue [" + name + "] needs cues and query");
    }
    return new Issue(name, List.copyOf(cues), List.copyOf(terms), List.copyOf(topics));
  }

  /** All known issues, in file order. */
  public List<Issue> issues() {
    return issues;
  }

  /** The issues {@code text} raises, in file order, each with the first cue found. */
  public List<Spotted> spot(String text) {
    List<Spotted> spotted = new ArrayList<>();
    for (Issue issue : issues) {
      for (Pattern cue : issue.cues()) {
        var matcher = cue.matcher(text);
        if (matcher.find()) {
          spotted.add(new Spotted(issue, matcher.group()));
          break;
        }
      }
    }
    return spotted;
  }
}
