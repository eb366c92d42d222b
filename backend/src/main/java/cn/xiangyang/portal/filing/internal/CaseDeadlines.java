package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.calculators.Citation;
import cn.xiangyang.portal.calculators.Deadlines;
import cn.xiangyang.portal.filing.CaseAction;
import cn.xiangyang.portal.filing.CaseStatus;
import cn.xiangyang.portal.filing.Party;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The deadlines that follow a case, for one viewer, counted by the {@link Deadlines} rules on the
 * legal calendar and judged against the injected clock: the acceptance decision from the day the
 * complete application was received, the defence from the recorded service on the respondent (未送达
 * until then, and never reported as expired), the award from acceptance with its one extension. When
 * the commission is late, the parties are told what the law then gives them.
 */
@Component
class CaseDeadlines {

  /**
   * 劳动争议调解仲裁法 第二十九条 (办案规则 第三十一条第二款): the applicant may go to court when the commission
   * does not decide in time; 解释（一）第十二条: the court accepts it unless one of its exceptions applies.
   */
  static final String ACCEPTANCE_OVERDUE =
      "仲裁委员会逾期未作出是否受理的决定。您可以就该劳动争议事项直接向人民法院提起诉讼（劳动争议调解仲裁法第二十九条）；人民法院应予受理，"
          + "但案件移送管辖或者有其他正当事由的除外（最高人民法院关于审理劳动争议案件适用法律问题的解释（一）第十二条）。您也可以继续等待或联系仲裁委员会询问。";

  /** 劳动争议调解仲裁法 第四十三条; 解释（一）第十二条; 办案规则 第四十八条: suing after an overdue award, its exceptions, and what follows. */
  static final String AWARD_OVERDUE =
      "仲裁庭逾期未作出仲裁裁决。当事人可以就该劳动争议事项向人民法院提起诉讼（劳动争议调解仲裁法第四十三条）。人民法院应予受理，"
          + "但案件存在移送管辖、正在送达或者送达延误、等待另案诉讼结果或评残结论、正在等待仲裁机构开庭、启动鉴定程序或者委托其他部门调查取证等正当事由的除外；"
          + "起诉时应当提交仲裁机构出具的受理通知书或者其他已接受仲裁申请的凭证（最高人民法院关于审理劳动争议案件适用法律问题的解释（一）第十二条）。"
          + "法院立案受理后，仲裁委员会终止审理；不起诉的，仲裁委员会继续处理（劳动人事争议仲裁办案规则第四十八条）。";

  /** A 第四十六条 event after which the award period is counted anew: the day it runs from, the cause, the item. */
  record Restart(String day, String cause, int item) {

    String itemText() {
      return "第" + "一二三四五六七".charAt(item - 1) + "项";
    }
  }

  /** 劳动人事争议仲裁办案规则 第四十六条 第一、三、四、五项, by the action that records the event. */
  static final Map<CaseAction, Restart> RESTARTS = Map.of(
      CaseAction.ADD_PARTY, new Restart("决定追加当事人之日", "追加当事人", 1),
      CaseAction.CHANGE_CLAIMS, new Restart("受理增加、变更仲裁请求之日", "增加、变更仲裁请求", 3),
      CaseAction.ACCEPT_COUNTER_APPLICATION, new Restart("受理反申请之日", "反申请", 4),
      CaseAction.ACCEPT_TRANSFER, new Restart("接受移送之日", "移送管辖", 5));

  static final String SUSPENDED = "中止审理中";
  static final String TRANSFER_PENDING = "移送管辖中";

  static final String NOT_SERVED = "未送达";

  private final Deadlines deadlines;

  CaseDeadlines(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  /** The deadlines that matter in the case's current state, for this viewer, soonest first where dated. */
  List<Views.DeadlineView> of(CaseRecord c, List<Views.DocumentView> documents, Party viewer) {
    List<Views.DeadlineView> list = new ArrayList<>();
    LocalDate today = deadlines.today();
    if (c.status() == CaseStatus.SUBMITTED && c.acceptanceDue() != null) {
      // 劳动争议调解仲裁法 第二十九条; 办案规则 第四十六条第二项: counted from the day the complete application
      // (after 补正, the corrected one) was received, which is the last submission.
      Deadlines.Deadline rule = c.submittedAt() == null
          ? null
          : deadlines.compute(Deadlines.Step.ACCEPTANCE, day(c.submittedAt()));
      boolean overdue = today.isAfter(c.acceptanceDue());
      list.add(dated(
          "ACCEPTANCE",
          "仲裁委员会决定是否受理的期限",
          c.acceptanceDue(),
          rule,
          Citation.arbitrationLaw(29),
          more(
              c.correctionRequested() ? List.of(Citation.caseHandlingRules(46)) : List.of(),
              overdue && viewer == Party.APPLICANT
                  ? List.of(Citation.spcInterpretation(12))
                  : List.of()),
          overdue && viewer == Party.APPLICANT ? ACCEPTANCE_OVERDUE : null));
    }
    if (c.status().pending()) {
      if (!c.served()) {
        if (viewer == Party.STAFF && c.acceptedAt() != null) {
          // 劳动争议调解仲裁法 第三十条: the copy is served within five (working) days of acceptance.
          Deadlines.Deadline service =
              deadlines.compute(Deadlines.Step.SERVICE, day(c.acceptedAt()));
          list.add(dated(
              "SERVICE",
              "将申请书副本送达被申请人的期限",
              service.lastDay(),
              service,
              Citation.arbitrationLaw(30),
              List.of(),
              null));
        }
        // 劳动争议调解仲裁法 第三十条: the defence period runs only from receipt; nobody is told it expired
        // before.
        list.add(new Views.DeadlineView(
            "DEFENCE",
            "被申请人提交答辩书的期限",
            null,
            null,
            Deadlines.Urgency.NOT_STARTED,
            Citation.arbitrationLaw(30),
            List.of(
                Citation.arbitrationLaw(30),
                Citation.caseHandlingRules(80),
                Citation.civilCode(201)),
            NOT_SERVED,
            "申请书副本尚未送达被申请人。答辩期自被申请人收到副本之日的次日起算，十日指工作日（劳动争议调解仲裁法第三十条；办案规则第八十条）；送达记录后这里显示截止日期。",
            null));
      } else if (c.defenceDue() != null
          && (viewer != Party.APPLICANT || !today.isAfter(c.defenceDue()))) {
        Deadlines.Deadline rule = deadlines.compute(Deadlines.Step.DEFENCE, c.servedOn());
        list.add(dated(
            "DEFENCE",
            "被申请人提交答辩书的期限",
            c.defenceDue(),
            rule,
            Citation.arbitrationLaw(30),
            List.of(),
            null));
      }
      if (c.transferPending()) {
        // 办案规则 第四十六条第五项: the period is counted anew from the receiving commission's acceptance.
        list.add(pending(
            "AWARD",
            "仲裁裁决期限",
            TRANSFER_PENDING,
            "本案已移送管辖（劳动人事争议仲裁办案规则第九条），仲裁期限自受移送的仲裁委员会接受移送之日起重新计算（第四十六条第五项）；接受移送后这里显示截止日期。",
            List.of(
                Citation.arbitrationLaw(43),
                Citation.caseHandlingRules(9),
                Citation.caseHandlingRules(46))));
      } else if (c.suspended()) {
        // 办案规则 第四十六条第六项: the time of a suspension is not counted; the last day is known only on
        // resumption.
        list.add(pending(
            "AWARD",
            "仲裁裁决期限",
            SUSPENDED,
            "本案自 " + FilingService.chinese(c.suspendedOn())
                + " 中止审理（劳动人事争议仲裁办案规则第四十七条），中止审理期间不计入仲裁期限（第四十六条第六项）；" + "恢复审理后，截止日期按中止的天数顺延并在这里显示。",
            List.of(
                Citation.arbitrationLaw(43),
                Citation.caseHandlingRules(46),
                Citation.caseHandlingRules(47))));
      } else if (c.awardDue() != null) {
        // 劳动争议调解仲裁法 第四十三条; 办案规则 第四十五条: 45 days from acceptance, 60 with the approved extension;
        // 第四十六条: counted anew after a restart, suspended days not counted.
        Deadlines.Deadline rule = awardRule(c);
        boolean overdue = today.isAfter(c.awardDue());
        list.add(dated(
            "AWARD",
            c.awardExtended() ? "仲裁裁决期限（已延长）" : "仲裁裁决期限",
            c.awardDue(),
            rule,
            Citation.arbitrationLaw(43),
            overdue && viewer != Party.STAFF
                ? List.of(Citation.spcInterpretation(12), Citation.caseHandlingRules(48))
                : List.of(),
            overdue && viewer != Party.STAFF ? AWARD_OVERDUE : null));
      }
    }
    if (c.status() == CaseStatus.AWARDED && viewer != Party.STAFF) {
      documents.stream()
          .filter(d -> d.kind().equals("AWARD"))
          .reduce((a, b) -> b)
          .ifPresent(award -> {
            LocalDate issued = day(award.issuedAt());
            // the day this party was served with the award, once recorded (opened in the inbox, or
            // the paper receipt)
            LocalDate served = award.services().stream()
                .filter(sv -> sv.party().equals(viewer.name()) && sv.servedOn() != null)
                .map(Views.ServiceView::servedOn)
                .findFirst()
                .orElse(null);
            // After a final award the employer cannot sue: it may apply to revoke within 30 days
            // (第四十九条); the
            // worker, and either party after any other award, may sue within 15 days (第四十八条、第五十条).
            boolean revocation = Boolean.TRUE.equals(c.finalAward()) && viewer == Party.RESPONDENT;
            LocalDate from = served != null ? served : issued;
            Deadlines.Deadline rule = deadlines.compute(
                revocation ? Deadlines.Step.REVOCATION : Deadlines.Step.LAWSUIT, from);
            Citation main = Citation.arbitrationLaw(
                revocation
                    ? 49
                    : Boolean.TRUE.equals(c.finalAward()) && viewer == Party.APPLICANT ? 48 : 50);
            String period =
                revocation ? "申请撤销终局裁决的期限（向中级人民法院，自收到裁决书之日起 30 日" : "不服裁决向人民法院起诉的期限（自收到裁决书之日起 15 日";
            list.add(dated(
                revocation ? "REVOCATION" : "LAWSUIT",
                served != null
                    ? period + "，" + FilingService.chinese(served) + " 送达）"
                    : period + "，尚未记录送达，这里按作出日计算，实际以签收日为准）",
                rule.lastDay(),
                rule,
                main,
                List.of(),
                null));
          });
    }
    return list;
  }

  /**
   * The award deadline's rule for this case: from acceptance, or from the latest 第四十六条 restart, with the
   * suspended days excluded and the approved extension; null before acceptance.
   */
  Deadlines.@Nullable Deadline awardRule(CaseRecord c) {
    if (c.acceptedAt() == null) {
      return null;
    }
    LocalDate from = c.awardPeriodFrom() != null ? c.awardPeriodFrom() : day(c.acceptedAt());
    Restart restart = c.awardPeriodEvent() == null
        ? null
        : RESTARTS.get(CaseAction.valueOf(c.awardPeriodEvent()));
    return deadlines.award(
        from, c.awardExtended(), restart == null ? null : restart.day(), c.awardPausedDays());
  }

  private static List<Citation> more(List<Citation> a, List<Citation> b) {
    List<Citation> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static Views.DeadlineView pending(
      String code, String title, String pending, String explanation, List<Citation> citations) {
    return new Views.DeadlineView(
        code,
        title,
        null,
        null,
        Deadlines.Urgency.NOT_STARTED,
        citations.getFirst(),
        citations,
        pending,
        explanation,
        null);
  }

  /** The deadlines a staff queue flags: near or past their last day (a period not yet begun is no flag). */
  static List<Views.DeadlineView> flags(List<Views.DeadlineView> all) {
    return all.stream()
        .filter(
            d -> d.urgency() == Deadlines.Urgency.NEAR || d.urgency() == Deadlines.Urgency.OVERDUE)
        .toList();
  }

  private Views.DeadlineView dated(
      String code,
      String title,
      LocalDate due,
      Deadlines.@Nullable Deadline rule,
      Citation main,
      List<Citation> more,
      @Nullable String note) {
    List<Citation> citations = new ArrayList<>();
    citations.add(main);
    if (rule != null) {
      rule.citations().stream().filter(x -> !citations.contains(x)).forEach(citations::add);
    }
    more.stream().filter(x -> !citations.contains(x)).forEach(citations::add);
    // The stored day is the case's; the rule's explanation is shown only when it counts to the same
    // day
    // (an administrator may have changed the calendar since).
    String explanation = rule != null && rule.lastDay().equals(due) ? rule.explanation() : null;
    return new Views.DeadlineView(
        code,
        title,
        due,
        deadlines.daysLeft(due),
        deadlines.urgency(due),
        main,
        List.copyOf(citations),
        null,
        explanation,
        note);
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, PortalZone.ZONE);
  }
}
