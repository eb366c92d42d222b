package cn.xiangyang.portal.ui.filing;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.api.FilingApplicationForm;
import cn.xiangyang.portal.ui.api.FilingApplicationFormApplicant;
import cn.xiangyang.portal.ui.api.FilingCheckResult;
import cn.xiangyang.portal.ui.api.FilingClaim;
import cn.xiangyang.portal.ui.api.FilingEmployment;
import cn.xiangyang.portal.ui.api.FilingEvidenceView;
import cn.xiangyang.portal.ui.api.FilingFilingView;
import cn.xiangyang.portal.ui.api.FilingIdentityView;
import cn.xiangyang.portal.ui.api.FilingReceipt;
import cn.xiangyang.portal.ui.api.FilingRespondent;
import cn.xiangyang.portal.ui.api.FilingWitness;
import cn.xiangyang.portal.ui.filing.FilingApi.Area;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.LabelledSelect;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAccessControl;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 在线申请: a guided application, one step per screen, for a worker on a phone. Every step is saved as a
 * draft when the worker moves on or back, so nothing typed is lost; the checks come from the backend, and
 * the submission carries one idempotency key per draft, so a double tap files once.
 */
@Route(value = "filing/new", layout = MainLayout.class)
@RouteAlias(value = "filing/:id", layout = MainLayout.class)
@PageTitle("在线申请 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("styles/filing.css")
@Menu(title = "在线申请", order = 7, icon = "vaadin:edit")
@RolesAllowed(PortalAccessControl.WORKER)
public class FilingWizardView extends Main implements BeforeEnterObserver {

  public static final String NEW = "new";
  static final String[] STEPS = {"选择方式", "被申请人", "工作情况", "请求事项", "事实与理由、证据", "检查", "提交"};
  /** The backend's limit; a file a little larger still reaches it, so that its own refusal is shown. */
  static final long MAX_UPLOAD_BYTES = 11L * 1024 * 1024;
  /** Who employs the worker, in plain words (the backend's ApplicationForm.EmployerKind). */
  static final java.util.Map<String, String> EMPLOYER_KINDS =
      new java.util.LinkedHashMap<>(java.util.Map.of());

  static {
    EMPLOYER_KINDS.put("ORGANISATION", "公司、工厂、商店、个体户等单位");
    EMPLOYER_KINDS.put("UNLICENSED_BOSS", "没有营业执照的老板或包工头");
    EMPLOYER_KINDS.put("HOUSEHOLD", "家庭或个人（当保姆、钟点工等）");
    EMPLOYER_KINDS.put("CRAFTSMAN", "个体手艺人（当帮工、学徒）");
    EMPLOYER_KINDS.put("RURAL_CONTRACTOR", "农村承包经营户");
  }

  private static final Logger log = LoggerFactory.getLogger(FilingWizardView.class);

  private final FilingClient filings;
  private final CurrentUser currentUser;

  private final H1 title = new H1("在线申请");
  private final Paragraph progress = new Paragraph();
  private final Div body = new Div();
  private final ProblemAlert alert = new ProblemAlert();
  private final Button back = new Button("上一步", VaadinIcon.ARROW_LEFT.create());
  private final Button next = new Button("下一步", VaadinIcon.ARROW_RIGHT.create());
  private final Div buttons = new Div(back, next);

  // step 1
  final RadioButtonGroup<String> procedure = new RadioButtonGroup<>("您想怎样解决？");
  // step 2
  final TextField respondentName = field("单位名称", "写营业执照上的全称，例如：襄阳某某机械有限公司", 100);
  final TextField creditCode = field("统一社会信用代码", "18位，在营业执照上，或在“国家企业信用信息公示系统”查询。不知道可以先空着", 18);
  final TextField respondentAddress = field("单位地址", "注册地址或经营地址，例如：襄阳市高新区某某路1号", 200);
  final TextField legalRepresentative = field("法定代表人或负责人姓名", "例如：张某某。不知道可以写老板的名字", 50);
  final TextField legalRepresentativeTitle = field("法定代表人或负责人的职务（选填）", "例如：总经理、厂长、老板", 30);
  final Select<String> respondentArea = new LabelledSelect<>();
  final TextField respondentPhone = field("单位电话（选填）", "例如：0710-1234567", 20);
  // step 3
  final DatePicker startDate = date("入职时间", "哪天开始在这家单位上班");
  final RadioButtonGroup<String> stillEmployed = new RadioButtonGroup<>("您现在还在这家单位上班吗？");
  final DatePicker endDate = date("离职时间（已离职的请填写）", "最后一天上班的日期，或单位通知解除劳动合同的日期");
  final Select<String> employerKind = new LabelledSelect<>();
  final RadioButtonGroup<String> retiredWithPension = new RadioButtonGroup<>("您已经领取养老金（退休金）了吗？");
  final TextField job = field("岗位", "例如：焊工、保洁、司机", 50);
  final BigDecimalField monthlyWage = new BigDecimalField("月工资（元）");
  final RadioButtonGroup<String> writtenContract = new RadioButtonGroup<>("签过书面劳动合同吗？");
  final Select<String> workArea = new LabelledSelect<>();
  final TextField workplace = field("具体工作地点", "例如：高新区某某工业园3号车间", 200);
  final DatePicker knewOn = date("哪天知道自己的权益受到侵害", "例如：单位应发工资却没有发的那天。用于计算申请时效（一年）");
  // 调解仲裁法 第二十七条第二款: a demand on the employer, a complaint or a mediation request starts the year
  // again
  final DatePicker interruptedOn = date(
      "最近一次向单位讨要或投诉的日期（如有）",
      "书面或微信向单位要过、向劳动监察投诉过、申请过调解，或单位答应过支付的，填最近的那一天：一年时效从这天起重新计算。请保留这些记录作为证据");
  final Checkbox migrantWorker = new Checkbox("我是农民工");
  final TextField applicantAddress = field("您的住址（经常居住地）", "例如：襄阳市樊城区某某小区2栋", 200);
  final TextField contactPhone = field("联系电话（选填）", "11位手机号；不填则用注册的手机号", 11);
  final Paragraph identityLine = new Paragraph();
  // step 4
  private final Div claimRows = new Div();
  final List<ClaimRow> claims = new ArrayList<>();
  // step 5
  final TextArea facts = new TextArea("事实与理由");
  final TextArea evidenceNotes = new TextArea("证据说明（选填）");
  final TextField evidenceDescription = field("这份材料是什么（选填，先填再选文件）", "例如：2026年5月工资条", 200);
  final TextField evidenceSource = field("这份材料从哪里来（选填）", "例如：单位发的、手机截图、银行流水", 200);
  final TextField evidenceProves = field("这份材料能证明什么（选填）", "例如：每月工资4500元、5月到7月没发工资", 200);
  private final Div witnessRows = new Div();
  final List<WitnessRow> witnesses = new ArrayList<>();
  final Upload upload;
  private final Div evidenceList = new Div();
  private final List<String> uploadResults = new CopyOnWriteArrayList<>();
  // step 6
  private final Div checkList = new Div();

  private @Nullable UUID id;
  private FilingApplicationForm application = FilingApi.emptyApplication();
  private List<FilingEvidenceView> evidence = List.of();
  private List<Area> areas = List.of();
  private int step = 0;
  private final String createKey = UUID.randomUUID().toString();
  private @Nullable String token;

  public FilingWizardView(FilingClient filings, CurrentUser currentUser) {
    this.filings = filings;
    this.currentUser = currentUser;
    addClassNames("page", "form-page", "filing");

    progress.addClassName("step-progress");
    progress.getElement().setAttribute("aria-live", "polite");
    body.addClassName("step-body");
    back.addThemeVariants(ButtonVariant.LUMO_LARGE);
    next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    next.setIconAfterText(true);
    buttons.addClassName("step-buttons");
    back.addClickListener(e -> go(step - 1));
    next.addClickListener(e -> go(step + 1));

    procedure.setItems("MEDIATION", "ARBITRATION");
    procedure.setItemLabelGenerator(p -> "MEDIATION".equals(p) ? "先行调解" : "申请仲裁");
    procedure.setRenderer(
        new com.vaadin.flow.data.renderer.ComponentRenderer<>(p -> "MEDIATION".equals(p)
            ? choice("先行调解", "由调解员居中协商，双方自愿达成协议，一般更快。调解不成，可以继续申请仲裁。")
            : choice("申请仲裁", "由仲裁庭开庭审理后作出裁决，单位必须执行。仲裁不收费。")));
    procedure.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    procedure.setRequiredIndicatorVisible(true);
    procedure.addValueChangeListener(e -> {
      if (e.getValue() != null) {
        procedure.setInvalid(false);
      }
    });

    respondentArea.setLabel("单位所在区域");
    respondentArea.setHelperText("选择单位注册地或经营地所在的县（市、区）");
    respondentArea.setWidthFull();
    workArea.setLabel("工作地点所在区域（必填）");
    workArea.setHelperText("决定由哪个仲裁委员会受理，选您实际干活的地方");
    workArea.setWidthFull();
    // No required indicator on a Select: vaadin-select puts aria-required on its value button,
    // where
    // ARIA does not allow it (axe: aria-allowed-attr, critical). The label says it in words
    // instead.
    creditCode.setAllowedCharPattern("[0-9A-Za-z]");

    monthlyWage.setHelperText("税前每月应发的钱，例如：4500");
    monthlyWage.setWidthFull();
    writtenContract.setItems("YES", "NO");
    writtenContract.setItemLabelGenerator(v -> "YES".equals(v) ? "签过" : "没签过");
    // Asked in words: a blank end date is not "still employed" (劳动争议调解仲裁法 第二十七条第四款).
    stillEmployed.setItems("YES", "NO");
    stillEmployed.setItemLabelGenerator(v -> "YES".equals(v) ? "还在上班" : "已经离职");
    stillEmployed.setHelperText("在职期间追讨工资不受一年时效限制，离职后要在一年内申请");
    employerKind.setLabel("雇用您的是");
    employerKind.setItems(EMPLOYER_KINDS.keySet().stream().toList());
    employerKind.setItemLabelGenerator(EMPLOYER_KINDS::get);
    employerKind.setWidthFull();
    retiredWithPension.setItems("NO", "YES");
    retiredWithPension.setItemLabelGenerator(v -> "YES".equals(v) ? "已领取" : "没有领取");
    migrantWorker.setTooltipText("农民工讨薪案件通常优先办理");
    contactPhone.setAllowedCharPattern("[0-9]");
    startDate.setRequiredIndicatorVisible(true);
    // The marker on every item 劳动争议调解仲裁法 第二十八条 requires (the check step names what is still
    // missing), and only there; optional fields say （选填）. A draft may be saved incomplete, so an
    // empty
    // required field does not turn red by itself (manual validation): the check step says what is
    // missing.
    for (TextField required :
        List.of(respondentName, respondentAddress, legalRepresentative, applicantAddress)) {
      required.setRequiredIndicatorVisible(true);
      required.setManualValidation(true);
    }

    facts.setWidthFull();
    facts.setMinHeight("12rem");
    facts.setMaxLength(10000);
    facts.setRequiredIndicatorVisible(true);
    facts.setManualValidation(true);
    evidenceNotes.setWidthFull();
    evidenceNotes.setMaxLength(2000);

    upload = new Upload(UploadHandler.inMemory(
        (metadata, bytes) -> receive(metadata.fileName(), metadata.contentType(), bytes)));
    upload.setMaxFileSize((int) MAX_UPLOAD_BYTES);
    upload.setMaxFiles(1);
    upload.setDropAllowed(false);
    upload.setI18n(chineseUploadTexts());
    Button pick = new Button("选择文件上传", VaadinIcon.UPLOAD.create());
    pick.addThemeVariants(ButtonVariant.LUMO_LARGE);
    upload.setUploadButton(pick);
    upload.addAllFinishedListener(e -> {
      upload.clearFileList();
      showUploadResults();
    });
    upload.addFileRejectedListener(e -> alert.show(e.getErrorMessage()));
    evidenceList.addClassName("evidence-list");

    checkList.addClassName("checks");
    DateRules.notBefore1950NotAfterToday(startDate, "入职时间");
    DateRules.notBefore1950(endDate, "离职时间");
    DateRules.notBefore1950NotAfterToday(knewOn, "知道权益受到侵害的日期");
    DateRules.notBefore1950NotAfterToday(interruptedOn, "向单位主张权利的日期");
    startDate.addValueChangeListener(e -> applyStartDate());
    TextCounter.count(
        facts,
        "用自己的话写：在哪里干活、干了多久、单位欠了什么、找单位要过没有。例如：我2025年3月进厂当焊工，"
            + "每月工资4500元，2026年5月至7月的工资单位一直没发，找老板要了几次都说再等等。");
    TextCounter.count(evidenceNotes, "没有文件也没关系：写明有哪些证据、证人是谁、住在哪里。例如：工友李某某可以作证，住樊城区某某村");
    TextCounter.count(respondentAddress, "注册地址或经营地址，例如：襄阳市高新区某某路1号");
    TextCounter.count(workplace, "例如：高新区某某工业园3号车间");
    TextCounter.count(applicantAddress, "例如：襄阳市樊城区某某小区2栋");
    TextCounter.count(evidenceDescription, "例如：2026年5月工资条");
    add(title, progress, body, alert, buttons);
  }

  /** The session attribute that carries an application from the assistant to the next new application. */
  static final String PENDING = FilingWizardView.class.getName() + ".pending";

  /**
   * Opens a new application prefilled with {@code prefill} (the assistant's "按这个情况申请"): when the wizard
   * opens, after a sign-in if one is needed, it creates the draft with it through the API, for the worker
   * to review step by step and submit.
   */
  public static void openWith(FilingApplicationForm prefill) {
    VaadinSession.getCurrent().setAttribute(PENDING, prefill);
    com.vaadin.flow.component.UI.getCurrent().navigate("filing/new");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String param = event.getRouteParameters().get("id").orElse(NEW);
    SignedIn signedIn = currentUser.required();
    token = signedIn.token();
    alert.clear();
    try {
      areas = filings.areas();
    } catch (BackendProblem | BackendUnavailable e) {
      areas = List.of();
    }
    fillAreas(respondentArea);
    fillAreas(workArea);
    if (NEW.equals(param)) {
      id = null;
      application = FilingApi.emptyApplication();
      evidence = List.of();
      if (VaadinSession.getCurrent().getAttribute(PENDING)
          instanceof FilingApplicationForm prefill) {
        VaadinSession.getCurrent().setAttribute(PENDING, null);
        try {
          FilingFilingView saved = filings.create(token, prefill, createKey);
          id = saved.id();
          application = FilingApi.applicationOrEmpty(saved);
          evidence = saved.evidence();
          showIdentity(saved.identity());
          event.getUI().getPage().getHistory().replaceState(null, "filing/" + saved.id());
        } catch (BackendProblem | BackendUnavailable e) {
          alert.show("没能带入智能问答整理的情况，请直接填写。");
        }
      }
    } else {
      try {
        UUID draftId = UUID.fromString(param);
        FilingFilingView filing = filings.get(token, draftId);
        if (!FilingApi.editable(filing)) {
          showAlreadyFiled(filing);
          return;
        }
        id = filing.id();
        application = FilingApi.applicationOrEmpty(filing);
        evidence = filing.evidence();
        showIdentity(filing.identity());
      } catch (IllegalArgumentException | BackendProblem notFound) {
        body.removeAll();
        body.add(new Paragraph("找不到这份申请。"), new RouterLink("开始新的申请", FilingWizardView.class));
        buttons.setVisible(false);
        return;
      } catch (BackendUnavailable e) {
        body.removeAll();
        alert.show(BackendUnavailable.MESSAGE + "。您已保存的内容不会丢失。");
        buttons.setVisible(false);
        return;
      }
    }
    load(application);
    if (id == null) {
      prefillClaim(event.getLocation().getQueryParameters());
    }
    show(0);
  }

  /**
   * A new application opened from a calculator ({@code ?claim=ECONOMIC_COMPENSATION&amount=12000.00})
   * starts with that claim and amount instead of the empty default claim.
   */
  private void prefillClaim(com.vaadin.flow.router.QueryParameters query) {
    String claim = query.getSingleParameter("claim").orElse(null);
    if (claim == null || !ClaimTypes.LABELS.containsKey(claim)) {
      return;
    }
    BigDecimal amount = null;
    try {
      amount = query
          .getSingleParameter("amount")
          .map(BigDecimal::new)
          .filter(v -> v.signum() > 0 && v.scale() <= 2)
          .orElse(null);
    } catch (NumberFormatException ignored) {
      // A wrong amount in the address leaves the amount empty.
    }
    claims.clear();
    addClaim(new FilingClaim(claim, amount, null, null, null, null));
  }

  private void fillAreas(Select<String> select) {
    select.setItems(areas.stream().map(Area::code).toList());
    select.setItemLabelGenerator(code -> code == null
        ? "请选择"
        : areas.stream()
            .filter(a -> a.code().equals(code))
            .map(Area::name)
            .findFirst()
            .orElse(code));
    select.setEmptySelectionCaption("请选择");
    select.setEmptySelectionAllowed(true);
  }

  /** Saves what is on screen, then shows step {@code target} (0-based). Stays put if saving fails. */
  void go(int target) {
    alert.clear();
    if (target > step && !stepIsValid()) {
      return;
    }
    if (!save()) {
      return;
    }
    if (target >= STEPS.length) {
      return;
    }
    show(Math.max(0, target));
  }

  /**
   * Whether the current step may be left forward: step 1 needs the choice between mediation and
   * arbitration; a date marked wrong at its field keeps the worker on the step, with the focus on it.
   */
  boolean stepIsValid() {
    if (step == 0 && procedure.getValue() == null) {
      procedure.setErrorMessage("请选择“先行调解”或“申请仲裁”，再点下一步");
      procedure.setInvalid(true);
      procedure.getElement().executeJs("this.querySelector('vaadin-radio-button')?.focus()");
      alert.show("请先选择解决方式：先行调解或申请仲裁。");
      return false;
    }
    List<DatePicker> pickers = new ArrayList<>(List.of(startDate, endDate, knewOn, interruptedOn));
    claims.forEach(row -> pickers.addAll(List.of(row.from, row.to, row.knew)));
    for (DatePicker picker : pickers) {
      if (picker.isAttached() && picker.isInvalid()) {
        alert.show("有日期需要改正："
            + (picker.getErrorMessage() == null ? "请检查标红的日期" : picker.getErrorMessage()));
        picker.focus();
        return false;
      }
    }
    return true;
  }

  private boolean save() {
    FilingApplicationForm current = collect();
    try {
      FilingFilingView saved = id == null
          ? filings.create(token(), current, createKey)
          : filings.save(token(), id, current);
      if (id == null) {
        id = saved.id();
        getUI()
            .ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "filing/" + saved.id()));
      }
      application = FilingApi.applicationOrEmpty(saved);
      evidence = saved.evidence();
      showIdentity(saved.identity());
      return true;
    } catch (BackendProblem refusal) {
      alert.show(refusal, fieldsByName(), "这一步的内容没有保存成功，请检查后再试。");
      return false;
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。您填写的内容还在页面上，请稍后再点一次。");
      return false;
    }
  }

  private Map<String, HasValidation> fieldsByName() {
    Map<String, HasValidation> fields =
        new java.util.HashMap<>(Map.<String, HasValidation>ofEntries(
            Map.entry("procedure", procedure),
            Map.entry("employment.startDate", startDate),
            Map.entry("employment.endDate", endDate),
            Map.entry("knewOn", knewOn),
            Map.entry("interruptedOn", interruptedOn),
            Map.entry("respondents[0].name", respondentName),
            Map.entry("respondents[0].creditCode", creditCode),
            Map.entry("respondents[0].address", respondentAddress),
            Map.entry("respondents[0].legalRepresentative", legalRepresentative),
            Map.entry("respondents[0].legalRepresentativeTitle", legalRepresentativeTitle),
            Map.entry("respondents[0].phone", respondentPhone),
            Map.entry("employment.job", job),
            Map.entry("employment.monthlyWage", monthlyWage),
            Map.entry("employment.workplace", workplace),
            Map.entry("applicant.address", applicantAddress),
            Map.entry("applicant.contactPhone", contactPhone),
            Map.entry("factsAndReasons", facts),
            Map.entry("evidenceNotes", evidenceNotes)));
    for (int i = 0; i < claims.size(); i++) {
      ClaimRow row = claims.get(i);
      fields.put("claims[" + i + "].type", row.type);
      fields.put("claims[" + i + "].amount", row.amount);
      fields.put("claims[" + i + "].periodFrom", row.from);
      fields.put("claims[" + i + "].periodTo", row.to);
      fields.put("claims[" + i + "].knewOn", row.knew);
      fields.put("claims[" + i + "].description", row.description);
    }
    for (int i = 0; i < witnesses.size(); i++) {
      fields.put("witnesses[" + i + "].name", witnesses.get(i).name);
      fields.put("witnesses[" + i + "].address", witnesses.get(i).address);
      fields.put("witnesses[" + i + "].proves", witnesses.get(i).proves);
    }
    return fields;
  }

  private void show(int index) {
    step = index;
    progress.setText("第 " + (step + 1) + " 步，共 " + STEPS.length + " 步：" + STEPS[step]);
    body.removeAll();
    buttons.setVisible(true);
    back.setVisible(step > 0);
    next.setVisible(step < STEPS.length - 1);
    // A short label: on a 390 px phone "下一步：提交" was cut to "下一步：…".
    next.setText(step == STEPS.length - 2 ? "去提交" : "下一步");
    switch (step) {
      case 0 -> body.add(new H2("第一步：选择方式"), new Paragraph("先行调解和仲裁都不收费。拿不准的，可以先选调解。"), procedure);
      case 1 ->
        body.add(
            new H2("被申请人（单位）"),
            new Paragraph("您要申请的是哪家单位？按营业执照或劳动合同上的信息填写，不清楚的可以先空着，下一步检查时会提醒。"),
            respondentName,
            creditCode,
            respondentAddress,
            legalRepresentative,
            legalRepresentativeTitle,
            respondentArea,
            respondentPhone);
      case 2 ->
        body.add(
            new H2("工作情况"),
            employerKind,
            startDate,
            stillEmployed,
            endDate,
            retiredWithPension,
            job,
            monthlyWage,
            writtenContract,
            workArea,
            workplace,
            knewOn,
            interruptedOn,
            migrantWorker,
            new H3("您的联系信息"),
            identityLine,
            applicantAddress,
            contactPhone);
      case 3 -> showClaims();
      case 4 -> showFacts();
      case 5 -> showChecks();
      default -> showSubmit();
    }
    body.getElement().executeJs("this.closest('main')?.scrollIntoView(); ");
  }

  /** Leave and "knew of the harm" cannot lie before the start of the employment. */
  private void applyStartDate() {
    LocalDate start = startDate.isInvalid() ? null : startDate.getValue();
    DateRules.notBefore(endDate, "离职时间", start, "入职时间");
    DateRules.notBefore(knewOn, "知道权益受到侵害的日期", start, "入职时间");
    DateRules.notBefore(interruptedOn, "向单位主张权利的日期", start, "入职时间");
    claims.forEach(row -> DateRules.notBefore(row.knew, "知道这项权益受到侵害的日期", start, "入职时间"));
  }

  /** 性别 and 年龄 as the ID number gives them, for the worker to confirm (printed on the application). */
  void showIdentity(@Nullable FilingIdentityView identity) {
    identityLine.setText(
        identity == null
            ? ""
            : "根据您的身份证号：" + identity.gender() + "，" + identity.age() + " 岁（"
                + DateRules.chinese(identity.birthDate()) + "出生）。申请书上会写明性别和年龄，如有不对请联系仲裁委员会。");
    identityLine.setVisible(identity != null);
    identityLine.addClassName("identity-line");
  }

  // ---- step 4: claims ----

  private void showClaims() {
    Button add = new Button("再加一项请求", VaadinIcon.PLUS.create());
    add.addThemeVariants(ButtonVariant.LUMO_LARGE);
    add.addClickListener(e -> {
      addClaim(null);
      renderClaims();
    });
    body.add(
        new H2("请求事项"),
        new Paragraph("您要单位给什么？每一项单独写，金额写人民币元，例如欠了3个月工资，每月4500元，就写13500。"),
        claimRows,
        add);
    renderClaims();
  }

  /** Adds a row showing {@code claim}, or an empty one (no type chosen yet) for null. */
  private void addClaim(@Nullable FilingClaim claim) {
    claims.add(new ClaimRow(claim));
  }

  private void renderClaims() {
    claimRows.removeAll();
    for (int i = 0; i < claims.size(); i++) {
      ClaimRow row = claims.get(i);
      row.heading.setText("第 " + (i + 1) + " 项请求");
      claimRows.add(row);
    }
  }

  /** One claim on screen: type, amount in yuan, period and an optional description. */
  final class ClaimRow extends Div {
    final H3 heading = new H3();
    final Select<String> type = new LabelledSelect<>();
    final BigDecimalField amount = new BigDecimalField("金额（元）");
    final DatePicker from = date("从哪天起（选填）", "例如欠薪的第一个月的1日");
    final DatePicker to = date("到哪天止（选填）", "例如欠薪的最后一个月的最后一天");
    final TextField description = field("补充说明（选填）", "选“其他”时必须写明要求", 1000);
    final DatePicker knew = date("哪天知道这项权益受到侵害（选填）", "例如被辞退的那天、单位拒绝支付的那天；不填按常见情形推算，用于计算一年时效");

    ClaimRow(@Nullable FilingClaim claim) {
      addClassNames("card", "claim");
      type.setLabel("请求类型（必填）");
      type.setItems(ClaimTypes.LABELS.keySet().stream().toList());
      type.setItemLabelGenerator(CaseParts::claimTypeText);
      type.setWidthFull();
      amount.setHelperText("例如：13500");
      amount.setWidthFull();
      if (claim != null) {
        type.setValue(claim.type());
        amount.setValue(claim.amount());
        from.setValue(claim.periodFrom());
        to.setValue(claim.periodTo());
        description.setValue(claim.description() == null ? "" : claim.description());
      }
      TextCounter.count(description, "选“其他”时必须写明要求");
      DateRules.notBefore1950(from, "请求期间的开始日期");
      DateRules.notBefore1950(to, "请求期间的结束日期");
      DateRules.notBefore1950NotAfterToday(knew, "知道这项权益受到侵害的日期");
      LocalDate start = startDate.isInvalid() ? null : startDate.getValue();
      DateRules.notBefore(knew, "知道这项权益受到侵害的日期", start, "入职时间");
      from.addValueChangeListener(e ->
          DateRules.notBefore(to, "请求期间的结束日期", from.isInvalid() ? null : e.getValue(), "开始日期"));
      if (claim != null) {
        knew.setValue(claim.knewOn());
      }
      Button remove = new Button("删除这一项", VaadinIcon.TRASH.create());
      remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
      remove.addClickListener(e -> {
        claims.remove(this);
        renderClaims();
      });
      add(heading, type, amount, from, to, knew, description, remove);
    }

    /** The claim on screen; empty while no type is chosen (the backend requires one). */
    Optional<FilingClaim> value() {
      @Nullable String chosen = type.getValue();
      if (chosen == null) {
        return Optional.empty();
      }
      return Optional.of(new FilingClaim(
          chosen,
          amount.getValue(),
          from.getValue(),
          to.getValue(),
          blankToNull(description.getValue()),
          knew.getValue()));
    }
  }

  // ---- step 5: facts and evidence ----

  private void showFacts() {
    Button addWitness = new Button("添加一位证人", VaadinIcon.PLUS.create());
    addWitness.addThemeVariants(ButtonVariant.LUMO_LARGE);
    addWitness.addClickListener(e -> {
      witnesses.add(new WitnessRow(new FilingWitness(null, null, null)));
      renderWitnesses();
    });
    body.add(
        new H2("事实与理由、证据"),
        facts,
        evidenceNotes,
        new H3("上传证据材料（选填）"),
        new Paragraph("可以上传劳动合同、工资条、考勤记录、聊天记录截图等。支持 PDF、JPG、PNG，每个文件不超过 10 MB。"
            + "用手机拍照上传即可。先写这份材料是什么、从哪里来、能证明什么，再选文件，申请书的证据清单里会写上。"),
        evidenceDescription,
        evidenceSource,
        evidenceProves,
        upload,
        evidenceList,
        new H3("证人（选填）"),
        new Paragraph("有人能为您作证，请写明姓名、住址和能证明什么。"),
        witnessRows,
        addWitness);
    renderEvidence();
    renderWitnesses();
  }

  private void renderWitnesses() {
    witnessRows.removeAll();
    for (int i = 0; i < witnesses.size(); i++) {
      WitnessRow row = witnesses.get(i);
      row.heading.setText("证人 " + (i + 1));
      witnessRows.add(row);
    }
  }

  /** One witness on screen: name, address, what the witness can tell. */
  final class WitnessRow extends Div {
    final H3 heading = new H3();
    final TextField name = field("证人姓名", "例如：李某某", 50);
    final TextField address = field("证人住址", "例如：襄阳市樊城区某某村5组", 200);
    final TextField proves = field("证人能证明什么", "例如：我每天加班到晚上九点", 200);

    WitnessRow(FilingWitness witness) {
      addClassNames("card", "witness");
      name.setValue(nz(witness.name()));
      address.setValue(nz(witness.address()));
      proves.setValue(nz(witness.proves()));
      Button remove = new Button("删除这位证人", VaadinIcon.TRASH.create());
      remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
      remove.addClickListener(e -> {
        witnesses.remove(this);
        renderWitnesses();
      });
      add(heading, name, address, proves, remove);
    }

    FilingWitness value() {
      return new FilingWitness(
          blankToNull(name.getValue()),
          blankToNull(address.getValue()),
          blankToNull(proves.getValue()));
    }
  }

  /** Runs on the upload request: only talks to the backend; the page is updated when all files are done. */
  private void receive(String fileName, @Nullable String contentType, byte[] bytes) {
    UUID draft = id;
    String sessionToken = token;
    if (draft == null || sessionToken == null) {
      uploadResults.add("!请先保存申请再上传。");
      return;
    }
    try {
      FilingEvidenceView stored = filings.upload(
          sessionToken,
          draft,
          fileName,
          contentType,
          bytes,
          blankToNull(evidenceDescription.getValue()),
          blankToNull(evidenceSource.getValue()),
          blankToNull(evidenceProves.getValue()));
      uploadResults.add("已上传：" + stored.fileName());
    } catch (BackendProblem refusal) {
      uploadResults.add("!" + fileName + "：" + refusal.detailOr("这个文件没有上传成功。"));
    } catch (BackendUnavailable e) {
      uploadResults.add("!" + BackendUnavailable.MESSAGE + "，文件没有上传。");
    } catch (RuntimeException e) {
      log.warn("evidence upload failed", e);
      uploadResults.add("!" + fileName + "：没有上传成功，请再试一次。");
    }
  }

  private void showUploadResults() {
    List<String> results = List.copyOf(uploadResults);
    uploadResults.clear();
    List<String> refusals =
        results.stream().filter(r -> r.startsWith("!")).map(r -> r.substring(1)).toList();
    if (!refusals.isEmpty()) {
      alert.show(String.join("\n", refusals));
    } else {
      alert.clear();
      evidenceDescription.clear();
      evidenceSource.clear();
      evidenceProves.clear();
    }
    try {
      if (id != null) {
        evidence = filings.get(token(), id).evidence();
      }
    } catch (BackendProblem | BackendUnavailable e) {
      log.debug("evidence list not refreshed: {}", e.toString());
    }
    renderEvidence();
  }

  private void renderEvidence() {
    evidenceList.removeAll();
    if (evidence.isEmpty()) {
      evidenceList.add(new Paragraph("还没有上传材料。"));
      return;
    }
    evidenceList.add(new Paragraph("已上传 " + evidence.size() + " 份材料："));
    for (FilingEvidenceView e : evidence) {
      Button remove = new Button("删除");
      remove.setAriaLabel("删除 " + e.fileName());
      remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
      remove.addClickListener(click -> {
        try {
          filings.deleteEvidence(token(), savedId(), e.id());
          evidence = evidence.stream().filter(x -> !x.id().equals(e.id())).toList();
          renderEvidence();
        } catch (BackendProblem refusal) {
          alert.show(refusal.detailOr("没有删除成功。"));
        } catch (BackendUnavailable down) {
          alert.show(BackendUnavailable.MESSAGE + "。");
        }
      });
      Div row = new Div(
          new Span(e.fileName() + "（" + size(e.sizeBytes()) + "）"
              + (e.description() == null ? "" : " " + e.description())
              + (e.source() == null ? "" : "；来源：" + e.source())
              + (e.proves() == null ? "" : "；证明：" + e.proves())),
          remove);
      row.addClassName("evidence-row");
      evidenceList.add(row);
    }
  }

  // ---- step 6: checks ----

  private void showChecks() {
    body.add(
        new H2("检查申请"),
        new Paragraph("系统根据法律规定检查您的申请。这些只是提醒，不会阻止您提交；" + "能补上的，请点“上一步”回去补充。"),
        checkList);
    checkList.removeAll();
    try {
      List<FilingCheckResult> checks = filings.checks(token(), savedId());
      checks.forEach(c -> checkList.add(check(c)));
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("暂时无法检查，您仍可以提交。"));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
  }

  Component check(FilingCheckResult check) {
    VaadinIcon icon = switch (check.outcome()) {
      case "OK" -> VaadinIcon.CHECK_CIRCLE;
      case "WARNING" -> VaadinIcon.WARNING;
      case "PROBLEM" -> VaadinIcon.CLOSE_CIRCLE;
      default -> VaadinIcon.INFO_CIRCLE;
    };
    String word = switch (check.outcome()) {
      case "OK" -> "没问题";
      case "WARNING" -> "请注意";
      case "PROBLEM" -> "需要补充";
      default -> "提示";
    };
    var iconComponent = icon.create();
    iconComponent.getElement().setAttribute("aria-hidden", "true");
    Span label = new Span(word);
    label.addClassName("outcome-word");
    H3 heading = new H3(check.title());
    Div head = new Div(iconComponent, label);
    head.addClassName("check-head");
    Div card = new Div(head, heading, new Paragraph(check.explanation()));
    if (check.citation() != null) {
      Paragraph rule =
          new Paragraph(new Span("依据："), CaseParts.citation(check.citation(), filings));
      rule.addClassName("citation");
      card.add(rule);
    }
    card.addClassNames(
        "card", "check", "check-" + check.outcome().toLowerCase(java.util.Locale.ROOT));
    return card;
  }

  // ---- step 7: submit ----

  private void showSubmit() {
    Button submit = new Button("确认提交申请");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    submit.setWidthFull();
    submit.setDisableOnClick(true);
    submit.addClickListener(e -> {
      try {
        submit();
      } finally {
        submit.setEnabled(true);
      }
    });
    FilingApplicationForm a = application;
    Div summary = new Div();
    summary.addClassName("card");
    summary.add(new Paragraph("方式：" + CaseParts.procedureText(a.procedure())));
    a.respondents().forEach(r -> summary.add(new Paragraph("被申请人：" + nz(r.name()))));
    a.claims()
        .forEach(c -> summary.add(new Paragraph("请求：" + CaseParts.claimTypeText(c.type())
            + (c.amount() == null ? "" : " " + c.amount().toPlainString() + " 元"))));
    summary.add(new Paragraph("证据材料：" + evidence.size() + " 份"));
    body.add(
        new H2("提交申请"), new Paragraph("请核对以下内容。提交后，仲裁委员会将在 5 日内决定是否受理，并通知您。"), summary, submit);
  }

  private void submit() {
    alert.clear();
    UUID draft = id;
    if (draft == null) {
      return;
    }
    String key = submissionKey(draft);
    try {
      FilingReceipt receipt = filings.submit(token(), draft, key);
      showReceipt(receipt);
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("申请没有提交成功，请检查后再试。"));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。您的申请已保存为草稿，可以稍后再提交，不会重复提交。");
    }
  }

  /** One key per draft, kept in the session: a retry or a double tap files once. */
  static String submissionKey(UUID draft) {
    VaadinSession session = VaadinSession.getCurrent();
    String attribute = "filing.submit-key." + draft;
    Object existing = session.getAttribute(attribute);
    if (existing instanceof String key) {
      return key;
    }
    String key = UUID.randomUUID().toString();
    session.setAttribute(attribute, key);
    return key;
  }

  void showReceipt(FilingReceipt receipt) {
    title.setText("申请已提交");
    progress.setText("");
    buttons.setVisible(false);
    body.removeAll();
    Div card = new Div();
    card.addClassNames("card", "receipt");
    // 申请编号 at submission; the 案号 comes when the commission accepts the case (立案)
    card.add(new Paragraph(
        new Span("申请编号："),
        strong(
            receipt.applicationNumber() != null
                ? receipt.applicationNumber()
                : nz(receipt.caseNumber()))));
    card.add(
        receipt.caseNumber() != null && receipt.applicationNumber() != null
            ? new Paragraph("案号：" + receipt.caseNumber())
            : new Paragraph("案号：受理后编立，届时通知您"));
    if (receipt.commission() != null) {
      card.add(new Paragraph("受理机构：" + receipt.commission().name()));
    }
    card.add(new Paragraph("提交时间：" + CaseParts.dateTime(receipt.submittedAt())));
    card.add(new Paragraph(
        new Span("受理期限："),
        strong(CaseParts.date(receipt.acceptanceDue()) + " 前"),
        new Span("（仲裁委员会收到申请之日起 5 日内决定是否受理）")));
    body.add(card);
    if (receipt.message() != null) {
      body.add(new Paragraph(receipt.message()));
    }
    body.add(ApplicationPdfLink.of(
        filings,
        token(),
        receipt.caseId(),
        receipt.caseNumber() != null ? receipt.caseNumber() : receipt.applicationNumber()));
    RouterLink mine = new RouterLink(
        "查看办理进度",
        MyCaseView.class,
        new com.vaadin.flow.router.RouteParameters("id", receipt.caseId().toString()));
    mine.addClassName("button-link");
    body.add(mine);
  }

  private void showAlreadyFiled(FilingFilingView filing) {
    title.setText("这份申请已提交");
    progress.setText("");
    buttons.setVisible(false);
    body.removeAll();
    body.add(
        new Paragraph("申请编号：" + nz(filing.applicationNumber())
            + (filing.caseNumber() == null ? "" : "，案号：" + filing.caseNumber()) + "，状态："
            + nz(filing.statusLabel())),
        new RouterLink(
            "查看办理进度",
            MyCaseView.class,
            new com.vaadin.flow.router.RouteParameters("id", filing.id().toString())));
  }

  // ---- moving between the form and the application ----

  private void load(FilingApplicationForm a) {
    procedure.setValue(a.procedure());
    FilingRespondent r = a.respondents().isEmpty()
        ? new FilingRespondent(null, null, null, null, null, null, null)
        : a.respondents().getFirst();
    respondentName.setValue(nz(r.name()));
    creditCode.setValue(nz(r.creditCode()));
    respondentAddress.setValue(nz(r.address()));
    legalRepresentative.setValue(nz(r.legalRepresentative()));
    legalRepresentativeTitle.setValue(nz(r.legalRepresentativeTitle()));
    respondentArea.setValue(r.areaCode());
    respondentPhone.setValue(nz(r.phone()));
    FilingEmployment em = a.employment() == null
        ? new FilingEmployment(null, null, null, null, null, null, null, null, null, null)
        : a.employment();
    startDate.setValue(em.startDate());
    endDate.setValue(em.endDate());
    stillEmployed.setValue(em.stillEmployed() == null ? null : em.stillEmployed() ? "YES" : "NO");
    employerKind.setValue(em.employerKind());
    retiredWithPension.setValue(
        em.retiredWithPension() == null ? null : em.retiredWithPension() ? "YES" : "NO");
    job.setValue(nz(em.job()));
    monthlyWage.setValue(em.monthlyWage());
    writtenContract.setValue(
        em.writtenContract() == null ? null : em.writtenContract() ? "YES" : "NO");
    workArea.setValue(em.workAreaCode());
    workplace.setValue(nz(em.workplace()));
    knewOn.setValue(a.knewOn());
    interruptedOn.setValue(a.interruptedOn());
    migrantWorker.setValue(Boolean.TRUE.equals(a.migrantWorker()));
    FilingApplicationFormApplicant ap = a.applicant() == null
        ? new FilingApplicationFormApplicant(null, null, null, null)
        : a.applicant();
    applicantAddress.setValue(nz(ap.address()));
    contactPhone.setValue(nz(ap.contactPhone()));
    claims.clear();
    a.claims().forEach(this::addClaim);
    if (claims.isEmpty()) {
      addClaim(new FilingClaim("UNPAID_WAGES", null, null, null, null, null));
    }
    facts.setValue(nz(a.factsAndReasons()));
    evidenceNotes.setValue(nz(a.evidenceNotes()));
    witnesses.clear();
    a.witnesses().forEach(w -> witnesses.add(new WitnessRow(w)));
  }

  FilingApplicationForm collect() {
    FilingRespondent respondent = new FilingRespondent(
        blankToNull(respondentName.getValue()),
        blankToNull(creditCode.getValue().toUpperCase(java.util.Locale.ROOT).strip()),
        blankToNull(respondentAddress.getValue()),
        blankToNull(legalRepresentative.getValue()),
        blankToNull(legalRepresentativeTitle.getValue()),
        respondentArea.getValue(),
        blankToNull(respondentPhone.getValue()));
    boolean noRespondent =
        respondent.equals(new FilingRespondent(null, null, null, null, null, null, null));
    FilingEmployment employment = new FilingEmployment(
        startDate.getValue(),
        endDate.getValue(),
        blankToNull(job.getValue()),
        monthlyWage.getValue(),
        writtenContract.getValue() == null ? null : "YES".equals(writtenContract.getValue()),
        workArea.getValue(),
        blankToNull(workplace.getValue()),
        yesNo(stillEmployed.getValue()),
        yesNo(retiredWithPension.getValue()),
        employerKind.getValue());
    FilingApplicationFormApplicant applicant = new FilingApplicationFormApplicant(
        blankToNull(applicantAddress.getValue()),
        null,
        blankToNull(job.getValue()),
        blankToNull(contactPhone.getValue()));
    List<FilingClaim> claimValues =
        claims.stream().map(ClaimRow::value).flatMap(Optional::stream).toList();
    return new FilingApplicationForm(
        procedure.getValue(),
        applicant,
        noRespondent ? List.of() : List.of(respondent),
        employment,
        claimValues,
        blankToNull(facts.getValue()),
        blankToNull(evidenceNotes.getValue()),
        knewOn.getValue(),
        migrantWorker.getValue(),
        witnesses.stream()
            .map(WitnessRow::value)
            .filter(w -> !w.equals(new FilingWitness(null, null, null)))
            .toList(),
        interruptedOn.getValue());
  }

  // ---- small helpers ----

  private String token() {
    if (token == null) {
      throw new IllegalStateException("not signed in");
    }
    return token;
  }

  /**
   * The draft's id on the steps after the first: {@link #go} shows them only once {@link #save} gave
   * the draft one, and materials are listed only on a saved draft.
   */
  private UUID savedId() {
    return Objects.requireNonNull(id, "later steps and materials exist only on a saved draft");
  }

  private static Component choice(String name, String explanation) {
    Span strong = new Span(name);
    strong.addClassName("strong");
    Div div = new Div(strong, new Paragraph(explanation));
    div.addClassName("choice");
    return div;
  }

  private static Span strong(String text) {
    Span span = new Span(text);
    span.addClassName("strong");
    return span;
  }

  static TextField field(String label, String helper, int maxLength) {
    TextField field = new TextField(label);
    field.setHelperText(helper);
    field.setMaxLength(maxLength);
    field.setWidthFull();
    return field;
  }

  /**
   * A date field a phone user can type into ("2025/3/1", "2025-3-1" or "2025.3.1"), with the calendar
   * behind its button. On a narrow screen an auto-opening picker would make the field read-only and cover
   * the whole page with a calendar on every tap, so that a date years back means long scrolling.
   */
  static DatePicker date(String label, String helper) {
    DatePicker picker = new DateRules.Picker(label);
    picker.setHelperText(helper + "（可直接输入，如 2025/3/1；或点日历图标选）");
    picker.setLocale(java.util.Locale.CHINA);
    picker.setI18n(CaseParts.chineseDates());
    picker.setAutoOpen(false);
    picker.setPlaceholder("年/月/日");
    picker.setWidthFull();
    return picker;
  }

  static UploadI18N chineseUploadTexts() {
    UploadI18N i18n = new UploadI18N();
    i18n.setAddFiles(new UploadI18N.AddFiles().setOne("选择文件上传").setMany("选择文件上传"));
    i18n.setDropFiles(new UploadI18N.DropFiles().setOne("把文件拖到这里").setMany("把文件拖到这里"));
    i18n.setError(new UploadI18N.Error()
        .setFileIsTooBig("文件超过 10 MB，请压缩图片或分成几个文件上传。")
        .setTooManyFiles("一次只能选一个文件。")
        .setIncorrectFileType("只能上传 PDF、JPG 或 PNG 文件。"));
    i18n.setUploading(new UploadI18N.Uploading()
        .setStatus(new UploadI18N.Uploading.Status()
            .setConnecting("正在连接…")
            .setStalled("上传停滞")
            .setProcessing("正在处理…")
            .setHeld("排队中"))
        .setRemainingTime(
            new UploadI18N.Uploading.RemainingTime().setPrefix("剩余时间：").setUnknown("剩余时间未知"))
        .setError(new UploadI18N.Uploading.Error()
            .setServerUnavailable("上传失败，请稍后再试")
            .setUnexpectedServerError("上传失败，请稍后再试")
            .setForbidden("上传被拒绝")));
    i18n.setUnits(
        new UploadI18N.Units(List.of("B", "KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
    i18n.setFile(new UploadI18N.File().setRetry("重试").setStart("开始").setRemove("移除"));
    return i18n;
  }

  static String size(long bytes) {
    if (bytes >= 1024 * 1024) {
      return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }
    return Math.max(1, bytes / 1024) + " KB";
  }

  static String nz(@Nullable String value) {
    return value == null ? "" : value;
  }

  static @Nullable Boolean yesNo(@Nullable String value) {
    return value == null ? null : "YES".equals(value);
  }

  static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static @Nullable BigDecimal orNull(@Nullable BigDecimal value) {
    return value;
  }
}
