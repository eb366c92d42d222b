package cn.xiangyang.portal.ui.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.ui.UiTest;
import cn.xiangyang.portal.ui.home.HomeView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import org.junit.jupiter.api.Test;

class MainLayoutTests extends UiTest {

  @Test
  void visitorsSeeHomeRegistrationAndLogin() {
    navigate("");

    assertThat(menuLabels())
        .containsSubsequence("首页", "劳动者注册", "用人单位注册", "登录")
        .doesNotContain("我的");
    assertThat(_find(Button.class, spec -> spec.withText("退出登录"))).isEmpty();
  }

  @Test
  void signedInPeopleSeeTheirPageAndLogout() {
    backend
        .json("POST", "/api/v1/sessions", 201, session(WORKER_ACCOUNT))
        .json("GET", "/api/v1/accounts/me", 200, WORKER_ACCOUNT)
        .noContent("DELETE", "/api/v1/sessions/current");
    navigate("login");
    _setValue(
        _get(TextField.class, spec -> spec.withLabel("手机号 / 身份证号 / 统一社会信用代码 / 工作人员账号")),
        "13800000000");
    _setValue(_get(PasswordField.class, spec -> spec.withLabel("密码")), "Secret-pass-1");
    _click(_get(Button.class, spec -> spec.withText("登录")));

    assertThat(menuLabels())
        .containsSubsequence("首页", "我的")
        .contains("在线申请", "我的案件", "我的消息", "智能问答", "法规库")
        .doesNotContain("劳动者注册", "用人单位注册", "登录");
    _click(_get(Button.class, spec -> spec.withText("退出登录").withClasses("sign-out")));

    assertThat(currentView()).isInstanceOf(HomeView.class);
    assertThat(menuLabels())
        .containsSubsequence("首页", "劳动者注册", "用人单位注册", "登录")
        .doesNotContain("我的");
  }

  @Test
  void employersAndStaffSeeTheirOwnEntries() {
    signInAs(EMPLOYER_ACCOUNT);
    assertThat(menuLabels())
        .containsSubsequence("首页", "我的")
        .contains("我的案件", "我的消息")
        .doesNotContain("在线申请", "案件办理");
    _click(_get(Button.class, spec -> spec.withText("退出登录").withClasses("sign-out")));

    signInAs(STAFF_ACCOUNT);
    assertThat(menuLabels())
        .containsSubsequence("首页", "我的")
        .contains("案件办理")
        .doesNotContain("在线申请", "我的案件", "我的消息");
  }

  private static void signInAs(String account) {
    backend
        .json("POST", "/api/v1/sessions", 201, session(account))
        .json("GET", "/api/v1/accounts/me", 200, account)
        .noContent("DELETE", "/api/v1/sessions/current");
    navigate("login");
    _setValue(
        _get(TextField.class, spec -> spec.withLabel("手机号 / 身份证号 / 统一社会信用代码 / 工作人员账号")),
        "13800000000");
    _setValue(_get(PasswordField.class, spec -> spec.withLabel("密码")), "Secret-pass-1");
    _click(_get(Button.class, spec -> spec.withText("登录")));
  }

  @Test
  void everyPageHasExactlyOneMainHeading() {
    for (String path : new String[] {"", "register/worker", "register/employer", "login"}) {
      navigate(path);
      assertThat(_find(H1.class)).as(path).hasSize(1);
    }
  }

  @Test
  void anUnknownAddressShowsAChinesePageNotFound() {
    // As a typed address: UI.navigate would hand unknown paths to the client-side router.
    UI ui = UI.getCurrent();
    ui.getInternals()
        .getRouter()
        .navigate(ui, new Location("no-such-page"), NavigationTrigger.PAGE_LOAD);

    assertThat(_get(NotFoundView.class)).isNotNull();
    assertThat(_get(H1.class).getText()).isEqualTo("页面不存在");
  }

  private static java.util.List<String> menuLabels() {
    return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
  }
}
