package cn.xiangyang.portal.filing.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * One check a worker sees before submitting. A check advises and explains with its rule; it never
 * refuses, never reassures on a guess, and answers "无法判断" when the facts it needs are missing.
 */
interface EligibilityCheck {

  /** The results of this check (usually one; none when it has nothing to say). */
  Mono<List<CheckResult>> check(Facts facts);

  /**
   * What the checks look at.
   *
   * @param form the application as filled in so far
   * @param evidenceCount the files uploaded
   * @param places the areas and commissions
   * @param today the day of the check (the injected clock)
   */
  record Facts(
      ApplicationForm form, int evidenceCount, EligibilityChecks.Places places, LocalDate today) {

    List<ApplicationForm.Claim> claims() {
      return form.claimsOrEmpty().stream().filter(c -> c.type() != null).toList();
    }

    ApplicationForm.@Nullable Employment employment() {
      return form.employment();
    }
  }
}
