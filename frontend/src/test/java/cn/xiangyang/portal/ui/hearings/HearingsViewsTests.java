package cn.xiangyang.portal.ui.hearings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.ui.UiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

class HearingsViewsTests extends UiTest {

  static final String ID = "3f1e2d4c-5b6a-4788-99aa-bbccddeeff00";

  static final String HEARING = """
            {"id":"%s","caseNumber":"樊劳人仲案字〔2026〕第12号","startsAt":"2026-12-09T01:30:00Z","date":"2026-12-09",
             "time":"09:30","commission":{"id":"fancheng","name":"襄阳市樊城区劳动人事争议仲裁委员会"},
             "room":{"name":"第一仲裁庭","address":"人民路 8 号","floor":"三楼","visitorNote":"请携带身份证"},
             "caseType":"劳动争议","causes":[{"code":"LABOR_REMUNERATION","label":"劳动报酬争议"}],
             "parties":"张某 诉 某科技有限公司","status":"SCHEDULED","statusLabel":"预告"}""".formatted(ID);

  static final String FILTERS = """
            {"commissions":[{"commissionId":"fancheng","name":"襄阳市樊城区劳动人事争议仲裁委员会","areaCodes":["fancheng"]}],
             "causes":[{"code":"LABOR_REMUNERATION","label":"劳动报酬争议"}],
             "statuses":[{"code":"SCHEDULED","label":"预告"},{"code":"LIVE","label":"直播中"}]}""";

  @Test
  void theLiveBadgeFollowsThePushedStatusWithoutAReload() {
    backend
        .json("GET", "/api/v1/hearings/filters", 200, FILTERS)
        .json(
            "GET",
            "/api/v1/hearings",
            200,
            "{\"items\":[" + HEARING + "],\"page\":0,\"size\":20,\"total\":1}")
        .eventStream(
            "GET",
            "/api/v1/hearings/stream",
            ": connected\n\nevent: status\ndata: {\"id\":\"" + ID
                + "\",\"status\":\"LIVE\",\"statusLabel\":\"直播中\","
                + "\"liveUrl\":\"http://127.0.0.1:9/live.m3u8\",\"at\":\"2026-12-09T01:31:00Z\"}\n\n");
    navigate("hearings");
    assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
        .contains("案由：劳动报酬争议　案号：樊劳人仲案字〔2026〕第12号");
    long until = System.currentTimeMillis() + 10_000;
    while (!badge().equals("直播中") && System.currentTimeMillis() < until) {
      MockVaadin.runUIQueue();
    }
    assertThat(badge()).isEqualTo("直播中");
    _click(_get(Button.class, spec -> spec.withText("观看直播")));
    assertThat(_get(HlsPlayer.class)
            .getElement()
            .getChildren()
            .anyMatch(e -> e.getTag().equals("video")))
        .isTrue();
  }

  private static String badge() {
    MockVaadin.runUIQueue();
    return _get(Span.class, spec -> spec.withClasses("status-badge")).getText();
  }

  @Test
  void aSignedInVisitorBooksAnOpenDayAndIsToldTheWaitlistPlace() {
    String day = """
                {"id":"aa1e2d4c-5b6a-4788-99aa-bbccddeeff01","commission":{"id":"fancheng","name":"樊城区仲裁委"},
                 "title":"十二月开放日","startsAt":"2026-12-10T01:00:00Z","capacity":1,"audience":"PUBLIC",
                 "audienceLabel":"社会公众","confirmed":1,"waitlisted":0,"seatsLeft":0,"hearings":[%s]%s}""";
    backend
        .json("POST", "/api/v1/sessions", 201, session(WORKER_ACCOUNT))
        .json("GET", "/api/v1/accounts/me", 200, WORKER_ACCOUNT)
        .json("GET", "/api/v1/open-days", 200, "[" + day.formatted(HEARING, "") + "]")
        .json(
            "POST",
            "/api/v1/open-days/aa1e2d4c-5b6a-4788-99aa-bbccddeeff01/bookings",
            201,
            "{\"status\":\"WAITLISTED\",\"position\":3}");
    navigate("open-days");
    assertThat(_find(Button.class, spec -> spec.withText("排队候补"))).isEmpty();
    navigate("login");
    _setValue(
        _get(TextField.class, spec -> spec.withLabel("手机号 / 身份证号 / 统一社会信用代码 / 工作人员账号")),
        "13800000000");
    _setValue(_get(PasswordField.class, spec -> spec.withLabel("密码")), "Secret-pass-1");
    _click(_get(Button.class, spec -> spec.withText("登录")));
    navigate("open-days");
    _click(_get(Button.class, spec -> spec.withText("排队候补")));
    assertThat(_get(Paragraph.class, spec -> spec.withClasses("booking-notice")).getText())
        .contains("候补第 3 位");
    assertThat(backend
            .received("POST", "/api/v1/open-days/aa1e2d4c-5b6a-4788-99aa-bbccddeeff01/bookings")
            .getFirst()
            .header("Authorization"))
        .isEqualTo("Bearer tok-123");
  }
}
