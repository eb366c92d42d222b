package cn.xiangyang.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.TestServices;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Employer accounts start unverified; staff check the licence; colleagues and impostors. */
@IntegrationTest
class EmployerVerificationIntegrationTests extends IntegrationTestBase {

  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
  };
  private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 50_000));

  @Autowired
  WebTestClient http;

  record Employer(String id, String token, String creditCode, String phone) {}

  static String creditCode() {
    String first17 = String.format("91420607%09d", SEQ.incrementAndGet() + 300_000);
    return first17 + CreditCode.checkCharacter(first17);
  }

  Employer register(String creditCode, String invitation) {
    String phone = String.format("134%08d", SEQ.incrementAndGet() + 700_000);
    Map<String, String> body = new java.util.HashMap<>(Map.of(
        "companyName",
        "襄阳测试制造有限公司",
        "creditCode",
        creditCode,
        "contactName",
        "人事",
        "phone",
        phone,
        "password",
        "Hr-verify-2026",
        "smsCode",
        TestSms.code(http, phone, "REGISTER")));
    if (invitation != null) {
      body.put("invitation", invitation);
    }
    Map<?, ?> account = http.post()
        .uri("/api/v1/accounts/employers")
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
    return new Employer(
        account.get("id").toString(), token(phone, "Hr-verify-2026"), creditCode, phone);
  }

  String token(String login, String password) {
    return http.post()
        .uri("/api/v1/sessions")
        .bodyValue(Map.of("account", login, "password", password))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("token")
        .toString();
  }

  String admin() {
    return token("admin", "Admin-test-2026");
  }

  WebTestClient.ResponseSpec upload(Employer e, byte[] licence, String name) {
    MultipartBodyBuilder parts = new MultipartBodyBuilder();
    parts.part("licence", new ByteArrayResource(licence) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    return http.post()
        .uri("/api/v1/accounts/employers/verification")
        .headers(h -> h.setBearerAuth(e.token()))
        .body(BodyInserters.fromMultipartData(parts.build()))
        .exchange();
  }

  WebTestClient.ResponseSpec decide(String staff, Employer e, String decision, String reason) {
    Map<String, String> body = reason == null
        ? Map.of("decision", decision)
        : Map.of("decision", decision, "reason", reason);
    return http.post()
        .uri("/api/v1/staff/employers/{id}/verification", e.id())
        .headers(h -> h.setBearerAuth(staff))
        .bodyValue(body)
        .exchange();
  }

  @Test
  void staffApproveAnUploadedLicence() {
    Employer e = register(creditCode(), null);
    upload(e, PNG, "营业执照.pdf")
        .expectStatus()
        .isAccepted()
        .expectBody()
        .jsonPath("$.verification")
        .isEqualTo("PENDING")
        .jsonPath("$.documents[0].fileName")
        .isEqualTo("营业执照.png")
        .jsonPath("$.documents[0].kindLabel")
        .isEqualTo("营业执照");
    String staff = admin();
    List<?> queue = http.get()
        .uri("/api/v1/staff/employers?state=PENDING")
        .headers(h -> h.setBearerAuth(staff))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(List.class)
        .returnResult()
        .getResponseBody();
    Map<?, ?> item = queue.stream()
        .map(Map.class::cast)
        .filter(m -> m.get("id").equals(e.id()))
        .findFirst()
        .orElseThrow();
    String documentId =
        ((Map<?, ?>) ((List<?>) item.get("documents")).getFirst()).get("id").toString();
    byte[] stored = http.get()
        .uri("/api/v1/staff/employers/{id}/documents/{d}", e.id(), documentId)
        .headers(h -> h.setBearerAuth(staff))
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentType("image/png")
        .expectBody(byte[].class)
        .returnResult()
        .getResponseBody();
    assertThat(stored).isEqualTo(PNG);

    decide(staff, e, "APPROVE", null)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.verification")
        .isEqualTo("VERIFIED");
    http.get()
        .uri("/api/v1/accounts/me")
        .headers(h -> h.setBearerAuth(e.token()))
        .exchange()
        .expectBody()
        .jsonPath("$.verification")
        .isEqualTo("VERIFIED");
  }

  @Test
  void aRejectionNeedsAReasonThatTheEmployerSees() {
    Employer e = register(creditCode(), null);
    upload(e, PNG, "licence.png").expectStatus().isAccepted();
    String staff = admin();
    decide(staff, e, "REJECT", " ")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("reason");
    decide(staff, e, "MAYBE", "x").expectStatus().isBadRequest();
    decide(staff, e, "REJECT", "执照照片不清晰，请重新拍摄").expectStatus().isOk();
    http.get()
        .uri("/api/v1/accounts/me")
        .headers(h -> h.setBearerAuth(e.token()))
        .exchange()
        .expectBody()
        .jsonPath("$.verification")
        .isEqualTo("REJECTED")
        .jsonPath("$.verificationReason")
        .isEqualTo("执照照片不清晰，请重新拍摄");
    decide(staff, e, "APPROVE", null).expectStatus().isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void refusesDocumentsThatAreNotPdfJpgOrPng() {
    Employer e = register(creditCode(), null);
    upload(e, "MZ this is an exe".getBytes(), "licence.pdf")
        .expectStatus()
        .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("PDF、JPG 或 PNG"));
    upload(e, new byte[0], "empty.png").expectStatus().isBadRequest();
    http.get()
        .uri("/api/v1/accounts/me")
        .headers(h -> h.setBearerAuth(e.token()))
        .exchange()
        .expectBody()
        .jsonPath("$.verification")
        .isEqualTo("UNVERIFIED");
  }

  @Test
  void onlyStaffSeeTheQueue() {
    Employer e = register(creditCode(), null);
    http.get()
        .uri("/api/v1/staff/employers?state=PENDING")
        .headers(h -> h.setBearerAuth(e.token()))
        .exchange()
        .expectStatus()
        .isForbidden();
    decide(e.token(), e, "APPROVE", null).expectStatus().isForbidden();
  }

  @Test
  void aVerifiedAccountInvitesAColleagueWhoIsVerifiedAtOnce() {
    String code = creditCode();
    Employer first = register(code, null);
    http.post()
        .uri("/api/v1/accounts/employers/invitations")
        .headers(h -> h.setBearerAuth(first.token()))
        .exchange()
        .expectStatus()
        .isForbidden();
    upload(first, PNG, "licence.png").expectStatus().isAccepted();
    decide(admin(), first, "APPROVE", null).expectStatus().isOk();
    String invitation = http.post()
        .uri("/api/v1/accounts/employers/invitations")
        .headers(h -> h.setBearerAuth(first.token()))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("token")
        .toString();
    Employer colleague = register(code, invitation);
    http.get()
        .uri("/api/v1/accounts/me")
        .headers(h -> h.setBearerAuth(colleague.token()))
        .exchange()
        .expectBody()
        .jsonPath("$.verification")
        .isEqualTo("VERIFIED");
    http.get()
        .uri("/api/v1/accounts/employers/colleagues")
        .headers(h -> h.setBearerAuth(colleague.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(2);
  }

  @Test
  void anImpostorReportedAndSuspendedLosesItsSessionsAndLogin() throws Exception {
    String code = creditCode();
    Employer impostor = register(code, null);
    Employer real = register(code, null);
    upload(real, PNG, "licence.png").expectStatus().isAccepted();
    String staff = admin();
    decide(staff, real, "APPROVE", null).expectStatus().isOk();
    http.post()
        .uri("/api/v1/accounts/employers/impostor-reports")
        .headers(h -> h.setBearerAuth(real.token()))
        .bodyValue(Map.of("accountId", impostor.id(), "reason", "不是本公司员工注册的账号"))
        .exchange()
        .expectStatus()
        .isCreated();
    http.get()
        .uri("/api/v1/staff/employers?state=REPORTED")
        .headers(h -> h.setBearerAuth(staff))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.id == '" + impostor.id() + "')].reports[0].reason")
        .isEqualTo(List.of("不是本公司员工注册的账号"));
    http.post()
        .uri("/api/v1/staff/employers/{id}/suspension", impostor.id())
        .headers(h -> h.setBearerAuth(staff))
        .bodyValue(Map.of("reason", "冒用单位名义"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.verification")
        .isEqualTo("SUSPENDED");
    // the suspension is in the outbox with it, for the cases to void what the impostor filed
    try (Connection c = TestServices.jdbc();
        PreparedStatement s = c.prepareStatement(
            "select count(*) from events.publications where event_type = ? and payload ->> 'accountId' = ? and payload ->> 'reason' = '冒用单位名义'")) {
      s.setString(1, EmployerSuspended.class.getName());
      s.setString(2, impostor.id());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        assertThat(r.getInt(1)).isEqualTo(1);
      }
    }
    http.get()
        .uri("/api/v1/accounts/me")
        .headers(h -> h.setBearerAuth(impostor.token()))
        .exchange()
        .expectStatus()
        .isUnauthorized();
    http.post()
        .uri("/api/v1/sessions")
        .bodyValue(Map.of("account", impostor.phone(), "password", "Hr-verify-2026"))
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  @Test
  void theRealCompanyNotYetVerifiedReportsTheVerifiedImpostorAndIsLetInAfterIt() {
    String code = creditCode();
    // the impostor registered first and got through verification
    Employer impostor = register(code, null);
    upload(impostor, PNG, "licence.png").expectStatus().isAccepted();
    String staff = admin();
    decide(staff, impostor, "APPROVE", null).expectStatus().isOk();
    Employer real = register(code, null);
    Employer otherCompany = register(creditCode(), null);

    // it cannot see the company's accounts yet, but it can report every other account of its credit
    // code
    http.get()
        .uri("/api/v1/accounts/employers/colleagues")
        .headers(h -> h.setBearerAuth(real.token()))
        .exchange()
        .expectStatus()
        .isForbidden();
    http.post()
        .uri("/api/v1/accounts/employers/impostor-reports")
        .headers(h -> h.setBearerAuth(real.token()))
        .bodyValue(Map.of("reason", "本公司从未注册其他账号"))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.reported")
        .isEqualTo(1)
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("营业执照"));
    // an account of another company is not its to report
    http.post()
        .uri("/api/v1/accounts/employers/impostor-reports")
        .headers(h -> h.setBearerAuth(real.token()))
        .bodyValue(Map.of("accountId", otherCompany.id(), "reason", "冒用"))
        .exchange()
        .expectStatus()
        .isNotFound();
    http.post()
        .uri("/api/v1/accounts/employers/impostor-reports")
        .headers(h -> h.setBearerAuth(real.token()))
        .bodyValue(Map.of("reason", " "))
        .exchange()
        .expectStatus()
        .isBadRequest();
    http.get()
        .uri("/api/v1/staff/employers?state=REPORTED")
        .headers(h -> h.setBearerAuth(staff))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.id == '" + impostor.id() + "')].reports[0].reason")
        .isEqualTo(List.of("本公司从未注册其他账号"))
        .jsonPath("$[?(@.id == '" + otherCompany.id() + "')]")
        .isEmpty();

    http.post()
        .uri("/api/v1/staff/employers/{id}/suspension", impostor.id())
        .headers(h -> h.setBearerAuth(staff))
        .bodyValue(Map.of("reason", "冒用单位名义"))
        .exchange()
        .expectStatus()
        .isOk();
    upload(real, PNG, "licence.png").expectStatus().isAccepted();
    decide(staff, real, "APPROVE", null).expectStatus().isOk();
    http.get()
        .uri("/api/v1/accounts/me")
        .headers(h -> h.setBearerAuth(real.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.verification")
        .isEqualTo("VERIFIED");
    // a suspended account reports nothing
    http.post()
        .uri("/api/v1/sessions")
        .bodyValue(Map.of("account", impostor.phone(), "password", "Hr-verify-2026"))
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }
}
