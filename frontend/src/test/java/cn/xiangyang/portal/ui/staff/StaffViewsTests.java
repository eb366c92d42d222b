package cn.xiangyang.portal.ui.staff;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.ui.UiTest;
import cn.xiangyang.portal.ui.accounts.ProfileView;
import cn.xiangyang.portal.ui.shell.AccessDeniedView;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaffViewsTests extends UiTest {

  static final String CASE_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
  static final String CASE = """
            {"id":"%s","caseNumber":"襄劳人仲案字〔2026〕第12号","status":"IN_ARBITRATION","statusLabel":"仲裁审理中",
             "role":"STAFF","procedure":"ARBITRATION","applicant":{"name":"刘春生"},"awardExtended":false,
             "deadlines":[],"timeline":[],"hearings":[],
             "allowedActions":[{"action":"SCHEDULE_HEARING","label":"安排开庭","allowed":true},
              {"action":"AWARD","label":"作出裁决","allowed":false,"reason":"只有已开庭审理的案件可以作出裁决。"}]}""".formatted(CASE_ID);
  static final String TOO_SOON =
      "仲裁庭应当在开庭五日前将开庭日期、地点书面通知双方当事人（劳动争议调解仲裁法第三十五条）。" + "今天通知，最早可安排在 2026-12-02 开庭。";

  @Test
  void aHearingTooSoonIsRefusedWithTheBackendsReason() {
    signInAs(STAFF_ACCOUNT);
    backend
        .json("GET", "/api/v1/staff/cases/" + CASE_ID, 200, CASE)
        .json("GET", "/api/v1/staff/cases/" + CASE_ID + "/audit", 200, "[]")
        .problem(
            "POST",
            "/api/v1/staff/cases/" + CASE_ID + "/hearings",
            409,
            """
                        {"type":"about:blank","title":"开庭通知时间不足","status":409,"detail":"%s"}""".formatted(TOO_SOON),
            Map.of());
    navigate("staff/cases/" + CASE_ID);
    assertThat(_get(StaffCaseView.class).getElement().getTextRecursively()).contains("状态：仲裁审理中");

    StaffCaseView view = _get(StaffCaseView.class);
    _get(Details.class, spec -> spec.withPredicate(d -> "安排开庭".equals(d.getSummaryText())))
        .setOpened(true);
    _setValue(view.room, "第一仲裁庭");
    _setValue(
        view.startsAt, java.time.LocalDateTime.now().plusDays(2).withSecond(0).withNano(0));
    _click(_get(Button.class, spec -> spec.withText("安排开庭")));

    assertThat(_get(ProblemAlert.class).text()).contains(TOO_SOON);
    var sent = backend.received("POST", "/api/v1/staff/cases/" + CASE_ID + "/hearings");
    assertThat(sent).singleElement().satisfies(r -> {
      assertThat(r.body()).contains("\"room\":\"第一仲裁庭\"", "\"startsAt\"");
      assertThat(r.header("Authorization")).isEqualTo("Bearer tok-123");
    });
    assertThat(_get(StaffCaseView.class).getElement().getTextRecursively()).contains("状态：仲裁审理中");
  }

  static final String ACCEPTED = """
            {"id":"%s","caseNumber":"襄劳人仲案字〔2026〕第13号","status":"ACCEPTED","statusLabel":"已受理",
             "role":"STAFF","procedure":"ARBITRATION","applicant":{"name":"刘春生"},"awardExtended":false,
             "deadlines":[{"code":"DEFENCE","title":"被申请人提交答辩书的期限","due":null,"daysLeft":null,"urgency":"NOT_STARTED",
               "citation":{"law":"中华人民共和国劳动争议调解仲裁法","article":30,"lawId":null},"pending":"未送达",
               "citations":[{"law":"中华人民共和国劳动争议调解仲裁法","article":30,"lawId":null},{"law":"劳动人事争议仲裁办案规则","article":80,"lawId":null}]},
              {"code":"SERVICE","title":"将申请书副本送达被申请人的期限","due":"2026-12-04","daysLeft":-1,"urgency":"OVERDUE",
               "citation":{"law":"中华人民共和国劳动争议调解仲裁法","article":30,"lawId":null},"explanation":"自受理之日的次日起算，5日指工作日"}],
             "timeline":[],"hearings":[],
             "allowedActions":[{"action":"RECORD_SERVICE","label":"记录送达","allowed":true},
              {"action":"EXTEND_AWARD_DEADLINE","label":"批准延长审理期限","allowed":false,
               "reason":"延长审理期限须经仲裁委员会主任或者其委托的仲裁院负责人书面批准（劳动人事争议仲裁办案规则第四十五条）；您可以“申请延长审理期限”。"}]}""".formatted(CASE_ID);

  @Test
  void anUnservedDefenceShowsNotServedAndTheClerkRecordsTheDeliveryDate() {
    signInAs(STAFF_ACCOUNT);
    backend
        .json("GET", "/api/v1/staff/cases/" + CASE_ID, 200, ACCEPTED)
        .json("GET", "/api/v1/staff/cases/" + CASE_ID + "/audit", 200, "[]")
        .json("POST", "/api/v1/staff/cases/" + CASE_ID + "/service", 200, ACCEPTED);
    navigate("staff/cases/" + CASE_ID);
    String text = _get(StaffCaseView.class).getElement().getTextRecursively();
    assertThat(text).contains("截止：未送达", "已超期 1 天", "第四十五条");

    _get(Details.class, spec -> spec.withPredicate(d -> "记录送达".equals(d.getSummaryText())))
        .setOpened(true);
    _click(_get(Button.class, spec -> spec.withText("记录送达")));

    var sent = backend.received("POST", "/api/v1/staff/cases/" + CASE_ID + "/service");
    assertThat(sent)
        .singleElement()
        .satisfies(r -> assertThat(r.body()).contains("\"servedOn\":\"", "\"method\":\"PAPER\""));
  }

  static final String SERVED = """
            {"id":"%s","caseNumber":"襄劳人仲案字〔2026〕第14号","status":"IN_ARBITRATION","statusLabel":"仲裁审理中",
             "role":"STAFF","procedure":"ARBITRATION","applicant":{"name":"刘春生"},"awardExtended":false,
             "deadlines":[],"timeline":[],"hearings":[],
             "allowedActions":[{"action":"ACCEPT_COUNTER_APPLICATION","label":"受理反申请并合并处理","allowed":true},
              {"action":"SUSPEND","label":"中止审理","allowed":false,"reason":"中止案件审理须经仲裁委员会主任或者其委托的仲裁院负责人批准（劳动人事争议仲裁办案规则第四十七条）。"}]}""".formatted(CASE_ID);
  static final String OUTSIDE = "反申请应在答辩期间（2026年11月27日收到申请书副本后至2026年12月11日）提出；"
      + "被申请人答辩期满后对申请人提出反申请的，应当另行申请仲裁（劳动人事争议仲裁办案规则第三十六条）。";

  @Test
  void aCounterApplicationIsRecordedWithItsDaysAndARefusalIsShownAtItsFieldAndTheAuditSaysWhy() {
    signInAs(STAFF_ACCOUNT);
    backend
        .json("GET", "/api/v1/staff/cases/" + CASE_ID, 200, SERVED)
        .json("GET", "/api/v1/staff/cases/" + CASE_ID + "/audit", 200, """
                        [{"occurredAt":"2026-12-10T02:00:00Z","action":"case.counter-application-accepted","actionLabel":"受理反申请并合并处理",
                          "actorLabel":"工作人员甲（工作人员）","why":"因反申请，审理期限自2026年12月10日重新计算（办案规则第四十六条第四项），裁决期限至2027年1月25日。"}]""")
        .problem(
            "POST",
            "/api/v1/staff/cases/" + CASE_ID + "/period-events",
            400,
            """
                        {"type":"about:blank","title":"填写内容有误","status":400,"detail":"%s","errors":[{"field":"receivedOn","message":"%s"}]}""".formatted(OUTSIDE, OUTSIDE),
            Map.of());
    navigate("staff/cases/" + CASE_ID);
    String text = _get(StaffCaseView.class).getElement().getTextRecursively();
    // The backend's table decides; the page offers the allowed event and lists the refused one with
    // its reason.
    assertThat(text).contains("受理反申请并合并处理：因反申请，审理期限自2026年12月10日重新计算", "中止审理：中止案件审理须经仲裁委员会主任");

    _get(Details.class, spec -> spec.withPredicate(d -> "受理反申请并合并处理".equals(d.getSummaryText())))
        .setOpened(true);
    com.vaadin.flow.component.datepicker.DatePicker received = _get(
        com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withLabel("收到反申请的日期"));
    _setValue(received, java.time.LocalDate.of(2026, 12, 14));
    _setValue(
        _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withLabel("理由或依据")),
        "请求返还培训费");
    _click(_get(Button.class, spec -> spec.withText("受理反申请并合并处理")));

    assertThat(received.isInvalid()).isTrue();
    assertThat(received.getErrorMessage()).isEqualTo(OUTSIDE);
    var sent = backend.received("POST", "/api/v1/staff/cases/" + CASE_ID + "/period-events");
    assertThat(sent)
        .singleElement()
        .satisfies(r -> assertThat(r.body())
            .contains(
                "\"action\":\"ACCEPT_COUNTER_APPLICATION\"",
                "\"receivedOn\":\"2026-12-14\"",
                "\"on\":\"",
                "\"reason\":\"请求返还培训费\""));
  }

  @Test
  void aWorkerIsToldTheQueueIsForStaffOnly() {
    signInAs(WORKER_ACCOUNT);

    navigate("staff/cases");

    assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
    assertThat(_get(AccessDeniedView.class).getElement().getTextRecursively())
        .contains("此页面仅供仲裁委员会工作人员使用。");
    assertThat(_find(StaffQueueView.class)).isEmpty();
    assertThat(backend.received().stream().map(r -> r.path()))
        .noneMatch(p -> p.startsWith("/api/v1/staff"));
  }

  @Test
  void anEmployerIsToldACaseIsForStaffOnly() {
    signInAs(EMPLOYER_ACCOUNT);

    navigate("staff/cases/" + CASE_ID);

    assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
    assertThat(_get(AccessDeniedView.class).getElement().getTextRecursively())
        .contains("此页面仅供仲裁委员会工作人员使用。")
        .doesNotContain("仲裁审理中");
    assertThat(_find(StaffCaseView.class)).isEmpty();
    assertThat(backend.received().stream().map(r -> r.path()))
        .noneMatch(p -> p.startsWith("/api/v1/staff"));
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
