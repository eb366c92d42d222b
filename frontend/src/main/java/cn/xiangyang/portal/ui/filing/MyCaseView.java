package cn.xiangyang.portal.ui.filing;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.api.FilingCaseView;
import cn.xiangyang.portal.ui.api.FilingClaim;
import cn.xiangyang.portal.ui.api.FilingDocumentView;
import cn.xiangyang.portal.ui.api.FilingEvidenceView;
import cn.xiangyang.portal.ui.filing.FilingApi.ClaimAnswerRequest;
import cn.xiangyang.portal.ui.filing.FilingApi.DefenceRequest;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAccessControl;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One case for a party: status, what the worker can do now (answer a 补正 request, add evidence, withdraw),
 * deadlines ahead (urgency in colour and words), hearings, the documents addressed to the viewer with how
 * they were served, the application as filed with its evidence opened in place, and the timeline. An
 * employer named in the claim answers it claim by claim (答辩) with its own evidence, or declines.
 */
@Route(value = "my-cases/:id", layout = MainLayout.class)
@PageTitle("案件详情 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("styles/filing.css")
@RolesAllowed({PortalAccessControl.WORKER, PortalAccessControl.EMPLOYER, PortalAccessControl.VISITOR
})
public class MyCaseView extends Main implements BeforeEnterObserver {

  private final FilingClient filings;
  private final CurrentUser currentUser;
  private final H1 title = new H1("案件详情");
  private final ProblemAlert alert = new ProblemAlert();
  private final Div content = new Div();
  final TextArea statement = new TextArea("答辩意见");
  private @Nullable String token;

  public MyCaseView(FilingClient filings, CurrentUser currentUser) {
    this.filings = filings;
    this.currentUser = currentUser;
    addClassNames("page", "my-case");
    statement.setWidthFull();
    statement.setMinHeight("10rem");
    statement.setMaxLength(10000);
    statement.setHelperText("写明贵单位对申请人各项请求的意见和理由，例如：工资已于某月某日支付，有银行流水为证。");
    add(title, alert, content);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String id = event.getRouteParameters().get("id").orElse("");
    SignedIn signedIn = currentUser.required();
    token = signedIn.token();
    alert.clear();
    content.removeAll();
    try {
      show(filings.caseOf(token, UUID.fromString(id)));
    } catch (IllegalArgumentException | BackendProblem notFound) {
      content.add(new Paragraph("找不到这个案件。"), new RouterLink("返回我的案件", MyCasesView.class));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
  }

  void show(FilingCaseView c) {
    content.removeAll();
    title.setText(
        c.caseNumber() != null
            ? c.caseNumber()
            : c.applicationNumber() != null ? c.applicationNumber() : "案件详情");
    Div summary = new Div(
        new Paragraph("状态：" + (c.statusLabel() == null ? c.status() : c.statusLabel())),
        new Paragraph("方式：" + CaseParts.procedureText(c.procedure())));
    summary.addClassNames("card", "case-summary");
    if (c.commission() != null) {
      summary.add(new Paragraph("受理机构：" + c.commission().name()));
    }
    if (c.applicant() != null) {
      summary.add(new Paragraph("申请人：" + c.applicant().name()));
    }
    if (c.application() != null) {
      c.application()
          .respondents()
          .forEach(r -> summary.add(new Paragraph("被申请人：" + WizardText.nz(r.name()))));
    }
    if (c.rejectionReason() != null) {
      summary.add(new Paragraph("不予受理的理由：" + c.rejectionReason()));
    }
    if (c.outcomeSummary() != null) {
      summary.add(new Paragraph("结果：" + c.outcomeSummary()));
    }
    content.add(summary);

    if ("APPLICANT".equals(c.role())) {
      content.add(applicantActions(c));
    }
    content.add(section("需要注意的期限", CaseParts.deadlines(c.deadlines(), filings)));

    Div hearings = new Div();
    c.hearings().forEach(h -> hearings.add(CaseParts.hearing(h)));
    if (c.hearings().isEmpty()) {
      hearings.add(new Paragraph("还没有安排开庭。安排后会在这里和“我的消息”里通知您。"));
    }
    content.add(section("开庭安排", hearings));

    Div documents = new Div();
    for (FilingDocumentView d : c.documents()) {
      Div inside = new Div();
      if (d.service() != null) {
        Paragraph service = new Paragraph(d.service());
        service.addClassName("service");
        inside.add(service);
      }
      Paragraph body = new Paragraph(d.body() == null ? "" : d.body());
      body.addClassName("prewrap");
      inside.add(body);
      if (token != null) {
        inside.add(ApplicationPdfLink.ofDocument(
            filings,
            token,
            c.id(),
            c.caseNumber() != null ? c.caseNumber() : c.applicationNumber(),
            d));
      }
      Details details =
          new Details(d.title() + "（" + CaseParts.dateTime(d.issuedAt()) + "）", inside);
      details.addClassName("document");
      documents.add(details);
    }
    if (c.documents().isEmpty()) {
      documents.add(new Paragraph("还没有收到文书。"));
    }
    content.add(section("收到的文书", documents));

    if (token != null) {
      content.add(CaseFacts.of(c, filings, token));
    }
    if ("RESPONDENT".equals(c.role())) {
      content.add(defence(c));
    }
    content.add(section("办理经过", CaseParts.timeline(c.timeline())));
    // One link per line, full width: side by side on a phone they squeezed each other (issue 14).
    Div links = new Div();
    links.addClassName("case-links");
    if (!FilingApi.isDraft(c) && token != null) {
      links.add(ApplicationPdfLink.of(
          filings, token, c.id(), c.caseNumber() != null ? c.caseNumber() : c.applicationNumber()));
    }
    links.add(new RouterLink("返回我的案件", MyCasesView.class));
    content.add(links);
  }

  /**
   * What the worker can do now, from the backend's transition table: answer a 补正 request in place,
   * add evidence until the hearing, withdraw with the consequence shown first.
   */
  private Section applicantActions(FilingCaseView c) {
    Section section = section("您现在可以做的事");
    section.addClassName("applicant-actions");
    if (c.correctionItems() != null
        && !c.correctionItems().isEmpty()
        && FilingApi.allows(c, "RESUBMIT")) {
      Div correction = new Div(new Paragraph("仲裁委员会要求补正：" + String.join("；", c.correctionItems())));
      correction.addClassNames("card", "correction");
      RouterLink fix = new RouterLink(
          "修改申请书并重新提交", FilingWizardView.class, new RouteParameters("id", c.id().toString()));
      fix.addClassName("button-link");
      correction.add(fix);
      section.add(correction);
    }
    if (FilingApi.allows(c, "ADD_EVIDENCE") && !FilingApi.isDraft(c)) {
      section.add(evidenceUpload(c, false));
    }
    if (FilingApi.allows(c, "WITHDRAW")) {
      section.add(withdrawal(c));
    }
    if (section.getComponentCount() == 1) {
      section.add(new Paragraph("现在不需要您办理什么。有新的进展会在这里和“我的消息”里通知您。"));
    }
    return section;
  }

  final TextField evidenceDescription = new TextField("这份证据是什么");
  final TextField evidenceSource = new TextField("从哪里来（选填）");
  final TextField evidenceProves = new TextField("能证明什么（选填）");

  /** 补充证据 (the worker) or the employer's evidence for its answer: the 证据清单 entries, then the file. */
  private Div evidenceUpload(FilingCaseView c, boolean respondent) {
    Div box = new Div(
        new H3(respondent ? "提交证据" : "补充证据"),
        new Paragraph(
            respondent
                ? "贵单位的证据会送给仲裁委员会，申请人也能看到。先写明是什么，再选文件（PDF、JPG 或 PNG，不超过 10 MB）。"
                : "开庭前都可以补充证据，对方会收到通知。先写明是什么，再选文件（PDF、JPG 或 PNG，不超过 10 MB）。"));
    box.addClassNames("card", "evidence-upload");
    for (TextField f : List.of(evidenceDescription, evidenceSource, evidenceProves)) {
      f.setWidthFull();
      f.setMaxLength(200);
    }
    Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
        received(c.id(), respondent, metadata.fileName(), metadata.contentType(), bytes)));
    upload.setMaxFileSize(10 * 1024 * 1024);
    upload.setMaxFiles(1);
    upload.setDropAllowed(false);
    upload.setI18n(FilingWizardView.chineseUploadTexts());
    Button pick = new Button("选择文件上传", VaadinIcon.UPLOAD.create());
    pick.addThemeVariants(ButtonVariant.LUMO_LARGE);
    upload.setUploadButton(pick);
    upload.addAllFinishedListener(e -> {
      upload.clearFileList();
      List<String> results = List.copyOf(uploadResults);
      uploadResults.clear();
      List<String> refusals = results.stream()
          .filter(r -> r.startsWith("!"))
          .map(r -> r.substring(1))
          .toList();
      if (!refusals.isEmpty()) {
        alert.show(String.join("\n", refusals));
        return;
      }
      evidenceDescription.clear();
      evidenceSource.clear();
      evidenceProves.clear();
      reload(c.id(), "已提交证据：" + String.join("、", results));
    });
    upload.addFileRejectedListener(e -> alert.show(e.getErrorMessage()));
    box.add(evidenceDescription, evidenceSource, evidenceProves, upload);
    return box;
  }

  private final List<String> uploadResults = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** Runs on the upload request: only talks to the backend; the page is updated when the file is done. */
  private void received(
      UUID caseId,
      boolean respondent,
      String fileName,
      @Nullable String contentType,
      byte[] bytes) {
    String sessionToken = token;
    if (sessionToken == null) {
      uploadResults.add("!请先登录。");
      return;
    }
    try {
      FilingEvidenceView stored = respondent
          ? filings.uploadDefenceEvidence(
              sessionToken,
              caseId,
              fileName,
              contentType,
              bytes,
              blank(evidenceDescription.getValue()),
              blank(evidenceSource.getValue()),
              blank(evidenceProves.getValue()))
          : filings.upload(
              sessionToken,
              caseId,
              fileName,
              contentType,
              bytes,
              blank(evidenceDescription.getValue()),
              blank(evidenceSource.getValue()),
              blank(evidenceProves.getValue()));
      uploadResults.add(stored.fileName());
    } catch (BackendProblem refusal) {
      uploadResults.add("!" + fileName + "：" + refusal.detailOr("这个文件没有上传成功。"));
    } catch (BackendUnavailable e) {
      uploadResults.add("!" + BackendUnavailable.MESSAGE + "，文件没有上传。");
    }
  }

  final TextArea withdrawalReason = new TextArea("撤回的理由（选填）");

  /** 撤回申请: the consequence first (the backend's words), then an explicit confirmation. */
  private Div withdrawal(FilingCaseView c) {
    Div box = new Div(new H3("撤回申请"));
    box.addClassNames("card", "withdrawal");
    Button ask = new Button("撤回申请…");
    ask.addThemeVariants(ButtonVariant.LUMO_ERROR);
    Div confirm = new Div();
    confirm.setVisible(false);
    String consequence;
    try {
      consequence = filings.withdrawalConsequence(token == null ? "" : token);
    } catch (BackendProblem | BackendUnavailable e) {
      consequence = "撤回后本案终结，不再审理。再次申请仍须在一年的仲裁时效内提出（劳动争议调解仲裁法第二十七条）。";
    }
    Paragraph what = new Paragraph("撤回前请注意：" + consequence);
    what.addClassName("withdrawal-consequence");
    withdrawalReason.setWidthFull();
    withdrawalReason.setMaxLength(500);
    withdrawalReason.setHelperText("例如：已与单位和解，工资已经付清");
    Button yes = new Button("确认撤回");
    yes.addThemeVariants(ButtonVariant.LUMO_ERROR);
    yes.setDisableOnClick(true);
    Button no = new Button("不撤回");
    no.addClickListener(e -> {
      confirm.setVisible(false);
      ask.setVisible(true);
    });
    yes.addClickListener(e -> {
      alert.clear();
      try {
        filings.withdraw(token == null ? "" : token, c.id(), blank(withdrawalReason.getValue()));
        reload(c.id(), "申请已撤回。");
      } catch (BackendProblem refusal) {
        alert.show(refusal, Map.of("reason", withdrawalReason), "没有撤回成功，请稍后再试。");
        yes.setEnabled(true);
      } catch (BackendUnavailable down) {
        alert.show(BackendUnavailable.MESSAGE + "。申请没有撤回。");
        yes.setEnabled(true);
      }
    });
    Div buttons = new Div(yes, no);
    buttons.addClassName("actions");
    confirm.add(what, withdrawalReason, buttons);
    ask.addClickListener(e -> {
      confirm.setVisible(true);
      ask.setVisible(false);
    });
    box.add(new Paragraph("不想继续仲裁的（例如已经和解），可以在裁决前撤回。"), ask, confirm);
    return box;
  }

  private void reload(UUID id, String message) {
    try {
      show(filings.caseOf(token == null ? "" : token, id));
      Paragraph done = new Paragraph(message);
      done.addClassName("done-message");
      done.getElement().setAttribute("role", "status");
      content.addComponentAsFirst(done);
    } catch (BackendProblem | BackendUnavailable e) {
      alert.show("已办理，但页面没有刷新，请重新打开本页。");
    }
  }

  /** One claim's answer on the defence form. */
  private record ClaimRow(
      int number,
      FilingClaim claim,
      RadioButtonGroup<String> position,
      TextArea reason,
      BigDecimalField disputed) {}

  private Section defence(FilingCaseView c) {
    Section section = section("答辩");
    section.addClassName("defence");
    if (!c.defences().isEmpty()) {
      section.add(new Paragraph(
          Boolean.TRUE.equals(c.defences().getFirst().declined())
              ? "贵单位已表示不提交答辩书。"
              : "贵单位已提交答辩意见，副本已送申请人："));
      section.add(CaseFacts.defences(c));
      if (FilingApi.allows(c, "ADD_EVIDENCE")) {
        section.add(evidenceUpload(c, true));
      }
      return section;
    }
    section.add(new Paragraph("请先阅读上面的申请书内容和证据，再对申请人的每一项请求表明意见：同意、不同意（写明理由），"
        + "或部分同意（写明有异议的金额和理由）。被申请人收到申请书副本后 10 日内可以提交答辩书；不答辩的，不影响仲裁程序进行。"
        + "（《中华人民共和国劳动争议调解仲裁法》第三十条）"));
    c.deadlines().stream()
        .filter(d -> "DEFENCE".equals(d.code()))
        .forEach(d -> section.add(CaseParts.deadline(d, filings)));
    // Whether a defence can still be submitted is the backend's transition table's answer.
    if (!FilingApi.allows(c, "SUBMIT_DEFENCE")) {
      c.allowedActions().stream()
          .filter(a -> "SUBMIT_DEFENCE".equals(a.action()) && a.reason() != null)
          .forEach(a -> section.add(new Paragraph(a.reason())));
      return section;
    }
    List<ClaimRow> rows = new ArrayList<>();
    Map<String, HasValidation> fields = new HashMap<>();
    fields.put("statement", statement);
    int n = 0;
    for (FilingClaim claim :
        c.application() == null ? List.<FilingClaim>of() : c.application().claims()) {
      n++;
      // The claim as a heading of its own, the choice below it with a short label and one option
      // per line:
      // as the radio group's label the whole claim was squeezed beside the required marker at 390
      // px (issue 14).
      H3 heading = new H3("第 " + n + " 项请求");
      heading.addClassName("claim-heading");
      Paragraph what = new Paragraph(CaseFacts.claimText(claim));
      what.addClassName("claim-text");
      RadioButtonGroup<String> position = new RadioButtonGroup<>("对第 " + n + " 项的意见");
      position.addThemeVariants(
          com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
      position.setItems("AGREE", "DISAGREE", "PARTLY");
      position.setItemLabelGenerator(p -> switch (p) {
        case "AGREE" -> "同意";
        case "DISAGREE" -> "不同意";
        default -> "部分同意";
      });
      position.setRequiredIndicatorVisible(true);
      TextArea reason = new TextArea("第 " + n + " 项的理由和证据");
      reason.setWidthFull();
      reason.setMaxLength(2000);
      reason.setHelperText("不同意或部分同意时必填，例如：6 月工资已于 7 月 15 日转账支付，有银行流水为证");
      BigDecimalField disputed = new BigDecimalField("第 " + n + " 项有异议的金额（元）");
      disputed.setWidthFull();
      disputed.setHelperText(
          claim.amount() == null ? "" : "不超过请求金额 " + claim.amount().toPlainString() + " 元");
      disputed.setVisible(false);
      reason.setVisible(false);
      position.addValueChangeListener(e -> {
        boolean objects = e.getValue() != null && !"AGREE".equals(e.getValue());
        reason.setVisible(objects);
        disputed.setVisible(objects && claim.amount() != null && "PARTLY".equals(e.getValue()));
      });
      Div block = new Div(heading, what, position, reason, disputed);
      block.addClassNames("card", "claim-answer-form");
      section.add(block);
      rows.add(new ClaimRow(n, claim, position, reason, disputed));
      int i = n - 1;
      fields.put("claims[" + i + "].position", position);
      fields.put("claims[" + i + "].claimId", position);
      fields.put("claims[" + i + "].reason", reason);
      fields.put("claims[" + i + "].disputedAmount", disputed);
    }
    statement.setLabel(rows.isEmpty() ? "答辩意见" : "其他答辩意见（选填）");
    section.add(statement);
    Button submit = new Button("提交答辩");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    submit.setDisableOnClick(true);
    submit.addClickListener(e -> defend(c, false, submit, rows, fields));
    Button decline = new Button("不提交答辩");
    decline.addThemeVariants(ButtonVariant.LUMO_LARGE);
    decline.setDisableOnClick(true);
    decline.addClickListener(e -> defend(c, true, decline, rows, fields));
    Div buttons = new Div(submit, decline);
    buttons.addClassName("actions");
    section.add(buttons, evidenceUpload(c, true));
    return section;
  }

  private void defend(
      FilingCaseView c,
      boolean declined,
      Button button,
      List<ClaimRow> rows,
      Map<String, HasValidation> fields) {
    alert.clear();
    fields.values().forEach(f -> f.setInvalid(false));
    try {
      List<ClaimAnswerRequest> answers = new ArrayList<>();
      if (!declined) {
        // FilingClaim by claim, every claim; or (as before) one overall statement when no claim is
        // answered.
        boolean anyChosen = rows.stream().anyMatch(r -> r.position().getValue() != null);
        boolean statementOnly = !anyChosen && !statement.getValue().isBlank();
        boolean missing = false;
        for (ClaimRow row : rows) {
          if (statementOnly) {
            break;
          }
          if (row.position().getValue() == null) {
            row.position().setErrorMessage("请选择对第 " + row.number() + " 项请求的意见");
            row.position().setInvalid(true);
            missing = true;
          }
          answers.add(new ClaimAnswerRequest(
              row.number(),
              row.position().getValue(),
              blank(row.reason().getValue()),
              row.disputed().isVisible() ? row.disputed().getValue() : null));
        }
        if (missing) {
          alert.show("请对每一项请求选择“同意”“不同意”或“部分同意”（或只填写答辩意见）。");
          return;
        }
        if (rows.isEmpty() && statement.getValue().isBlank()) {
          statement.setErrorMessage("请写答辩意见，或选择“不提交答辩”");
          statement.setInvalid(true);
          return;
        }
      }
      FilingCaseView updated = filings.defend(
          token == null ? "" : token,
          c.id(),
          new DefenceRequest(
              declined,
              declined ? null : blank(statement.getValue()),
              declined || answers.isEmpty() ? null : answers));
      show(updated);
    } catch (BackendProblem refusal) {
      alert.show(refusal, fields, "答辩没有提交成功，请稍后再试。");
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。您写的内容还在页面上。");
    } finally {
      button.setEnabled(true);
    }
  }

  private static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Section section(String heading, com.vaadin.flow.component.Component... parts) {
    Section section = new Section(new H2(heading));
    section.add(parts);
    return section;
  }
}
