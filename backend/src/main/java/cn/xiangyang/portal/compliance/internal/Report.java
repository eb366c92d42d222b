package cn.xiangyang.portal.compliance.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The result of a check-up as the API returns it and the PDF prints it.
 *
 * @param id the saved check-up; null when it was not saved
 * @param score 100 minus the points of every finding (高 10, 中 5, 低 2), at least 0
 * @param level the overall risk: HIGH, MEDIUM or LOW
 * @param areas every area of the questionnaire that is scored, in questionnaire order
 * @param findings the rules that fired, most severe first
 * @param changes what changed since the account's previous saved check-up; null without one
 */
record Report(
    @Nullable UUID id,
    Instant createdAt,
    boolean saved,
    int score,
    String level,
    String levelLabel,
    @Nullable String companyName,
    List<AreaResult> areas,
    List<Finding> findings,
    @Nullable Changes changes,
    String method) {

  /** One area's result; {@code level} is HIGH, MEDIUM, LOW, NONE (no finding) or NOT_APPLICABLE (skipped). */
  record AreaResult(
      String code, String title, String level, String levelLabel, int score, int findings) {}

  /**
   * One finding.
   *
   * @param basis the legal basis, each article quoted
   * @param remedy what to do, step by step
   * @param exposure the estimated cost where the law fixes an amount; null where it does not
   */
  record Finding(
      String rule,
      String area,
      String areaTitle,
      String severity,
      String severityLabel,
      String title,
      String finding,
      List<Basis> basis,
      List<String> remedy,
      @Nullable Exposure exposure) {}

  /** A cited article: {@code citation} is {@code law-id#n}, {@code quote} its exact text, {@code url} its page. */
  record Basis(String citation, String law, String article, String quote, String url) {}

  /**
   * An estimated amount in yuan.
   *
   * @param amount yuan as a decimal string with two decimals (exact); null when it could not be estimated, {@code formula} then says why
   * @param formula the computation with the employer's numbers
   * @param inputs the answers used, as shown to the employer
   * @param notes the calculator's assumptions, missing figures and the local figures it used
   */
  record Exposure(
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable BigDecimal amount,
      String formula,
      List<Input> inputs,
      boolean estimated,
      String calculator,
      List<String> notes) {}

  /** One input of an estimate, with the question it came from. */
  record Input(String name, String value, String source) {}

  /**
   * The difference to the previous saved check-up of the same account, by rule.
   *
   * @param resolved findings of the previous check-up that no longer fire
   * @param added findings that did not fire last time
   * @param unchanged findings in both
   */
  record Changes(
      UUID previousId,
      Instant previousAt,
      int previousScore,
      List<Change> resolved,
      @JsonProperty("new") List<Change> added,
      List<Change> unchanged) {}

  /** A finding named by its rule. */
  record Change(String rule, String title, String severity) {}

  Report withSaved(UUID newId, @Nullable Changes newChanges) {
    return new Report(
        newId,
        createdAt,
        true,
        score,
        level,
        levelLabel,
        companyName,
        areas,
        findings,
        newChanges,
        method);
  }

  Report withChanges(@Nullable Changes newChanges) {
    return new Report(
        id,
        createdAt,
        saved,
        score,
        level,
        levelLabel,
        companyName,
        areas,
        findings,
        newChanges,
        method);
  }
}
