package cn.xiangyang.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.TestServices;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccountsIntegrationTests extends IntegrationTestBase {

  // The run has its own database and Redis prefix, so a plain counter makes every phone, ID number
  // and
  // credit code below unique in the run (a random offset per call, as before, let two calls
  // collide).
  // The prefixes (139…, 420602199001…, 91420602…) are used by no other test class.
  private static final AtomicInteger SEQ = new AtomicInteger();

  @Autowired
  WebTestClient http;

  private static int next() {
    int n = SEQ.incrementAndGet();
    if (n >= 28_000) {
      throw new IllegalStateException(
          "more test identities than the ID number scheme below can tell apart");
    }
    return n;
  }

  /** A fresh valid phone and ID number per call, different from every other call of the run. */
  static Map<String, String> worker(String name) {
    int n = next();
    String phone = String.format("139%08d", n);
    // birth day 01–28 and sequence 000–999: one number for each n below 28,000
    String first17 = String.format("420602199001%02d%03d", 1 + n / 1000, n % 1000);
    String id = first17 + ResidentIdNumber.checkCharacter(first17);
    return Map.of("name", name, "phone", phone, "idNumber", id, "password", "secret2026");
  }

  static String creditCode() {
    String first17 = String.format("91420602%09d", next());
    return first17 + CreditCode.checkCharacter(first17);
  }

  /** The registration body with a fresh SMS code for its phone, as a person gets it. */
  Map<String, String> withCode(Map<String, String> body) {
    Map<String, String> copy = new java.util.HashMap<>(body);
    copy.put("smsCode", TestSms.code(http, body.get("phone"), "REGISTER"));
    return copy;
  }

  String login(String account, String password) {
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

  @Test
  void workerRegistersLogsInSeesProfileAndLogsOut() {
    Map<String, String> worker = worker("张三");
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(withCode(worker))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.kind")
        .isEqualTo("WORKER")
        .jsonPath("$.displayName")
        .isEqualTo("张三")
        .jsonPath("$.phoneMasked")
        .isEqualTo(
            worker.get("phone").substring(0, 3) + "****" + worker.get("phone").substring(7))
        .jsonPath("$.idNumberMasked")
        .isEqualTo(ResidentIdNumber.mask(worker.get("idNumber")))
        .jsonPath("$.password")
        .doesNotExist();

    String token = login(worker.get("phone"), "secret2026");
    http.get()
        .uri("/api/v1/accounts/me")
        .headers(h -> h.setBearerAuth(token))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.displayName")
        .isEqualTo("张三");

    http.delete()
        .uri("/api/v1/sessions/current")
        .headers(h -> h.setBearerAuth(token))
        .exchange()
        .expectStatus()
        .isNoContent();
    http.get()
        .uri("/api/v1/accounts/me")
        .headers(h -> h.setBearerAuth(token))
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("登录"));
  }

  @Test
  void workerCanLogInWithIdNumberInLowerCase() {
    Map<String, String> worker = worker("李四");
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(withCode(worker))
        .exchange()
        .expectStatus()
        .isCreated();
    assertThat(login(worker.get("idNumber").toLowerCase(), "secret2026")).isNotBlank();
  }

  @Test
  void rejectsDuplicatePhoneWithConflictAndWritesNothing() throws Exception {
    Map<String, String> first = worker("王五");
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(withCode(first))
        .exchange()
        .expectStatus()
        .isCreated();
    Thread.sleep(2100); // the test profile's least time between two codes to one phone
    Map<String, String> second = new java.util.HashMap<>(worker("赵六"));
    second.put("phone", first.get("phone"));
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(withCode(second))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("phone")
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("手机号已注册"));
    try (Connection c = TestServices.jdbc();
        ResultSet rs = c.createStatement()
            .executeQuery("select count(*) from accounts where display_name = '赵六'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }

  @Test
  void rejectsDuplicateIdNumberWithConflict() {
    Map<String, String> first = worker("孙七");
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(withCode(first))
        .exchange()
        .expectStatus()
        .isCreated();
    Map<String, String> second = new java.util.HashMap<>(worker("周八"));
    second.put("idNumber", first.get("idNumber"));
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(withCode(second))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("idNumber");
  }

  @Test
  void listsEveryInvalidFieldWithAChineseMessage() {
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(Map.of(
            "name",
            "",
            "phone",
            "12345",
            "idNumber",
            "110105194912310021",
            "password",
            "short",
            "smsCode",
            "12a"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors.length()")
        .isEqualTo(5)
        .jsonPath("$.errors[?(@.field == 'smsCode')].message")
        .value(m -> assertThat(m.toString()).contains("6 位数字验证码"))
        .jsonPath("$.errors[?(@.field == 'idNumber')].message")
        .value(m -> assertThat(m.toString()).contains("身份证号不正确"))
        .jsonPath("$.errors[?(@.field == 'phone')].message")
        .value(m -> assertThat(m.toString()).contains("11 位手机号码"));
  }

  @Test
  void storesIdNumbersOnlyEncryptedAndMasked() throws Exception {
    Map<String, String> worker = worker("吴九");
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(withCode(worker))
        .exchange()
        .expectStatus()
        .isCreated();
    try (Connection c = TestServices.jdbc();
        ResultSet rs = c.createStatement().executeQuery("select w::text from workers w")) {
      while (rs.next()) {
        assertThat(rs.getString(1)).doesNotContain(worker.get("idNumber"));
      }
    }
  }

  @Test
  void employerRegistersUnverifiedAndLogsInWithCreditCode() {
    String code = creditCode();
    String phone = worker("x").get("phone");
    http.post()
        .uri("/api/v1/accounts/employers")
        .bodyValue(Map.of(
            "companyName",
            "襄阳某某机械有限公司",
            "creditCode",
            code.toLowerCase(),
            "contactName",
            "刘经理",
            "phone",
            phone,
            "password",
            "hr2026pass",
            "smsCode",
            TestSms.code(http, phone, "REGISTER")))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.creditCode")
        .isEqualTo(code)
        .jsonPath("$.kind")
        .isEqualTo("EMPLOYER")
        .jsonPath("$.verification")
        .isEqualTo("UNVERIFIED");
    String token = login(code, "hr2026pass");
    http.get()
        .uri("/api/v1/accounts/me")
        .headers(h -> h.setBearerAuth(token))
        .exchange()
        .expectBody()
        .jsonPath("$.companyName")
        .isEqualTo("襄阳某某机械有限公司")
        .jsonPath("$.verification")
        .isEqualTo("UNVERIFIED")
        .jsonPath("$.verificationLabel")
        .isEqualTo("未认证");
  }

  @Test
  void rejectsCreditCodeWithWrongCheckCharacter() {
    http.post()
        .uri("/api/v1/accounts/employers")
        .bodyValue(Map.of(
            "companyName",
            "某公司",
            "creditCode",
            "91330100716105852A",
            "contactName",
            "刘",
            "phone",
            "13900000000",
            "password",
            "hr2026pass",
            "smsCode",
            "123456"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("creditCode");
  }

  @Test
  void wrongPasswordAndUnknownAccountGetTheSameAnswer() {
    Map<String, String> worker = worker("郑十");
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(withCode(worker))
        .exchange()
        .expectStatus()
        .isCreated();
    String wrong = http.post()
        .uri("/api/v1/sessions")
        .bodyValue(Map.of("account", worker.get("phone"), "password", "nope12345"))
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("detail")
        .toString();
    String unknown = http.post()
        .uri("/api/v1/sessions")
        .bodyValue(Map.of("account", "13000000001", "password", "nope12345"))
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("detail")
        .toString();
    assertThat(wrong).isEqualTo(unknown);
  }

  @Test
  void locksAnAccountAfterFiveFailedLoginsWithRetryAfter() {
    Map<String, String> worker = worker("钱十一");
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(withCode(worker))
        .exchange()
        .expectStatus()
        .isCreated();
    for (int i = 0; i < 5; i++) {
      http.post()
          .uri("/api/v1/sessions")
          .bodyValue(Map.of("account", worker.get("phone"), "password", "wrong1234"))
          .exchange()
          .expectStatus()
          .isUnauthorized();
    }
    http.post()
        .uri("/api/v1/sessions")
        .bodyValue(Map.of("account", worker.get("phone"), "password", "secret2026"))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
        .expectHeader()
        .value("Retry-After", v -> assertThat(Long.parseLong(v)).isBetween(1L, 900L))
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("分钟后再试"));
  }

  @Test
  void workerCannotCreateStaffAccounts() {
    Map<String, String> worker = worker("冯十二");
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(withCode(worker))
        .exchange()
        .expectStatus()
        .isCreated();
    String token = login(worker.get("phone"), "secret2026");
    http.post()
        .uri("/api/v1/staff/accounts")
        .headers(h -> h.setBearerAuth(token))
        .bodyValue(Map.of(
            "username",
            "clerk1",
            "displayName",
            "书记员甲",
            "role",
            "CLERK",
            "commissionId",
            "xiangyang",
            "password",
            "clerk2026x"))
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("权限"));
  }

  @Test
  void bootstrapAdminCreatesStaffWhoCanLogIn() {
    String admin = login("admin", "Admin-test-2026");
    http.post()
        .uri("/api/v1/staff/accounts")
        .headers(h -> h.setBearerAuth(admin))
        .bodyValue(Map.of(
            "username",
            "mediator-fc",
            "displayName",
            "调解员乙",
            "role",
            "MEDIATOR",
            "commissionId",
            "fancheng",
            "password",
            "mediate2026"))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.commissionName")
        .isEqualTo("襄阳市樊城区劳动人事争议仲裁委员会");
    String staff = login("mediator-fc", "mediate2026");
    http.get()
        .uri("/api/v1/accounts/me")
        .headers(h -> h.setBearerAuth(staff))
        .exchange()
        .expectBody()
        .jsonPath("$.role")
        .isEqualTo("MEDIATOR")
        .jsonPath("$.roleLabel")
        .isEqualTo("调解员");
  }

  @Test
  void neverLogsIdNumbersPhonesOrPasswords(CapturedOutput output) {
    Map<String, String> worker = worker("陈十三");
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(withCode(worker))
        .exchange()
        .expectStatus()
        .isCreated();
    http.post()
        .uri("/api/v1/sessions")
        .bodyValue(Map.of("account", worker.get("phone"), "password", "wrong-pass-1"))
        .exchange()
        .expectStatus()
        .isUnauthorized();
    assertThat(output.getAll())
        .doesNotContain(worker.get("idNumber"))
        .doesNotContain(worker.get("phone"))
        .doesNotContain("secret2026")
        .doesNotContain("wrong-pass-1");
  }
}
