package cn.xiangyang.portal.ui.accounts;

import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 账号安全: a signed-in worker or employer changes the password (the other sessions end) or moves the
 * account to a new phone, verified by the SMS code sent to that new phone.
 */
@Route(value = AccountSecurityView.PATH, layout = MainLayout.class)
@PageTitle("账号安全 - " + PortalAppShell.SERVICE_NAME)
@PermitAll
public class AccountSecurityView extends Main implements BeforeEnterObserver {

  public static final String PATH = "me/security";

  /** What the password form holds (public: the binder creates it). */
  public record PasswordForm(String currentPassword, String password, String confirmPassword) {}

  /** What the phone form holds (public: the binder creates it). */
  public record PhoneForm(String phone, String smsCode) {}

  private final AccountsClient accounts;
  private final CurrentUser currentUser;

  final PasswordField currentPassword = FormFields.password("当前密码", Autocomplete.CURRENT_PASSWORD);
  final PasswordField password = FormFields.password("新密码", Autocomplete.NEW_PASSWORD);
  final PasswordField confirmPassword = FormFields.password("确认新密码", Autocomplete.NEW_PASSWORD);
  private final Button changePassword = FormFields.submit("修改密码");
  private final ProblemAlert passwordAlert = new ProblemAlert();
  private final Paragraph passwordDone = new Paragraph();
  private final Binder<PasswordForm> passwordBinder = new Binder<>(PasswordForm.class);

  final TextField phone = FormFields.digits("新手机号", "验证码会发到这个新号码", 11, "[0-9]", Autocomplete.TEL);
  final SmsCodeField sms;
  private final Button changePhone = FormFields.submit("更换手机号");
  private final ProblemAlert phoneAlert = new ProblemAlert();
  private final Paragraph phoneDone = new Paragraph();
  private final Binder<PhoneForm> phoneBinder = new Binder<>(PhoneForm.class);
  private @Nullable SignedIn signedIn;

  public AccountSecurityView(AccountsClient accounts, CurrentUser currentUser) {
    this.accounts = accounts;
    this.currentUser = currentUser;
    addClassNames("page", "form-page", "account-security");
    sms = new SmsCodeField(accounts, () -> phone, "CHANGE_PHONE");

    passwordBinder.forField(currentPassword).asRequired("请填写当前密码").bind("currentPassword");
    FormFields.bindNewPassword(passwordBinder, password, confirmPassword);
    changePassword.addClickListener(event -> {
      try {
        changePassword();
      } finally {
        changePassword.setEnabled(true);
      }
    });
    phoneBinder
        .forField(phone)
        .asRequired("请填写新手机号")
        .withValidator(
            value -> FormFields.matches(FormFields.MOBILE, value), "请填写11位手机号，例如 13800000000")
        .bind("phone");
    phoneBinder
        .forField(sms.code)
        .asRequired("请填写短信验证码")
        .withValidator(value -> value.strip().matches("[0-9]{6}"), "请填写短信里的6位数字验证码")
        .bind("smsCode");
    changePhone.addClickListener(event -> {
      try {
        changePhone();
      } finally {
        changePhone.setEnabled(true);
      }
    });
    for (Paragraph done : new Paragraph[] {passwordDone, phoneDone}) {
      done.addClassName("done-notice");
      done.getElement().setAttribute("role", "status");
      done.setVisible(false);
    }
    add(
        new H1("账号安全"),
        new Section(
            new H2("修改密码"),
            new Paragraph("修改后，其他手机或电脑上的登录会全部退出。"),
            currentPassword,
            password,
            confirmPassword,
            passwordAlert,
            changePassword,
            passwordDone),
        new Section(
            new H2("更换手机号"),
            new Paragraph("换了手机号请在这里更新：登录、找回密码和案件通知都用这个号码。"),
            phone,
            sms,
            phoneAlert,
            changePhone,
            phoneDone));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    signedIn = currentUser.required();
  }

  private void changePassword() {
    passwordAlert.clear();
    passwordDone.setVisible(false);
    if (signedIn == null) {
      return;
    }
    PasswordForm form;
    try {
      form = passwordBinder.writeRecord();
    } catch (ValidationException e) {
      passwordAlert.show("请按红色提示修改后再提交。");
      return;
    }
    try {
      passwordDone.setText(
          accounts.changePassword(signedIn.token(), form.currentPassword(), form.password()));
      passwordDone.setVisible(true);
      // Emptied for the next change, not marked as missing: the change just succeeded.
      passwordBinder.readBean(null);
      for (PasswordField field : new PasswordField[] {currentPassword, password, confirmPassword}) {
        field.setInvalid(false);
      }
      passwordDone.scrollIntoView();
    } catch (BackendProblem refusal) {
      passwordAlert.show(
          refusal,
          Map.of("currentPassword", currentPassword, "newPassword", password),
          refusal.status() == 429 ? LoginView.tooManyAttempts(refusal) : "密码没有修改成功，请按提示修改后再试。");
    } catch (BackendUnavailable e) {
      passwordAlert.show(BackendUnavailable.MESSAGE + "。");
    }
  }

  private void changePhone() {
    phoneAlert.clear();
    phoneDone.setVisible(false);
    if (signedIn == null) {
      return;
    }
    PhoneForm form;
    try {
      form = phoneBinder.writeRecord();
    } catch (ValidationException e) {
      phoneAlert.show("请按红色提示修改后再提交。");
      return;
    }
    try {
      Account account = accounts.changePhone(
          signedIn.token(), FormFields.normalize(form.phone()), form.smsCode().strip());
      currentUser.update(account);
      phoneDone.setText("手机号已更换为 " + account.phoneMasked() + "，以后请用新号码登录。");
      phoneDone.setVisible(true);
      phoneBinder.readBean(null);
      phone.setInvalid(false);
      sms.code.setInvalid(false);
      phoneDone.scrollIntoView();
    } catch (BackendProblem refusal) {
      phoneAlert.show(
          refusal,
          Map.of("phone", phone, "code", sms.code),
          refusal.status() == 429 ? LoginView.tooManyAttempts(refusal) : "手机号没有更换成功，请按提示修改后再试。");
    } catch (BackendUnavailable e) {
      phoneAlert.show(BackendUnavailable.MESSAGE + "。");
    }
  }
}
