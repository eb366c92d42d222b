package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.accounts.AccountKind;
import cn.xiangyang.portal.accounts.EmployerVerification;
import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.filing.CaseStatus;
import cn.xiangyang.portal.filing.Party;
import cn.xiangyang.portal.system.DomainProblem;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Who may see which case, and the case as they see it. Parties see only their own cases, staff only
 * their commission's filed cases; everyone else gets 404, so that nobody learns a case exists. An
 * employer account sees a served case that names its credit code only once verified (or linked to the
 * case by its access code); before that it gets a 403 saying so.
 */
@Component
class CaseAccess {

  private final Filings filings;
  private final EvidenceFiles evidence;
  private final CaseDeadlines deadlines;
  private final CaseTransitions transitions;
  private final EmployerVerification verification;

  CaseAccess(
      Filings filings,
      EvidenceFiles evidence,
      CaseDeadlines deadlines,
      CaseTransitions transitions,
      EmployerVerification verification) {
    this.filings = filings;
    this.evidence = evidence;
    this.deadlines = deadlines;
    this.transitions = transitions;
    this.verification = verification;
  }

  /** A case and who looks at it: their relation to the case and, for staff, their role. */
  record Visible(CaseRecord record, CaseTransitions.Actor actor) {

    Visible(CaseRecord record, PortalUser user, Party party) {
      this(record, CaseTransitions.Actor.of(user, party));
    }

    Party party() {
      return actor.party();
    }

    /** The relation as text (APPLICANT, RESPONDENT, STAFF). */
    String role() {
      return actor.party().name();
    }
  }

  /** The worker's own case (any state, drafts included), or 404. */
  Mono<CaseRecord> own(PortalUser user, UUID id) {
    return filings
        .find(id)
        .filter(c -> user.kind() == AccountKind.WORKER && c.workerId().equals(user.accountId()))
        .switchIfEmpty(Mono.error(new FilingProblems.NoSuchCase()));
  }

  /** The case if the caller may see it, or 404. */
  Mono<Visible> visible(PortalUser user, UUID id) {
    return filings
        .find(id)
        .flatMap(c -> visibleTo(user, c))
        .switchIfEmpty(Mono.error(new FilingProblems.NoSuchCase()));
  }

  /**
   * The case as the caller sees it, or 404: the case and its details come in one statement, so that the case
   * page a party or a clerk opens is one database round trip (more for an employer, whose account is checked).
   */
  Mono<Views.CaseView> visibleView(PortalUser user, UUID id) {
    return filings
        .findWithDetails(id)
        .flatMap(full -> visibleTo(user, full.record()).flatMap(v -> view(v, full.details())))
        .switchIfEmpty(Mono.error(new FilingProblems.NoSuchCase()));
  }

  private Mono<Visible> visibleTo(PortalUser user, CaseRecord c) {
    return switch (user.kind()) {
      case WORKER ->
        c.workerId().equals(user.accountId())
            ? Mono.just(new Visible(c, user, Party.APPLICANT))
            : Mono.<Visible>empty();
      case EMPLOYER ->
        filings
            .employerCreditCode(user.accountId())
            .filter(code -> c.copySentAt() != null && c.respondentCodes().contains(code))
            .flatMap(code -> verification.mayActOn(user.accountId(), c.id()))
            .flatMap(verified -> verified
                ? Mono.just(new Visible(c, user, Party.RESPONDENT))
                : notVerified(List.of(c)));
      case STAFF ->
        c.status() != CaseStatus.DRAFT && Objects.equals(c.commissionId(), user.commissionId())
            ? Mono.just(new Visible(c, user, Party.STAFF))
            : Mono.<Visible>empty();
      case VISITOR -> Mono.<Visible>empty(); // a 公众 account is party to no case
    };
  }

  /**
   * 403 for an employer account that is not verified for these cases: it learns that they name the
   * company, the commission and the defence deadline, and how to get verified — never the worker's
   * name, claims, evidence or hearings.
   */
  private Mono<Visible> notVerified(List<CaseRecord> cases) {
    return Flux.fromIterable(cases)
        .concatMap(c -> (c.commissionId() == null
                ? Mono.just("仲裁委员会")
                : filings.commissionName(c.commissionId()).defaultIfEmpty("仲裁委员会"))
            .map(name -> c.reference() + "，" + name
                // 劳动争议调解仲裁法 第三十条: defence within 10 days of receiving the copy.
                + (c.defenceDue() != null
                    ? "，答辩期限 "
                        + FilingService.chinese(java.util.Objects.requireNonNull(c.defenceDue()))
                        + "（劳动争议调解仲裁法第三十条）"
                    // not yet recorded as served: the period has not started, say how it will run
                    : "，答辩期限自收到申请书副本之日起十日内（工作日；劳动争议调解仲裁法第三十条，办案规则第八十条）")))
        .collectList()
        .flatMap(lines -> Mono.error(new EmployerNotVerified(lines)));
  }

  /** The employer account may not see the case yet; the detail says which cases and how to get verified. */
  static final class EmployerNotVerified extends DomainProblem {
    EmployerNotVerified(List<String> cases) {
      super(
          HttpStatus.FORBIDDEN,
          "单位账号未认证",
          "有 " + cases.size() + " 件案件列明贵单位为被申请人：" + String.join("；", cases) + "。"
              + EmployerVerification.HOW_TO_VERIFY);
    }
  }

  /** A staff member's case (their commission's, filed), or 404. */
  Mono<CaseRecord> staffCase(PortalUser user, UUID id) {
    return visible(user, id)
        .filter(v -> v.party() == Party.STAFF)
        .map(Visible::record)
        .switchIfEmpty(Mono.error(new FilingProblems.NoSuchCase()));
  }

  /** The cases the caller is a party to: a worker's own (drafts too), an employer's served ones. */
  Flux<Visible> mine(PortalUser user) {
    return switch (user.kind()) {
      case WORKER ->
        filings.ofWorker(user.accountId()).map(c -> new Visible(c, user, Party.APPLICANT));
      case EMPLOYER ->
        filings
            .employerCreditCode(user.accountId())
            .flatMapMany(filings::ofRespondent)
            .concatMap(c -> verification
                .mayActOn(user.accountId(), c.id())
                .map(verified -> Map.entry(c, verified)))
            .collectList()
            .flatMapMany(all -> {
              List<CaseRecord> open = all.stream()
                  .filter(Map.Entry::getValue)
                  .map(Map.Entry::getKey)
                  .toList();
              List<CaseRecord> closed =
                  all.stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
              return open.isEmpty() && !closed.isEmpty()
                  ? notVerified(closed).flux()
                  : Flux.fromIterable(open).map(c -> new Visible(c, user, Party.RESPONDENT));
            });
      case STAFF, VISITOR -> Flux.empty();
    };
  }

  /** The case as {@code v}'s viewer sees it, its details read in one statement. */
  Mono<Views.CaseView> view(Visible v) {
    return filings.details(v.record().id()).flatMap(d -> view(v, d));
  }

  Mono<Views.CaseView> view(Visible v, Filings.Details details) {
    CaseRecord c = v.record();
    Mono<Views.Commission> commission = c.commissionId() == null
        ? Mono.just(new Views.Commission("", ""))
        : filings
            .commissionName(c.commissionId())
            .map(n -> new Views.Commission(c.commissionId(), n));
    return Mono.zip(
            commission,
            Mono.just(details.timeline()),
            // how each document was served on each side (filing's document_services), read in the
            // same statement
            Mono.just(details.documents().stream()
                .filter(d -> addressedTo(d, v.party()))
                .map(d -> document(c, d, v.party(), details.services()))
                .toList()),
            Mono.just(details.hearings().stream()
                .map(h ->
                    new Views.HearingView(h.id(), h.room(), h.startsAt(), h.noticedOn(), h.place()))
                .toList()),
            Mono.just(details.evidence()),
            Mono.just(details.defences().stream()
                .map(d -> new Views.DefenceView(
                    d.creditCode(), d.declined(), d.statement(), d.submittedAt(), answers(c, d)))
                .toList()),
            c.assignedTo() == null
                ? Mono.just("")
                : filings
                    .staffMember(c.assignedTo())
                    .map(Filings.StaffMember::name)
                    .defaultIfEmpty(""))
        .map(t -> new Views.CaseView(
            c.id(),
            c.caseNumber(),
            c.applicationNumber(),
            c.status(),
            c.status().label(),
            v.party(),
            procedure(c),
            t.getT1().id().isEmpty() ? null : t.getT1(),
            c.application().applicant(),
            c.application().form(),
            c.submittedAt(),
            c.acceptedAt(),
            c.servedAt(),
            c.servedOn(),
            c.serviceMethod(),
            c.closedAt(),
            c.assignedTo(),
            c.awardExtended(),
            v.party() == Party.STAFF ? c.extensionRequestedAt() : null,
            v.party() == Party.STAFF ? c.extensionRequestReason() : null,
            c.correctionItems(),
            c.rejectionReason(),
            c.outcomeSummary(),
            c.finalAward(),
            deadlines.of(c, t.getT3(), v.party()),
            t.getT2(),
            t.getT3(),
            t.getT4(),
            t.getT5(),
            t.getT6(),
            transitions.allowed(c, v.actor()),
            t.getT7().isEmpty() ? null : t.getT7()));
  }

  /** Each document only to its addressee; staff see every document of the case. */
  static boolean addressedTo(Filings.Document d, Party viewer) {
    return switch (viewer) {
      case STAFF -> true;
      case APPLICANT -> !d.addressee().equals("RESPONDENTS");
      case RESPONDENT -> !d.addressee().equals("APPLICANT");
    };
  }

  private static Views.DocumentView document(
      CaseRecord c, Filings.Document d, Party viewer, List<Filings.DocumentService> all) {
    List<Party> sides = viewer == Party.STAFF
        ? java.util.stream.Stream.of(Party.APPLICANT, Party.RESPONDENT)
            .filter(p -> addressedTo(d, p))
            .toList()
        : List.of(viewer);
    List<Views.ServiceView> services = sides.stream()
        .map(p -> service(
            c,
            d,
            p,
            viewer,
            all.stream()
                .filter(s -> s.documentId().equals(d.id()) && s.party().equals(p.name()))
                .findFirst()
                .orElse(null)))
        .toList();
    return new Views.DocumentView(
        d.id(),
        d.kind(),
        d.title(),
        d.body(),
        d.issuedAt(),
        d.addressee(),
        viewer == Party.STAFF ? null : services.getFirst().text(),
        services);
  }

  /**
   * How a document reached one side, in words for {@code viewer}: 电子送达 with the time it was opened (the
   * service time, from which a period such as the defence's runs), 书面送达 on the day staff recorded, or
   * not yet served and how it will be. For the application copy on the respondents it adds the defence
   * period that runs from that service (劳动争议调解仲裁法 第三十条).
   */
  static Views.ServiceView service(
      CaseRecord c,
      Filings.Document d,
      Party side,
      Party viewer,
      Filings.@Nullable DocumentService s) {
    boolean copy = d.kind().equals("RESPONDENT_COPY") && side == Party.RESPONDENT;
    boolean staff = viewer == Party.STAFF;
    String who = side == Party.APPLICANT ? "申请人" : "被申请人";
    if (s == null) {
      String text = staff
          ? who + "：尚未送达（同意电子送达的，打开本文书即为送达；未同意的，书面送达后请记录签收日期）"
          : "尚未送达：同意电子送达的，在“我的消息”中打开本文书即为送达；未同意的，以书面方式送达，送达日期由仲裁委员会记录。"
              + (copy ? "答辩期自送达之日起计算。" : "");
      return new Views.ServiceView(side.name(), "NONE", null, null, text);
    }
    // 劳动争议调解仲裁法 第三十条: the ten days run from receipt.
    String period = copy && c.defenceDue() != null
        ? "答辩期自 " + FilingService.chinese(s.servedOn()) + " 起计算，至 "
            + FilingService.chinese(c.defenceDue()) + " 止（劳动争议调解仲裁法第三十条）。"
        : "";
    String text;
    if ("ELECTRONIC".equals(s.method()) && s.servedAt() != null) {
      String when = WHEN.format(s.servedAt().atZone(PortalZone.ZONE));
      text = staff
          ? who + "：已电子送达（" + when + " 打开）。" + period
          : "已电子送达：您于 " + when + " 打开本文书，即为送达时间" + (period.isEmpty() ? "。" : "，" + period);
    } else if ("ELECTRONIC".equals(s.method())) {
      text = staff
          ? who + "：已电子送达（" + FilingService.chinese(s.servedOn()) + "，经确认收到）。" + period
          : "已电子送达：仲裁委员会确认您于 " + FilingService.chinese(s.servedOn()) + " 收到本文书。" + period;
    } else {
      text = staff
          ? who + "：已书面送达（签收日期 " + FilingService.chinese(s.servedOn()) + "）。" + period
          : "已书面送达：仲裁委员会记录的签收日期为 " + FilingService.chinese(s.servedOn())
              + (period.isEmpty() ? "。" : "，" + period);
    }
    return new Views.ServiceView(side.name(), s.method(), s.servedOn(), s.servedAt(), text);
  }

  private static final java.time.format.DateTimeFormatter WHEN =
      java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  static List<Views.ClaimAnswerView> answers(CaseRecord c, Filings.Defence d) {
    List<ApplicationForm.Claim> claims = c.application().form().claimsOrEmpty();
    return d.claims().stream()
        .map(a -> {
          ApplicationForm.Claim claim =
              a.claimId() >= 1 && a.claimId() <= claims.size() ? claims.get(a.claimId() - 1) : null;
          return new Views.ClaimAnswerView(
              a.claimId(),
              claim == null || claim.type() == null ? null : claim.type().name(),
              claim == null || claim.type() == null ? null : claim.type().label(),
              claim == null ? null : claim.amount(),
              a.position(),
              Defences.positionLabel(a.position()),
              a.reason(),
              a.disputedAmount(),
              Defences.line(c, a));
        })
        .toList();
  }

  Mono<Views.QueueItem> queueItem(CaseRecord c) {
    List<Views.DeadlineView> all = deadlines.of(c, List.of(), Party.STAFF);
    return Mono.just(new Views.QueueItem(
        c.id(),
        c.caseNumber(),
        c.applicationNumber(),
        c.status(),
        c.status().label(),
        procedure(c),
        c.application().applicant().name(),
        c.application().form().respondentsOrEmpty().stream()
            .map(r -> r.name() == null ? "（未填写名称）" : r.name())
            .toList(),
        c.submittedAt(),
        c.acceptanceDue(),
        c.defenceDue(),
        c.awardDue(),
        c.assignedTo(),
        CaseDeadlines.flags(all),
        all));
  }

  static String procedure(CaseRecord c) {
    ApplicationForm.Procedure p = c.application().form().procedure();
    return p == null ? "MEDIATION" : p.name();
  }
}
