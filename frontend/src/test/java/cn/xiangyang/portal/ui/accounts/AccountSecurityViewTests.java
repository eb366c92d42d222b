package cn.xiangyang.portal.ui.accounts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.ui.UiTest;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountSecurityViewTests extends UiTest {

  @Test
  void aVisitorWhoIsNotSignedInIsSentToTheLoginPage() {
    navigate(AccountSecurityView.PATH);

    assertThat(currentView()).isInstanceOf(LoginView.class);
  }

  @Test
  void newPasswordsThatDoNotMatchAreRefusedWithoutAskingTheBackend() {
    signInAs(WORKER_ACCOUNT);
    navigate(AccountSecurityView.PATH);
    AccountSecurityView view = _get(AccountSecurityView.class);

    _setValue(view.currentPassword, "qian2026old");
    _setValue(view.password, "qian2026new");
    _setValue(view.confirmPassword, "qian2026neW");
    _click(_get(Button.class, spec -> spec.withText("修改密码")));

    assertThat(view.confirmPassword.isInvalid()).isTrue();
    assertThat(view.confirmPassword.getErrorMessage()).isEqualTo("两次输入的密码不一致");
    assertThat(backend.received("POST", "/api/v1/accounts/me/password")).isEmpty();
  }

  @Test
  void aWrongCurrentPasswordIsShownAtThatField() {
    signInAs(WORKER_ACCOUNT);
    backend.problem("POST", "/api/v1/accounts/me/password", 400, """
                {"title":"当前密码不正确","status":400,"detail":"当前密码不正确。忘记了可以退出后在登录页用「忘记密码」重设。",
                 "errors":[{"field":"currentPassword","message":"当前密码不正确。忘记了可以退出后在登录页用「忘记密码」重设。"}]}""", Map.of());
    navigate(AccountSecurityView.PATH);
    AccountSecurityView view = _get(AccountSecurityView.class);

    _setValue(view.currentPassword, "qian2026bad");
    _setValue(view.password, "qian2026new");
    _setValue(view.confirmPassword, "qian2026new");
    _click(_get(Button.class, spec -> spec.withText("修改密码")));

    assertThat(view.currentPassword.isInvalid()).isTrue();
    assertThat(view.currentPassword.getErrorMessage()).contains("当前密码不正确");
    assertThat(_find(view, ProblemAlert.class).stream().map(ProblemAlert::text))
        .anySatisfy(t -> assertThat(t).contains("忘记密码"));
    String sent =
        backend.received("POST", "/api/v1/accounts/me/password").getFirst().body();
    assertThat(sent)
        .contains("\"currentPassword\":\"qian2026bad\"", "\"newPassword\":\"qian2026new\"");
    assertThat(backend
            .received("POST", "/api/v1/accounts/me/password")
            .getFirst()
            .header("Authorization"))
        .isEqualTo("Bearer tok-123");
  }

  @Test
  void afterAChangeTheEmptiedFieldsAreNotMarkedAsMissing() {
    signInAs(WORKER_ACCOUNT);
    backend
        .json("POST", "/api/v1/accounts/me/password", 200, """
                        {"detail":"密码已修改。其他设备上的登录已全部退出。"}""")
        .json(
            "POST",
            "/api/v1/accounts/me/phone",
            200,
            WORKER_ACCOUNT.replace("138****0000", "135****6789"));
    navigate(AccountSecurityView.PATH);
    AccountSecurityView view = _get(AccountSecurityView.class);

    _setValue(view.currentPassword, "qian2026old");
    _setValue(view.password, "qian2026new");
    _setValue(view.confirmPassword, "qian2026new");
    _click(_get(Button.class, spec -> spec.withText("修改密码")));
    _setValue(view.phone, "13512346789");
    _setValue(view.sms.code, "123456");
    _click(_get(Button.class, spec -> spec.withText("更换手机号")));

    assertThat(view.getElement().getTextRecursively()).contains("密码已修改", "手机号已更换为 135****6789");
    for (HasValidation field : new HasValidation[] {
      view.currentPassword, view.password, view.confirmPassword, view.phone, view.sms.code
    }) {
      assertThat(field.isInvalid()).isFalse();
    }
    assertThat(view.phone.getValue()).isEmpty();
    assertThat(view.password.getValue()).isEmpty();
  }

  @Test
  void aMalformedNewPhoneIsRefusedWithoutAskingTheBackend() {
    signInAs(WORKER_ACCOUNT);
    navigate(AccountSecurityView.PATH);
    AccountSecurityView view = _get(AccountSecurityView.class);

    _setValue(view.phone, "1380000");
    _setValue(view.sms.code, "123456");
    _click(_get(Button.class, spec -> spec.withText("更换手机号")));

    assertThat(view.phone.isInvalid()).isTrue();
    assertThat(backend.received("POST", "/api/v1/accounts/me/phone")).isEmpty();
  }

  private static void signInAs(String account) {
    backend
        .json("POST", "/api/v1/sessions", 201, session(account))
        .json("GET", "/api/v1/accounts/me", 200, account);
    navigate("login");
    _setValue(
        _get(TextField.class, spec -> spec.withLabel("手机号 / 身份证号 / 统一社会信用代码 / 工作人员账号")),
        "13800000000");
    _setValue(_get(PasswordField.class, spec -> spec.withLabel("密码")), "Secret-pass-1");
    _click(_get(Button.class, spec -> spec.withText("登录")));
    assertThat(currentView()).isInstanceOf(ProfileView.class);
  }
}
