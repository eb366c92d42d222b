package cn.xiangyang.portal.compliance.internal;

import cn.xiangyang.portal.accounts.AccountKind;
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
 * Runs check-ups: evaluates the answers, and for an employer who asks to save them stores the answers and
 * the report with the changes since the account's previous saved check-up. Without an account nothing is
 * written anywhere.
 */
@Component
class CheckupService {

  private final ComplianceRules rules;
  private final Reports reports;
  private final Checkups checkups;
  private final Clock clock;

  CheckupService(ComplianceRules rules, Reports reports, Checkups checkups, Clock clock) {
    this.rules = rules;
    this.reports = reports;
    this.checkups = checkups;
    this.clock = clock;
  }

  /**
   * The report for the answers. Saved (with its id) only when {@code save} and the caller is an employer;
   * {@code share} records the employer's consent to show the score to the commissions that serve it.
   */
  Mono<Report> run(@Nullable PortalUser user, Map<String, ?> raw, boolean save, boolean share) {
    Map<String, Object> answers = rules.book().normalize(raw);
    boolean employer = user != null && user.kind() == AccountKind.EMPLOYER;
    if (save && !employer) {
      return Mono.error(new ComplianceProblems.SaveNeedsEmployer(user != null));
    }
    Mono<Report> report = reports.evaluate(answers, employer ? user.displayName() : null);
    if (!employer) {
      return report;
    }
    return report.flatMap(r -> checkups.latest(user.accountId())
        .map(previous -> Reports.changes(previous.id(), previous.report(), r))
        .map(java.util.Optional::of)
        .defaultIfEmpty(java.util.Optional.empty())
        .flatMap(changes -> {
          if (!save) {
            return Mono.just(r.withChanges(changes.orElse(null)));
          }
          UUID id = UUID.randomUUID();
          Report saved = r.withSaved(id, changes.orElse(null));
          return checkups.employerCreditCode(user.accountId())
              .map(java.util.Optional::of)
              .defaultIfEmpty(java.util.Optional.empty())
              .flatMap(code -> checkups.insert(new Checkups.Saved(id, user.accountId(), code.orElse(null), user.displayName(), answers, saved, share, r.createdAt())))
              .then(checkups.deleteDraft(user.accountId()))
              .thenReturn(saved);
        }));
  }

  /** A saved check-up of the caller's own account. */
  Mono<Checkups.Saved> own(PortalUser user, UUID id) {
    return checkups.find(id).filter(s -> s.accountId().equals(user.accountId())).switchIfEmpty(Mono.error(ComplianceProblems.NoSuchCheckup::new));
  }

  /** One line per saved check-up of the caller, newest first. */
  record Summary(UUID id, Instant createdAt, int score, String level, String levelLabel, int findings, boolean shared,
      int resolved, int added) {}

  Flux<Summary> mine(PortalUser user) {
    return checkups.ofAccount(user.accountId()).map(s -> new Summary(s.id(), s.createdAt(), s.report().score(), s.report().level(), s.report().levelLabel(),
        s.report().findings().size(), s.shared(),
        s.report().changes() == null ? 0 : s.report().changes().resolved().size(),
        s.report().changes() == null ? 0 : s.report().changes().added().size()));
  }

  Mono<Void> share(PortalUser user, UUID id, boolean shared) {
    return checkups.setShared(id, user.accountId(), shared).flatMap(n -> n == 0 ? Mono.error(new ComplianceProblems.NoSuchCheckup()) : Mono.empty());
  }

  Mono<Checkups.Draft> draft(PortalUser user) {
    return checkups.draft(user.accountId());
  }

  /** Keeps unfinished answers; they are checked for unknown questions and malformed values, not for completeness. */
  Mono<Void> saveDraft(PortalUser user, Map<String, Object> answers, int step) {
    Map<String, Object> known = new java.util.LinkedHashMap<>();
    answers.forEach((k, v) -> {
      if (!rules.book().questions().containsKey(k)) {
        throw new CheckupRejected(java.util.List.of(new CheckupRejected.Field("answers." + k, "没有这个问题：" + k)));
      }
      if (v != null) {
        known.put(k, v);
      }
    });
    if (step < 0 || step > rules.book().questionnaire().areas().size()) {
      return Mono.error(ComplianceProblems.Invalid.of("step", "步骤应在 0 到 " + rules.book().questionnaire().areas().size() + " 之间"));
    }
    return checkups.saveDraft(user.accountId(), known, step, clock.instant());
  }

  Mono<Void> deleteDraft(PortalUser user) {
    return checkups.deleteDraft(user.accountId());
  }
}
