package cn.xiangyang.portal.kb;

import java.util.List;

/** The corpus could not be loaded because its files have problems; {@link #problems()} lists every one. */
public final class CorpusInvalid extends RuntimeException {

  private final List<String> problems;

  public CorpusInvalid(List<String> problems) {
    super(problems.size() + " problem(s) in the knowledge-base corpus:\n  "
        + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, each as {@code file: 中文说明 / English explanation}. */
  public List<String> problems() {
    return problems;
  }
}
