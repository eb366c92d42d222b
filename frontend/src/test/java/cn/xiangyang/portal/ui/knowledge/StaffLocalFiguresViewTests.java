package cn.xiangyang.portal.ui.knowledge;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.ui.UiTest;
import cn.xiangyang.portal.ui.accounts.LoginView;
import cn.xiangyang.portal.ui.accounts.ProfileView;
import cn.xiangyang.portal.ui.shell.AccessDeniedView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaffLocalFiguresViewTests extends UiTest {

  private static final String ADMIN_ACCOUNT = STAFF_ACCOUNT
      .replace("\"role\":\"ARBITRATOR\"", "\"role\":\"ADMIN\"")
      .replace("仲裁员", "系统管理员");

  @Test
  void visitorsAreSentToLoginAndComeBackHere() {
    navigate("staff/local-figures");

    assertThat(currentView()).isInstanceOf(LoginView.class);
    assertThat(com.vaadin
            .flow
            .component
            .UI
            .getCurrent()
            .getActiveViewLocation()
            .getPathWithQueryParameters())
        .contains("continue=staff");
  }

  @Test
  void workersAreToldThePageIsForStaff() {
    signInAs(WORKER_ACCOUNT);
    navigate("staff/local-figures");

    assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
    assertThat(_get(AccessDeniedView.class).getElement().getTextRecursively())
        .contains("此页面仅供仲裁委员会工作人员使用");
    assertThat(_find(StaffLocalFiguresView.class)).isEmpty();
    assertThat(backend.received("GET", "/api/v1/local-figures")).isEmpty();
  }

  @Test
  void staffWhoAreNotAdministratorsSeeTheFiguresOnly() {
    signInAs(STAFF_ACCOUNT);
    backend.json(
        "GET", "/api/v1/local-figures", 200, KnowledgeViewsTests.fixture("local-figures.json"));
    navigate("staff/local-figures");

    assertThat(_get(StaffLocalFiguresView.class).getElement().getTextRecursively())
        .contains("只有系统管理员可以修改", "樊城区");
    assertThat(_find(Button.class)).noneMatch(b -> b.getText().startsWith("保存"));
  }

  @Test
  void anAdministratorSetsTheTierOfAnArea() {
    signInAs(ADMIN_ACCOUNT);
    String figures = KnowledgeViewsTests.fixture("local-figures.json");
    backend
        .json("GET", "/api/v1/local-figures", 200, figures)
        .json(
            "PUT", "/api/v1/staff/local-figures/minimum-wage/2025-12-01/areas/xiangzhou", 200, """
                        {"id":1,"effective":"2025-12-01","source":"鄂政办发〔2025〕44号","verified":true,
                         "tiers":[{"tier":1,"monthly":2400.0},{"tier":2,"monthly":2130.0}],
                         "areas":[{"areaCode":"xiangzhou","areaName":"襄州区","tier":2}]}""");
    navigate("staff/local-figures");

    @SuppressWarnings("unchecked")
    Select<Integer> xiangzhou = _get(Select.class, spec -> spec.withLabel("襄州区"));
    _setValue(xiangzhou, 2);

    var put = backend
        .received("PUT", "/api/v1/staff/local-figures/minimum-wage/2025-12-01/areas/xiangzhou")
        .getFirst();
    assertThat(put.body()).isEqualTo("{\"tier\":2}");
    assertThat(put.header("Authorization")).isEqualTo("Bearer tok-123");
    assertThat(_get(StaffLocalFiguresView.class).saved.getText()).isEqualTo("已保存：襄州区 第2档");
  }

  @Test
  void theBackendsReasonsAreShownAtTheAverageWageFields() {
    signInAs(ADMIN_ACCOUNT);
    backend
        .json(
            "GET", "/api/v1/local-figures", 200, KnowledgeViewsTests.fixture("local-figures.json"))
        .problem("PUT", "/api/v1/staff/local-figures/average-wage/2025", 400, """
                        {"title":"填写内容有误","status":400,"detail":"请检查填写的内容",
                         "errors":[{"field":"source","message":"请填写发布文件或来源"}]}""", Map.of());
    navigate("staff/local-figures");

    _setValue(_get(TextField.class, spec -> spec.withLabel("地区")), "襄阳市");
    _setValue(
        _get(BigDecimalField.class, spec -> spec.withLabel("职工月平均工资（元）")),
        new BigDecimal("7000.00"));
    _get(StaffLocalFiguresView.class).year.setValue(2025);
    _click(_get(Button.class, spec -> spec.withText("保存职工平均工资")));

    TextField source = _get(TextField.class, spec -> spec.withLabel("发布文件或来源"));
    assertThat(source.isInvalid()).isTrue();
    assertThat(source.getErrorMessage()).isEqualTo("请填写发布文件或来源");
    assertThat(backend
            .received("PUT", "/api/v1/staff/local-figures/average-wage/2025")
            .getFirst()
            .body())
        .contains("\"monthly\":7000.00", "\"area\":\"襄阳市\"");
  }

  @Test
  void staffFindTheMaintenancePageFromThePublicFigures() {
    signInAs(STAFF_ACCOUNT);
    backend.json(
        "GET", "/api/v1/local-figures", 200, KnowledgeViewsTests.fixture("local-figures.json"));
    navigate("local-figures");

    assertThat(_get(RouterLink.class, spec -> spec.withText("维护地方标准（工作人员）")).getHref())
        .isEqualTo("staff/local-figures");
  }

  private static void signInAs(String account) {
    backend
        .json("POST", "/api/v1/sessions", 201, session(account))
        .json("GET", "/api/v1/accounts/me", 200, account);
    navigate("login");
    _setValue(
        _get(TextField.class, spec -> spec.withLabel("手机号 / 身份证号 / 统一社会信用代码 / 工作人员账号")), "admin");
    _setValue(_get(PasswordField.class, spec -> spec.withLabel("密码")), "Secret-pass-1");
    _click(_get(Button.class, spec -> spec.withText("登录")));
    assertThat(currentView()).isInstanceOf(ProfileView.class);
  }
}
