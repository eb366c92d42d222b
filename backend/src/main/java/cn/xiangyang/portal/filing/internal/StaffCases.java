package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.accounts.CaseAccessCodes;
import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.accounts.StaffRole;
import cn.xiangyang.portal.calculators.Deadlines;
import cn.xiangyang.portal.commissions.Commission;
import cn.xiangyang.portal.events.DurableEvents;
import cn.xiangyang.portal.filing.AwardIssued;
import cn.xiangyang.portal.filing.CaseAccepted;
import cn.xiangyang.portal.filing.CaseAction;
import cn.xiangyang.portal.filing.CaseStatus;
import cn.xiangyang.portal.filing.ClaimType;
import cn.xiangyang.portal.filing.HearingCancelled;
import cn.xiangyang.portal.filing.HearingPlaces;
import cn.xiangyang.portal.filing.HearingRescheduled;
import cn.xiangyang.portal.filing.HearingScheduled;
import cn.xiangyang.portal.filing.Party;
import cn.xiangyang.portal.system.DomainProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What the staff of a commission do with a case: accept, reject, ask for 补正, assign, mediate, move
 * to arbitration, schedule hearings, extend the award deadline, record the award and close. Each
 * change is one transaction with its timeline entry, audit event, documents and notifications, and
 * is refused with 409 when the case is not (or no longer) in a state that allows it.
 */
@Service
class StaffCases {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final Filings filings;
  private final CaseAccess access;
  private final Delivery delivery;
  private final CaseTransitions transitions;
  private final Deadlines deadlines;
  private final TransactionalOperator tx;
  private final DurableEvents events;
  private final Clock clock;

  private final CaseAccessCodes caseCodes;

  private final HearingPlaces places;

  StaffCases(
      Filings filings,
      CaseAccess access,
      Delivery delivery,
      CaseTransitions transitions,
      Deadlines deadlines,
      TransactionalOperator tx,
      DurableEvents events,
      Clock clock,
      CaseAccessCodes caseCodes,
      HearingPlaces places) {
    this.caseCodes = caseCodes;
    this.places = places;
    this.filings = filings;
    this.access = access;
    this.delivery = delivery;
    this.transitions = transitions;
    this.deadlines = deadlines;
    this.tx = tx;
    this.events = events;
    this.clock = clock;
  }

  // 案件查询码 per respondent, printed on the served notice: entering it links the case to the
  // employer's account.
  private Mono<String> accessCodes(CaseRecord c) {
    return Flux.fromIterable(c.respondentCodes())
        .concatMap(
            code -> caseCodes.issue(c.id(), code).map(k -> "统一社会信用代码 " + code + " 的案件查询码：" + k))
        .collectList()
        .map(lines -> lines.isEmpty()
            ? ""
            : "（单位在平台「单位认证」页面填写案件查询码，即可在网上查看本案并答辩。" + String.join("；", lines) + "。）");
  }

  /** What a change records alongside the transition the table gives it. */
  private record Change(
      Map<String, Object> sets,
      String eventKind,
      String eventTitle,
      @Nullable String eventDetail,
      String auditAction,
      Map<String, Object> auditDetail,
      Function<CaseRecord, Mono<?>> inTransaction) {}

  /**
   * Runs {@code action} if the transition table allows it for this staff member now: moves the case to
   * the table's next state (only if nobody moved it meanwhile) with its timeline entry, audit event,
   * documents and events, in one transaction.
   */
  private Mono<Views.CaseView> change(
      PortalUser user, UUID id, CaseAction action, Function<CaseRecord, Change> plan) {
    return change(user, id, action, (c, t) -> plan.apply(c));
  }

  /** As above, for a change whose record depends on where the table leads (acceptance: 调解 or 仲裁). */
  private Mono<Views.CaseView> change(
      PortalUser user,
      UUID id,
      CaseAction action,
      java.util.function.BiFunction<CaseRecord, CaseTransitions.Transition, Change> plan) {
    return change(user, id, action, false, plan);
  }

  /**
   * As above; {@code numbered}: the move also gives the case its 案号 (acceptance, 立案), the commission's next
   * of the year from its counter row, locked until commit (a case that has one already, filed before V150,
   * keeps it). The timeline entry and the audit event name the number.
   */
  private Mono<Views.CaseView> change(
      PortalUser user,
      UUID id,
      CaseAction action,
      boolean numbered,
      java.util.function.BiFunction<CaseRecord, CaseTransitions.Transition, Change> plan) {
    return access.staffCase(user, id).flatMap(c -> {
      CaseTransitions.Transition t =
          transitions.require(c, action, CaseTransitions.Actor.of(user, Party.STAFF));
      Change change = plan.apply(c, t);
      Instant now = clock.instant();
      String commission = c.commissionId();
      Mono<java.util.Optional<String>> moved;
      if (numbered && c.caseNumber() == null && commission != null) {
        moved = filings
            .moveNumbered(
                id, t.from(), t.to(), now, commission, deadlines.today().getYear(), change.sets())
            .map(java.util.Optional::of);
      } else {
        moved = filings
            .move(id, t.from(), t.to(), now, change.sets())
            .filter(rows -> rows == 1)
            .map(rows -> java.util.Optional.ofNullable(c.caseNumber()));
      }
      Mono<Object> work = moved
          .switchIfEmpty(Mono.error(
              () -> new FilingProblems.IllegalTransition(c.status(), "案件刚被他人办理，请刷新后再试。")))
          .flatMap(number -> {
            Map<String, Object> detail = new LinkedHashMap<>(change.auditDetail());
            String eventDetail = change.eventDetail();
            if (numbered && number.isPresent()) {
              detail.put("caseNumber", number.get());
              eventDetail = "案号 " + number.get() + "。" + (eventDetail == null ? "" : eventDetail);
            }
            return filings
                .event(id, now, change.eventKind(), change.eventTitle(), eventDetail)
                .then(filings.audit(
                    id,
                    user.accountId(),
                    now,
                    change.auditAction(),
                    withTransition(detail, t.from(), t.to())));
          })
          .then(filings.find(id))
          .flatMap(
              updated -> change.inTransaction().apply(updated).then(Mono.just((Object) updated)));
      return tx.transactional(work).then(staffView(user, id));
    });
  }

  private static Map<String, Object> withTransition(
      Map<String, Object> detail, CaseStatus from, CaseStatus to) {
    Map<String, Object> all = new LinkedHashMap<>(detail);
    all.put("from", from.name());
    all.put("to", to.name());
    return all;
  }

  Mono<Views.CaseView> staffView(PortalUser user, UUID id) {
    return access
        .staffCase(user, id)
        .flatMap(c -> access.view(new CaseAccess.Visible(c, user, Party.STAFF)));
  }

  /**
   * 受理 (劳动争议调解仲裁法 第二十九条): the acceptance notice to the applicant, the application copy with the
   * 应诉通知书 to the respondents, the award deadline (第四十三条) from today. An application that asked for
   * 仲裁 goes to the tribunal at once (IN_ARBITRATION), one that asked for 调解 is mediated first (ACCEPTED),
   * as the transition table says; the timeline, the audit trail, the notice and {@link CaseAccepted} say which.
   */
  Mono<Views.CaseView> accept(PortalUser user, UUID id, @Nullable String note) {
    LocalDate today = deadlines.today();
    LocalDate serviceDue = deadlines.serviceDue(today);
    LocalDate awardDue = deadlines.awardDue(today, false);
    Instant now = clock.instant();
    return change(user, id, CaseAction.ACCEPT, true, (c, t) -> {
      boolean toArbitration = t.to() == CaseStatus.IN_ARBITRATION;
      Map<String, Object> sets = new LinkedHashMap<>();
      sets.put("accepted_at", now);
      // The copy is issued now (the respondent can read it online); the defence period runs only
      // from its
      // recorded receipt (劳动争议调解仲裁法 第三十条), so defence_due stays empty until service is recorded.
      sets.put("copy_sent_at", now);
      sets.put("award_due", awardDue);
      String next =
          toArbitration ? "申请人选择仲裁，案件转入仲裁审理，由仲裁庭安排开庭。" : "申请人选择先行调解，调解员将与双方联系；调解不成的，转入仲裁审理。";
      return new Change(
          sets,
          "ACCEPTED",
          toArbitration ? "已受理，转入仲裁审理" : "仲裁委员会已受理",
          "申请书副本应在 " + FilingService.chinese(serviceDue) + " 前送达被申请人，被申请人自收到副本之日起十日内答辩；仲裁庭应在 "
              + FilingService.chinese(awardDue) + " 前作出裁决。" + next,
          toArbitration ? "case.accepted-to-arbitration" : "case.accepted",
          note == null ? Map.of() : Map.of("note", note),
          updated -> delivery
              .issue(
                  updated,
                  "ACCEPTANCE_NOTICE",
                  "受理通知书",
                  "你（单位）申请的劳动争议仲裁案（案号 " + updated.caseNumber() + "）已于 "
                      + FilingService.chinese(today)
                      + (toArbitration ? " 受理，转入仲裁审理，开庭时间和地点另行通知。" : " 受理。")
                      + (toArbitration ? "" : "你选择了先行调解，调解员将与双方联系；调解不成的，转入仲裁审理。")
                      + "仲裁不收费。仲裁庭应在 " + FilingService.chinese(awardDue)
                      + " 前结束（劳动争议调解仲裁法第二十九条、第四十三条、第五十三条）。",
                  user.accountId(),
                  Delivery.To.APPLICANT,
                  now)
              .then(Mono.zip(
                      accessCodes(updated),
                      filings.commission(
                          updated.commissionId() == null ? "" : updated.commissionId()))
                  .flatMap(t2 -> delivery.issue(
                      updated,
                      "RESPONDENT_COPY",
                      "仲裁申请书副本及应诉通知书",
                      "劳动者 " + updated.application().applicant().name() + " 申请劳动争议仲裁（案号 "
                          + updated.caseNumber() + "），现将申请书副本送达。请自收到本副本之日起十日内（工作日）"
                          + "提交答辩书和证据；未提交答辩书的，不影响仲裁程序进行（劳动争议调解仲裁法第三十条）。" + t2.getT1()
                          + respondentNotice(t2.getT2()),
                      user.accountId(),
                      Delivery.To.RESPONDENTS,
                      now)))
              .then(events.publish(new CaseAccepted(
                  updated.id(),
                  updated.caseNumber(),
                  updated.commissionId(),
                  now,
                  awardDue,
                  t.to()))));
    });
  }

  /**
   * 应诉须知 on the application copy: how to answer and by when, that the hearing's time and place follow in
   * the hearing notice, what to bring, and how to reach the commission (its recorded address, hours and
   * telephone, marked 待核实 when one source only gave them; else the 12333 line).
   */
  static String respondentNotice(Commission commission) {
    return "\n应诉须知：一、请在答辩期内在本平台“我的案件”中对申请人的各项请求逐项答辩并提交证据，也可以向仲裁委员会提交书面答辩书（一式两份）和证据材料。"
        + "答辩期自收到本副本之日起十日（劳动争议调解仲裁法第三十条；办案规则第三十三条），逾期未答辩的，不影响仲裁程序进行。"
        + "二、开庭的时间、地点另以开庭通知书告知，至迟于开庭五日前送达（劳动争议调解仲裁法第三十五条）。"
        + "三、到庭时请携带：" + BRING_EMPLOYER + "和答辩书；" + BRING_COMMON
        + "四、联系仲裁委员会：" + commission.contactLine();
  }

  /** Identity papers of a unit: the case file keeps the parties' 身份证明材料 (办案规则 第二十二条). */
  static final String BRING_EMPLOYER = "营业执照副本复印件，法定代表人（主要负责人）身份证明书及其身份证件（当事人的身份证明材料入卷，办案规则第二十二条）";

  static final String BRING_WORKER = "本人居民身份证（当事人的身份证明材料入卷，办案规则第二十二条）";
  static final String BRING_COMMON =
      "准备在庭上出示、质证的证据，有原件的带原件（当事人对自己的主张有责任提供证据，劳动争议调解仲裁法第六条、办案规则第十三条；当事人在庭上质证，第三十八条）；"
          + "委托他人参加的，提交有委托人签名或者盖章、载明委托事项和权限的委托书（第二十四条）及代理人的身份证件。";

  /**
   * The place of a hearing as the notice names it: the registered room's building, floor and name; else the
   * commission's recorded address with the room's name; else the room's name, saying the address is not
   * recorded. Never an invented address.
   */
  static String hearingPlace(
      Commission commission, String room, Optional<HearingPlaces.Place> registered) {
    if (registered.isPresent()) {
      HearingPlaces.Place p = registered.get();
      return commission.name() + "（" + p.address().strip() + " " + p.floor().strip() + " "
          + p.room().strip() + "）";
    }
    String address = commission.address();
    if (address != null && !address.isBlank()) {
      return commission.name() + "（" + address.strip()
          + (commission.contactVerified() ? "" : "（待核实）") + " " + room.strip() + "）";
    }
    return commission.name() + " " + room.strip() + "（审判庭地址尚未在本平台登记，请按下方电话查询）";
  }

  /** The 开庭通知书: date and place (第三十五条), what to bring, the consequences of not coming (第三十六条), whom to call. */
  static String hearingNotice(String caseNumber, String when, String place, Commission commission) {
    return "案号 " + caseNumber + " 定于 " + when + " 开庭审理。开庭地点：" + place + "。请准时到庭。"
        + "到庭时请携带：劳动者带" + BRING_WORKER + "；用人单位带" + BRING_EMPLOYER + "；" + BRING_COMMON
        + "有正当理由的，可以在开庭三日前请求延期开庭（劳动争议调解仲裁法第三十五条）。申请人无正当理由拒不到庭的，可以视为撤回仲裁申请；被申请人无正当理由拒不到庭的，可以缺席裁决（第三十六条）。"
        + "联系仲裁委员会：" + commission.contactLine();
  }

  Mono<Views.CaseView> reject(PortalUser user, UUID id, String reasons) {
    Instant now = clock.instant();
    return change(
        user,
        id,
        CaseAction.REJECT,
        c -> new Change(
            Map.of("rejection_reason", reasons, "closed_at", now),
            "REJECTED",
            "仲裁委员会决定不予受理",
            reasons,
            "case.rejected",
            Map.of("reasons", reasons),
            updated -> delivery.issue(
                updated,
                "REJECTION_NOTICE",
                "不予受理通知书",
                "你申请的劳动争议仲裁案（" + updated.reference() + "）不予受理。理由：" + reasons
                    + "。对不予受理决定不服的，可以就该劳动争议事项向人民法院提起诉讼（劳动争议调解仲裁法第二十九条）。",
                user.accountId(),
                Delivery.To.APPLICANT,
                now)));
  }

  Mono<Views.CaseView> requestCorrection(
      PortalUser user, UUID id, List<String> items, @Nullable String note) {
    Instant now = clock.instant();
    return (change(user, id, CaseAction.REQUEST_CORRECTION, c -> {
      Map<String, Object> sets = new LinkedHashMap<>();
      sets.put("correction_requested", true);
      sets.put("correction_items", filings.toJson(items));
      String list = String.join("；", items);
      return new Change(
          sets,
          "CORRECTION_REQUESTED",
          "仲裁委员会要求补正申请书",
          list,
          "case.correction-requested",
          note == null ? Map.of("items", items) : Map.of("items", items, "note", note),
          updated -> delivery.issue(
              updated,
              "CORRECTION_NOTICE",
              "补正通知书",
              "你的仲裁申请（" + updated.reference() + "）需要补正以下内容：" + list
                  + "。请在“我的案件”中修改申请书后重新提交；受理期限自收到补正后的申请书之日起计算。"
                  + (note == null ? "" : "说明：" + note),
              user.accountId(),
              Delivery.To.APPLICANT,
              now));
    }));
  }

  Mono<Views.CaseView> assign(PortalUser user, UUID id, UUID staffId) {
    return access
        .staffCase(user, id)
        .flatMap(c -> filings
            .staffMember(staffId)
            .filter(s -> s.commissionId().equals(c.commissionId())
                && (s.role().equals(StaffRole.MEDIATOR.name())
                    || s.role().equals(StaffRole.ARBITRATOR.name())))
            .switchIfEmpty(Mono.error(new BadStaffInput("staffId", "请选择本仲裁委员会的调解员或仲裁员。")))
            .flatMap(s -> {
              transitions.require(
                  c, CaseAction.ASSIGN, CaseTransitions.Actor.of(user, Party.STAFF));
              Instant now = clock.instant();
              return tx.transactional(filings
                      .set(id, c.status(), now, Map.of("assigned_to", staffId))
                      .flatMap(rows -> rows == 1
                          ? Mono.<Void>empty()
                          : Mono.error(
                              new FilingProblems.IllegalTransition(c.status(), "案件刚被他人办理，请刷新后再试。")))
                      .then(filings.event(
                          id,
                          now,
                          "ASSIGNED",
                          "已指定" + roleLabel(s.role()) + " " + s.name() + " 承办",
                          null))
                      .then(filings.audit(
                          id,
                          user.accountId(),
                          now,
                          "case.assigned",
                          Map.of("staffId", staffId.toString(), "role", s.role()))))
                  .then(staffView(user, id));
            }));
  }

  Mono<Views.CaseView> startMediation(PortalUser user, UUID id) {
    return change(
        user,
        id,
        CaseAction.START_MEDIATION,
        c -> new Change(
            Map.of(),
            "MEDIATION_STARTED",
            "开始调解",
            "仲裁庭在作出裁决前先行调解（劳动争议调解仲裁法第四十二条）。",
            "case.mediation-started",
            Map.of(),
            updated -> Mono.empty()));
  }

  Mono<Views.CaseView> recordAgreement(PortalUser user, UUID id, String terms) {
    Instant now = clock.instant();
    return change(
        user,
        id,
        CaseAction.RECORD_AGREEMENT,
        c -> new Change(
            Map.of("outcome_summary", terms),
            "MEDIATED",
            "达成调解协议，制作调解书",
            null,
            "case.mediated",
            Map.of(),
            updated -> delivery
                .issue(
                    updated,
                    "MEDIATION_AGREEMENT",
                    "调解书",
                    "案号 " + updated.caseNumber() + "。双方当事人自愿达成如下协议：" + terms
                        + "。调解书经双方当事人签收后，发生法律效力（劳动争议调解仲裁法第四十二条）。",
                    user.accountId(),
                    Delivery.To.BOTH,
                    now)
                .then(cancelHearings(updated, updated.status(), now))));
  }

  Mono<Views.CaseView> toArbitration(PortalUser user, UUID id, @Nullable String reason) {
    return change(
        user,
        id,
        CaseAction.MOVE_TO_ARBITRATION,
        c -> new Change(
            Map.of(),
            "ARBITRATION",
            c.status() == CaseStatus.IN_MEDIATION ? "调解不成，转入仲裁审理" : "进入仲裁审理",
            reason,
            "case.arbitration",
            reason == null ? Map.of() : Map.of("reason", reason),
            updated -> Mono.empty()));
  }

  Mono<Views.CaseView> scheduleHearing(PortalUser user, UUID id, String room, Instant startsAt) {
    LocalDate today = deadlines.today();
    LocalDate hearingDay = LocalDate.ofInstant(startsAt, clock.getZone());
    // 劳动争议调解仲裁法 第三十五条: the parties are told the date and place 5 days before the hearing.
    if (!deadlines.noticeEarlyEnough(today, hearingDay)) {
      return access
          .staffCase(user, id)
          .then(Mono.error(new FilingProblems.RuleViolated(
              "开庭通知时间不足",
              "仲裁庭应当在开庭五日前将开庭日期、地点书面通知双方当事人（劳动争议调解仲裁法第三十五条）。今天通知，最早可安排在 "
                  + FilingService.chinese(deadlines.earliestHearingDate(today)) + " 开庭。")));
    }
    UUID hearingId = UUID.randomUUID();
    Instant now = clock.instant();
    String when = WHEN.format(startsAt.atZone(clock.getZone()));
    return change(user, id, CaseAction.SCHEDULE_HEARING, c -> {
      return new Change(
          Map.of(),
          "HEARING_SCHEDULED",
          (c.status() == CaseStatus.HEARING_SCHEDULED ? "开庭时间变更：" : "安排开庭：") + when + "，" + room,
          null,
          "case.hearing-scheduled",
          Map.of("hearingId", hearingId.toString(), "room", room, "startsAt", startsAt.toString()),
          updated -> filings
              .hearings(id)
              .map(Filings.Hearing::id)
              .collectList()
              .flatMap(previous -> place(updated, room)
                  .flatMap(where -> filings
                      .insertHearing(
                          hearingId,
                          id,
                          room,
                          where.getT1(),
                          startsAt,
                          today,
                          user.accountId(),
                          now)
                      .then(delivery.issue(
                          updated,
                          "HEARING_NOTICE",
                          "开庭通知书",
                          hearingNotice(
                              String.valueOf(updated.caseNumber()),
                              when,
                              where.getT1(),
                              where.getT2()),
                          user.accountId(),
                          Delivery.To.BOTH,
                          now)))
                  .then(events.publish(
                      previous.isEmpty()
                          ? new HearingScheduled(
                              updated.id(),
                              hearingId,
                              updated.caseNumber(),
                              updated.commissionId(),
                              startsAt,
                              room,
                              causes(updated),
                              updated.application().applicant().name(),
                              respondentNames(updated))
                          : new HearingRescheduled(
                              updated.id(),
                              hearingId,
                              previous.getLast(),
                              updated.caseNumber(),
                              updated.commissionId(),
                              startsAt,
                              room,
                              causes(updated),
                              updated.application().applicant().name(),
                              respondentNames(updated))))));
    });
  }

  /** The hearing's place and the commission, for the notice. */
  private Mono<reactor.util.function.Tuple2<String, Commission>> place(CaseRecord c, String room) {
    String commissionId = c.commissionId() == null ? "" : c.commissionId();
    return Mono.zip(
            filings.commission(commissionId),
            places.of(commissionId, room).map(Optional::of).defaultIfEmpty(Optional.empty()))
        .map(t ->
            reactor.util.function.Tuples.of(hearingPlace(t.getT1(), room, t.getT2()), t.getT1()));
  }

  /**
   * Records the day the respondent received the application copy (书面送达 recorded by staff, or an
   * electronic service the commission confirmed): the defence period of 劳动争议调解仲裁法 第三十条 runs
   * from it. The day may not lie before acceptance or after today (400).
   */
  Mono<Views.CaseView> recordService(PortalUser user, UUID id, LocalDate servedOn, String method) {
    return access.staffCase(user, id).flatMap(c -> {
      transitions.require(
          c, CaseAction.RECORD_SERVICE, CaseTransitions.Actor.of(user, Party.STAFF));
      LocalDate today = deadlines.today();
      if (servedOn.isAfter(today)) {
        return Mono.error(
            new BadStaffInput("servedOn", "送达日期不能晚于今天（" + FilingService.chinese(today) + "）。"));
      }
      LocalDate accepted =
          c.acceptedAt() == null ? null : LocalDate.ofInstant(c.acceptedAt(), clock.getZone());
      if (accepted != null && servedOn.isBefore(accepted)) {
        return Mono.error(new BadStaffInput(
            "servedOn", "送达日期不能早于受理日期（" + FilingService.chinese(accepted) + "）。"));
      }
      return served(c, user.accountId(), servedOn, method, clock.instant(), false)
          .then(staffView(user, id));
    });
  }

  /**
   * Stores the service and its defence deadline, with timeline and audit, in one transaction; also used
   * by the read receipt, whose {@code servedAt} is the moment the respondent opened the copy ({@code opened}).
   */
  Mono<Void> served(
      CaseRecord c, UUID by, LocalDate servedOn, String method, Instant servedAt, boolean opened) {
    LocalDate defenceDue = deadlines.defenceDue(servedOn);
    Instant now = clock.instant();
    String how = "PAPER".equals(method) ? "书面送达" : "电子送达";
    return tx.transactional(filings
        .set(
            c.id(),
            c.status(),
            now,
            Map.of(
                "served_on",
                servedOn,
                "service_method",
                method,
                "served_at",
                servedAt,
                "defence_due",
                defenceDue))
        .flatMap(rows -> rows == 1
            ? Mono.<Void>empty()
            : Mono.error(new FilingProblems.IllegalTransition(c.status(), "案件刚被他人办理，请刷新后再试。")))
        .then(filings.event(
            c.id(),
            now,
            "SERVED",
            "申请书副本已送达被申请人（" + how + "，"
                + ("PAPER".equals(method)
                    ? FilingService.chinese(servedOn)
                    : WHEN.format(servedAt.atZone(clock.getZone())))
                + "）",
            "被申请人应在 " + FilingService.chinese(defenceDue)
                + " 前提交答辩书（劳动争议调解仲裁法第三十条：收到副本之日起十日内；办案规则第八十条：工作日）。"))
        .then(filings.recordService(
            c.id(),
            null,
            "RESPONDENT_COPY",
            "RESPONDENT",
            method,
            servedOn,
            opened ? servedAt : null,
            by,
            now))
        .then(filings.audit(
            c.id(),
            by,
            now,
            "case.served",
            Map.of(
                "servedOn",
                servedOn.toString(),
                "method",
                method,
                "defenceDue",
                defenceDue.toString()))));
  }

  /**
   * Records the day a party signed for the paper copy of one document (书面送达). Recording how a document was
   * delivered changes nothing in the case, so it is no action of the transition table and is possible in any
   * state (a 不予受理通知书 or a 裁决书 is served after the case has ended). The application copy on the
   * respondents is the case's service ({@link #recordService}): its defence period runs from that day. The
   * day may not lie before the document was issued or after today, the document must be addressed to that
   * party (400 at the field), and a service already recorded stands (409).
   *
   * @param party APPLICANT or RESPONDENT
   */
  Mono<Views.CaseView> recordDocumentService(
      PortalUser user, UUID id, UUID documentId, String party, LocalDate servedOn) {
    return access
        .staffCase(user, id)
        .flatMap(c -> filings
            .document(documentId)
            .filter(e -> e.getKey().equals(c.id()))
            .switchIfEmpty(Mono.error(new NoSuchDocument()))
            .flatMap(e -> {
              Filings.Document d = e.getValue();
              Party side = Party.valueOf(party);
              if (!CaseAccess.addressedTo(d, side)) {
                return Mono.error(new BadStaffInput(
                    "party", "《" + d.title() + "》不是送达" + sideLabel(party) + "的文书。"));
              }
              LocalDate today = deadlines.today();
              LocalDate issued = LocalDate.ofInstant(d.issuedAt(), clock.getZone());
              if (servedOn.isAfter(today)) {
                return Mono.error(new BadStaffInput(
                    "servedOn", "签收日期不能晚于今天（" + FilingService.chinese(today) + "）。"));
              }
              if (servedOn.isBefore(issued)) {
                return Mono.error(new BadStaffInput(
                    "servedOn", "签收日期不能早于文书制作的日期（" + FilingService.chinese(issued) + "）。"));
              }
              if (d.kind().equals("RESPONDENT_COPY") && side == Party.RESPONDENT) {
                return recordService(user, id, servedOn, "PAPER");
              }
              Instant now = clock.instant();
              return tx.transactional(filings
                      .recordService(
                          c.id(),
                          documentId,
                          null,
                          party,
                          "PAPER",
                          servedOn,
                          null,
                          user.accountId(),
                          now)
                      .flatMap(rows -> rows == 1
                          ? Mono.<Void>empty()
                          : Mono.error(new FilingProblems.RuleViolated(
                              "已记录送达", "《" + d.title() + "》已送达" + sideLabel(party) + "，不能再次记录。")))
                      .then(filings.event(
                          c.id(),
                          now,
                          "DOCUMENT_SERVED",
                          "《" + d.title() + "》已书面送达" + sideLabel(party) + "（"
                              + FilingService.chinese(servedOn) + "）",
                          null))
                      .then(filings.audit(
                          c.id(),
                          user.accountId(),
                          now,
                          "document.served",
                          Map.of(
                              "documentId",
                              documentId.toString(),
                              "kind",
                              d.kind(),
                              "party",
                              party,
                              "method",
                              "PAPER",
                              "servedOn",
                              servedOn.toString()))))
                  .then(staffView(user, id));
            }));
  }

  static String sideLabel(String party) {
    return "APPLICANT".equals(party) ? "申请人" : "被申请人";
  }

  static final class NoSuchDocument extends DomainProblem {
    NoSuchDocument() {
      super(HttpStatus.NOT_FOUND, "找不到文书", "本案没有这份文书。");
    }
  }

  /** Any staff member asks the director for the one extension of the award deadline, with the reason. */
  Mono<Views.CaseView> requestAwardExtension(PortalUser user, UUID id, String reason) {
    return access.staffCase(user, id).flatMap(c -> {
      transitions.require(
          c, CaseAction.REQUEST_AWARD_EXTENSION, CaseTransitions.Actor.of(user, Party.STAFF));
      Instant now = clock.instant();
      return tx.transactional(filings
              .set(
                  id,
                  c.status(),
                  now,
                  Map.of(
                      "extension_requested_at",
                      now,
                      "extension_requested_by",
                      user.accountId(),
                      "extension_request_reason",
                      reason))
              .flatMap(rows -> rows == 1
                  ? Mono.<Void>empty()
                  : Mono.error(
                      new FilingProblems.IllegalTransition(c.status(), "案件刚被他人办理，请刷新后再试。")))
              .then(
                  filings.event(id, now, "AWARD_EXTENSION_REQUESTED", "申请延长裁决期限，等待仲裁委员会主任批准", null))
              .then(filings.audit(
                  id,
                  user.accountId(),
                  now,
                  "case.award-extension-requested",
                  Map.of("reason", reason))))
          .then(staffView(user, id));
    });
  }

  /**
   * The director approves the one extension (劳动争议调解仲裁法 第四十三条; 办案规则 第四十五条): the award
   * deadline becomes 60 days from acceptance; the reason is recorded and both parties are told in writing.
   */
  Mono<Views.CaseView> extendAwardDeadline(PortalUser user, UUID id, String reason) {
    return access.staffCase(user, id).flatMap(c -> {
      transitions.require(
          c, CaseAction.EXTEND_AWARD_DEADLINE, CaseTransitions.Actor.of(user, Party.STAFF));
      // 第四十六条: from the latest restart (or acceptance), with the suspended days not counted.
      LocalDate from = c.awardPeriodFrom() != null
          ? c.awardPeriodFrom()
          : LocalDate.ofInstant(java.util.Objects.requireNonNull(c.acceptedAt()), clock.getZone());
      LocalDate due = awardDue(c, from, c.awardPeriodEvent(), true, c.awardPausedDays());
      Instant now = clock.instant();
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("reason", reason);
      detail.put("awardDue", due.toString());
      detail.put("approvedBy", user.displayName());
      if (c.extensionRequestReason() != null) {
        detail.put("requestReason", c.extensionRequestReason());
      }
      return tx.transactional(filings
              .set(id, c.status(), now, Map.of("award_extended", true, "award_due", due))
              .flatMap(rows -> rows == 1
                  ? Mono.<Void>empty()
                  : Mono.error(
                      new FilingProblems.IllegalTransition(c.status(), "案件刚被他人办理，请刷新后再试。")))
              .then(filings.event(
                  id,
                  now,
                  "AWARD_EXTENDED",
                  "经仲裁委员会主任批准，裁决期限延长至 " + FilingService.chinese(due),
                  reason))
              .then(filings.audit(id, user.accountId(), now, "case.award-extended", detail))
              .then(filings.find(id))
              .flatMap(updated -> delivery.issue(
                  updated,
                  "EXTENSION_NOTICE",
                  "延期审理通知书",
                  "案号 " + updated.caseNumber() + " 经仲裁委员会主任批准，裁决期限延长至 " + FilingService.chinese(due)
                      + "。理由：" + reason + "（劳动争议调解仲裁法第四十三条）。",
                  user.accountId(),
                  Delivery.To.BOTH,
                  now)))
          .then(staffView(user, id));
    });
  }

  /** What a staff member enters for an event of 办案规则 第四十六条 (or its suspension and resumption). */
  record PeriodEvent(
      CaseAction action,
      LocalDate on,
      String reason,
      @Nullable LocalDate receivedOn,
      @Nullable String party,
      @Nullable String commissionId) {}

  /**
   * Records an event after which the award period is counted anew or paused (劳动人事争议仲裁办案规则
   * 第四十六条): added or changed claims accepted (第四十四条; 第三项), a party added (第一项), a
   * counter-application received in the defence period accepted and merged (第三十六条; 第四项), the case
   * transferred (第九条) and the transfer accepted by the receiving commission (第五项), the hearing
   * suspended with the director's approval and resumed (第四十七条; 第六项: the suspended days are not
   * counted). The award deadline is recomputed, the parties are told in writing, and the audit trail
   * says why. A day after today or before the period's start, and a counter-application received
   * outside the defence period, are refused at the field (400).
   */
  Mono<Views.CaseView> periodEvent(PortalUser user, UUID id, PeriodEvent e) {
    return access.staffCase(user, id).flatMap(c -> {
      transitions.require(c, e.action(), CaseTransitions.Actor.of(user, Party.STAFF));
      LocalDate today = deadlines.today();
      LocalDate on = e.on();
      if (on.isAfter(today)) {
        return Mono.error(
            new BadStaffInput("on", "日期不能晚于今天（" + FilingService.chinese(today) + "）。"));
      }
      LocalDate accepted =
          LocalDate.ofInstant(java.util.Objects.requireNonNull(c.acceptedAt()), clock.getZone());
      LocalDate periodFrom = c.awardPeriodFrom() != null ? c.awardPeriodFrom() : accepted;
      if (on.isBefore(periodFrom)) {
        return Mono.error(new BadStaffInput(
            "on", "日期不能早于本案仲裁期限的起算日（" + FilingService.chinese(periodFrom) + "）。"));
      }
      Instant now = clock.instant();
      Map<String, Object> sets = new LinkedHashMap<>();
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("on", on.toString());
      detail.put("reason", e.reason());
      String audit;
      String title;
      String notice;
      String why;
      CaseDeadlines.Restart restart = CaseDeadlines.RESTARTS.get(e.action());
      switch (e.action()) {
        case SUSPEND -> {
          sets.put("suspended_on", on);
          sets.put("suspension_reason", e.reason());
          audit = "case.suspended";
          title = "经仲裁委员会主任批准，中止审理";
          why = "自" + FilingService.chinese(on) + "起中止审理，中止期间不计入仲裁期限（办案规则第四十六条第六项）。";
          notice =
              "案号 " + c.caseNumber() + " 经仲裁委员会主任批准，自 " + FilingService.chinese(on) + " 起中止审理。理由："
                  + e.reason() + "。中止审理的情形消除后，仲裁庭恢复审理；中止审理期间不计入仲裁期限（劳动人事争议仲裁办案规则第四十六条第六项、第四十七条）。";
        }
        case RESUME -> {
          LocalDate suspendedOn = java.util.Objects.requireNonNull(c.suspendedOn());
          if (on.isBefore(suspendedOn)) {
            return Mono.error(new BadStaffInput(
                "on", "恢复审理的日期不能早于中止审理的日期（" + FilingService.chinese(suspendedOn) + "）。"));
          }
          long paused = java.time.temporal.ChronoUnit.DAYS.between(suspendedOn, on);
          int total = Math.toIntExact(c.awardPausedDays() + paused);
          LocalDate due = awardDue(c, periodFrom, c.awardPeriodEvent(), c.awardExtended(), total);
          sets.put("suspended_on", new Filings.Cleared(LocalDate.class));
          sets.put("suspension_reason", new Filings.Cleared(String.class));
          sets.put("award_paused_days", total);
          sets.put("award_due", due);
          detail.put("pausedDays", paused);
          detail.put("awardDue", due.toString());
          audit = "case.resumed";
          title = "恢复审理，裁决期限顺延至 " + FilingService.chinese(due);
          why = "因中止审理 " + paused + " 日（" + FilingService.chinese(suspendedOn) + "至"
              + FilingService.chinese(on) + "）不计入仲裁期限（办案规则第四十六条第六项），裁决期限顺延至"
              + FilingService.chinese(due) + "。";
          notice = "案号 " + c.caseNumber() + " 中止审理的情形已消除，自 " + FilingService.chinese(on)
              + " 起恢复审理（劳动人事争议仲裁办案规则第四十七条）。" + "中止审理的 " + paused + " 日不计入仲裁期限（第四十六条第六项），仲裁庭应在 "
              + FilingService.chinese(due) + " 前作出裁决。";
        }
        case TRANSFER_JURISDICTION -> {
          String to = e.commissionId() == null ? "" : e.commissionId().strip();
          if (to.isEmpty() || to.equals(c.commissionId())) {
            return Mono.error(new BadStaffInput("commissionId", "请选择受移送的仲裁委员会（不能是本仲裁委员会）。"));
          }
          return filings.commissionNames().flatMap(names -> {
            String name = names.get(to);
            if (name == null) {
              return Mono.error(new BadStaffInput("commissionId", "没有这个仲裁委员会，请从列表中选择。"));
            }
            Map<String, Object> moved = new LinkedHashMap<>();
            moved.put("commission_id", to);
            moved.put("transfer_from", c.commissionId());
            moved.put("assigned_to", new Filings.Cleared(UUID.class));
            detail.put("to", to);
            String because = "本案移送至" + name + "，仲裁期限自其接受移送之日起重新计算（办案规则第四十六条第五项）。";
            detail.put("why", because);
            String body = c.reference() + " 经审查不属于" + names.getOrDefault(c.commissionId(), "本仲裁委员会")
                + "管辖，于 " + FilingService.chinese(on) + " 移送至" + name + "（劳动人事争议仲裁办案规则第九条）。理由："
                + e.reason() + "。仲裁期限自" + name + "接受移送之日起重新计算（第四十六条第五项）。";
            return record(
                    c,
                    user,
                    now,
                    moved,
                    "TRANSFERRED",
                    "移送至" + name,
                    because,
                    "case.transferred",
                    detail,
                    body)
                // the transferring commission no longer sees the case: show it as it now stands,
                // without its access check
                .then(filings.find(id))
                .flatMap(
                    updated -> access.view(new CaseAccess.Visible(updated, user, Party.STAFF)));
          });
        }
        default -> {
          if (restart == null) {
            return Mono.error(new IllegalStateException("not a period event: " + e.action()));
          }
          if (e.action() == CaseAction.ADD_PARTY
              && (e.party() == null || e.party().isBlank())) {
            return Mono.error(new BadStaffInput("party", "请填写追加的当事人（或第三人）的名称。"));
          }
          if (e.action() == CaseAction.ACCEPT_COUNTER_APPLICATION) {
            // 办案规则 第三十六条: made in the defence period; after it, a separate application.
            LocalDate received = e.receivedOn();
            if (received == null) {
              return Mono.error(new BadStaffInput("receivedOn", "请填写收到反申请的日期。"));
            }
            LocalDate servedOn = java.util.Objects.requireNonNull(c.servedOn());
            if (received.isAfter(on)) {
              return Mono.error(new BadStaffInput("receivedOn", "收到反申请的日期不能晚于受理反申请的日期。"));
            }
            if (received.isBefore(servedOn)
                || (c.defenceDue() != null && received.isAfter(c.defenceDue()))) {
              return Mono.error(new BadStaffInput(
                  "receivedOn",
                  "反申请应在答辩期间（" + FilingService.chinese(servedOn) + "收到申请书副本后至"
                      + (c.defenceDue() == null ? "答辩期满" : FilingService.chinese(c.defenceDue()))
                      + "）提出；被申请人答辩期满后对申请人提出反申请的，应当另行申请仲裁（劳动人事争议仲裁办案规则第三十六条）。"));
            }
            detail.put("receivedOn", received.toString());
          }
          if (e.party() != null && !e.party().isBlank()) {
            detail.put("party", e.party().strip());
          }
          LocalDate due = awardDue(c, on, e.action().name(), false, 0);
          sets.put("award_period_from", on);
          sets.put("award_period_event", e.action().name());
          sets.put("award_paused_days", 0);
          sets.put("award_due", due);
          // A period counted anew is a new period of 45 days (第四十五条); an extension of the old one
          // lapses.
          sets.put("award_extended", false);
          sets.put("extension_requested_at", new Filings.Cleared(Instant.class));
          sets.put("extension_request_reason", new Filings.Cleared(String.class));
          sets.put("extension_requested_by", new Filings.Cleared(UUID.class));
          if (e.action() == CaseAction.ACCEPT_TRANSFER) {
            sets.put("transfer_from", new Filings.Cleared(String.class));
          }
          detail.put("awardDue", due.toString());
          audit = switch (e.action()) {
            case CHANGE_CLAIMS -> "case.claims-changed";
            case ADD_PARTY -> "case.party-added";
            case ACCEPT_COUNTER_APPLICATION -> "case.counter-application-accepted";
            default -> "case.transfer-accepted";
          };
          why = "因" + restart.cause() + "，审理期限自" + FilingService.chinese(on) + "重新计算（办案规则第四十六条"
              + restart.itemText() + "），裁决期限至" + FilingService.chinese(due) + "。";
          title = e.action().label()
              + (e.party() == null || e.party().isBlank() ? "" : "：" + e.party().strip())
              + "，裁决期限重新计算至 " + FilingService.chinese(due);
          notice = "案号 " + c.caseNumber() + "：" + FilingService.chinese(on) + " "
              + e.action().label()
              + (e.party() == null || e.party().isBlank() ? "" : "（" + e.party().strip() + "）")
              + "。理由：" + e.reason() + "。"
              + "仲裁期限自" + restart.day() + "起重新计算（劳动人事争议仲裁办案规则第四十六条" + restart.itemText()
              + "），仲裁庭应在 " + FilingService.chinese(due) + " 前作出裁决。"
              + (e.action() == CaseAction.CHANGE_CLAIMS
                  ? "对增加或变更的仲裁请求，被申请人享有答辩期，明确表示放弃答辩期的除外（第四十四条）。"
                  : "");
        }
      }
      detail.put("why", why);
      return record(c, user, now, sets, e.action().name(), title, why, audit, detail, notice)
          .then(staffView(user, id));
    });
  }

  /** The award's last day after a restart or resumption, by the case's rule (办案规则 第四十五、四十六条). */
  private LocalDate awardDue(
      CaseRecord c, LocalDate from, @Nullable String event, boolean extended, int pausedDays) {
    CaseDeadlines.Restart restart =
        event == null ? null : CaseDeadlines.RESTARTS.get(CaseAction.valueOf(event));
    return deadlines
        .award(from, extended, restart == null ? null : restart.day(), pausedDays)
        .lastDay();
  }

  /** Stores a period event with its timeline entry, audit event and written notice to both parties, in one transaction. */
  private Mono<Void> record(
      CaseRecord c,
      PortalUser user,
      Instant now,
      Map<String, Object> sets,
      String eventKind,
      String title,
      String detail,
      String audit,
      Map<String, Object> auditDetail,
      String notice) {
    return tx.transactional(filings
        .set(c.id(), c.status(), now, sets)
        .flatMap(rows -> rows == 1
            ? Mono.<Void>empty()
            : Mono.error(new FilingProblems.IllegalTransition(c.status(), "案件刚被他人办理，请刷新后再试。")))
        .then(filings.event(c.id(), now, eventKind, title, detail))
        .then(filings.audit(c.id(), user.accountId(), now, audit, auditDetail))
        .then(filings.find(c.id()))
        .flatMap(updated -> delivery.issue(
            updated, "PERIOD_NOTICE", "仲裁期限通知书", notice, user.accountId(), Delivery.To.BOTH, now))
        .then());
  }

  Mono<Views.CaseView> award(PortalUser user, UUID id, String summary, boolean finalAward) {
    Instant now = clock.instant();
    return (change(user, id, CaseAction.AWARD, c -> {
      Map<String, Object> sets = Map.of("outcome_summary", summary, "final_award", finalAward);
      return new Change(
          sets,
          "AWARDED",
          finalAward ? "作出终局裁决" : "作出裁决",
          null,
          "case.awarded",
          Map.of("finalAward", finalAward),
          updated -> delivery
              .issue(
                  updated,
                  "AWARD",
                  "裁决书",
                  "案号 " + updated.caseNumber() + "。裁决如下：" + summary + "。"
                      + (finalAward
                          ? "本裁决为终局裁决，自作出之日起发生法律效力。劳动者不服的，可以自收到裁决书之日起十五日内向人民法院提起诉讼；用人单位有证据证明存在法定情形的，可以自收到之日起三十日内向中级人民法院申请撤销（劳动争议调解仲裁法第四十七条至第四十九条）。"
                          : "当事人不服本裁决的，可以自收到裁决书之日起十五日内向人民法院提起诉讼；期满不起诉的，裁决书发生法律效力（劳动争议调解仲裁法第五十条）。"),
                  user.accountId(),
                  Delivery.To.BOTH,
                  now)
              .then(events.publish(new AwardIssued(
                  updated.id(), updated.caseNumber(), updated.commissionId(), finalAward, now))));
    }));
  }

  Mono<Views.CaseView> close(PortalUser user, UUID id) {
    Instant now = clock.instant();
    return change(
        user,
        id,
        CaseAction.CLOSE,
        c -> new Change(
            Map.of("closed_at", now),
            "CLOSED",
            "结案",
            null,
            "case.closed",
            Map.of(),
            updated -> Mono.empty()));
  }

  /** Whom the case can be assigned to: its commission's mediators and arbitrators. */
  Mono<List<Views.Assignee>> assignees(PortalUser user, UUID id) {
    return access
        .staffCase(user, id)
        .flatMap(c -> filings
            .assignable(c.commissionId() == null ? "" : c.commissionId())
            .map(s -> new Views.Assignee(s.id(), s.name(), s.role(), roleLabel(s.role())))
            .collectList());
  }

  Mono<List<Filings.AuditEntry>> audit(PortalUser user, UUID id) {
    return access.staffCase(user, id).flatMap(c -> filings.auditTrail(id).collectList());
  }

  /** Cancels the case's scheduled hearings because it ended in {@code reason}, and says so. */
  private Mono<Void> cancelHearings(CaseRecord c, CaseStatus reason, Instant now) {
    return filings
        .cancelHearings(c.id(), now)
        .concatMap(h -> events.publish(
            new HearingCancelled(c.id(), h, c.caseNumber(), c.commissionId(), reason, now)))
        .then();
  }

  static List<ClaimType> causes(CaseRecord c) {
    return c.application().form().claimsOrEmpty().stream()
        .map(ApplicationForm.Claim::type)
        .filter(java.util.Objects::nonNull)
        .distinct()
        .toList();
  }

  static String respondentNames(CaseRecord c) {
    return String.join(
        "、",
        c.application().form().respondentsOrEmpty().stream()
            .map(ApplicationForm.Respondent::name)
            .filter(n -> n != null && !n.isBlank())
            .toList());
  }

  private static String roleLabel(String role) {
    return StaffRole.valueOf(role).label();
  }

  static final class BadStaffInput extends DomainProblem {
    private final String field;

    BadStaffInput(String field, String detail) {
      super(HttpStatus.BAD_REQUEST, "填写内容有误", detail);
      this.field = field;
    }

    @Override
    public List<FieldMessage> errors() {
      return List.of(new FieldMessage(field, detail()));
    }
  }
}
