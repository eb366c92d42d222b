package cn.xiangyang.portal.hearings;

import cn.xiangyang.portal.accounts.CreditCode;
import cn.xiangyang.portal.accounts.ResidentIdNumber;
import cn.xiangyang.portal.accounts.TestSms;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Registers and signs in the people of a hearings test, and schedules hearings through the module's API. */
public final class People {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 10000));

  private final WebTestClient http;

  public People(WebTestClient http) {
    this.http = http;
  }

  public record Session(String token, String id) {}

  public Session worker(String name) {
    int n = SEQ.incrementAndGet();
    String phone = String.format("135%08d", n);
    String first17 = String.format("420606199001%02d%03d", 1 + n % 28, n % 1000);
    String idNumber = first17 + ResidentIdNumber.checkCharacter(first17);
    Map<?, ?> account = http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(Map.of(
            "name",
            name,
            "phone",
            phone,
            "idNumber",
            idNumber,
            "password",
            "secret2026",
            "smsCode",
            TestSms.code(http, phone, "REGISTER")))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
    return new Session(login(phone, "secret2026"), account.get("id").toString());
  }

  public Session employer(String company) {
    String first17 = String.format("91420606%09d", SEQ.incrementAndGet());
    String code = first17 + CreditCode.checkCharacter(first17);
    String phone = String.format("134%08d", SEQ.incrementAndGet());
    Map<?, ?> account = http.post()
        .uri("/api/v1/accounts/employers")
        .bodyValue(Map.of(
            "companyName",
            company,
            "creditCode",
            code,
            "contactName",
            "人事经理",
            "phone",
            phone,
            "password",
            "hr2026pass",
            "smsCode",
            TestSms.code(http, phone, "REGISTER")))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
    return new Session(login(code, "hr2026pass"), account.get("id").toString());
  }

  /** A 公众 visitor account: a name and a phone verified by an SMS code; signs in with the phone. */
  public Session visitor(String name) {
    String phone = String.format("136%08d", SEQ.incrementAndGet());
    Map<?, ?> account = http.post()
        .uri("/api/v1/accounts/visitors")
        .bodyValue(Map.of(
            "name",
            name,
            "phone",
            phone,
            "password",
            "visit2026",
            "smsCode",
            TestSms.code(http, phone, "REGISTER")))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
    return new Session(login(phone, "visit2026"), account.get("id").toString());
  }

  public Session staff(String commission) {
    String admin = login("admin", "Admin-test-2026");
    String username = "clerk-" + commission + "-" + SEQ.incrementAndGet();
    Map<?, ?> account = http.post()
        .uri("/api/v1/staff/accounts")
        .headers(h -> h.setBearerAuth(admin))
        .bodyValue(Map.of(
            "username",
            username,
            "displayName",
            "书记员" + SEQ.get(),
            "role",
            "CLERK",
            "commissionId",
            commission,
            "password",
            "staff2026pass"))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
    return new Session(login(username, "staff2026pass"), account.get("id").toString());
  }

  public String login(String account, String password) {
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

  /** A hearing of a fresh case at {@code daysAhead} days from today, 09:30, in the given room. */
  public static ScheduleHearing hearing(
      String commission,
      int daysAhead,
      String room,
      List<String> causes,
      String applicant,
      String... respondents) {
    Instant at =
        LocalDate.now(ZONE).plusDays(daysAhead).atTime(9, 30).atZone(ZONE).toInstant();
    return new ScheduleHearing(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "樊劳人仲案字〔2026〕第" + SEQ.incrementAndGet() + "号",
        commission,
        at,
        room,
        causes,
        applicant,
        List.of(respondents));
  }
}
