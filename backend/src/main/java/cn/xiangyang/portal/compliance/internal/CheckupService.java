package cn.xiangyang.portal.compliance.internal;

import cn.xiangyang.portal.accounts.AccountKind;
import cn.xiangyang.portal.accounts.EmployerAccount;
import cn.xiangyang.portal.accounts.EmployerVerification;
import cn.xiangyang.portal.accounts.PortalUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs check-ups: evaluates the answers, and for a verified employer who asks to save them stores the
 * answers and the report with the changes since the account's previous saved check-up. Without an account,
 * or with an employer account not yet verified, nothing is written anywhere: anyone can type a company's
 * credit code, so only a verified account keeps a record in the company's name.
 */
@Component
class CheckupService {

  private final ComplianceRules rules;
  private final Reports reports;
  private final Checkups checkups;
  private final EmployerVerification verification;
  private final Clock clock;

  CheckupService(
      ComplianceRules rules,
      Reports reports,
      Checkups checkups,
      EmployerVerification verification,
      Clock clock) {
    this.rules = rules;
    this.reports = reports;
    this.checkups = checkups;
    this.verification = verification;
    this.clock = clock;
  }

  /**
   * The report for the answers. Saved (with its id) only when {@code save} and the caller is a verified
   * employer; {@code share} records the employer's consent to show the score to the commissions that serve
   * it. An unverified employer gets the report as an anonymous visitor does, or a 403 when asking to save.
   */
  Mono<Report> run(@Nullable PortalUser user, Map<String, ?> raw, boolean save, boolean share) {
    Map<String, Object> answers = rules.book().normalize(raw);
    boolean employer = user != null && user.kind() == AccountKind.EMPLOYER;
    if (save && !employer) {
      return Mono.error(new ComplianceProblems.SaveNeedsEmployer(user != null));
    }
    if (user == null || !employer) {
      return reports.evaluate(answers, null);
    }
    return verification
        .employer(user.accountId())
        .filter(EmployerAccount::verified)
        .map(java.util.Optional::of)
        .defaultIfEmpty(java.util.Optional.empty())
        .flatMap(found -> {
          if (found.isEmpty()) {
            return save
                ? Mono.error(new ComplianceProblems.EmployerNotVerified())
                : reports.evaluate(answers, null);
          }
          EmployerAccount company = found.get();
          return reports
              .evaluate(answers, company.companyName())
              .flatMap(r -> checkups
                  .latest(user.accountId())
                  .map(previous -> Reports.changes(previous.id(), previous.report(), r))
                  .map(java.util.Optional::of)
                  .defaultIfEmpty(java.util.Optional.empty())
                  .flatMap(changes -> {
                    if (!save) {
                      return Mono.just(r.withChanges(changes.orElse(null)));
                    }
                    UUID id = UUID.randomUUID();
                    Report saved = r.withSaved(id, changes.orElse(null));
                    return checkups
                        .insert(new Checkups.Saved(
                            id,
                            user.accountId(),
                            company.creditCode(),
                            company.companyName(),
                            answers,
                            saved,
                            share,
                            r.createdAt()))
                        .then(checkups.deleteDraft(user.accountId()))
                        .thenReturn(saved);
                  }));
        });
  }

  /**
   * The caller's employer account when it is verified; otherwise a 403 that says how to get verified.
   * Every employer-only action of the check-up (saved check-ups, drafts, training requests) goes through it.
   */
  Mono<EmployerAccount> verifiedEmployer(PortalUser user) {
    return verification
        .employer(user.accountId())
        .filter(EmployerAccount::verified)
        .switchIfEmpty(Mono.error(ComplianceProblems.EmployerNotVerified::new));
  }

  /** A saved check-up of the caller's own account. */
  Mono<Checkups.Saved> own(PortalUser user, UUID id) {
    return verifiedEmployer(user)
        .then(checkups.find(id))
        .filter(s -> s.accountId().equals(user.accountId()))
        .switchIfEmpty(Mono.error(ComplianceProblems.NoSuchCheckup::new));
  }

  /** One line per saved check-up of the caller, newest first. */
  record Summary(
      UUID id,
      Instant createdAt,
      int score,
      String level,
      String levelLabel,
      int findings,
      boolean shared,
      int resolved,
      int added) {}

  /** At most {@code n} of the employer's check-ups, newest first, older than {@code before} (null: the newest). */
  Flux<Summary> mine(
      PortalUser user, cn.xiangyang.portal.system.KeysetPage.@Nullable Cursor before, int n) {
    return verifiedEmployer(user)
        .thenMany(checkups.ofAccount(user.accountId(), before, n))
        .map(s -> new Summary(
            s.id(),
            s.createdAt(),
            s.report().score(),
            s.report().level(),
            s.report().levelLabel(),
            s.report().findings().size(),
            s.shared(),
            s.report().changes() == null ? 0 : s.report().changes().resolved().size(),
            s.report().changes() == null ? 0 : s.report().changes().added().size()));
  }

  Mono<Void> share(PortalUser user, UUID id, boolean shared) {
    return verifiedEmployer(user)
        .then(checkups.setShared(id, user.accountId(), shared))
        .flatMap(n -> n == 0 ? Mono.error(new ComplianceProblems.NoSuchCheckup()) : Mono.empty());
  }

  Mono<Checkups.Draft> draft(PortalUser user) {
    return verifiedEmployer(user).then(checkups.draft(user.accountId()));
  }

  /** Keeps unfinished answers; they are checked for unknown questions and malformed values, not for completeness. */
  Mono<Void> saveDraft(PortalUser user, Map<String, Object> answers, int step) {
    Map<String, Object> known = new java.util.LinkedHashMap<>();
    answers.forEach((k, v) -> {
      if (!rules.book().questions().containsKey(k)) {
        throw new CheckupRejected(
            java.util.List.of(new CheckupRejected.Field("answers." + k, "没有这个问题：" + k)));
      }
      if (v != null) {
        known.put(k, v);
      }
    });
    if (step < 0 || step > rules.book().questionnaire().areas().size()) {
      return Mono.error(ComplianceProblems.Invalid.of(
          "step", "步骤应在 0 到 " + rules.book().questionnaire().areas().size() + " 之间"));
    }
    return verifiedEmployer(user)
        .then(checkups.saveDraft(user.accountId(), known, step, clock.instant()));
  }

  Mono<Void> deleteDraft(PortalUser user) {
    return verifiedEmployer(user).then(checkups.deleteDraft(user.accountId()));
  }
}
