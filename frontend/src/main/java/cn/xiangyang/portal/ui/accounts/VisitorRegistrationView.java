package cn.xiangyang.portal.ui.accounts;

import static cn.xiangyang.portal.ui.accounts.FormFields.MOBILE;
import static cn.xiangyang.portal.ui.accounts.FormFields.matches;
import static cn.xiangyang.portal.ui.accounts.FormFields.normalize;

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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** Registration of a 公众 account: name, mobile number verified by SMS code and a password, to book open days. */
@Route(value = "register/visitor", layout = MainLayout.class)
@PageTitle("公众注册 - " + PortalAppShell.SERVICE_NAME)
@AnonymousAllowed
public class VisitorRegistrationView extends Main {

  /** What the form holds (public: the binder creates it); the confirmation is checked here and never sent. */
  public record VisitorForm(
      String name, String phone, String smsCode, String password, String confirmPassword) {

    VisitorRegistration registration() {
      return new VisitorRegistration(name.strip(), normalize(phone), password, smsCode.strip());
    }
  }

  final TextField name = FormFields.text("姓名", 50, Autocomplete.NAME);
  final TextField phone = FormFields.digits("手机号", "11位手机号，登录时可用", 11, "[0-9]", Autocomplete.TEL);
  final PasswordField password = FormFields.password("密码", Autocomplete.NEW_PASSWORD);
  final PasswordField confirmPassword = FormFields.password("确认密码", Autocomplete.NEW_PASSWORD);

  final SmsCodeField sms;
  private final Binder<VisitorForm> binder = new Binder<>(VisitorForm.class);
  private final SignUp<VisitorForm> registration;

  public VisitorRegistrationView(AccountsClient accounts, CurrentUser currentUser) {
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
    FormFields.bindNewPassword(binder, password, confirmPassword);

    registration = new SignUp<>(
        binder,
        Map.of("name", name, "phone", phone, "smsCode", sms.code, "password", password),
        (form, key) -> accounts.registerVisitor(form.registration(), key),
        form -> new Credentials(normalize(form.phone()), form.password()),
        currentUser);

    add(
        new H1("公众注册"),
        new Paragraph("社会公众、学生注册后可以预约仲裁庭审开放日、查看自己的预约和消息。只需姓名和手机号；" + "申请调解仲裁请注册劳动者账号。"),
        name,
        phone,
        sms,
        password,
        confirmPassword,
        FormFields.privacyNotice(),
        registration.alert(),
        registration.submitButton(),
        new Paragraph(new Span("已有账号？"), new RouterLink("去登录", LoginView.class)),
        new Paragraph(new Span("要申请调解仲裁？"), new RouterLink("劳动者注册", WorkerRegistrationView.class)));
  }
}
