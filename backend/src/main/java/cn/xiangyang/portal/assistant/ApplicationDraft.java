package cn.xiangyang.portal.assistant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An application prefilled from a diagnosed situation ("按这个情况申请"), in the shape of the body of
 * {@code POST /api/v1/filings}: a worker's client creates the draft with it as it is, then the worker
 * reviews it in the wizard and submits. Only what the story states is filled in; the rest stays empty.
 *
 * @param respondents the employer, when the story names it
 * @param employment dates, wage, contract and area as told
 * @param claims one claim per issue that gives one, with the amount computed where the numbers allow
 * @param factsAndReasons a 事实与理由 draft, element by element (要素式), built from the facts
 * @param knewOn the day the worker knew of the harm, when the story dates it (the day the job ended)
 */
public record ApplicationDraft(
    List<Respondent> respondents,
    Employment employment,
    List<Claim> claims,
    String factsAndReasons,
    @Nullable LocalDate knewOn) {

  public ApplicationDraft {
    respondents = List.copyOf(respondents);
    claims = List.copyOf(claims);
  }

  /** The employer as named in the story. */
  public record Respondent(String name) {}

  /** The employment facts the story states. */
  public record Employment(
      @Nullable LocalDate startDate,
      @Nullable LocalDate endDate,
      @Nullable BigDecimal monthlyWage,
      @Nullable Boolean writtenContract,
      @Nullable String workAreaCode,
      @Nullable Boolean stillEmployed) {}

  /**
   * A claim: {@code type} is a filing claim type ({@code UNPAID_WAGES}, {@code DOUBLE_WAGES_NO_CONTRACT},
   * …), {@code amount} in yuan with two decimals or null when the story lacks the numbers, and how the
   * amount was reached.
   */
  public record Claim(
      String type,
      @Nullable BigDecimal amount,
      @Nullable LocalDate periodFrom,
      @Nullable LocalDate periodTo,
      @Nullable String description) {}
}
