package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.calculators.Citation;
import java.util.List;

/**
 * One result of the checks before submission: advice, never a refusal.
 *
 * @param code what was checked: REQUIRED_ELEMENTS, SCOPE, RESPONDENT, LIMITATION, EXCLUSIVE_CLAIMS, CAPS,
 *     JURISDICTION, FINAL_AWARD, FAST_TRACK
 * @param outcome OK, WARNING, PROBLEM or INFO
 * @param title one line in Chinese
 * @param explanation the plain-language explanation, in Chinese
 * @param citation the main rule applied
 * @param citations every rule the explanation rests on, the main one first
 */
record CheckResult(
    String code,
    Outcome outcome,
    String title,
    String explanation,
    Citation citation,
    List<Citation> citations) {

  CheckResult {
    citations = citations.isEmpty() || !citations.getFirst().equals(citation)
        ? java.util.stream.Stream.concat(
                java.util.stream.Stream.of(citation),
                citations.stream().filter(c -> !c.equals(citation)))
            .toList()
        : List.copyOf(citations);
  }

  /** A result resting on one rule. */
  CheckResult(String code, Outcome outcome, String title, String explanation, Citation citation) {
    this(code, outcome, title, explanation, citation, List.of(citation));
  }

  enum Outcome {
    OK,
    WARNING,
    PROBLEM,
    INFO
  }
}
