package cn.xiangyang.portal.ui.accounts;

import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** 忘记密码: a new password with the SMS code sent to the registered phone. */
@Route(value = "password-reset", layout = MainLayout.class)
@PageTitle("找回密码 - " + PortalAppShell.SERVICE_NAME)
@AnonymousAllowed
public class PasswordResetView extends Main {

  /** What the form holds (public: the binder creates it). */
  public record ResetForm(String phone, String smsCode, String password, String confirmPassword) {}

  final TextField phone = FormFields.digits("手机号", "注册时填写的11位手机号", 11, "[0-9]", Autocomplete.TEL);
  final SmsCodeField sms;
  final PasswordField password = FormFields.password("新密码", Autocomplete.NEW_PASSWORD);
  final PasswordField confirmPassword = FormFields.password("确认新密码", Autocomplete.NEW_PASSWORD);
  private final ProblemAlert alert = new ProblemAlert();
  private final Button submit = FormFields.submit("重设密码");
  private final Binder<ResetForm> binder = new Binder<>(ResetForm.class);

  public PasswordResetView(AccountsClient accounts) {
    addClassNames("page", "form-page");
    sms = new SmsCodeField(accounts, () -> phone, "RESET_PASSWORD");
    binder
        .forField(phone)
        .asRequired("请填写手机号")
        .withValidator(
            value -> FormFields.matches(FormFields.MOBILE, value), "请填写11位手机号，例如 13800000000")
        .bind("phone");
    binder
        .forField(sms.code)
        .asRequired("请填写短信验证码")
        .withValidator(value -> value.strip().matches("[0-9]{6}"), "请填写短信里的6位数字验证码")
        .bind("smsCode");
    FormFields.bindNewPassword(binder, password, confirmPassword);
    submit.addClickListener(event -> {
      try {
        reset(accounts);
      } finally {
        submit.setEnabled(true);
      }
    });
    add(
        new H1("找回密码"),
        new Paragraph("填写注册时的手机号，获取短信验证码后设置新密码。重设后，其他设备上的登录会全部退出。"),
        phone,
        sms,
        password,
        confirmPassword,
        alert,
        submit,
        new Paragraph(new Span("想起来了？"), new RouterLink("去登录", LoginView.class)));
  }

  private void reset(AccountsClient accounts) {
    alert.clear();
    ResetForm form;
    try {
      form = binder.writeRecord();
    } catch (ValidationException e) {
      alert.show("请按红色提示修改后再提交。");
      return;
    }
    try {
      String done = accounts.resetPassword(
          FormFields.normalize(form.phone()), form.smsCode().strip(), form.password());
      Notification.show(done, 6000, Notification.Position.MIDDLE);
      getUI().ifPresent(ui -> ui.navigate(LoginView.class));
    } catch (BackendProblem refusal) {
      alert.show(
          refusal,
          Map.of("phone", phone, "code", sms.code, "newPassword", password),
          refusal.status() == 429 ? LoginView.tooManyAttempts(refusal) : "密码没有重设成功，请按提示修改后再试。");
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
  }
}
