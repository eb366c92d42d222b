package cn.xiangyang.portal.legaldata;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.TestServices;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The public deadline and limitation calculators and the administered calendar, over HTTP. */
@IntegrationTest
@SuppressWarnings("unchecked")
class TimeLimitsAndCalendarIntegrationTests extends IntegrationTestBase {

  @Autowired
  WebTestClient http;

  @BeforeEach
  void setUp() {
    http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
  }

  private WebTestClient.BodyContentSpec deadline(String step, String from) {
    return http.post()
        .uri("/api/v1/calculators/procedural-deadline")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("step", step, "from", from))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody();
  }

  @Test
  void answersTheContractExamplesWithoutSigningIn() {
    deadline("ACCEPTANCE", "2026-11-27")
        .jsonPath("$.lastDay")
        .isEqualTo("2026-12-04")
        .jsonPath("$.dayKind")
        .isEqualTo("WORKING")
        .jsonPath("$.rolledOver")
        .isEqualTo(false)
        .jsonPath("$.citations[0].label")
        .isEqualTo("劳动争议调解仲裁法 第二十九条")
        .jsonPath("$.explanation")
        .value(v -> assertThat(v.toString()).contains("工作日"));
    deadline("ACCEPTANCE", "2026-12-28")
        .jsonPath("$.lastDay")
        .isEqualTo("2027-01-05")
        .jsonPath("$.warnings[0]")
        .value(v -> assertThat(v.toString()).contains("2027年的节假日安排尚未公布"));
    deadline("DEFENCE", "2026-11-27").jsonPath("$.lastDay").isEqualTo("2026-12-11");
    deadline("AWARD", "2026-12-17")
        .jsonPath("$.lastDay")
        .isEqualTo("2027-02-01")
        .jsonPath("$.dayKind")
        .isEqualTo("NATURAL")
        .jsonPath("$.rolledOver")
        .isEqualTo(true);
    deadline("MEDIATION", "2026-11-27").jsonPath("$.lastDay").isEqualTo("2026-12-14");
    deadline("HEARING_NOTICE", "2026-11-27").jsonPath("$.lastDay").isEqualTo("2026-12-07");
    http.post()
        .uri("/api/v1/calculators/limitation")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of(
            "claimType",
            "UNLAWFUL_TERMINATION_DAMAGES",
            "knewOn",
            "2025-03-15",
            "asOf",
            "2026-01-05"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("RUNNING")
        .jsonPath("$.lastDay")
        .isEqualTo("2026-03-16")
        .jsonPath("$.citations[*].lawId")
        .value(v -> assertThat((List<Object>) v)
            .contains((Object) "labor-dispute-mediation-arbitration-law", (Object)
                "civil-code-general-part"));
    http.post()
        .uri("/api/v1/calculators/limitation")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("claimType", "CONFIRM_LABOR_RELATIONSHIP"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("NOT_APPLICABLE")
        .jsonPath("$.lastDay")
        .doesNotExist();
  }

  @Test
  void missingOrBadInputIsAProblemWithTheField() {
    http.post()
        .uri("/api/v1/calculators/limitation")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("claimType", "UNPAID_WAGES"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("stillEmployed")
        .jsonPath("$.detail")
        .value(v -> assertThat(v.toString()).contains("是否已经离职"));
    http.post()
        .uri("/api/v1/calculators/procedural-deadline")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("step", "ACCEPTANCE"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("from");
    http.post()
        .uri("/api/v1/calculators/procedural-deadline")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("step", "SOMETIME", "from", "2026-11-27"))
        .exchange()
        .expectStatus()
        .isBadRequest();
    http.post()
        .uri("/api/v1/calculators/procedural-deadline")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("step", "AWARD", "from", "1890-01-01"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("from");
  }

  @Test
  void publishesKnownYearsWithTheirSourceAndWarnsForUnknownOnes() {
    http.get()
        .uri("/api/v1/calendar/2026")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.known")
        .isEqualTo(true)
        .jsonPath("$.verified")
        .isEqualTo(true)
        .jsonPath("$.source")
        .value(v -> assertThat(v.toString()).contains("国务院办公厅关于2026年部分节假日安排的通知"))
        .jsonPath("$.holidays[?(@.name == '国庆节')].from")
        .isEqualTo(List.of("2026-10-01"))
        .jsonPath("$.workingDays")
        .value(v ->
            assertThat((List<Object>) v).contains((Object) "2026-10-10", (Object) "2026-01-04"));
    http.get()
        .uri("/api/v1/calendar/2035")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.known")
        .isEqualTo(false)
        .jsonPath("$.warning")
        .value(v -> assertThat(v.toString()).contains("尚未公布"))
        .jsonPath("$.holidays.length()")
        .isEqualTo(6);
  }

  @Test
  void administratorsReplaceAYearAuditedAndCountsFollowIt() throws Exception {
    String admin = login("admin", "Admin-test-2026");
    Map<String, Object> year = Map.of(
        "source",
        "测试用放假安排（2031）",
        "verified",
        false,
        "holidays",
        List.of(
            Map.of("name", "元旦", "from", "2031-01-01", "to", "2031-01-01"),
            Map.of("name", "劳动节", "from", "2031-05-01", "to", "2031-05-05"),
            Map.of("name", "国庆节", "from", "2031-10-01", "to", "2031-10-07"),
            Map.of("name", "测试假日", "from", "2031-03-03", "to", "2031-03-03")),
        "workingDays",
        List.of("2031-03-08"));
    http.put()
        .uri("/api/v1/staff/calendar/2031")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(year)
        .exchange()
        .expectStatus()
        .isUnauthorized();
    http.put()
        .uri("/api/v1/staff/calendar/2031")
        .headers(h -> h.setBearerAuth(admin))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of(
            "source",
            "x",
            "verified",
            false,
            "holidays",
            List.of(Map.of("name", "错", "from", "2031-03-05", "to", "2031-03-01"))))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .value(v -> assertThat(v.toString()).contains("结束日期早于开始日期"));
    http.put()
        .uri("/api/v1/staff/calendar/2031")
        .headers(h -> h.setBearerAuth(admin))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(year)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.known")
        .isEqualTo(true)
        .jsonPath("$.warning")
        .value(v -> assertThat(v.toString()).contains("未核实"));
    // Friday 2031-02-28: 03-03 (Mon) is the test holiday; 03-04..03-07 count 1–4, Saturday 03-08 (a
    // working day) is the 5th.
    deadline("ACCEPTANCE", "2031-02-28")
        .jsonPath("$.lastDay")
        .isEqualTo("2031-03-08")
        .jsonPath("$.warnings[0]")
        .value(v -> assertThat(v.toString()).contains("未核实"));
    // … 03-10 (6) to 03-14 (10).
    deadline("DEFENCE", "2031-02-28").jsonPath("$.lastDay").isEqualTo("2031-03-14");
    try (Connection c = TestServices.jdbc();
        var s = c.prepareStatement(
            "select count(*) from audit.audit_events where action = 'legal-calendar.year.put' and subject = 'calendar:2031'")) {
      ResultSet rs = s.executeQuery();
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
  }

  private String login(String account, String password) {
    return http.post()
        .uri("/api/v1/sessions")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("account", account, "password", password))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("token")
        .toString();
  }
}
