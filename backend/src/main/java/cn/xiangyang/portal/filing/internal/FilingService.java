package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.accounts.CreditCode;
import cn.xiangyang.portal.accounts.IdNumbers;
import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.calculators.Deadlines;
import cn.xiangyang.portal.calculators.Jurisdiction;
import cn.xiangyang.portal.events.DurableEvents;
import cn.xiangyang.portal.filing.CaseAction;
import cn.xiangyang.portal.filing.CaseFiled;
import cn.xiangyang.portal.filing.CaseStatus;
import cn.xiangyang.portal.filing.HearingCancelled;
import cn.xiangyang.portal.filing.Party;
import cn.xiangyang.portal.filing.internal.CaseRecord.StoredApplication;
import cn.xiangyang.portal.system.DomainProblem.FieldMessage;
import cn.xiangyang.portal.system.Idempotency;
import cn.xiangyang.portal.system.IdempotencyKeys;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** A worker's drafts, checks, submission and withdrawal. */
@Service
class FilingService {

  private final Filings filings;
  private final CaseAccess access;
  private final EvidenceFiles evidence;
  private final EligibilityChecks checks;
  private final TransactionalOperator tx;
  private final DurableEvents events;
  private final CaseTransitions transitions;
  private final Clock clock;
  private final Deadlines deadlines;
  private final IdNumbers idNumbers;
  private final Delivery delivery;
  private final Idempotency idempotency;

  FilingService(
      Filings filings,
      CaseAccess access,
      EvidenceFiles evidence,
      EligibilityChecks checks,
      TransactionalOperator tx,
      DurableEvents events,
      CaseTransitions transitions,
      Clock clock,
      Deadlines deadlines,
      IdNumbers idNumbers,
      Delivery delivery,
      Idempotency idempotency) {
    this.idempotency = idempotency;
    this.delivery = delivery;
    this.idNumbers = idNumbers;
    this.filings = filings;
    this.access = access;
    this.evidence = evidence;
    this.checks = checks;
    this.tx = tx;
    this.events = events;
    this.transitions = transitions;
    this.clock = clock;
    this.deadlines = deadlines;
  }

  Mono<Views.FilingView> create(PortalUser user, ApplicationForm form, @Nullable String key) {
    validKey(key);
    Mono<Views.FilingView> create = validated(form)
        .flatMap(clean -> filings.applicant(user.accountId()).flatMap(applicant -> {
          UUID id = UUID.randomUUID();
          Instant now = clock.instant();
          Mono<Void> insert = filings
              .insertDraft(
                  id,
                  user.accountId(),
                  new StoredApplication(applicant, clean),
                  codes(clean),
                  procedure(clean),
                  now)
              .then(
                  key == null
                      ? Mono.empty()
                      : idempotency.remember(user.accountId(), "filing.create", key, id, now))
              .then(filings.audit(id, user.accountId(), now, "filing.draft.created", Map.of()));
          return tx.transactional(insert).then(view(user, id));
        }));
    if (key == null) {
      return create;
    }
    return idempotency
        .earlier(user.accountId(), "filing.create", key)
        .flatMap(existing -> view(user, existing))
        .switchIfEmpty(create)
        .onErrorResume(
            DataIntegrityViolationException.class,
            e -> idempotency
                .earlier(user.accountId(), "filing.create", key)
                .flatMap(existing -> view(user, existing)));
  }

  Mono<Views.FilingView> update(PortalUser user, UUID id, ApplicationForm form) {
    return access.own(user, id).flatMap(c -> {
      CaseTransitions.Transition t = transitions.require(
          c, CaseAction.EDIT_APPLICATION, CaseTransitions.Actor.of(user, Party.APPLICANT));
      return validated(form)
          .flatMap(clean -> filings.updateApplication(
              id,
              user.accountId(),
              t.from(),
              new StoredApplication(c.application().applicant(), clean),
              codes(clean),
              procedure(clean),
              clock.instant()))
          .flatMap(n -> n == 1
              ? view(user, id)
              : access
                  .own(user, id)
                  .flatMap(now -> Mono.error(
                      new FilingProblems.IllegalTransition(now.status(), "申请书已提交，不能再修改。"))));
    });
  }

  Mono<Views.FilingView> view(PortalUser user, UUID id) {
    return access
        .own(user, id)
        .flatMap(c -> Mono.zip(evidence.list(id).collectList(), identity(c))
            .map(t -> new Views.FilingView(
                c.id(),
                c.status(),
                c.status().label(),
                c.caseNumber(),
                c.applicationNumber(),
                c.application().applicant(),
                c.application().form(),
                t.getT1(),
                c.correctionItems(),
                c.createdAt(),
                c.updatedAt(),
                t.getT2().orElse(null),
                transitions.allowed(c, CaseTransitions.Actor.of(user, Party.APPLICANT)))));
  }

  private Mono<java.util.Optional<Views.IdentityView>> identity(CaseRecord c) {
    LocalDate asOf = c.submittedAt() == null
        ? LocalDate.now(clock)
        : LocalDate.ofInstant(c.submittedAt(), clock.getZone());
    return idNumbers
        .ofWorker(c.workerId())
        .map(n -> java.util.Optional.ofNullable(ApplicationPdf.Identity.of(n, asOf))
            .map(i -> new Views.IdentityView(i.gender(), i.birth(), i.age())))
        .defaultIfEmpty(java.util.Optional.empty());
  }

  Mono<List<CheckResult>> checks(PortalUser user, UUID id) {
    return access.own(user, id).flatMap(this::checksFor);
  }

  private Mono<List<CheckResult>> checksFor(CaseRecord c) {
    return Mono.zip(places(), evidence.count(c.id()))
        .flatMap(t -> checks.run(c.application().form(), t.getT2().intValue(), t.getT1()));
  }

  Mono<EligibilityChecks.Places> places() {
    return Mono.zip(filings.areaCommissions(), filings.areaNames(), commissionNames())
        .map(t -> new EligibilityChecks.Places(t.getT1(), t.getT2(), t.getT3()));
  }

  private Mono<Map<String, String>> commissionNames() {
    return filings.commissionNames();
  }

  /**
   * Files the application: gives it its application number (申请编号; the 案号 comes with acceptance) and
   * starts the 5-day acceptance period. With an {@code Idempotency-Key}, a repeated request returns the first answer.
   */
  Mono<Views.Receipt> submit(PortalUser user, UUID id, @Nullable String key) {
    validKey(key);
    if (key == null) {
      return doSubmit(user, id, null);
    }
    // No look-up of the key first: a repeated request finds the case filed already (a refused
    // transition), and a key
    // used before for another case collides with its row in the transaction (rolled back); either
    // way the key's first
    // answer is the answer. The same holds for a double tap racing the first request, once the
    // first commits.
    return doSubmit(user, id, key)
        .onErrorResume(
            e -> e instanceof cn.xiangyang.portal.system.DomainProblem
                || e instanceof DataIntegrityViolationException,
            e -> idempotency
                .earlier(user.accountId(), "filing.submit", key)
                .flatMap(existing -> existing.equals(id)
                    ? receipt(user, existing)
                    : Mono.<Views.Receipt>error(new FilingProblems.KeyReused()))
                .switchIfEmpty(Mono.error(e)));
  }

  private Mono<Views.Receipt> doSubmit(PortalUser user, UUID id, @Nullable String key) {
    return access.own(user, id).flatMap(c -> {
      CaseAction action =
          c.status() == CaseStatus.CORRECTION_REQUESTED ? CaseAction.RESUBMIT : CaseAction.SUBMIT;
      CaseTransitions.Transition t =
          transitions.require(c, action, CaseTransitions.Actor.of(user, Party.APPLICANT));
      ApplicationForm form = c.application().form();
      return places().flatMap(places -> {
        List<FieldMessage> missing = new ArrayList<>();
        if (form.respondentsOrEmpty().isEmpty()
            || form.respondentsOrEmpty().stream()
                .anyMatch(r -> r.name() == null || r.name().isBlank())) {
          missing.add(new FieldMessage("respondents", "被申请人（用人单位）的名称"));
        }
        if (form.claimsOrEmpty().isEmpty()) {
          missing.add(new FieldMessage("claims", "至少一项仲裁请求"));
        }
        String workArea = form.employment() == null ? null : form.employment().workAreaCode();
        String employerArea = form.respondentsOrEmpty().stream()
            .map(ApplicationForm.Respondent::areaCode)
            .filter(a -> a != null && !a.isBlank())
            .findFirst()
            .orElse(null);
        // 劳动争议调解仲裁法 第二十一条: the place of performance first, else the employer's location.
        Jurisdiction.Choice choice = Jurisdiction.choose(
            workArea == null ? null : places.areaCommissions().get(workArea),
            employerArea == null ? null : places.areaCommissions().get(employerArea));
        String commission = c.commissionId() != null ? c.commissionId() : choice.commissionId();
        if (commission == null) {
          missing.add(new FieldMessage("employment.workAreaCode", "工作地点所在区域（用于确定受理的仲裁委员会）"));
        }
        if (!missing.isEmpty()) {
          return Mono.error(new FilingProblems.CannotFile(missing));
        }
        return file(user, c, t, commission, key);
      });
    });
  }

  private Mono<Views.Receipt> file(
      PortalUser user,
      CaseRecord c,
      CaseTransitions.Transition t,
      String commission,
      @Nullable String key) {
    // as the column keeps it (microseconds): the receipt built from it says what a later reading
    // says
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    LocalDate acceptanceDue = deadlines.acceptanceDue(today);
    boolean resubmission = c.status() == CaseStatus.CORRECTION_REQUESTED;
    // The application number (申请编号) from a sequence and the move in one statement: no counter row
    // is
    // locked, so submissions do not wait on each other. The 案号 is given on acceptance
    // (StaffCases.accept).
    Mono<String> filed =
        filings.file(c.id(), t.from(), t.to(), now, commission, today.getYear(), acceptanceDue);
    // The key first: a key used before for another case fails here, at once.
    Mono<String> work = (key == null
            ? Mono.<Void>empty()
            : idempotency.remember(user.accountId(), "filing.submit", key, c.id(), now))
        .then(filed)
        .switchIfEmpty(Mono.error(() -> new FilingProblems.IllegalTransition(t.to(), "不能再次提交。")))
        .flatMap(n -> filings
            .event(
                c.id(),
                now,
                resubmission ? "RESUBMITTED" : "SUBMITTED",
                resubmission ? "补正后重新提交申请书" : "提交申请书，申请编号 " + n,
                resubmission
                    // 劳动人事争议仲裁办案规则 第四十六条第二项: the receipt is counted again from the completed
                    // application.
                    ? "受理期限自材料补正之日重新计算（劳动人事争议仲裁办案规则第四十六条第二项）：仲裁委员会应在 " + chinese(acceptanceDue)
                        + " 前决定是否受理。"
                    : "仲裁委员会应在 " + chinese(acceptanceDue) + " 前决定是否受理，受理后编立案号。")
            .then(filings.audit(
                c.id(),
                user.accountId(),
                now,
                resubmission ? "case.resubmitted" : "case.submitted",
                audit(n, c.caseNumber(), commission, c, acceptanceDue, resubmission)))
            .then(events.publish(new CaseFiled(
                c.id(),
                c.caseNumber(),
                commission,
                user.accountId(),
                now,
                acceptanceDue,
                resubmission,
                n)))
            .thenReturn(n));
    // The receipt from what was just committed: the case as read before, with the number,
    // commission and dates set by this transaction (reading it back would cost a statement and the
    // parsing of the application).
    return tx.transactional(work)
        .flatMap(n -> receipt(c, n, c.caseNumber(), t.to(), commission, now, acceptanceDue));
  }

  private static Map<String, Object> audit(
      String applicationNumber,
      @Nullable String caseNumber,
      String commission,
      CaseRecord before,
      LocalDate acceptanceDue,
      boolean resubmission) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("applicationNumber", applicationNumber);
    if (caseNumber != null) {
      detail.put("caseNumber", caseNumber);
    }
    detail.put("commission", commission);
    detail.put("acceptanceDue", acceptanceDue.toString());
    if (resubmission) {
      detail.put(
          "previousAcceptanceDue",
          before.acceptanceDue() == null ? "" : before.acceptanceDue().toString());
      detail.put("recomputed", "补正后申请材料齐全，受理期限自材料补正之日重新计算（劳动人事争议仲裁办案规则第四十六条第二项）");
    }
    return detail;
  }

  Mono<Views.Receipt> receipt(PortalUser user, UUID id) {
    return access
        .own(user, id)
        .flatMap(c -> receipt(
            c,
            java.util.Objects.requireNonNull(c.applicationNumber()),
            c.caseNumber(),
            c.status(),
            java.util.Objects.requireNonNull(c.commissionId()),
            java.util.Objects.requireNonNull(c.submittedAt()),
            java.util.Objects.requireNonNull(c.acceptanceDue())));
  }

  /** The receipt of case {@code c} (its application and evidence) as filed with these values. */
  private Mono<Views.Receipt> receipt(
      CaseRecord c,
      String applicationNumber,
      @Nullable String caseNumber,
      CaseStatus status,
      String commissionId,
      Instant submittedAt,
      LocalDate acceptanceDue) {
    return Mono.zip(filings.commissionName(commissionId), checksFor(c))
        .map(t -> new Views.Receipt(
            c.id(),
            caseNumber,
            applicationNumber,
            status,
            status.label(),
            new Views.Commission(commissionId, t.getT1()),
            submittedAt,
            acceptanceDue,
            receiptMessage(applicationNumber, caseNumber, t.getT1(), acceptanceDue),
            t.getT2(),
            "/api/v1/cases/" + c.id() + "/application.pdf"));
  }

  /** What the receipt says: the 申请编号 to quote, by when the commission decides, and that the 案号 follows. */
  static String receiptMessage(
      String applicationNumber,
      @Nullable String caseNumber,
      String commission,
      LocalDate acceptanceDue) {
    return "申请已提交，申请编号 " + applicationNumber + (caseNumber == null ? "" : "，案号 " + caseNumber) + "。"
        + commission + "将在 " + chinese(acceptanceDue) + " 前决定是否受理（劳动争议调解仲裁法第二十九条）"
        + (caseNumber == null ? "，受理后编立案号并通知您；查询进度时请报申请编号。" : "。");
  }

  /**
   * What withdrawing means, told before the worker confirms and repeated in the notice: the case ends,
   * a new application is accepted, and the limitation period still applies to it.
   */
  static final String WITHDRAWAL_CONSEQUENCE =
      "撤回后，本案终结，仲裁委员会不再审理，已安排的开庭取消。撤回后可以再次申请仲裁，仲裁委员会应当受理（劳动人事争议仲裁办案规则第三十五条）；"
          + "但再次申请仍须在仲裁时效内提出：时效为一年，从知道或者应当知道权利被侵害之日起计算，本次申请使时效中断、从中断时起重新计算"
          + "（劳动争议调解仲裁法第二十七条）。与单位和解的，建议先签订书面和解协议再撤回。";

  /**
   * The worker withdraws the application (撤回仲裁申请) before the case is decided (劳动人事争议仲裁办案规则
   * 第三十五条): the hearings are cancelled and both sides get the notice (the respondent once the copy
   * was issued to it).
   */
  Mono<Views.FilingView> withdraw(PortalUser user, UUID id, @Nullable String reason) {
    return access.own(user, id).flatMap(c -> {
      CaseTransitions.Transition t = transitions.require(
          c, CaseAction.WITHDRAW, CaseTransitions.Actor.of(user, Party.APPLICANT));
      Instant now = clock.instant();
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("from", c.status().name());
      if (reason != null) {
        detail.put("reason", reason);
      }
      String body = "申请人 " + c.application().applicant().name() + " 于 "
          + chinese(LocalDate.ofInstant(now, clock.getZone())) + " 撤回仲裁申请（" + c.reference()
          + "）" + (reason == null ? "" : "，理由：" + reason) + "。" + WITHDRAWAL_CONSEQUENCE;
      return tx.transactional(filings
              .move(id, t.from(), t.to(), now, Map.of("closed_at", now))
              .flatMap(rows -> rows == 1
                  ? Mono.<Void>empty()
                  : Mono.error(new FilingProblems.IllegalTransition(c.status(), "请刷新后重试。")))
              .then(filings.event(id, now, "WITHDRAWN", "申请人撤回申请", reason))
              .then(filings.audit(id, user.accountId(), now, "case.withdrawn", detail))
              .then(delivery.issue(
                  c,
                  "WITHDRAWAL_NOTICE",
                  "撤回仲裁申请通知",
                  body,
                  user.accountId(),
                  c.copySentAt() == null ? Delivery.To.APPLICANT : Delivery.To.BOTH,
                  now))
              .thenMany(filings.cancelHearings(id, now))
              .concatMap(h -> events.publish(new HearingCancelled(
                  id, h, c.caseNumber(), c.commissionId(), CaseStatus.WITHDRAWN, now)))
              .then())
          .then(view(user, id));
    });
  }

  /** Deletes a draft that was never filed, with its evidence; the deletion itself stays in the audit trail. */
  Mono<Void> deleteDraft(PortalUser user, UUID id) {
    return access.own(user, id).flatMap(c -> {
      transitions.require(
          c, CaseAction.DELETE_DRAFT, CaseTransitions.Actor.of(user, Party.APPLICANT));
      Instant now = clock.instant();
      return tx.transactional(filings
          .deleteDraft(id, user.accountId())
          .flatMap(rows -> rows == 1
              ? Mono.<Void>empty()
              : Mono.error(new FilingProblems.IllegalTransition(c.status(), "草稿刚被提交，不能删除；请刷新后查看。")))
          .then(idempotency.forget(id))
          .then(filings.audit(id, user.accountId(), now, "filing.draft.deleted", Map.of())));
    });
  }

  /** Checks across fields that Bean Validation cannot express; returns the form normalised. */
  private Mono<ApplicationForm> validated(ApplicationForm form) {
    return filings.areaNames().flatMap(areas -> {
      List<FieldMessage> errors = new ArrayList<>();
      LocalDate today = LocalDate.now(clock);
      ApplicationForm.Employment e = form.employment();
      LocalDate start = e == null ? null : e.startDate();
      if (e != null) {
        dateRule(errors, "employment.startDate", "入职时间", e.startDate(), today);
        if (e.startDate() != null && e.startDate().isAfter(today)) {
          errors.add(
              new FieldMessage("employment.startDate", "入职时间不能晚于今天（" + chinese(today) + "）"));
        }
        dateRule(errors, "employment.endDate", "离职时间", e.endDate(), today);
        if (start != null && e.endDate() != null && e.endDate().isBefore(start)) {
          errors.add(
              new FieldMessage("employment.endDate", "离职时间不能早于入职时间（" + chinese(start) + "）"));
        }
        if (e.workAreaCode() != null
            && !e.workAreaCode().isBlank()
            && !areas.containsKey(e.workAreaCode())) {
          errors.add(new FieldMessage("employment.workAreaCode", "请从襄阳市的区域列表中选择工作地点"));
        }
      }
      int i = 0;
      for (ApplicationForm.Respondent r : form.respondentsOrEmpty()) {
        if (r.areaCode() != null && !r.areaCode().isBlank() && !areas.containsKey(r.areaCode())) {
          errors.add(new FieldMessage("respondents[" + i + "].areaCode", "请从襄阳市的区域列表中选择单位所在区域"));
        }
        i++;
      }
      i = 0;
      for (ApplicationForm.Claim c : form.claimsOrEmpty()) {
        dateRule(errors, "claims[" + i + "].periodFrom", "请求期间的开始日期", c.periodFrom(), today);
        dateRule(errors, "claims[" + i + "].periodTo", "请求期间的结束日期", c.periodTo(), today);
        if (c.periodFrom() != null
            && c.periodTo() != null
            && c.periodTo().isBefore(c.periodFrom())) {
          errors.add(new FieldMessage("claims[" + i + "].periodTo", "请求期间的结束日期不能早于开始日期"));
        }
        knewRule(errors, "claims[" + i + "].knewOn", c.knewOn(), start, today);
        i++;
      }
      knewRule(errors, "knewOn", form.knewOn(), start, today);
      interruptionRule(errors, form.interruptedOn(), start, today);
      PrintableText.problems(form).forEach(errors::add);
      if (!errors.isEmpty()) {
        return Mono.error(new FilingProblems.InvalidInput(errors));
      }
      return Mono.just(normalised(form));
    });
  }

  /** The earliest year a date in an application may have: no labor relationship of today began earlier. */
  static final int EARLIEST_YEAR = 1950;

  private static void dateRule(
      List<FieldMessage> errors,
      String field,
      String name,
      @Nullable LocalDate date,
      LocalDate today) {
    if (date != null && date.getYear() < EARLIEST_YEAR) {
      errors.add(new FieldMessage(field, name + "的年份不能早于 " + EARLIEST_YEAR + " 年，请检查年份是否输错"));
    }
  }

  /** "Knew of the harm" lies between the start of the employment and today (劳动争议调解仲裁法 第二十七条). */
  private static void knewRule(
      List<FieldMessage> errors,
      String field,
      @Nullable LocalDate knew,
      @Nullable LocalDate start,
      LocalDate today) {
    if (knew == null) {
      return;
    }
    if (knew.isAfter(today)) {
      errors.add(new FieldMessage(field, "知道权益受到侵害的日期不能晚于今天（" + chinese(today) + "）"));
    } else if (start != null && knew.isBefore(start)) {
      errors.add(new FieldMessage(field, "知道权益受到侵害的日期不能早于入职时间（" + chinese(start) + "）"));
    } else if (knew.getYear() < EARLIEST_YEAR) {
      errors.add(new FieldMessage(field, "知道权益受到侵害的日期年份不能早于 " + EARLIEST_YEAR + " 年，请检查年份是否输错"));
    }
  }

  private static void interruptionRule(
      List<FieldMessage> errors,
      @Nullable LocalDate on,
      @Nullable LocalDate start,
      LocalDate today) {
    if (on == null) {
      return;
    }
    if (on.isAfter(today)) {
      errors.add(new FieldMessage("interruptedOn", "向单位主张权利的日期不能晚于今天（" + chinese(today) + "）"));
    } else if (start != null && on.isBefore(start)) {
      errors.add(new FieldMessage("interruptedOn", "向单位主张权利的日期不能早于入职时间（" + chinese(start) + "）"));
    } else if (on.getYear() < EARLIEST_YEAR) {
      errors.add(
          new FieldMessage("interruptedOn", "向单位主张权利的日期年份不能早于 " + EARLIEST_YEAR + " 年，请检查年份是否输错"));
    }
  }

  static String chinese(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  private static ApplicationForm normalised(ApplicationForm form) {
    List<ApplicationForm.Respondent> respondents = form.respondents() == null
        ? null
        : form.respondents().stream()
            .map(r -> new ApplicationForm.Respondent(
                strip(r.name()),
                r.creditCode() == null || r.creditCode().isBlank()
                    ? null
                    : CreditCode.normalize(r.creditCode()),
                strip(r.address()),
                strip(r.legalRepresentative()),
                strip(r.legalRepresentativeTitle()),
                strip(r.areaCode()),
                strip(r.phone())))
            .toList();
    return new ApplicationForm(
        form.procedure(),
        form.applicant(),
        respondents,
        form.employment(),
        form.claims(),
        form.factsAndReasons(),
        form.evidenceNotes(),
        form.knewOn(),
        form.migrantWorker(),
        form.witnesses(),
        form.interruptedOn());
  }

  private static @Nullable String strip(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static List<String> codes(ApplicationForm form) {
    return form.respondentsOrEmpty().stream()
        .map(ApplicationForm.Respondent::creditCode)
        .filter(c -> c != null && !c.isBlank())
        .distinct()
        .toList();
  }

  private static String procedure(ApplicationForm form) {
    return form.procedure() == null ? "MEDIATION" : form.procedure().name();
  }

  private static void validKey(@Nullable String key) {
    IdempotencyKeys.require(key);
  }
}
