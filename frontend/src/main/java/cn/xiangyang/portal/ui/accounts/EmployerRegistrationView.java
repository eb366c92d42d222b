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

/** Registration of an employer (用人单位): the unit, its credit code, a contact person and a password. */
@Route(value = "register/employer", layout = MainLayout.class)
@PageTitle("用人单位注册 - " + PortalAppShell.SERVICE_NAME)
@Menu(title = "用人单位注册", order = 19, icon = "vaadin:building")
@HiddenWhenSignedIn
@AnonymousAllowed
public class EmployerRegistrationView extends Main {

  /** What the form holds (public: the binder creates it); the confirmation is checked here and never sent. */
  public record EmployerForm(
      String companyName,
      String creditCode,
      String contactName,
      String phone,
      String smsCode,
      String invitation,
      String password,
      String confirmPassword) {

    EmployerRegistration registration() {
      return new EmployerRegistration(
          companyName.strip(),
          normalize(creditCode),
          contactName.strip(),
          normalize(phone),
          password,
          smsCode.strip(),
          invitation == null || invitation.isBlank() ? null : normalize(invitation));
    }
  }

  final TextField companyName = FormFields.text("单位名称", 100, Autocomplete.ORGANIZATION);
  final TextField creditCode =
      FormFields.digits("统一社会信用代码", "18位，见营业执照，登录时用", 18, "[0-9A-Za-z]", Autocomplete.OFF);
  final TextField contactName = FormFields.text("联系人", 50, Autocomplete.NAME);
  final TextField phone = FormFields.digits("联系电话", "联系人的11位手机号", 11, "[0-9]", Autocomplete.TEL);
  final PasswordField password = FormFields.password("密码", Autocomplete.NEW_PASSWORD);
  final PasswordField confirmPassword = FormFields.password("确认密码", Autocomplete.NEW_PASSWORD);

  final TextField invitation = new TextField("同事邀请码（选填）");
  final SmsCodeField sms;
  private final Binder<EmployerForm> binder = new Binder<>(EmployerForm.class);
  private final SignUp<EmployerForm> registration;

  public EmployerRegistrationView(AccountsClient accounts, CurrentUser currentUser) {
    addClassNames("page", "form-page");
    sms = new SmsCodeField(accounts, () -> phone, "REGISTER");
    binder
        .forField(sms.code)
        .asRequired("请填写短信验证码")
        .withValidator(value -> value.strip().matches("[0-9]{6}"), "请填写短信里的6位数字验证码")
        .bind("smsCode");
    invitation.setHelperText("本单位已认证的同事发给您的邀请码；没有可不填，注册后上传营业执照认证");
    invitation.setMaxLength(40);
    invitation.setWidthFull();
    binder.forField(invitation).bind("invitation");
    binder
        .forField(companyName)
        .asRequired("请填写单位名称")
        .withValidator(value -> !value.isBlank(), "请填写单位名称")
        .bind("companyName");
    binder
        .forField(creditCode)
        .asRequired("请填写统一社会信用代码")
        .withValidator(FormFields.creditCodeCheck())
        .bind("creditCode");
    binder
        .forField(contactName)
        .asRequired("请填写联系人姓名")
        .withValidator(value -> !value.isBlank(), "请填写联系人姓名")
        .bind("contactName");
    binder
        .forField(phone)
        .asRequired("请填写联系电话")
        .withValidator(value -> matches(MOBILE, value), "请填写11位手机号，例如 13800000000")
        .bind("phone");
    FormFields.bindNewPassword(binder, password, confirmPassword);

    registration = new SignUp<>(
        binder,
        Map.of(
            "companyName",
            companyName,
            "creditCode",
            creditCode,
            "contactName",
            contactName,
            "phone",
            phone,
            "smsCode",
            sms.code,
            "invitation",
            invitation,
            "password",
            password),
        (form, key) -> accounts.registerEmployer(form.registration(), key),
        form -> new Credentials(normalize(form.creditCode()), form.password()),
        currentUser);

    add(
        new H1("用人单位注册"),
        new Paragraph("注册后，单位可以在网上办理劳动人事争议调解、仲裁相关业务。每一项都要填写。"
            + "登录时使用统一社会信用代码。注册后须上传营业执照，经工作人员审核认证后才能查看案件详情和答辩。"),
        companyName,
        creditCode,
        contactName,
        phone,
        sms,
        invitation,
        password,
        confirmPassword,
        FormFields.privacyNotice(),
        registration.alert(),
        registration.submitButton(),
        new Paragraph(new Span("已有账号？"), new RouterLink("去登录", LoginView.class)),
        new Paragraph(new Span("个人注册？"), new RouterLink("劳动者注册", WorkerRegistrationView.class)));
  }
}
