package cn.xiangyang.portal.ui.accounts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.ui.UiTest;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginViewTests extends UiTest {

  private static final String SESSIONS = "/api/v1/sessions";
  private static final String ACCOUNT_LABEL = "手机号 / 身份证号 / 统一社会信用代码 / 工作人员账号";

  @Test
  void wrongCredentialsShowTheBackendsDetail() {
    backend.problem("POST", SESSIONS, 401, """
                {"title":"Unauthorized","status":401,"detail":"账号或密码不正确，连续输错5次将暂停登录15分钟"}""", Map.of());
    navigate("login");

    logIn("13800000000", "wrong-password");

    assertThat(_get(ProblemAlert.class).text()).isEqualTo("账号或密码不正确，连续输错5次将暂停登录15分钟");
    assertThat(_get(PasswordField.class, spec -> spec.withLabel("密码")).getValue())
        .isEmpty();
    // the emptied field stays neutral: no red "required" beside the real message (issue 14)
    assertThat(_get(PasswordField.class, spec -> spec.withLabel("密码")).isInvalid())
        .isFalse();
    assertThat(_get(TextField.class, spec -> spec.withLabel(ACCOUNT_LABEL)).isInvalid())
        .isFalse();
    assertThat(currentView()).isInstanceOf(LoginView.class);
  }

  @Test
  void tooManyAttemptsSayHowManyMinutesToWait() {
    backend.problem("POST", SESSIONS, 429, """
                {"title":"Too Many Requests","status":429,"detail":"尝试次数过多"}""", Map.of("Retry-After", "250"));
    navigate("login");

    logIn("13800000000", "wrong-password");

    assertThat(_get(ProblemAlert.class).text()).isEqualTo("尝试过于频繁，请 5 分钟后再试。");
  }

  @Test
  void emptyFieldsAreNotSent() {
    navigate("login");

    _click(_get(Button.class, spec -> spec.withText("登录")));

    assertThat(_get(TextField.class, spec -> spec.withLabel(ACCOUNT_LABEL)).isInvalid())
        .isTrue();
    assertThat(_get(PasswordField.class, spec -> spec.withLabel("密码")).isInvalid())
        .isTrue();
    assertThat(backend.received()).isEmpty();
  }

  @Test
  void unreachableBackendGivesAFriendlyMessage() {
    backend.hangUp("POST", SESSIONS);
    navigate("login");

    logIn("13800000000", "Secret-pass-1");

    assertThat(_get(ProblemAlert.class).text()).isEqualTo("服务暂时不可用，请稍后再试。");
  }

  @Test
  void failingBackendGivesAFriendlyMessage() {
    backend.json("POST", SESSIONS, 503, "<html>Service Unavailable</html>");
    navigate("login");

    logIn("13800000000", "Secret-pass-1");

    assertThat(_get(ProblemAlert.class).text()).isEqualTo("服务暂时不可用，请稍后再试。");
  }

  @Test
  void loginOpensTheProfileAndSendsTheIdNumberInCapitals() {
    backend
        .json("POST", SESSIONS, 201, session(WORKER_ACCOUNT))
        .json("GET", "/api/v1/accounts/me", 200, WORKER_ACCOUNT);
    navigate("login");

    logIn(" 42060219900101109x ", "Secret-pass-1");

    assertThat(backend.received("POST", SESSIONS).getFirst().body())
        .isEqualTo("{\"account\":\"42060219900101109X\",\"password\":\"Secret-pass-1\"}");
    assertThat(currentView()).isInstanceOf(ProfileView.class);
  }

  @Test
  void aProtectedPageSendsToLoginAndBackAfterwards() {
    backend
        .json("POST", SESSIONS, 201, session(WORKER_ACCOUNT))
        .json("GET", "/api/v1/accounts/me", 200, WORKER_ACCOUNT);

    navigate("me");
    assertThat(currentView()).isInstanceOf(LoginView.class);
    logIn("13800000000", "Secret-pass-1");

    assertThat(currentView()).isInstanceOf(ProfileView.class);
  }

  @Test
  void theContinueParameterOnlyLeadsToPortalPages() {
    backend
        .json("POST", SESSIONS, 201, session(WORKER_ACCOUNT))
        .json("GET", "/api/v1/accounts/me", 200, WORKER_ACCOUNT);

    navigate("login?continue=https://evil.example/");
    logIn("13800000000", "Secret-pass-1");

    assertThat(currentView()).isInstanceOf(ProfileView.class);
    assertThat(LoginView.isPortalPage("register/worker")).isTrue();
    assertThat(LoginView.isPortalPage("//evil.example")).isFalse();
    assertThat(LoginView.isPortalPage("/me")).isFalse();
    assertThat(LoginView.isPortalPage("no-such-page")).isFalse();
  }

  private static void logIn(String account, String password) {
    _setValue(_get(TextField.class, spec -> spec.withLabel(ACCOUNT_LABEL)), account);
    _setValue(_get(PasswordField.class, spec -> spec.withLabel("密码")), password);
    _click(_get(Button.class, spec -> spec.withText("登录")));
  }
}
