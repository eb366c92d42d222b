package cn.xiangyang.portal.ui.accounts;

import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.HiddenWhenSignedIn;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Login with a phone number, resident ID number, unified social credit code or staff account name. After
 * login the person goes back to the page that sent them here ({@value #CONTINUE} parameter), or to "我的".
 */
@Route(value = "login", layout = MainLayout.class)
@PageTitle("登录 - " + PortalAppShell.SERVICE_NAME)
@Menu(title = "登录", order = 20, icon = "vaadin:sign-in")
@HiddenWhenSignedIn
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

  /** Query parameter naming the page (a route path inside the portal) to open after login. */
  public static final String CONTINUE = "continue";
  /** Query parameter set to {@value #EXPIRED} when the person was sent here because their login expired. */
  public static final String REASON = "reason";

  public static final String EXPIRED = "expired";

  final TextField account = new TextField("手机号 / 身份证号 / 统一社会信用代码 / 工作人员账号");
  final PasswordField password = new PasswordField("密码");
  final Button submit = FormFields.submit("登录");
  final ProblemAlert alert = new ProblemAlert();

  private final CurrentUser currentUser;
  private String next = ProfileView.PATH;

  public LoginView(CurrentUser currentUser) {
    this.currentUser = currentUser;
    addClassNames("page", "form-page");

    account.setAutocomplete(Autocomplete.USERNAME);
    account.setMaxLength(64);
    account.setRequiredIndicatorVisible(true);
    account.setWidthFull();
    account.addClassName("long-label");
    password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
    password.setMaxLength(64);
    password.setRequiredIndicatorVisible(true);
    password.setWidthFull();
    // The fields are checked here, not by the browser: a wrong password clears the field, and a
    // required field the browser validates itself would then turn red with "required" beside the
    // real message (issue 14).
    account.setManualValidation(true);
    password.setManualValidation(true);
    submit.addClickShortcut(Key.ENTER);
    submit.addClickListener(event -> {
      try {
        signIn();
      } finally {
        submit.setEnabled(true);
      }
    });

    add(
        new H1("登录"),
        new Paragraph("劳动者可用手机号或身份证号登录，用人单位用统一社会信用代码登录。"),
        account,
        password,
        alert,
        submit,
        new Paragraph(new RouterLink("忘记密码", PasswordResetView.class)),
        new Paragraph(new Span("还没有账号？")),
        registerLinks());
  }

  private static Component registerLinks() {
    RouterLink worker = new RouterLink("劳动者注册", WorkerRegistrationView.class);
    RouterLink employer = new RouterLink("用人单位注册", EmployerRegistrationView.class);
    RouterLink visitor = new RouterLink("公众注册（预约开放日）", VisitorRegistrationView.class);
    worker.addClassName("button-link-secondary");
    employer.addClassName("button-link-secondary");
    visitor.addClassName("button-link-secondary");
    Div links = new Div(worker, employer, visitor);
    links.addClassName("actions");
    return links;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    QueryParameters query = event.getLocation().getQueryParameters();
    next =
        query.getSingleParameter(CONTINUE).filter(LoginView::isPortalPage).orElse(ProfileView.PATH);
    if (currentUser.isSignedIn()) {
      event.forwardTo(next);
      return;
    }
    alert.clear();
    if (query.getSingleParameter(REASON).filter(EXPIRED::equals).isPresent()) {
      alert.show("登录已过期，请重新登录。");
    }
  }

  private void signIn() {
    alert.clear();
    account.setInvalid(false);
    password.setInvalid(false);
    String name = account.getValue().strip();
    if (name.isEmpty() || password.isEmpty()) {
      if (name.isEmpty()) {
        account.setErrorMessage("请填写手机号、身份证号、统一社会信用代码或工作人员账号");
        account.setInvalid(true);
      }
      if (password.isEmpty()) {
        password.setErrorMessage("请填写密码");
        password.setInvalid(true);
      }
      alert.show("请填写账号和密码。");
      (name.isEmpty() ? account : password).focus();
      return;
    }
    // Letters in an ID number or credit code are capitals; staff names are kept as typed.
    String login = FormFields.isResidentIdNumber(name) || FormFields.isCreditCode(name)
        ? FormFields.normalize(name)
        : name;
    try {
      currentUser.signIn(new Credentials(login, password.getValue()));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
      return;
    } catch (BackendProblem refusal) {
      password.clear();
      alert.show(
          switch (refusal.status()) {
            case 429 -> tooManyAttempts(refusal);
            case 401 -> refusal.detailOr("账号或密码不正确，请重新输入。");
            default -> refusal.detailOr("登录没有成功，请检查账号和密码后再试。");
          });
      password.focus();
      return;
    }
    getUI().ifPresent(ui -> ui.navigate(next));
  }

  /** "尝试过于频繁，请 N 分钟后再试" with N from {@code Retry-After}, rounded up to whole minutes. */
  static String tooManyAttempts(BackendProblem refusal) {
    long minutes = refusal
        .retryAfter()
        .map(wait -> Math.max(1, (wait.toSeconds() + 59) / 60))
        .orElse(1L);
    return "尝试过于频繁，请 " + minutes + " 分钟后再试。";
  }

  /** Only a path of this portal, never another site: the parameter comes from the address bar. */
  static boolean isPortalPage(String path) {
    if (path.isBlank()
        || path.startsWith("/")
        || path.contains("\\")
        || path.contains(":")
        || path.contains("//")
        || path.startsWith("login")) {
      return false;
    }
    return RouteConfiguration.forApplicationScope().getRoute(path).isPresent();
  }
}
