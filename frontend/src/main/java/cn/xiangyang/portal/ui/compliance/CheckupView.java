package cn.xiangyang.portal.ui.compliance;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.LoginView;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.compliance.ComplianceApi.Area;
import cn.xiangyang.portal.ui.compliance.ComplianceApi.Question;
import cn.xiangyang.portal.ui.compliance.ComplianceApi.QuestionnaireView;
import cn.xiangyang.portal.ui.compliance.ComplianceApi.Report;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.LabelledSelect;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 用工体检: the questionnaire as a wizard, one area per step, with progress. Areas and questions that do
 * not apply given the answers so far are skipped (the backend's branching conditions). Anyone can take it
 * without an account (nothing is stored); a signed-in employer can save and continue later and keeps
 * the result.
 */
@Route(value = "checkup", layout = MainLayout.class)
@PageTitle("用工体检 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("styles/filing.css")
@StyleSheet("styles/compliance.css")
@Menu(title = "用工体检", order = 11, icon = "vaadin:clipboard-check")
@AnonymousAllowed
public class CheckupView extends Main implements BeforeEnterObserver {

  private final ComplianceClient client;
  private final CurrentUser currentUser;
  private final ProblemAlert alert = new ProblemAlert();
  private final Paragraph progressText = new Paragraph();
  private final ProgressBar progress = new ProgressBar(0, 1);
  private final Div step = new Div();
  private final Div buttons = new Div();
  private final Div result = new Div();
  private final Paragraph note = new Paragraph();
  final Checkbox save = new Checkbox("保存本次体检结果（可与下次体检对比）", true);
  final Checkbox share = new Checkbox("同意向服务本单位的劳动人事争议仲裁委员会展示体检得分", false);
  private final Map<String, Object> answers = new LinkedHashMap<>();
  private final Map<String, HasValidation> fields = new HashMap<>();
  private @Nullable QuestionnaireView questionnaire;
  private int index;
  private @Nullable SignedIn employer;

  public CheckupView(ComplianceClient client, CurrentUser currentUser) {
    this.client = client;
    this.currentUser = currentUser;
    addClassNames("page", "filing", "checkup");
    progressText.addClassName("step-progress");
    progress.getElement().setAttribute("aria-label", "体检进度");
    buttons.addClassName("step-buttons");
    step.addClassName("step-body");
    note.addClassName("note");
    add(new H1("用工体检"), note, progressText, progress, alert, step, buttons, result);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SignedIn signedIn = currentUser.get().orElse(null);
    boolean employerAccount =
        signedIn != null && "EMPLOYER".equals(signedIn.account().kind());
    if (employerAccount) {
      signedIn = currentUser.refreshed().orElse(null);
    }
    // Only a verified employer account keeps check-ups in the company's name; an unverified one
    // takes
    // the check-up as an anonymous visitor does and is told how to get verified.
    employer = employerAccount
            && signedIn != null
            && "VERIFIED".equals(signedIn.account().verification())
        ? signedIn
        : null;
    boolean unverified = employerAccount && employer == null;
    answers.clear();
    index = 0;
    result.removeAll();
    alert.clear();
    try {
      questionnaire = client.questionnaire();
    } catch (BackendProblem | BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "，暂时无法打开体检问卷。");
      return;
    }
    note.removeAll();
    note.add(new com.vaadin.flow.component.html.Span(
        "共 " + questionnaire.questions() + " 个问题，按领域分步回答，约需 10 分钟。每个问题下面写明了为什么问。"));
    if (unverified) {
      note.add(new com.vaadin.flow.component.html.Span(" 您的单位账号尚未认证，本次体检结果不会保存；"));
      note.add(
          new RouterLink("完成单位认证", cn.xiangyang.portal.ui.accounts.EmployerVerificationView.class),
          new com.vaadin.flow.component.html.Span(" 后可以保存、稍后继续、申请培训。"));
    } else if (employer == null) {
      note.add(new com.vaadin.flow.component.html.Span(" 不登录也可以体检，结果不会保存；"));
      RouterLink login = new RouterLink("用人单位登录", LoginView.class);
      login.setQueryParameters(
          com.vaadin.flow.router.QueryParameters.of(LoginView.CONTINUE, "checkup"));
      note.add(login, new com.vaadin.flow.component.html.Span(" 后可以保存、稍后继续、申请培训。"));
    } else {
      RouterLink mine = new RouterLink("查看以前的体检记录", MyCheckupsView.class);
      note.add(new com.vaadin.flow.component.html.Span(" "), mine);
      try {
        client.draft(employer.token()).ifPresent(d -> {
          answers.putAll(d.answers());
          index = d.step();
          note.add(new Paragraph("已恢复您上次保存的答案，可以接着填写。"));
        });
      } catch (BackendProblem | BackendUnavailable e) {
        // A draft that cannot be read leaves an empty wizard; the employer loses nothing saved.
      }
    }
    showStep();
  }

  /** The areas that apply given the answers so far. */
  List<Area> steps() {
    return questionnaire == null
        ? List.of()
        : questionnaire.areas().stream()
            .filter(a -> a.applicableIf() == null || a.applicableIf().test(answers))
            .toList();
  }

  private void showStep() {
    List<Area> steps = steps();
    index = Math.max(0, Math.min(index, steps.size() - 1));
    Area area = steps.get(index);
    progressText.setText("第 " + (index + 1) + " 步，共 " + steps.size() + " 步：" + area.title());
    progress.setValue((index + 1) / (double) steps.size());
    step.removeAll();
    fields.clear();
    if (area.intro() != null) {
      step.add(new Paragraph(area.intro()));
    }
    for (Question q : area.questions()) {
      if (q.askIf() != null && !q.askIf().test(answers)) {
        continue;
      }
      step.add(field(q));
    }
    buttons.removeAll();
    if (index > 0) {
      Button back = new Button("上一步", e -> move(-1));
      back.addThemeVariants(ButtonVariant.LUMO_LARGE);
      buttons.add(back);
    }
    boolean last = index == steps.size() - 1;
    if (last) {
      if (employer != null) {
        step.add(save, share);
      }
      Button finish = new Button("查看体检结果", e -> finish());
      finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
      finish.setDisableOnClick(true);
      buttons.add(finish);
    } else {
      Button next = new Button("下一步", e -> move(1));
      next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
      buttons.add(next);
    }
    if (employer != null) {
      Button later = new Button("保存，稍后继续", e -> saveDraft());
      later.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      buttons.add(later);
    }
  }

  private Component field(Question q) {
    Component component;
    String label = q.text();
    if ("NUMBER".equals(q.type())) {
      IntegerField f = new IntegerField(label);
      if (answers.get(q.id()) != null)
        f.setValue(new BigDecimal(answers.get(q.id()).toString()).intValue());
      if (q.min() != null) f.setMin(q.min().intValue());
      if (q.max() != null) f.setMax(q.max().intValue());
      f.setHelperText(q.why());
      f.setWidthFull();
      f.addValueChangeListener(e -> changed(q, e.getValue()));
      fields.put(q.id(), f);
      component = f;
    } else if ("MONEY".equals(q.type())) {
      BigDecimalField f = new BigDecimalField(label);
      if (answers.get(q.id()) != null)
        f.setValue(new BigDecimal(answers.get(q.id()).toString()));
      f.setSuffixComponent(new com.vaadin.flow.component.html.Span("元"));
      f.setHelperText(q.why());
      f.setWidthFull();
      f.addValueChangeListener(e -> changed(
          q,
          e.getValue() == null
              ? null
              : e.getValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()));
      fields.put(q.id(), f);
      component = f;
    } else if (q.choices().size() > 4) {
      LabelledSelect<String> f = new LabelledSelect<>();
      f.setLabel(label);
      f.setItems(q.choices().stream().map(ComplianceApi.Option::value).toList());
      Map<String, String> labels = new HashMap<>();
      q.choices().forEach(o -> labels.put(o.value(), o.label()));
      f.setItemLabelGenerator(v -> labels.getOrDefault(v, v));
      if (answers.get(q.id()) != null) f.setValue(answers.get(q.id()).toString());
      f.setHelperText(q.why());
      f.setWidthFull();
      f.addValueChangeListener(e -> changed(q, e.getValue()));
      fields.put(q.id(), f);
      component = f;
    } else {
      RadioButtonGroup<String> f = new RadioButtonGroup<>(label);
      f.setItems(q.choices().stream().map(ComplianceApi.Option::value).toList());
      Map<String, String> labels = new HashMap<>();
      q.choices().forEach(o -> labels.put(o.value(), o.label()));
      f.setItemLabelGenerator(v -> labels.getOrDefault(v, v));
      f.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
      if (answers.get(q.id()) != null) f.setValue(answers.get(q.id()).toString());
      f.setHelperText(q.why());
      f.addValueChangeListener(e -> changed(q, e.getValue()));
      fields.put(q.id(), f);
      component = f;
    }
    Div wrapper = new Div(component);
    wrapper.addClassName("question");
    wrapper.getElement().setAttribute("data-question", q.id());
    return wrapper;
  }

  private void changed(Question q, @Nullable Object value) {
    if (value == null) {
      answers.remove(q.id());
    } else {
      answers.put(q.id(), value);
    }
    HasValidation f = fields.get(q.id());
    if (f != null) {
      f.setInvalid(false);
    }
    // A follow-up question may appear or disappear with this answer: redraw the step, keeping the
    // others.
    boolean branches = questionnaire != null
        && questionnaire.areas().stream()
            .flatMap(a -> a.questions().stream())
            .anyMatch(other -> other.askIf() != null && mentions(other.askIf(), q.id()));
    if (branches) {
      showStep();
    }
  }

  private static boolean mentions(ComplianceApi.Condition c, String id) {
    if (id.equals(c.q())) return true;
    if (c.all() != null && c.all().stream().anyMatch(x -> mentions(x, id))) return true;
    if (c.any() != null && c.any().stream().anyMatch(x -> mentions(x, id))) return true;
    return c.not() != null && mentions(c.not(), id);
  }

  private boolean checkStep() {
    boolean ok = true;
    Area area = steps().get(index);
    for (Question q : area.questions()) {
      if ((q.askIf() == null || q.askIf().test(answers))
          && q.isRequired()
          && answers.get(q.id()) == null) {
        HasValidation f = fields.get(q.id());
        if (f != null) {
          f.setErrorMessage("请回答这个问题");
          f.setInvalid(true);
        }
        ok = false;
      }
    }
    if (!ok) {
      alert.show("还有问题没有回答，请看标红的项目。");
    }
    return ok;
  }

  private void move(int delta) {
    alert.clear();
    if (delta > 0 && !checkStep()) {
      return;
    }
    index += delta;
    showStep();
    UI.getCurrent().getPage().executeJs("window.scrollTo(0, 0)");
  }

  private void saveDraft() {
    if (employer == null) {
      return;
    }
    try {
      client.saveDraft(employer.token(), visibleAnswers(), index);
      alert.clear();
      note.removeAll();
      note.add(new Paragraph("已保存。下次登录后打开“用工体检”，可以从这一步接着填写。"));
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("没有保存成功，请稍后再试。"));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。您填写的内容还在页面上。");
    }
  }

  /** The answers of questions that are asked given the others (a skipped question's old answer is not sent). */
  Map<String, Object> visibleAnswers() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Area a : steps()) {
      for (Question q : a.questions()) {
        if (answers.containsKey(q.id()) && (q.askIf() == null || q.askIf().test(answers))) {
          out.put(q.id(), answers.get(q.id()));
        }
      }
    }
    return out;
  }

  private void finish() {
    alert.clear();
    if (!checkStep()) {
      buttons.getChildren().forEach(c -> c.getElement().setEnabled(true));
      return;
    }
    Map<String, Object> sent = visibleAnswers();
    boolean keep = employer != null && save.getValue();
    try {
      Report report = client.checkup(
          employer == null ? null : employer.token(), sent, keep, keep && share.getValue());
      if (report.id() != null) {
        UI.getCurrent()
            .navigate(
                CheckupReportView.class,
                new com.vaadin.flow.router.RouteParameters("id", report.id().toString()));
        return;
      }
      progressText.setText("体检完成");
      progress.setValue(1);
      step.removeAll();
      buttons.removeAll();
      result.removeAll();
      result.add(new ReportPanel(client, report, employer == null ? null : employer.token(), sent));
      UI.getCurrent().getPage().executeJs("window.scrollTo(0, 0)");
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("体检没有完成，请检查答案后再试。"));
      buttons.getChildren().forEach(c -> c.getElement().setEnabled(true));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。您的答案还在页面上，请稍后再试。");
      buttons.getChildren().forEach(c -> c.getElement().setEnabled(true));
    }
  }

  static H2 heading(String text) {
    return new H2(text);
  }

  List<String> answeredIds() {
    return new ArrayList<>(answers.keySet());
  }
}
