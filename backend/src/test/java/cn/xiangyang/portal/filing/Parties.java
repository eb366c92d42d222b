package cn.xiangyang.portal.filing;

import cn.xiangyang.portal.accounts.CreditCode;
import cn.xiangyang.portal.accounts.ResidentIdNumber;
import cn.xiangyang.portal.accounts.TestSms;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Registers and logs in the people of a filing test, and builds application bodies. */
final class Parties {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 10000));

  private final WebTestClient http;

  Parties(WebTestClient http) {
    this.http = http;
  }

  static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  /** The deadline rules on the maintained calendar (the backend counts with the same data). */
  static final cn.xiangyang.portal.calculators.Deadlines DEADLINES =
      new cn.xiangyang.portal.calculators.Deadlines(
          cn.xiangyang.portal.calculators.LegalCalendar.fromClasspath(),
          java.time.Clock.system(ZONE));

  /** A signed-in account: its bearer token and, for employers, its credit code. */
  record Session(String token, String id, String creditCode) {}

  Session worker(String name) {
    int n = SEQ.incrementAndGet();
    String first17 = String.format("420602198805%02d%03d", 1 + n % 28, n % 1000);
    return worker(name, first17 + ResidentIdNumber.checkCharacter(first17));
  }

  /** A worker registered with this ID number. */
  Session worker(String name, String idNumber) {
    int n = SEQ.incrementAndGet();
    String phone = String.format("137%08d", n);
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
    return new Session(login(phone, "secret2026"), account.get("id").toString(), "");
  }

  static String creditCode() {
    String first17 = String.format("91420600%09d", SEQ.incrementAndGet());
    return first17 + CreditCode.checkCharacter(first17);
  }

  /** A verified employer account: registered, licence uploaded, approved by the administrator. */
  Session employer(String company, String code) {
    Session e = unverifiedEmployer(company, code);
    verify(e);
    return e;
  }

  /** Uploads a licence for the employer and has the administrator approve it. */
  void verify(Session employer) {
    org.springframework.http.client.MultipartBodyBuilder parts =
        new org.springframework.http.client.MultipartBodyBuilder();
    parts.part(
        "licence",
        new org.springframework.core.io.ByteArrayResource(
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D}) {
          @Override
          public String getFilename() {
            return "licence.png";
          }
        });
    http.post()
        .uri("/api/v1/accounts/employers/verification")
        .headers(h -> h.setBearerAuth(employer.token()))
        .body(org.springframework.web.reactive.function.BodyInserters.fromMultipartData(
            parts.build()))
        .exchange()
        .expectStatus()
        .isAccepted();
    http.post()
        .uri("/api/v1/staff/employers/{id}/verification", employer.id())
        .headers(h -> h.setBearerAuth(admin().token()))
        .bodyValue(Map.of("decision", "APPROVE"))
        .exchange()
        .expectStatus()
        .isOk();
  }

  /** An employer account as registered: unverified. */
  Session unverifiedEmployer(String company, String code) {
    String phone = String.format("136%08d", SEQ.incrementAndGet());
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
    return new Session(login(phone, "hr2026pass"), account.get("id").toString(), code);
  }

  Session staff(String role, String commission) {
    String admin = login("admin", "Admin-test-2026");
    String username = role.toLowerCase() + "-" + commission + "-" + SEQ.incrementAndGet();
    Map<?, ?> account = http.post()
        .uri("/api/v1/staff/accounts")
        .headers(h -> h.setBearerAuth(admin))
        .bodyValue(Map.of(
            "username",
            username,
            "displayName",
            "工作人员" + SEQ.get(),
            "role",
            role,
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
    return new Session(login(username, "staff2026pass"), account.get("id").toString(), "");
  }

  /**
   * The account's inbox once {@code ready} holds for it: messages are written by the notifications
   * module from durable events, moments after the change that caused them committed.
   */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> inbox(
      Session session, java.util.function.Predicate<List<Map<String, Object>>> ready) {
    long until = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
    while (true) {
      List<Map<String, Object>> messages = (List<Map<String, Object>>) (List<?>) http.get()
          .uri("/api/v1/inbox")
          .headers(h -> h.setBearerAuth(session.token()))
          .exchange()
          .expectStatus()
          .isOk()
          .expectBodyList(Map.class)
          .returnResult()
          .getResponseBody();
      if (ready.test(messages) || System.nanoTime() > until) {
        return messages;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return messages;
      }
    }
  }

  Session admin() {
    return new Session(login("admin", "Admin-test-2026"), "", "");
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

  /** A complete application against one employer; the worker works in {@code workArea}. */
  static Map<String, Object> application(
      String creditCode,
      String workArea,
      LocalDate start,
      LocalDate end,
      List<Map<String, Object>> claims) {
    Map<String, Object> employment = new HashMap<>();
    employment.put("startDate", start.toString());
    if (end != null) {
      employment.put("endDate", end.toString());
    }
    // The form asks it explicitly: a blank end date is not "still employed".
    employment.put("stillEmployed", end == null);
    employment.put("job", "焊工");
    employment.put("monthlyWage", "4500.00");
    employment.put("writtenContract", false);
    employment.put("workAreaCode", workArea);
    employment.put("workplace", "春园路 18 号车间");
    Map<String, Object> body = new HashMap<>();
    body.put("procedure", "MEDIATION");
    body.put("applicant", Map.of("address", "襄阳市樊城区人民路 1 号", "gender", "MALE", "occupation", "焊工"));
    body.put(
        "respondents",
        List.of(Map.of(
            "name",
            "襄阳某某机械有限公司",
            "creditCode",
            creditCode,
            "address",
            "襄阳市襄城区檀溪路 9 号",
            "legalRepresentative",
            "李某",
            "legalRepresentativeTitle",
            "总经理",
            "areaCode",
            "xiangcheng")));
    body.put("employment", employment);
    body.put("claims", new ArrayList<>(claims));
    body.put("factsAndReasons", "被申请人拖欠申请人三个月工资，经多次催要未付。");
    body.put("evidenceNotes", "工资条、考勤记录、微信聊天记录");
    body.put("migrantWorker", true);
    return body;
  }

  static Map<String, Object> claim(String type, String amount, LocalDate from, LocalDate to) {
    Map<String, Object> c = new HashMap<>();
    c.put("type", type);
    if (amount != null) {
      c.put("amount", amount);
    }
    if (from != null) {
      c.put("periodFrom", from.toString());
    }
    if (to != null) {
      c.put("periodTo", to.toString());
    }
    return c;
  }

  /** Creates a draft with the body and returns its id. */
  String draft(Session worker, Map<String, Object> body) {
    return http.post()
        .uri("/api/v1/filings")
        .headers(h -> h.setBearerAuth(worker.token()))
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("id")
        .toString();
  }

  Map<?, ?> submit(Session worker, String id) {
    return http.post()
        .uri("/api/v1/filings/{id}/submit", id)
        .headers(h -> {
          h.setBearerAuth(worker.token());
          h.set("Idempotency-Key", UUID.randomUUID().toString());
        })
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  /** Staff accept (受理) the case: the case as staff then see it, with its 案号. */
  Map<?, ?> accept(Session staff, String id) {
    return http.post()
        .uri("/api/v1/staff/cases/{id}/accept", id)
        .headers(h -> h.setBearerAuth(staff.token()))
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }
}
