package cn.xiangyang.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.TestServices;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Phones verified by SMS code, password reset, common passwords, and lockout per account. */
@IntegrationTest
class IdentityIntegrationTests extends IntegrationTestBase {

  private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 50_000));

  @Autowired
  WebTestClient http;

  static Map<String, String> worker() {
    int n = SEQ.incrementAndGet() + 500_000;
    String phone = String.format("135%08d", n);
    String first17 = String.format("420602198503%02d%03d", 1 + n % 28, n % 1000);
    Map<String, String> body = new HashMap<>();
    body.put("name", "测试人" + n);
    body.put("phone", phone);
    body.put("idNumber", first17 + ResidentIdNumber.checkCharacter(first17));
    body.put("password", "Xy" + n + "-pass");
    return body;
  }

  Map<String, String> registered() {
    Map<String, String> w = worker();
    w.put("smsCode", TestSms.code(http, w.get("phone"), "REGISTER"));
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(w)
        .exchange()
        .expectStatus()
        .isCreated();
    return w;
  }

  WebTestClient.ResponseSpec login(String account, String password) {
    return http.post()
        .uri("/api/v1/sessions")
        .bodyValue(Map.of("account", account, "password", password))
        .exchange();
  }

  String token(String account, String password) {
    return login(account, password)
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("token")
        .toString();
  }

  Map<?, ?> smsCode(String phone, String purpose) {
    return http.post()
        .uri("/api/v1/sms-codes")
        .bodyValue(Map.of("phone", phone, "purpose", purpose))
        .exchange()
        .expectStatus()
        .isAccepted()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void smsCodeAnswersAreIdenticalForNewAndRegisteredPhones() throws Exception {
    Map<String, String> existing = registered();
    String fresh = worker().get("phone");
    assertThat(smsCode(fresh, "RESET_PASSWORD"))
        .isEqualTo(smsCode(existing.get("phone"), "RESET_PASSWORD"));
    Thread.sleep(
        2100); // the registration's own code was just sent: wait the test profile's resend time
    Map<?, ?> register = smsCode(worker().get("phone"), "REGISTER");
    assertThat(register).isEqualTo(smsCode(existing.get("phone"), "REGISTER"));
    assertThat(register.get("expiresInSeconds")).isEqualTo(300);
    assertThat(smsCode(fresh, "REGISTER").get("detail").toString()).contains("如果该手机号可以注册账号，验证码已发送");
  }

  @Test
  void resetCodeIsSentOnlyToARegisteredPhone() throws Exception {
    String fresh = worker().get("phone");
    smsCode(fresh, "RESET_PASSWORD");
    Thread.sleep(500); // sending is detached from the answer: give it time to (not) happen
    assertThat(TestSms.latestId(fresh)).isZero();
  }

  @Test
  void registrationWithAWrongCodeIsRefusedAndWritesNothing() throws Exception {
    Map<String, String> w = worker();
    String code = TestSms.code(http, w.get("phone"), "REGISTER");
    w.put("smsCode", code.equals("000000") ? "111111" : "000000");
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(w)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("smsCode")
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("验证码不正确或已失效"));
    try (Connection c = TestServices.jdbc();
        ResultSet rs = c.createStatement()
            .executeQuery("select count(*) from workers where phone = '" + w.get("phone") + "'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
    w.put("smsCode", code);
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(w)
        .exchange()
        .expectStatus()
        .isCreated();
  }

  @Test
  void smsCodesAreSingleUseAndVoidAfterFiveWrongEntries() throws Exception {
    Map<String, String> first = worker();
    String code = TestSms.code(http, first.get("phone"), "REGISTER");
    first.put("smsCode", code);
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(first)
        .exchange()
        .expectStatus()
        .isCreated();
    Map<String, String> again = worker();
    again.put("phone", first.get("phone"));
    again.put("smsCode", code);
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(again)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("smsCode");

    Map<String, String> w = worker();
    String right = TestSms.code(http, w.get("phone"), "REGISTER");
    for (int i = 0; i < 5; i++) {
      w.put("smsCode", String.format("%06d", (Integer.parseInt(right) + 1 + i) % 1_000_000));
      http.post()
          .uri("/api/v1/accounts/workers")
          .bodyValue(w)
          .exchange()
          .expectStatus()
          .isBadRequest();
    }
    w.put("smsCode", right);
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(w)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("smsCode");
  }

  @Test
  void smsCodesExpireAfterFiveMinutesAndAreNotSentTwiceAtOnce(
      @Autowired StringRedisTemplate redis) {
    String phone = worker().get("phone");
    smsCode(phone, "CHANGE_PHONE");
    http.post()
        .uri("/api/v1/sms-codes")
        .bodyValue(Map.of("phone", phone, "purpose", "CHANGE_PHONE"))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
        .expectHeader()
        .exists("Retry-After")
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("验证码刚刚发送过"));
    List<Long> ttls = redis.keys(TestServices.redisPrefix() + "sms:code:CHANGE_PHONE:*").stream()
        .map(k -> redis.getExpire(k))
        .toList();
    assertThat(ttls).isNotEmpty().allSatisfy(t -> assertThat(t).isBetween(1L, 300L));
  }

  @Test
  void codesAreNeverStoredOrLoggedInClearOutsideTheOutbox(@Autowired StringRedisTemplate redis) {
    String phone = worker().get("phone");
    String code = TestSms.code(http, phone, "REGISTER");
    for (String key : redis.keys(TestServices.redisPrefix() + "sms:*")) {
      assertThat(key).doesNotContain(phone);
      if (redis.type(key).code().equals("hash")) {
        assertThat(redis.opsForHash().values(key).toString()).doesNotContain(code);
      }
    }
  }

  @Test
  void refusesACommonPasswordWithAChineseExplanation() {
    Map<String, String> w = worker();
    w.put("password", "password1");
    w.put("smsCode", "123456");
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(w)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("password")
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("最常见的 1 万个密码"));
  }

  @Test
  void passwordResetWithTheSmsCodeRevokesEverySession() {
    Map<String, String> w = registered();
    String phone = w.get("phone");
    String before = token(phone, w.get("password"));
    String code = TestSms.code(http, phone, "RESET_PASSWORD");
    http.post()
        .uri("/api/v1/accounts/password-reset")
        .bodyValue(Map.of("phone", phone, "code", code, "newPassword", "Renewed-2026x"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("密码已重设"));
    http.get()
        .uri("/api/v1/accounts/me")
        .headers(h -> h.setBearerAuth(before))
        .exchange()
        .expectStatus()
        .isUnauthorized();
    login(phone, w.get("password")).expectStatus().isUnauthorized();
    assertThat(token(phone, "Renewed-2026x")).isNotBlank();
    // the code was used up
    http.post()
        .uri("/api/v1/accounts/password-reset")
        .bodyValue(Map.of("phone", phone, "code", code, "newPassword", "Another-2026x"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("code");
  }

  @Test
  void resetOfAnUnknownPhoneGetsTheSameAnswerAsAWrongCode() {
    Map<String, String> w = registered();
    String known = http.post()
        .uri("/api/v1/accounts/password-reset")
        .bodyValue(
            Map.of("phone", w.get("phone"), "code", "123456", "newPassword", "Renewed-2026x"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
    String unknown = http.post()
        .uri("/api/v1/accounts/password-reset")
        .bodyValue(Map.of(
            "phone", worker().get("phone"), "code", "123456", "newPassword", "Renewed-2026x"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
    assertThat(unknown.replaceAll("\"instance\":\"[^\"]*\"", ""))
        .isEqualTo(known.replaceAll("\"instance\":\"[^\"]*\"", ""));
  }

  @Test
  void passwordChangeEndsTheOtherSessions() {
    Map<String, String> w = registered();
    String other = token(w.get("phone"), w.get("password"));
    String current = token(w.get("phone"), w.get("password"));
    http.post()
        .uri("/api/v1/accounts/me/password")
        .headers(h -> h.setBearerAuth(current))
        .bodyValue(Map.of("currentPassword", w.get("password"), "newPassword", "Changed-2026x"))
        .exchange()
        .expectStatus()
        .isOk();
    http.get()
        .uri("/api/v1/accounts/me")
        .headers(h -> h.setBearerAuth(other))
        .exchange()
        .expectStatus()
        .isUnauthorized();
    http.get()
        .uri("/api/v1/accounts/me")
        .headers(h -> h.setBearerAuth(current))
        .exchange()
        .expectStatus()
        .isOk();
  }

  @Test
  void lockoutCountsPerAccountNotPerLoginString() {
    Map<String, String> w = registered();
    for (int i = 0; i < 5; i++) {
      login(w.get("phone"), "wrong-pass-" + i).expectStatus().isUnauthorized();
    }
    login(w.get("idNumber"), w.get("password"))
        .expectStatus()
        .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
        .expectHeader()
        .exists("Retry-After");
    login(w.get("phone"), w.get("password")).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
  }

  @Test
  void administratorsReadTheSmsOutboxNewestFirst() throws Exception {
    String phone = worker().get("phone");
    String first = TestSms.code(http, phone, "REGISTER");
    Thread.sleep(2100);
    String second = TestSms.code(http, phone, "REGISTER");
    String admin = token("admin", "Admin-test-2026");
    http.get()
        .uri("/api/v1/staff/sms-outbox?phone={p}", phone)
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[0].code")
        .isEqualTo(second)
        .jsonPath("$[1].code")
        .isEqualTo(first)
        .jsonPath("$[0].purpose")
        .isEqualTo("REGISTER")
        .jsonPath("$[0].sentAt")
        .exists();
    // without a phone or with a malformed one: a Chinese problem that names the parameter
    for (String uri : List.of(
        "/api/v1/staff/sms-outbox",
        "/api/v1/staff/sms-outbox?phone=",
        "/api/v1/staff/sms-outbox?phone=12345")) {
      http.get()
          .uri(uri)
          .headers(h -> h.setBearerAuth(admin))
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectHeader()
          .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.errors[0].field")
          .isEqualTo("phone")
          .jsonPath("$.detail")
          .value(d -> assertThat(d.toString()).containsAnyOf("phone", "手机号"));
    }
    http.get()
        .uri("/api/v1/staff/sms-outbox")
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("缺少手机号")
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("phone="));
    Map<String, String> w = registered();
    String worker = token(w.get("phone"), w.get("password"));
    http.get()
        .uri("/api/v1/staff/sms-outbox?phone={p}", phone)
        .headers(h -> h.setBearerAuth(worker))
        .exchange()
        .expectStatus()
        .isForbidden();
  }
}
