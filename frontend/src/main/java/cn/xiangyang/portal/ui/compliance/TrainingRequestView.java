package cn.xiangyang.portal.ui.compliance;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.compliance.ComplianceApi.Training;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * 订单式培训: an employer asks the commission for training on its weak areas; the topics come pre-filled
 * from the report, with headcount, preferred dates and a contact.
 */
@Route(value = "checkup/training", layout = MainLayout.class)
@PageTitle("申请专题培训 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("styles/filing.css")
@StyleSheet("styles/compliance.css")
@PermitAll
public class TrainingRequestView extends Main implements BeforeEnterObserver {

  private final ComplianceClient client;
  private final CurrentUser currentUser;
  private final ProblemAlert alert = new ProblemAlert();
  final CheckboxGroup<String> topics = new CheckboxGroup<>("培训主题");
  final IntegerField headcount = new IntegerField("参加人数");
  final DatePicker firstDate = new DatePicker("希望的培训日期");
  final DatePicker secondDate = new DatePicker("备选日期（可不填）");
  final TextField contactName = new TextField("联系人");
  final TextField contactPhone = new TextField("联系电话");
  final TextArea note = new TextArea("其他要求（可不填）");
  private final Div form = new Div();
  private final String idempotencyKey = UUID.randomUUID().toString();
  private @Nullable UUID checkupId;
  private @Nullable SignedIn signedIn;

  public TrainingRequestView(ComplianceClient client, CurrentUser currentUser) {
    this.client = client;
    this.currentUser = currentUser;
    addClassNames("page", "filing", "checkup");
    topics.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
    topics.setHelperText("已按体检报告中风险较高的领域预先勾选，可以调整。");
    headcount.setMin(1);
    headcount.setMax(10000);
    headcount.setHelperText("大约有多少人参加（人事、管理人员等）");
    firstDate.setHelperText("工作人员会尽量按您希望的日期安排，并电话联系确认");
    contactPhone.setHelperText("11 位手机号或带区号的固定电话");
    note.setMaxLength(500);
    Stream.<com.vaadin.flow.component.HasSize>of(
            headcount, firstDate, secondDate, contactName, contactPhone, note)
        .forEach(f -> f.setWidthFull());
    Button submit = new Button("提交培训申请", e -> submit());
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    Div buttons = new Div(submit);
    buttons.addClassName("step-buttons");
    form.addClassName("step-body");
    form.add(
        new Paragraph("仲裁委员会根据企业的需要，组织劳动法律专题培训（订单式培训），不收取费用。"),
        topics,
        headcount,
        firstDate,
        secondDate,
        contactName,
        contactPhone,
        note,
        alert,
        buttons);
    add(new H1("申请专题培训"), form);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    signedIn = currentUser.required();
    QueryParameters query = event.getLocation().getQueryParameters();
    Set<String> options = new LinkedHashSet<>();
    try {
      client.questionnaire().areas().stream()
          .filter(a -> a.scored() == null || a.scored())
          .forEach(a -> options.add(a.title()));
    } catch (BackendProblem | BackendUnavailable e) {
      // Without the questionnaire the topics from the report are still offered.
    }
    List<String> wanted = query.getParameters().getOrDefault("topic", List.of());
    options.addAll(wanted);
    topics.setItems(options);
    topics.setValue(new LinkedHashSet<>(wanted));
    checkupId = query
        .getSingleParameter("checkup")
        .map(s -> {
          try {
            return UUID.fromString(s);
          } catch (IllegalArgumentException e) {
            return null;
          }
        })
        .orElse(null);
    firstDate.setMin(LocalDate.now(ReportPanel.ZONE).plusDays(1));
    secondDate.setMin(LocalDate.now(ReportPanel.ZONE).plusDays(1));
    if (signedIn.account().contactName() != null && contactName.isEmpty()) {
      contactName.setValue(signedIn.account().contactName());
    }
  }

  private void submit() {
    alert.clear();
    if (signedIn == null) {
      return;
    }
    List<LocalDate> dates = new ArrayList<>();
    if (firstDate.getValue() != null) dates.add(firstDate.getValue());
    if (secondDate.getValue() != null) dates.add(secondDate.getValue());
    try {
      Training t = client.requestTraining(
          signedIn.token(),
          new ComplianceApi.TrainingRequest(
              new ArrayList<>(topics.getValue()),
              headcount.getValue(),
              dates,
              contactName.getValue().strip(),
              contactPhone.getValue().strip(),
              checkupId,
              note.getValue().isBlank() ? null : note.getValue().strip()),
          idempotencyKey);
      form.removeAll();
      Div done = new Div(
          new Paragraph("培训申请已提交，工作人员会与您联系安排时间。"),
          new Paragraph("主题：" + String.join("、", t.topics()) + "；人数：" + t.headcount() + "；状态："
              + t.statusLabel()));
      done.addClassNames("card", "training-done");
      form.add(done, new RouterLink("我的体检记录", MyCheckupsView.class));
    } catch (BackendProblem refusal) {
      Map<String, HasValidation> fields = Map.of(
          "topics",
          topics,
          "headcount",
          headcount,
          "preferredDates",
          firstDate,
          "contactName",
          contactName,
          "contactPhone",
          contactPhone,
          "note",
          note);
      alert.show(refusal, fields, "培训申请没有提交成功，请检查后再试。");
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。您填写的内容还在页面上。");
    }
  }
}
