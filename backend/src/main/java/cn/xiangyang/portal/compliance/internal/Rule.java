package cn.xiangyang.portal.compliance.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One rule of the check-up, read from {@code compliance/rules.yaml}: when the answers satisfy
 * {@code when}, the report lists the finding with its legal basis, the remedy and, where the law fixes an
 * amount, the exposure computed by an entitlement calculator.
 *
 * @param basis citations {@code law-id#article} of the knowledge base
 * @param exposure the calculator and which answers feed its inputs; null when the law fixes no amount
 */
record Rule(
    String id,
    String area,
    Severity severity,
    String title,
    String finding,
    Condition when,
    List<String> basis,
    List<String> remedy,
    @Nullable ExposureSpec exposure) {

  Rule {
    basis = List.copyOf(basis);
    remedy = List.copyOf(remedy);
  }

  /** How serious a finding is, with the points it takes off the score. */
  enum Severity {
    HIGH("高", 10),
    MEDIUM("中", 5),
    LOW("低", 2);

    private final String label;
    private final int points;

    Severity(String label, int points) {
      this.label = label;
      this.points = points;
    }

    String label() {
      return label;
    }

    int points() {
      return points;
    }
  }

  /**
   * @param calculator the entitlement calculator's name, e.g. {@code double-wages}
   * @param inputs calculator input → question id
   */
  record ExposureSpec(String calculator, Map<String, String> inputs) {
    ExposureSpec {
      inputs = Map.copyOf(inputs);
    }
  }
}
