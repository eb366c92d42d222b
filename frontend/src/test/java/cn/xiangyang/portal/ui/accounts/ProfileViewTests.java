package cn.xiangyang.portal.ui.accounts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.ui.UiTest;
import cn.xiangyang.portal.ui.home.HomeView;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProfileViewTests extends UiTest {

  @Autowired
  CurrentUser currentUser;

  @Test
  void showsTheWorkersMaskedDetails() {
    signInAs(WORKER_ACCOUNT);

    String page = _get(ProfileView.class).getElement().getTextRecursively();
    assertThat(page)
        .contains("张三", "劳动者", "138****0000", "420602********1234")
        .doesNotContain("陆续上线");
    assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(
                com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withClasses("button-link"))
            .stream()
            .map(a -> a.getText() + "=" + a.getHref()))
        .containsExactly("在线申请调解仲裁=filing/new", "我的案件=my-cases", "我的消息=inbox");
    assertThat(backend.received("GET", "/api/v1/accounts/me").getFirst().header("Authorization"))
        .isEqualTo("Bearer tok-123");
  }

  @Test
  void showsTheEmployersCreditCodeAndContact() {
    signInAs(EMPLOYER_ACCOUNT);

    assertThat(_get(ProfileView.class).getElement().getTextRecursively())
        .contains("襄阳某某机械有限公司", "用人单位", "91420600MA4F0XXX1F", "李四", "139****1111");
  }

  @Test
  void showsTheRoleAndCommissionOfStaff() {
    signInAs(STAFF_ACCOUNT);

    assertThat(_get(ProfileView.class).getElement().getTextRecursively())
        .contains("王仲裁", "工作人员", "wangzc", "仲裁员", "襄阳市劳动人事争议仲裁委员会", "案件办理")
        .doesNotContain("在线申请", "陆续上线");
  }

  @Test
  void anExpiredTokenLeadsToLogin() {
    signInAs(WORKER_ACCOUNT);
    backend.problem("GET", "/api/v1/accounts/me", 401, """
                {"title":"Unauthorized","status":401,"detail":"登录已失效"}""", Map.of());

    navigate("");
    navigate("me");

    assertThat(currentView()).isInstanceOf(LoginView.class);
    assertThat(_get(ProblemAlert.class).text()).isEqualTo("登录已过期，请重新登录。");
    assertThat(currentUser.isSignedIn()).isFalse();
  }

  @Test
  void aBackendThatIsDownShowsTheAccountFromLogin() {
    signInAs(WORKER_ACCOUNT);
    backend.hangUp("GET", "/api/v1/accounts/me");

    navigate("");
    navigate("me");

    assertThat(_get(ProfileView.class).getElement().getTextRecursively())
        .contains("服务暂时不可用，请稍后再试", "张三", "138****0000");
  }

  @Test
  void logoutEndsTheBackendSessionAndForgetsIt() {
    signInAs(WORKER_ACCOUNT);
    backend.noContent("DELETE", "/api/v1/sessions/current");

    _click(_get(Button.class, spec -> spec.withText("退出登录").withClasses("sign-out-button")));

    assertThat(backend
            .received("DELETE", "/api/v1/sessions/current")
            .getFirst()
            .header("Authorization"))
        .isEqualTo("Bearer tok-123");
    assertThat(currentUser.isSignedIn()).isFalse();
    assertThat(currentView()).isInstanceOf(HomeView.class);
  }

  @Test
  void logoutForgetsTheSessionEvenWhenTheBackendIsDown() {
    signInAs(WORKER_ACCOUNT);
    backend.hangUp("DELETE", "/api/v1/sessions/current");

    _click(_get(Button.class, spec -> spec.withText("退出登录").withClasses("sign-out-button")));

    assertThat(currentUser.isSignedIn()).isFalse();
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
