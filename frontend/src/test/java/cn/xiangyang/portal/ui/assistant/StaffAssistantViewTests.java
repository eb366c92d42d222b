package cn.xiangyang.portal.ui.assistant;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.ui.UiTest;
import cn.xiangyang.portal.ui.accounts.LoginView;
import cn.xiangyang.portal.ui.accounts.ProfileView;
import cn.xiangyang.portal.ui.shell.AccessDeniedView;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

class StaffAssistantViewTests extends UiTest {

  static final String REPORT = """
            {"total":3,"topics":[
              {"topic":"社会保险","count":2,"byKind":{"NO_BASIS":1,"DOWN_VOTED":1},"questions":[
                {"messageId":"11111111-1111-1111-1111-111111111111","question":"灵活就业人员社保怎么补缴","kind":"NO_BASIS","kindLabel":"缺少依据未回答","reason":null,"askedAt":"2026-11-20T02:30:00Z"},
                {"messageId":"22222222-2222-2222-2222-222222222222","question":"公司不交社保怎么办","kind":"DOWN_VOTED","kindLabel":"回答被评为无帮助","reason":"没说去哪投诉","askedAt":"2026-11-21T03:00:00Z"}]},
              {"topic":"其他","count":1,"byKind":{"OFF_TOPIC":1},"questions":[
                {"messageId":"33333333-3333-3333-3333-333333333333","question":"今天天气怎么样","kind":"OFF_TOPIC","kindLabel":"超出服务范围","reason":null,"askedAt":"2026-11-22T04:00:00Z"}]}]}""";

  @Test
  void visitorsAreSentToLogin() {
    navigate("staff/assistant");

    assertThat(currentView()).isInstanceOf(LoginView.class);
  }

  @Test
  void workersAreToldThePageIsForStaff() {
    signInAs(WORKER_ACCOUNT);

    navigate("staff/assistant");

    assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
    String page = _get(AccessDeniedView.class).getElement().getTextRecursively();
    assertThat(page).contains("此页面仅供仲裁委员会工作人员使用");
    assertThat(_find(StaffAssistantView.class)).isEmpty();
    assertThat(backend.received("GET", "/api/v1/staff/assistant/unanswered")).isEmpty();
  }

  @Test
  void staffSeeQuestionsByTopicAndSaveTheSensitiveWords() {
    signInAs(STAFF_ACCOUNT);
    backend
        .json("GET", "/api/v1/staff/assistant/unanswered", 200, REPORT)
        .json("GET", "/api/v1/staff/assistant/sensitive-words", 200, "{\"words\":[\"赌博\",\"代考\"]}")
        .json(
            "PUT",
            "/api/v1/staff/assistant/sensitive-words",
            200,
            "{\"words\":[\"赌博\",\"代考\",\"枪支\"]}");

    navigate("staff/assistant");

    String page = _get(StaffAssistantView.class).getElement().getTextRecursively();
    assertThat(page)
        .contains(
            "共 3 个问题",
            "社会保险（2）",
            "缺少依据未回答 1",
            "回答被评为无帮助 1",
            "灵活就业人员社保怎么补缴",
            "意见：没说去哪投诉",
            "2026-11-21 11:00",
            "其他（1）",
            "今天天气怎么样");
    assertThat(backend
            .received("GET", "/api/v1/staff/assistant/unanswered")
            .getFirst()
            .header("Authorization"))
        .isEqualTo("Bearer tok-123");
    assertThat(_get(Anchor.class, spec -> spec.withClasses("csv-download")).getHref())
        .doesNotContain("tok-123")
        .isNotBlank();

    TextArea words = _get(TextArea.class, spec -> spec.withLabel("敏感词（每行一个）"));
    assertThat(words.getValue()).isEqualTo("赌博\n代考");
    _setValue(words, "赌博\n 代考 \n\n枪支");
    _click(_get(Button.class, spec -> spec.withText("保存敏感词")));

    var put = backend.received("PUT", "/api/v1/staff/assistant/sensitive-words").getFirst();
    assertThat(put.body()).isEqualTo("{\"words\":[\"赌博\",\"代考\",\"枪支\"]}");
    assertThat(put.header("Authorization")).isEqualTo("Bearer tok-123");
    assertThat(words.getValue()).isEqualTo("赌博\n代考\n枪支");
  }

  @Test
  void aBackendThatIsDownIsSaidPlainly() {
    signInAs(STAFF_ACCOUNT);
    backend
        .hangUp("GET", "/api/v1/staff/assistant/unanswered")
        .hangUp("GET", "/api/v1/staff/assistant/sensitive-words");

    navigate("staff/assistant");

    assertThat(_find(ProblemAlert.class))
        .hasSize(2)
        .allSatisfy(alert -> assertThat(alert.text()).startsWith("服务暂时不可用"));
    assertThat(_get(Button.class, spec -> spec.withText("保存敏感词")).isEnabled()).isFalse();
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
