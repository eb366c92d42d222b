package cn.xiangyang.portal.ui.accounts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.ui.StubBackend;
import cn.xiangyang.portal.ui.UiTest;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistrationViewsTests extends UiTest {

  private static final String WORKERS = "/api/v1/accounts/workers";
  private static final String EMPLOYERS = "/api/v1/accounts/employers";

  @Test
  void registrationShowsBackendFieldErrorsNextToTheField() {
    backend.problem("POST", WORKERS, 400, """
                {"type":"https://portal.example/problems/validation","title":"Bad Request","status":400,
                 "detail":"请检查填写的内容","errors":[
                   {"field":"idNumber","message":"身份证号校验位不正确，请核对"},
                   {"field":"referrer","message":"推荐人不存在"}]}""", Map.of());
    navigate("register/worker");
    fillWorkerForm("13800000000", "420602199001011233");

    _click(_get(Button.class, spec -> spec.withText("注册")));

    TextField idNumber = _get(TextField.class, spec -> spec.withLabel("居民身份证号"));
    assertThat(idNumber.isInvalid()).isTrue();
    assertThat(idNumber.getErrorMessage()).isEqualTo("身份证号校验位不正确，请核对");
    assertThat(_get(TextField.class, spec -> spec.withLabel("手机号")).isInvalid()).isFalse();
    // A field this form does not have is still shown, in the message box.
    assertThat(_get(ProblemAlert.class).text()).isEqualTo("请检查填写的内容\n推荐人不存在");
    assertThat(currentView()).isInstanceOf(WorkerRegistrationView.class);
  }

  @Test
  void registrationWithABadPhoneNumberIsNotSent() {
    navigate("register/worker");
    fillWorkerForm("12345", "420602199001011233");

    _click(_get(Button.class, spec -> spec.withText("注册")));

    TextField phone = _get(TextField.class, spec -> spec.withLabel("手机号"));
    assertThat(phone.isInvalid()).isTrue();
    assertThat(phone.getErrorMessage()).contains("11位手机号");
    assertThat(_get(ProblemAlert.class).text()).contains("请按红色提示修改");
    assertThat(backend.received()).isEmpty();
  }

  @Test
  void registrationRejectsAConfirmationThatDiffers() {
    navigate("register/worker");
    fillWorkerForm("13800000000", "420602199001011233");
    _setValue(_get(PasswordField.class, spec -> spec.withLabel("确认密码")), "Other-password-1");

    _click(_get(Button.class, spec -> spec.withText("注册")));

    PasswordField confirmation = _get(PasswordField.class, spec -> spec.withLabel("确认密码"));
    assertThat(confirmation.isInvalid()).isTrue();
    assertThat(confirmation.getErrorMessage()).isEqualTo("两次输入的密码不一致");
    assertThat(backend.received()).isEmpty();
  }

  @Test
  void duplicateRegistrationShowsTheBackendsExplanation() {
    backend.problem("POST", WORKERS, 409, """
                {"type":"about:blank","title":"Conflict","status":409,"detail":"该手机号已注册，请直接登录"}""", Map.of());
    navigate("register/worker");
    fillWorkerForm("13800000000", "420602199001011233");

    _click(_get(Button.class, spec -> spec.withText("注册")));

    assertThat(_get(ProblemAlert.class).text()).isEqualTo("该手机号已注册，请直接登录");
  }

  @Test
  void registrationWhileTheBackendIsDownKeepsTheFormAndSaysSo() {
    backend.hangUp("POST", WORKERS);
    navigate("register/worker");
    fillWorkerForm("13800000000", "420602199001011233");

    _click(_get(Button.class, spec -> spec.withText("注册")));
    _click(_get(Button.class, spec -> spec.withText("注册")));

    assertThat(_get(ProblemAlert.class).text()).startsWith("服务暂时不可用，请稍后再试");
    assertThat(_get(TextField.class, spec -> spec.withLabel("姓名")).getValue()).isEqualTo("张三");
    // The outcome of the first try is unknown: the retry carries the same idempotency key.
    var attempts = backend.received("POST", WORKERS);
    assertThat(attempts).hasSize(2);
    assertThat(attempts.get(1).header("Idempotency-Key"))
        .isEqualTo(attempts.get(0).header("Idempotency-Key"))
        .isNotBlank();
  }

  @Test
  void workerRegistrationSignsInAndOpensTheProfile() {
    backend
        .json("POST", WORKERS, 201, WORKER_ACCOUNT)
        .json("POST", "/api/v1/sessions", 201, session(WORKER_ACCOUNT))
        .json("GET", "/api/v1/accounts/me", 200, WORKER_ACCOUNT);
    navigate("register/worker");
    fillWorkerForm("13800000000", "42060219900101109x");

    _click(_get(Button.class, spec -> spec.withText("注册")));

    StubBackend.Received registration = backend.received("POST", WORKERS).getFirst();
    assertThat(registration.body())
        .contains(
            "\"name\":\"张三\"",
            "\"phone\":\"13800000000\"",
            "\"idNumber\":\"42060219900101109X\"",
            "\"password\":\"Secret-pass-1\"",
            "\"smsCode\":\"123456\"")
        .doesNotContain("confirm");
    assertThat(registration.header("Idempotency-Key")).isNotBlank();
    assertThat(backend.received("POST", "/api/v1/sessions").getFirst().body())
        .isEqualTo("{\"account\":\"13800000000\",\"password\":\"Secret-pass-1\"}");
    assertThat(currentView()).isInstanceOf(ProfileView.class);
  }

  @Test
  void employerRegistrationSendsTheCreditCodeAndLogsInWithIt() {
    backend
        .json("POST", EMPLOYERS, 201, EMPLOYER_ACCOUNT)
        .json("POST", "/api/v1/sessions", 201, session(EMPLOYER_ACCOUNT))
        .json("GET", "/api/v1/accounts/me", 200, EMPLOYER_ACCOUNT);
    navigate("register/employer");
    _setValue(_get(TextField.class, spec -> spec.withLabel("单位名称")), "襄阳某某机械有限公司");
    _setValue(_get(TextField.class, spec -> spec.withLabel("统一社会信用代码")), "91420600ma4f0xxx1f");
    _setValue(_get(TextField.class, spec -> spec.withLabel("联系人")), "李四");
    _setValue(_get(TextField.class, spec -> spec.withLabel("联系电话")), "13900001111");
    _setValue(_get(TextField.class, spec -> spec.withLabel("短信验证码")), "654321");
    _setValue(_get(PasswordField.class, spec -> spec.withLabel("密码")), "Secret-pass-1");
    _setValue(_get(PasswordField.class, spec -> spec.withLabel("确认密码")), "Secret-pass-1");

    _click(_get(Button.class, spec -> spec.withText("注册")));

    assertThat(backend.received("POST", EMPLOYERS).getFirst().body())
        .contains(
            "\"companyName\":\"襄阳某某机械有限公司\"",
            "\"creditCode\":\"91420600MA4F0XXX1F\"",
            "\"contactName\":\"李四\"",
            "\"phone\":\"13900001111\"",
            "\"smsCode\":\"654321\"");
    assertThat(backend.received("POST", "/api/v1/sessions").getFirst().body())
        .contains("\"account\":\"91420600MA4F0XXX1F\"");
    assertThat(currentView()).isInstanceOf(ProfileView.class);
  }

  @Test
  void employerRegistrationShowsCreditCodeErrorFromTheBackend() {
    backend.problem("POST", EMPLOYERS, 409, """
                {"title":"Conflict","status":409,"detail":"该统一社会信用代码已注册",
                 "errors":[{"field":"creditCode","message":"已注册，请用该代码登录"}]}""", Map.of());
    navigate("register/employer");
    _setValue(_get(TextField.class, spec -> spec.withLabel("单位名称")), "襄阳某某机械有限公司");
    _setValue(_get(TextField.class, spec -> spec.withLabel("统一社会信用代码")), "91420600MA4F0XXX1F");
    _setValue(_get(TextField.class, spec -> spec.withLabel("联系人")), "李四");
    _setValue(_get(TextField.class, spec -> spec.withLabel("联系电话")), "13900001111");
    _setValue(_get(TextField.class, spec -> spec.withLabel("短信验证码")), "654321");
    _setValue(_get(PasswordField.class, spec -> spec.withLabel("密码")), "Secret-pass-1");
    _setValue(_get(PasswordField.class, spec -> spec.withLabel("确认密码")), "Secret-pass-1");

    _click(_get(Button.class, spec -> spec.withText("注册")));

    TextField creditCode = _get(TextField.class, spec -> spec.withLabel("统一社会信用代码"));
    assertThat(creditCode.isInvalid()).isTrue();
    assertThat(creditCode.getErrorMessage()).isEqualTo("已注册，请用该代码登录");
    assertThat(_get(ProblemAlert.class).text()).isEqualTo("该统一社会信用代码已注册");
  }

  @Test
  void registrationFormsShowThePrivacyNotice() {
    navigate("register/worker");
    assertThat(_get(WorkerRegistrationView.class).getElement().getTextRecursively())
        .contains("个人信息仅用于办理劳动人事争议相关业务，依法保护");
    navigate("register/employer");
    assertThat(_get(EmployerRegistrationView.class).getElement().getTextRecursively())
        .contains("个人信息仅用于办理劳动人事争议相关业务，依法保护");
  }

  @Test
  void theCodeButtonSendsThePhoneAndShowsTheBackendsAnswer() {
    backend.json("POST", "/api/v1/sms-codes", 202, """
                {"detail":"如果该手机号可以注册账号，验证码已发送，5 分钟内有效。","expiresInSeconds":300,"resendAfterSeconds":60}""");
    navigate("register/worker");
    _setValue(_get(TextField.class, spec -> spec.withLabel("手机号")), "138 0000 0000");

    _click(_get(Button.class, spec -> spec.withText("获取验证码")));

    assertThat(backend.received("POST", "/api/v1/sms-codes").getFirst().body())
        .isEqualTo("{\"phone\":\"13800000000\",\"purpose\":\"REGISTER\"}");
    assertThat(_get(WorkerRegistrationView.class).getElement().getTextRecursively())
        .contains("如果该手机号可以注册账号，验证码已发送");
  }

  @Test
  void theCodeButtonAsksForThePhoneFirst() {
    navigate("register/worker");
    _click(_get(Button.class, spec -> spec.withText("获取验证码")));
    assertThat(_get(TextField.class, spec -> spec.withLabel("手机号")).isInvalid()).isTrue();
    assertThat(backend.received()).isEmpty();
  }

  private static void fillWorkerForm(String phone, String idNumber) {
    _setValue(_get(TextField.class, spec -> spec.withLabel("姓名")), "张三");
    _setValue(_get(TextField.class, spec -> spec.withLabel("手机号")), phone);
    _setValue(_get(TextField.class, spec -> spec.withLabel("短信验证码")), "123456");
    _setValue(_get(TextField.class, spec -> spec.withLabel("居民身份证号")), idNumber);
    _setValue(_get(PasswordField.class, spec -> spec.withLabel("密码")), "Secret-pass-1");
    _setValue(_get(PasswordField.class, spec -> spec.withLabel("确认密码")), "Secret-pass-1");
  }
}
