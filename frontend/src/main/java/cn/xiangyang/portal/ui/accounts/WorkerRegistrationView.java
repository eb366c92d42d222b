package cn.xiangyang.portal.ui.accounts;

import static cn.xiangyang.portal.ui.accounts.FormFields.MOBILE;
import static cn.xiangyang.portal.ui.accounts.FormFields.matches;
import static cn.xiangyang.portal.ui.accounts.FormFields.normalize;

import cn.xiangyang.portal.ui.shell.HiddenWhenSignedIn;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** Registration of a worker (劳动者): name, mobile number verified by SMS code, resident ID number and a password. */
@Route(value = "register/worker", layout = MainLayout.class)
@PageTitle("劳动者注册 - " + PortalAppShell.SERVICE_NAME)
@Menu(title = "劳动者注册", order = 18, icon = "vaadin:user")
@HiddenWhenSignedIn
@AnonymousAllowed
public class WorkerRegistrationView extends Main {

  /** What the form holds (public: the binder creates it); the confirmation is checked here and never sent. */
  public record WorkerForm(
      String name,
      String phone,
      String smsCode,
      String idNumber,
      String password,
      String confirmPassword) {

    WorkerRegistration registration() {
      return new WorkerRegistration(
          name.strip(), normalize(phone), normalize(idNumber), password, smsCode.strip());
    }
  }

  final TextField name = FormFields.text("姓名", 50, Autocomplete.NAME);
  final TextField phone = FormFields.digits("手机号", "11位手机号，登录时可用", 11, "[0-9]", Autocomplete.TEL);
  final TextField idNumber =
      FormFields.digits("居民身份证号", "18位，最后一位可能是X，登录时可用", 18, "[0-9Xx]", Autocomplete.OFF);
  final PasswordField password = FormFields.password("密码", Autocomplete.NEW_PASSWORD);
  final PasswordField confirmPassword = FormFields.password("确认密码", Autocomplete.NEW_PASSWORD);

  final SmsCodeField sms;
  private final Binder<WorkerForm> binder = new Binder<>(WorkerForm.class);
  private final SignUp<WorkerForm> registration;

  public WorkerRegistrationView(AccountsClient accounts, CurrentUser currentUser) {
    addClassNames("page", "form-page");
    sms = new SmsCodeField(accounts, () -> phone, "REGISTER");
    binder
        .forField(sms.code)
        .asRequired("请填写短信验证码")
        .withValidator(value -> value.strip().matches("[0-9]{6}"), "请填写短信里的6位数字验证码")
        .bind("smsCode");
    binder
        .forField(name)
        .asRequired("请填写姓名")
        .withValidator(value -> !value.isBlank(), "请填写姓名")
        .bind("name");
    binder
        .forField(phone)
        .asRequired("请填写手机号")
        .withValidator(value -> matches(MOBILE, value), "请填写11位手机号，例如 13800000000")
        .bind("phone");
    binder
        .forField(idNumber)
        .asRequired("请填写居民身份证号")
        .withValidator(FormFields.idNumberCheck())
        .bind("idNumber");
    FormFields.bindNewPassword(binder, password, confirmPassword);

    registration = new SignUp<>(
        binder,
        Map.of(
            "name",
            name,
            "phone",
            phone,
            "smsCode",
            sms.code,
            "idNumber",
            idNumber,
            "password",
            password),
        (form, key) -> accounts.registerWorker(form.registration(), key),
        form -> new Credentials(normalize(form.phone()), form.password()),
        currentUser);

    add(
        new H1("劳动者注册"),
        new Paragraph("注册后可以在网上办理劳动人事争议调解、仲裁等业务。每一项都要填写。"),
        name,
        phone,
        sms,
        idNumber,
        password,
        confirmPassword,
        FormFields.privacyNotice(),
        registration.alert(),
        registration.submitButton(),
        new Paragraph(new Span("已有账号？"), new RouterLink("去登录", LoginView.class)),
        new Paragraph(
            new Span("替单位注册？"), new RouterLink("用人单位注册", EmployerRegistrationView.class)));
  }
}
