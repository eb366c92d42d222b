package cn.xiangyang.portal.ui.staff;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.api.FilingActionView;
import cn.xiangyang.portal.ui.api.FilingAssignee;
import cn.xiangyang.portal.ui.api.FilingAuditEntry;
import cn.xiangyang.portal.ui.api.FilingCaseView;
import cn.xiangyang.portal.ui.api.FilingDocumentView;
import cn.xiangyang.portal.ui.api.FilingServiceView;
import cn.xiangyang.portal.ui.filing.ApplicationPdfLink;
import cn.xiangyang.portal.ui.filing.CaseFacts;
import cn.xiangyang.portal.ui.filing.CaseParts;
import cn.xiangyang.portal.ui.filing.FilingClient;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.LabelledSelect;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAccessControl;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One case for staff: the application, deadlines, hearings, the actions its status allows (the backend
 * decides; a refusal such as a hearing with under 5 days' notice is shown as it says it) and the audit trail.
 */
@Route(value = "staff/cases/:id", layout = MainLayout.class)
@PageTitle("案件办理 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("styles/filing.css")
@RolesAllowed(PortalAccessControl.STAFF)
public class StaffCaseView extends Main implements BeforeEnterObserver {

  private final StaffClient staff;
  private final FilingClient filings;
  private final CurrentUser currentUser;
  private final H1 title = new H1("案件办理");
  final ProblemAlert alert = new ProblemAlert();
  private final Div content = new Div();
  private @Nullable String token;
  private @Nullable UUID accountId;

  final TextField room = new TextField("仲裁庭");
  final DateTimePicker startsAt = new DateTimePicker("开庭时间");

  public StaffCaseView(StaffClient staff, FilingClient filings, CurrentUser currentUser) {
    this.staff = staff;
    this.filings = filings;
    this.currentUser = currentUser;
    addClassNames("page", "staff-case");
    room.setHelperText("填写在“庭审管理”页登记的审判庭名称，例如“第一仲裁庭”；开庭通知书会印出它的地址和楼层");
    room.setWidthFull();
    startsAt.setHelperText("北京时间；应在书面通知送达后至少 5 日开庭（劳动争议调解仲裁法 第三十五条）");
    startsAt.setLocale(java.util.Locale.CHINA);
    // Typed or picked: on a phone an auto-opening calendar would cover the page and block typing.
    startsAt.setDatePickerI18n(CaseParts.chineseDates());
    startsAt.setAutoOpen(false);
    startsAt.setDatePlaceholder("年/月/日");
    startsAt.setWidthFull();
    add(title, alert, content);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String id = event.getRouteParameters().get("id").orElse("");
    SignedIn signedIn = currentUser.required();
    token = signedIn.token();
    accountId = signedIn.account().id();
    alert.clear();
    try {
      UUID caseId = UUID.fromString(id);
      show(staff.caseOf(token, caseId));
    } catch (IllegalArgumentException | BackendProblem notFound) {
      content.removeAll();
      content.add(new Paragraph("找不到这个案件。"), new RouterLink("返回案件列表", StaffQueueView.class));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
  }

  void show(FilingCaseView c) {
    content.removeAll();
    title.setText(
        c.caseNumber() != null
            ? c.caseNumber()
            : c.applicationNumber() != null ? c.applicationNumber() : "案件办理");
    Div summary = new Div(
        new Paragraph("状态：" + (c.statusLabel() == null ? c.status() : c.statusLabel())),
        new Paragraph("方式：" + CaseParts.procedureText(c.procedure())),
        new Paragraph("申请人：" + (c.applicant() == null ? "—" : c.applicant().name())));
    summary.addClassNames("card", "case-summary");
    if (c.application() != null) {
      c.application()
          .respondents()
          .forEach(r -> summary.add(new Paragraph(
              "被申请人：" + r.name() + (r.creditCode() == null ? "" : "（" + r.creditCode() + "）"))));
    }
    if (c.assignedTo() != null) {
      summary.add(new Paragraph("承办人员："
          + (c.assignedTo().equals(accountId)
              ? "我"
              : c.assignedToName() != null ? c.assignedToName() : "已指派")));
    }
    if (token != null) {
      // The application PDF and the whole application with its evidence, to read before deciding.
      Div links = new Div(ApplicationPdfLink.of(
          filings, token, c.id(), c.caseNumber() != null ? c.caseNumber() : c.applicationNumber()));
      links.addClassName("case-links");
      summary.add(links);
    }
    content.add(summary);
    if (token != null) {
      content.add(CaseFacts.of(c, filings, token));
    }
    content.add(section("期限", CaseParts.deadlines(c.deadlines(), null)));
    Div hearings = new Div();
    c.hearings().forEach(h -> hearings.add(CaseParts.hearing(h)));
    if (c.hearings().isEmpty()) {
      hearings.add(new Paragraph("尚未安排开庭。"));
    }
    content.add(section("开庭", hearings));
    content.add(actions(c));
    content.add(documents(c));
    content.add(section("办理经过", CaseParts.timeline(c.timeline())));
    content.add(audit(c.id()));
    content.add(new RouterLink("返回案件列表", StaffQueueView.class));
  }

  /**
   * The actions the backend's transition table allows this staff member now, each with its form;
   * the ones it does not allow are listed with the backend's reason. No status is interpreted here.
   */
  private Section actions(FilingCaseView c) {
    Section section = section("办理");
    for (FilingActionView a : c.allowedActions()) {
      if (Boolean.TRUE.equals(a.allowed())) {
        Details form = form(a, c);
        if (form != null) {
          section.add(form);
        }
      }
    }
    if (section.getComponentCount() == 1) {
      section.add(new Paragraph("此状态下没有可办理的事项。"));
    }
    List<FilingActionView> refused = c.allowedActions().stream()
        .filter(a -> !Boolean.TRUE.equals(a.allowed()) && a.reason() != null)
        .toList();
    if (!refused.isEmpty()) {
      UnorderedList why = new UnorderedList();
      refused.forEach(a ->
          why.add(new ListItem((a.label() == null ? a.action() : a.label()) + "：" + a.reason())));
      section.add(new Details("暂不能办理的事项", why));
    }
    return section;
  }

  /** The form of one allowed action, or null for an action this page does not offer. */
  private @Nullable Details form(FilingActionView a, FilingCaseView c) {
    String name = a.label() == null ? a.action() : a.label();
    return switch (a.action()) {
      case "ACCEPT" -> {
        TextArea note = area("受理备注（选填）", "");
        // what acceptance leads to follows the applicant's choice (the backend's transition table)
        note.setHelperText(
            "ARBITRATION".equals(c.procedure())
                ? "申请人选择仲裁：受理后直接转入仲裁审理，无需再转入仲裁。"
                : "申请人选择先行调解：受理后先行调解，调解不成的再转入仲裁。");
        yield form(name, "accept", note, () -> Map.of("note", note.getValue()));
      }
      case "REJECT" -> {
        TextArea reasons = area("不予受理的理由", "例如：申请人的请求不属于劳动争议");
        yield form(name, "reject", reasons, () -> Map.of("reasons", reasons.getValue()));
      }
      case "REQUEST_CORRECTION" -> {
        TextArea items = area("需补正的事项（每行一项）", "例如：被申请人的统一社会信用代码");
        yield form(
            name,
            "request-correction",
            items,
            () -> Map.of(
                "items",
                items
                    .getValue()
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .toList()));
      }
      case "ASSIGN" -> {
        // Picked from the commission's mediators and arbitrators, never typed as an id (issue 14).
        List<FilingAssignee> colleagues;
        try {
          colleagues = staff.assignees(token == null ? "" : token, c.id());
        } catch (BackendProblem | BackendUnavailable e) {
          colleagues = List.of();
        }
        if (colleagues.isEmpty()) {
          yield null;
        }
        LabelledSelect<FilingAssignee> who = new LabelledSelect<>();
        who.setItems(colleagues);
        who.setLabel("承办人员");
        who.setItemLabelGenerator(
            s -> s.name() + (s.roleLabel() == null ? "" : "（" + s.roleLabel() + "）"));
        who.setValue(colleagues.stream()
            .filter(s -> s.id().equals(c.assignedTo()))
            .findFirst()
            .orElse(colleagues.getFirst()));
        who.setWidthFull();
        who.setHelperText("本仲裁委员会的调解员和仲裁员");
        yield form(
            name,
            "assign",
            who,
            () -> Map.of(
                "staffId", who.getValue() == null ? "" : who.getValue().id().toString()));
      }
      case "START_MEDIATION" -> form(name, "mediation", new Div(), () -> Map.of("action", "START"));
      case "RECORD_AGREEMENT" -> {
        TextArea terms = area("调解协议内容", "例如：被申请人于某年某月某日前支付申请人工资 13500 元");
        yield form(
            name,
            "mediation",
            terms,
            () -> Map.of("action", "AGREEMENT", "terms", terms.getValue()));
      }
      case "MOVE_TO_ARBITRATION" -> {
        TextArea reason = area("说明（选填）", "例如：调解不成");
        yield form(name, "arbitration", reason, () -> Map.of("reason", reason.getValue()));
      }
      case "SCHEDULE_HEARING" -> {
        if (startsAt.getValue() == null) {
          // the earliest day the law allows, as the backend counts it; a week ahead if it cannot be
          // asked
          LocalDate today = LocalDate.now(CaseParts.ZONE);
          LocalDate earliest = staff.earliestHearingDay(today);
          startsAt.setValue((earliest != null ? earliest : today.plusDays(7)).atTime(9, 30));
        }
        Div fields = new Div(room, startsAt);
        yield form(name, "hearings", fields, () -> {
          Map<String, Object> body = new HashMap<>();
          body.put("room", room.getValue());
          if (startsAt.getValue() != null) {
            body.put(
                "startsAt",
                startsAt.getValue().atZone(CaseParts.ZONE).toInstant().toString());
          }
          return body;
        });
      }
      case "RECORD_SERVICE" -> {
        DatePicker servedOn = new DatePicker("被申请人签收日期");
        servedOn.setI18n(CaseParts.chineseDates());
        servedOn.setHelperText("答辩期自签收之日的次日起算十个工作日");
        servedOn.setValue(LocalDate.now(CaseParts.ZONE));
        servedOn.setWidthFull();
        LabelledSelect<String> method = new LabelledSelect<>();
        method.setItems("PAPER", "ELECTRONIC");
        method.setLabel("送达方式");
        method.setItemLabelGenerator(
            m -> "PAPER".equals(m) ? "书面送达（直接送达或邮寄签收）" : "电子送达（经同意，已确认收到）");
        method.setValue("PAPER");
        method.setWidthFull();
        yield form(name, "service", new Div(servedOn, method), () -> {
          Map<String, Object> body = new HashMap<>();
          if (servedOn.getValue() != null) {
            body.put("servedOn", servedOn.getValue().toString());
          }
          body.put("method", method.getValue() == null ? "PAPER" : method.getValue());
          return body;
        });
      }
      case "REQUEST_AWARD_EXTENSION" -> {
        TextArea reason = area("申请延期的理由", "例如：案情复杂，需要鉴定；由仲裁委员会主任批准");
        yield form(name, "extension-request", reason, () -> Map.of("reason", reason.getValue()));
      }
      case "EXTEND_AWARD_DEADLINE" -> {
        TextArea reason = area(
            "批准延期的理由",
            c.extensionRequestReason() == null
                ? "案情复杂需要延期的，延长不得超过十五日"
                : "承办人员申请的理由：" + c.extensionRequestReason());
        yield form(name, "extension", reason, () -> Map.of("reason", reason.getValue()));
      }
      case "AWARD" -> {
        TextArea summary = area("裁决主文", "例如：被申请人于本裁决生效之日起十日内支付申请人工资 13500.00 元");
        Checkbox finalAward = new Checkbox("终局裁决");
        yield form(
            name,
            "award",
            new Div(summary, finalAward),
            () -> Map.of("summary", summary.getValue(), "finalAward", finalAward.getValue()));
      }
      case "CLOSE" -> form(name, "close", new Div(), Map::of);
      // 劳动人事争议仲裁办案规则 第四十六条: the events after which the award period is counted anew or paused.
      case "CHANGE_CLAIMS" ->
        periodForm(
            a,
            name,
            "受理增加、变更仲裁请求的日期",
            "申请人在举证期限届满前提出、经仲裁庭审查受理的（第四十四条）；仲裁期限自受理之日起重新计算（第四十六条第三项），被申请人另有答辩期",
            null);
      case "ADD_PARTY" -> {
        TextField party = new TextField("追加的当事人或第三人");
        party.setHelperText("例如：襄阳某某劳务派遣有限公司（用工单位）");
        party.setWidthFull();
        yield periodForm(a, name, "决定追加的日期", "仲裁期限自决定追加之日起重新计算（第四十六条第一项）", party);
      }
      case "ACCEPT_COUNTER_APPLICATION" -> {
        DatePicker receivedOn = datePicker("收到反申请的日期", "应在被申请人的答辩期内；答辩期满后提出的，应当另行申请仲裁（第三十六条）");
        yield periodForm(
            a, name, "受理反申请的日期", "决定受理并与本申请合并处理的日期；仲裁期限自受理反申请之日起重新计算（第四十六条第四项）", receivedOn);
      }
      case "TRANSFER_JURISDICTION" -> {
        List<StaffClient.Commission> all = staff.commissions().stream()
            .filter(m -> c.commission() == null || !m.id().equals(c.commission().id()))
            .toList();
        if (all.isEmpty()) {
          yield null;
        }
        LabelledSelect<StaffClient.Commission> to = new LabelledSelect<>();
        to.setItems(all);
        to.setLabel("受移送的仲裁委员会");
        to.setItemLabelGenerator(StaffClient.Commission::name);
        to.setValue(all.getFirst());
        to.setWidthFull();
        yield periodForm(a, name, "移送的日期", "不属于本委员会管辖的，移送有管辖权的仲裁委员会并书面通知当事人（第九条）", to);
      }
      case "ACCEPT_TRANSFER" -> periodForm(a, name, "接受移送的日期", "仲裁期限自接受移送之日起重新计算（第四十六条第五项）", null);
      case "SUSPEND" ->
        periodForm(a, name, "中止审理的日期", "经仲裁委员会主任批准（第四十七条）；中止期间不计入仲裁期限（第四十六条第六项）", null);
      case "RESUME" -> periodForm(a, name, "恢复审理的日期", "中止的情形消除后恢复审理；中止的天数不计入仲裁期限", null);
      default -> null;
    };
  }

  private static DatePicker datePicker(String label, String helper) {
    DatePicker picker = new DatePicker(label);
    picker.setI18n(CaseParts.chineseDates());
    picker.setHelperText(helper);
    picker.setAutoOpen(false);
    picker.setPlaceholder("年/月/日");
    picker.setWidthFull();
    return picker;
  }

  /**
   * The form of an event of 办案规则 第四十六条 (or a suspension and its resumption): the day, the reason
   * and, for some, one more field; the backend recomputes the award deadline and says why in the audit trail.
   */
  private Details periodForm(
      FilingActionView a, String name, String dayLabel, String helper, @Nullable Component extra) {
    DatePicker on = datePicker(dayLabel, helper);
    on.setValue(LocalDate.now(CaseParts.ZONE));
    TextArea reason = area("理由或依据", "写明事实和依据，将记入审计记录并书面通知双方当事人");
    Map<String, com.vaadin.flow.component.HasValidation> named = new HashMap<>();
    named.put("on", on);
    named.put("reason", reason);
    if (extra instanceof com.vaadin.flow.component.HasValidation field) {
      named.put(
          extra instanceof DatePicker
              ? "receivedOn"
              : extra instanceof TextField ? "party" : "commissionId",
          field);
    }
    Div fields = extra == null ? new Div(on, reason) : new Div(on, extra, reason);
    return form(
        name,
        "period-events",
        fields,
        () -> {
          Map<String, Object> body = new HashMap<>();
          body.put("action", a.action());
          if (on.getValue() != null) {
            body.put("on", on.getValue().toString());
          }
          body.put("reason", reason.getValue());
          if (extra instanceof DatePicker received && received.getValue() != null) {
            body.put("receivedOn", received.getValue().toString());
          }
          if (extra instanceof TextField party) {
            body.put("party", party.getValue());
          }
          if (extra instanceof LabelledSelect<?> select
              && select.getValue() instanceof StaffClient.Commission to) {
            body.put("commissionId", to.id());
          }
          return body;
        },
        named);
  }

  /** One action: its fields and a button; the backend's refusal is shown in the alert above. */
  private Details form(
      String name, String action, Component fields, Supplier<Map<String, ?>> body) {
    return form(name, action, fields, body, Map.of());
  }

  /** As above, with the form's fields by the backend's field names, so that a refusal is shown at its field. */
  private Details form(
      String name,
      String action,
      Component fields,
      Supplier<Map<String, ?>> body,
      Map<String, com.vaadin.flow.component.HasValidation> named) {
    String path = action;
    Button run = new Button(name);
    run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    run.setDisableOnClick(true);
    run.addClickListener(e -> {
      alert.clear();
      try {
        FilingCaseView updated =
            staff.act(token == null ? "" : token, currentCaseId(), path, body.get());
        show(updated);
        alert.clear();
      } catch (BackendProblem refusal) {
        Map<String, com.vaadin.flow.component.HasValidation> atFields = new HashMap<>(named);
        atFields.put("room", room);
        atFields.put("startsAt", startsAt);
        alert.show(refusal, atFields, "操作没有成功。");
        if ("hearings".equals(path) && refusal.problem().errors().isEmpty()) {
          // A refused hearing is about its time (notice period, working day): say so at the field.
          startsAt.setErrorMessage(refusal.detailOr("请换一个开庭时间。"));
          startsAt.setInvalid(true);
        }
      } catch (BackendUnavailable down) {
        alert.show(BackendUnavailable.MESSAGE + "。");
      } finally {
        run.setEnabled(true);
      }
    });
    Div inside = new Div(fields, run);
    inside.addClassName("action-form");
    Details details = new Details(name, inside);
    details.addClassName("action");
    return details;
  }

  private UUID caseId = new UUID(0, 0);

  private UUID currentCaseId() {
    return caseId;
  }

  private Section audit(UUID id) {
    caseId = id;
    Section section = section("审计记录");
    if (token == null) {
      return section;
    }
    try {
      List<FilingAuditEntry> entries = staff.audit(token, id);
      UnorderedList list = new UnorderedList();
      list.addClassName("timeline");
      // The backend's words for each entry: who (with their side of the case) did what, never a
      // code.
      entries.forEach(a -> list.add(new ListItem(
          new Span(CaseParts.dateTime(a.occurredAt())),
          new Span((a.actorLabel() == null ? "系统" : a.actorLabel()) + "　"
              + (a.actionLabel() == null ? "其他操作" : a.actionLabel())
              + (a.why() == null ? "" : "：" + a.why())))));
      section.add(list);
    } catch (BackendProblem | BackendUnavailable e) {
      section.add(new Paragraph("审计记录暂时无法显示。"));
    }
    return section;
  }

  /** Every document of the case with its addressee (staff see all of them). */
  private Section documents(FilingCaseView c) {
    Section section = section("文书");
    for (FilingDocumentView d : c.documents()) {
      String to = d.addressee() == null
          ? ""
          : switch (d.addressee()) {
            case "APPLICANT" -> "送申请人";
            case "RESPONDENTS" -> "送被申请人";
            default -> "送双方";
          };
      Div inside = new Div();
      // 送达 on each side it is addressed to; a paper service not yet recorded can be recorded here
      for (FilingServiceView s : d.services()) {
        Paragraph line = new Paragraph(s.text());
        line.addClassName("service");
        inside.add(line);
        if ("NONE".equals(s.method())) {
          inside.add(paperService(c, d, s.party()));
        }
      }
      Paragraph body = new Paragraph(d.body() == null ? "" : d.body());
      body.addClassName("prewrap");
      inside.add(body);
      Details details =
          new Details(d.title() + "（" + to + "，" + CaseParts.dateTime(d.issuedAt()) + "）", inside);
      details.addClassName("document");
      section.add(details);
    }
    if (c.documents().isEmpty()) {
      section.add(new Paragraph("尚未制作文书。"));
    }
    return section;
  }

  /** 书面送达 of one document on one side: the day the party signed for it, recorded by staff. */
  private Div paperService(FilingCaseView c, FilingDocumentView d, String party) {
    String side = "APPLICANT".equals(party) ? "申请人" : "被申请人";
    DatePicker servedOn = new DatePicker(side + "签收日期");
    servedOn.setI18n(CaseParts.chineseDates());
    servedOn.setValue(LocalDate.now(CaseParts.ZONE));
    servedOn.setHelperText("书面送达的，填写签收日期；同意电子送达的当事人打开文书时自动记录");
    Button record = new Button("记录" + side + "书面送达");
    record.setDisableOnClick(true);
    record.addClickListener(e -> {
      alert.clear();
      try {
        show(staff.recordDocumentService(
            token == null ? "" : token, c.id(), d.id(), party, servedOn.getValue()));
      } catch (BackendProblem refusal) {
        alert.show(refusal, Map.of("servedOn", servedOn), "没有记录成功。");
        if (refusal.problem().errors().isEmpty()) {
          servedOn.setErrorMessage(refusal.detailOr("没有记录成功。"));
          servedOn.setInvalid(true);
        }
      } catch (BackendUnavailable down) {
        alert.show(BackendUnavailable.MESSAGE + "。");
      } finally {
        record.setEnabled(true);
      }
    });
    Div box = new Div(servedOn, record);
    box.addClassName("paper-service");
    return box;
  }

  private static TextArea area(String label, String helper) {
    TextArea area = new TextArea(label);
    area.setHelperText(helper);
    area.setWidthFull();
    return area;
  }

  private static Section section(String heading, Component... parts) {
    Section section = new Section(new H2(heading));
    section.add(parts);
    return section;
  }
}
