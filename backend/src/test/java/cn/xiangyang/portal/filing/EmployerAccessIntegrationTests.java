package cn.xiangyang.portal.filing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.TestServices;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What an employer account sees of a case before and after verification; case access codes; impostors. */
@IntegrationTest
class EmployerAccessIntegrationTests extends IntegrationTestBase {

  @Autowired
  WebTestClient http;

  Parties parties() {
    return new Parties(http);
  }

  /** A worker's arbitration case against the company, accepted (served) by the city commission. */
  String acceptedCase(Parties p, String creditCode, String workerName) {
    Parties.Session worker = p.worker(workerName);
    Map<String, Object> body = Parties.application(
        creditCode,
        "gaoxin",
        Parties.today().minusYears(1),
        null,
        List.of(Parties.claim(
            "UNPAID_WAGES",
            "9000.00",
            Parties.today().minusMonths(3).withDayOfMonth(1),
            Parties.today().minusMonths(1).withDayOfMonth(1).minusDays(1))));
    body.put("procedure", "ARBITRATION");
    body.put("knewOn", Parties.today().minusMonths(1).toString());
    String id = p.draft(worker, body);
    p.submit(worker, id);
    http.post()
        .uri("/api/v1/staff/cases/{id}/accept", id)
        .headers(h -> h.setBearerAuth(p.admin().token()))
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isOk();
    return id;
  }

  WebTestClient.ResponseSpec get(Parties.Session s, String uri, Object... vars) {
    return http.get().uri(uri, vars).headers(h -> h.setBearerAuth(s.token())).exchange();
  }

  WebTestClient.ResponseSpec answer(Parties.Session s, String caseId) {
    return http.post()
        .uri("/api/v1/cases/{id}/defence", caseId)
        .headers(h -> h.setBearerAuth(s.token()))
        .bodyValue(Map.of("declined", false, "statement", "工资已按时足额发放。"))
        .exchange();
  }

  @Test
  void anUnverifiedEmployerSeesOnlyThatACaseNamesItUntilStaffApprove() {
    Parties p = parties();
    String code = Parties.creditCode();
    Parties.Session employer = p.unverifiedEmployer("襄阳未认证机械有限公司", code);
    String caseId = acceptedCase(p, code, "钱多多");

    String detail = get(employer, "/api/v1/cases/{id}", caseId)
        .expectStatus()
        .isForbidden()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("detail")
        .toString();
    assertThat(detail)
        .contains("未认证")
        .contains("劳动人事争议仲裁委员会")
        .contains("答辩期限")
        .contains("营业执照")
        .doesNotContain("钱多多");
    String list = get(employer, "/api/v1/cases")
        .expectStatus()
        .isForbidden()
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
    assertThat(list).contains("有 1 件案件").doesNotContain("钱多多").doesNotContain("9000");
    get(employer, "/api/v1/cases/{id}/application.pdf", caseId).expectStatus().isForbidden();
    answer(employer, caseId).expectStatus().isForbidden();

    p.verify(employer);
    get(employer, "/api/v1/cases/{id}", caseId)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.applicant.name")
        .isEqualTo("钱多多");
    answer(employer, caseId).expectStatus().isOk();
  }

  @Test
  void aCaseAccessCodeLinksExactlyOneCaseAfterStaffApproval() throws Exception {
    Parties p = parties();
    String code = Parties.creditCode();
    Parties.Session employer = p.unverifiedEmployer("襄阳查询码制造有限公司", code);
    String first = acceptedCase(p, code, "李甲");
    String second = acceptedCase(p, code, "李乙");
    String accessCode = accessCode(first);

    http.post()
        .uri("/api/v1/accounts/employers/case-codes")
        .headers(h -> h.setBearerAuth(employer.token()))
        .bodyValue(Map.of("code", "ABCD-EFGH-JKMN"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("code");
    http.post()
        .uri("/api/v1/accounts/employers/case-codes")
        .headers(h -> h.setBearerAuth(employer.token()))
        .bodyValue(Map.of("code", accessCode.toLowerCase()))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.state")
        .isEqualTo("PENDING")
        .jsonPath("$.caseId")
        .isEqualTo(first);
    get(employer, "/api/v1/cases/{id}", first).expectStatus().isForbidden();

    http.post()
        .uri("/api/v1/staff/employers/{id}/verification", employer.id())
        .headers(h -> h.setBearerAuth(p.admin().token()))
        .bodyValue(Map.of("decision", "APPROVE"))
        .exchange()
        .expectStatus()
        .isOk();
    get(employer, "/api/v1/cases/{id}", first)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.applicant.name")
        .isEqualTo("李甲");
    get(employer, "/api/v1/cases/{id}", second).expectStatus().isForbidden();
    get(employer, "/api/v1/cases")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(1);

    // the code belongs to its company: another company's account cannot use it
    Parties.Session other = p.unverifiedEmployer("别的公司", Parties.creditCode());
    http.post()
        .uri("/api/v1/accounts/employers/case-codes")
        .headers(h -> h.setBearerAuth(other.token()))
        .bodyValue(Map.of("code", accessCode))
        .exchange()
        .expectStatus()
        .isBadRequest();
  }

  @Test
  void anImpostorReportedAndSuspendedLosesAccessAndItsAnswerIsVoided() throws Exception {
    Parties p = parties();
    String code = Parties.creditCode();
    Parties.Session impostor = p.employer("冒名公司", code); // staff were fooled once
    String caseId = acceptedCase(p, code, "周受害");
    answer(impostor, caseId).expectStatus().isOk();

    Parties.Session real = p.employer("襄阳真实机械有限公司", code);
    http.post()
        .uri("/api/v1/accounts/employers/impostor-reports")
        .headers(h -> h.setBearerAuth(real.token()))
        .bodyValue(Map.of("accountId", impostor.id(), "reason", "我公司从未注册该账号"))
        .exchange()
        .expectStatus()
        .isCreated();
    http.post()
        .uri("/api/v1/staff/employers/{id}/suspension", impostor.id())
        .headers(h -> h.setBearerAuth(p.admin().token()))
        .bodyValue(Map.of("reason", "冒用单位名义"))
        .exchange()
        .expectStatus()
        .isOk();

    get(impostor, "/api/v1/cases/{id}", caseId).expectStatus().isUnauthorized();
    long deadline = System.currentTimeMillis() + 5000;
    List<?> defences;
    do {
      Thread.sleep(100);
      defences = (List<?>) get(real, "/api/v1/cases/{id}", caseId)
          .expectStatus()
          .isOk()
          .expectBody(Map.class)
          .returnResult()
          .getResponseBody()
          .get("defences");
    } while (!defences.isEmpty() && System.currentTimeMillis() < deadline);
    assertThat(defences).isEmpty();
    answer(real, caseId).expectStatus().isOk();
    try (Connection c = TestServices.jdbc();
        PreparedStatement s = c.prepareStatement(
            "select count(*) from audit.audit_events where subject = ? and action = 'case.defence-voided'")) {
      s.setString(1, "case:" + caseId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        assertThat(r.getInt(1)).isEqualTo(1);
      }
    }
  }

  /** The code printed on the served notice (the respondent's copy), as the company reads it on paper. */
  static String accessCode(String caseId) throws Exception {
    try (Connection c = TestServices.jdbc();
        PreparedStatement s = c.prepareStatement(
            "select body from case_documents where case_id = ?::uuid and kind = 'RESPONDENT_COPY'")) {
      s.setString(1, caseId);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).isTrue();
        Matcher m =
            Pattern.compile("案件查询码：([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})").matcher(r.getString(1));
        assertThat(m.find()).isTrue();
        return m.group(1);
      }
    }
  }
}
