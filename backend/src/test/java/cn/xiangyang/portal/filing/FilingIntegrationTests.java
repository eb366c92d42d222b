package cn.xiangyang.portal.filing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.TestServices;
import cn.xiangyang.portal.filing.Parties.Session;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntegrationTest
@org.junit.jupiter.api.extension.ExtendWith(
    org.springframework.boot.test.system.OutputCaptureExtension.class)
class FilingIntegrationTests extends IntegrationTestBase {

  @Autowired
  WebTestClient http;

  Parties parties;

  @BeforeEach
  void setUp() {
    // The build machine is shared and busy; these tests check behaviour, not latency.
    http = http.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
    parties = new Parties(http);
  }

  static LocalDate today() {
    return Parties.today();
  }

  static List<Map<String, Object>> wageClaim() {
    return List.of(Parties.claim(
        "UNPAID_WAGES", "13500.00", today().minusMonths(4), today().minusMonths(1)));
  }

  @Test
  void walksACaseFromDraftToAwardAndClose(
      org.springframework.boot.test.system.CapturedOutput output) throws Exception {
    Session worker = parties.worker("杨立新");
    String code = Parties.creditCode();
    Session employer = parties.employer("襄阳某某机械有限公司", code);
    Session clerk = parties.staff("CLERK", "fancheng");
    Session arbitrator = parties.staff("ARBITRATOR", "fancheng");

    // A partial draft first, resumed and completed later.
    String id = parties.draft(worker, Map.of("procedure", "MEDIATION"));
    http.get()
        .uri("/api/v1/filings/{id}", id)
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("DRAFT")
        .jsonPath("$.applicant.name")
        .isEqualTo("杨立新")
        .jsonPath("$.applicant.idNumberMasked")
        .value(v -> assertThat(v.toString()).contains("****"))
        .jsonPath("$.application.procedure")
        .isEqualTo("MEDIATION");
    Map<String, Object> body =
        Parties.application(code, "fancheng", today().minusYears(2), null, wageClaim());
    http.put()
        .uri("/api/v1/filings/{id}", id)
        .headers(h -> h.setBearerAuth(worker.token()))
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.application.respondents[0].creditCode")
        .isEqualTo(code)
        .jsonPath("$.application.claims[0].amount")
        .isEqualTo(13500.00);

    http.post()
        .uri("/api/v1/filings/{id}/checks", id)
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.checks[?(@.code == 'REQUIRED_ELEMENTS')].outcome")
        .isEqualTo(List.of("OK"))
        .jsonPath("$.checks[?(@.code == 'LIMITATION')].outcome")
        .isEqualTo(List.of("OK"))
        .jsonPath("$.checks[?(@.code == 'JURISDICTION')].title")
        .value(t -> assertThat(t.toString()).contains("樊城区"))
        .jsonPath("$.checks[?(@.code == 'FINAL_AWARD')].explanation")
        .value(t -> assertThat(t.toString()).contains("2400.00").contains("28800.00"))
        .jsonPath("$.checks[?(@.code == 'FAST_TRACK')].outcome")
        .isEqualTo(List.of("INFO"))
        .jsonPath("$.checks[0].citation.lawId")
        .isEqualTo("labor-dispute-mediation-arbitration-law");

    String key = UUID.randomUUID().toString();
    String finalId = id;
    Map<?, ?> receipt = http.post()
        .uri("/api/v1/filings/{id}/submit", id)
        .headers(h -> {
          h.setBearerAuth(worker.token());
          h.set("Idempotency-Key", key);
        })
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
    // The receipt carries the 申请编号 (issue 18); the 案号 comes with acceptance.
    String applicationNumber = receipt.get("applicationNumber").toString();
    assertThat(applicationNumber)
        .matches("SQ" + String.format("%02d", today().getYear() % 100) + "\\d{7,}[0-9X]");
    assertThat(receipt.get("caseNumber")).isNull();
    assertThat(receipt.get("message").toString()).contains("申请编号 " + applicationNumber);
    assertThat(receipt.get("acceptanceDue"))
        .isEqualTo(Parties.DEADLINES.acceptanceDue(today()).toString());
    // A double tap with the same key files once and answers the same.
    http.post()
        .uri("/api/v1/filings/{id}/submit", id)
        .headers(h -> {
          h.setBearerAuth(worker.token());
          h.set("Idempotency-Key", key);
        })
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.applicationNumber")
        .isEqualTo(applicationNumber)
        .jsonPath("$.caseNumber")
        .doesNotExist();
    // Without the key a second submission is a conflict, with a Chinese reason.
    http.post()
        .uri("/api/v1/filings/{id}/submit", id)
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT)
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("已提交"));
    // The respondent sees nothing before acceptance.
    http.get()
        .uri("/api/v1/cases/{id}", id)
        .headers(h -> h.setBearerAuth(employer.token()))
        .exchange()
        .expectStatus()
        .isNotFound();

    // Staff queue: the new filing with its 5-day acceptance deadline.
    http.get()
        .uri("/api/v1/staff/cases?status=SUBMITTED")
        .headers(h -> h.setBearerAuth(clerk.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.id == '" + id + "')].applicationNumber")
        .isEqualTo(List.of(applicationNumber))
        .jsonPath("$[?(@.id == '" + id + "')].deadlines[0].code")
        .isEqualTo(List.of("ACCEPTANCE"));
    // Staff find it by its 申请编号 as read out on the phone (spaces, small letters)...
    http.get()
        .uri(b -> b.path("/api/v1/staff/cases")
            .queryParam(
                "number",
                " " + applicationNumber.substring(0, 4).toLowerCase() + " "
                    + applicationNumber.substring(4))
            .build())
        .headers(h -> h.setBearerAuth(clerk.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[*].id")
        .isEqualTo(List.of(id));
    // ...and a misheard digit is caught by the check character, with a Chinese reason.
    String last = applicationNumber.substring(applicationNumber.length() - 1);
    String misheard = applicationNumber.substring(0, applicationNumber.length() - 1)
        + (last.equals("1") ? "2" : "1");
    http.get()
        .uri(b -> b.path("/api/v1/staff/cases").queryParam("number", misheard).build())
        .headers(h -> h.setBearerAuth(clerk.token()))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("校验码"));

    http.post()
        .uri("/api/v1/staff/cases/{id}/accept", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("ACCEPTED")
        .jsonPath("$.applicationNumber")
        .isEqualTo(applicationNumber)
        .jsonPath("$.caseNumber")
        .value(n -> assertThat(n.toString()).matches("樊劳人仲案字〔" + today().getYear() + "〕第\\d+号"))
        .jsonPath("$.timeline[?(@.kind == 'ACCEPTED')].detail")
        .value(d -> assertThat(d.toString()).contains("案号 樊劳人仲案字"))
        .jsonPath("$.deadlines[?(@.code == 'AWARD')].due")
        .isEqualTo(List.of(Parties.DEADLINES.awardDue(today(), false).toString()))
        // What the clerk can do now comes from the transition table, with reasons for what not.
        .jsonPath("$.allowedActions[?(@.action == 'START_MEDIATION')].allowed")
        .isEqualTo(List.of(true))
        .jsonPath("$.allowedActions[?(@.action == 'ACCEPT')].allowed")
        .isEqualTo(List.of(false))
        .jsonPath("$.allowedActions[?(@.action == 'ACCEPT')].reason")
        .value(r -> assertThat(r.toString()).contains("待审查"))
        .jsonPath("$.allowedActions[?(@.action == 'AWARD')].reason")
        .value(r -> assertThat(r.toString()).contains("仲裁员"));
    // The 案号 given on acceptance (立案): the case page, the search by number and the 受理通知书 name it.
    String caseNumber = http.get()
        .uri("/api/v1/staff/cases/{id}", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("caseNumber")
        .toString();
    http.get()
        .uri(b -> b.path("/api/v1/staff/cases").queryParam("number", caseNumber).build())
        .headers(h -> h.setBearerAuth(clerk.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[*].id")
        .isEqualTo(List.of(id))
        .jsonPath("$[0].caseNumber")
        .isEqualTo(caseNumber)
        .jsonPath("$[0].applicationNumber")
        .isEqualTo(applicationNumber);
    http.get()
        .uri("/api/v1/cases/{id}", id)
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.documents[?(@.kind == 'ACCEPTANCE_NOTICE')].body")
        .value(b -> assertThat(b.toString()).contains("案号 " + caseNumber));
    http.post()
        .uri("/api/v1/staff/cases/{id}/assign", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("staffId", arbitrator.id()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.assignedTo")
        .isEqualTo(arbitrator.id());

    // The employer now sees the claim naming its credit code; until service is recorded its defence
    // period is 未送达.
    http.get()
        .uri("/api/v1/cases")
        .headers(h -> h.setBearerAuth(employer.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[0].caseNumber")
        .isEqualTo(caseNumber)
        .jsonPath("$[0].role")
        .isEqualTo("RESPONDENT")
        .jsonPath("$[0].allowedActions[*].action")
        .isEqualTo(List.of("ADD_EVIDENCE", "SUBMIT_DEFENCE"))
        .jsonPath("$[0].allowedActions[?(@.action == 'SUBMIT_DEFENCE')].allowed")
        .isEqualTo(List.of(true))
        .jsonPath("$[0].deadlines[?(@.code == 'DEFENCE')].pending")
        .isEqualTo(List.of("未送达"))
        .jsonPath("$[0].deadlines[?(@.code == 'DEFENCE')].urgency")
        .isEqualTo(List.of("NOT_STARTED"));
    // 第三十条: the clerk records the paper delivery; the ten working days run from that day.
    http.post()
        .uri("/api/v1/staff/cases/{id}/service", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("servedOn", today().plusDays(1).toString(), "method", "PAPER"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("不能晚于今天"));
    http.post()
        .uri("/api/v1/staff/cases/{id}/service", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("servedOn", today().toString(), "method", "PAPER"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.servedOn")
        .isEqualTo(today().toString())
        .jsonPath("$.serviceMethod")
        .isEqualTo("PAPER")
        .jsonPath("$.allowedActions[?(@.action == 'RECORD_SERVICE')].allowed")
        .isEqualTo(List.of(false));
    http.get()
        .uri("/api/v1/cases")
        .headers(h -> h.setBearerAuth(employer.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[0].deadlines[?(@.code == 'DEFENCE')].due")
        .isEqualTo(List.of(Parties.DEADLINES.defenceDue(today()).toString()))
        .jsonPath("$[0].deadlines[?(@.code == 'DEFENCE')].citations[*].article")
        .value(a -> assertThat(a.toString()).contains("30", "80"));
    http.post()
        .uri("/api/v1/cases/{id}/defence", id)
        .headers(h -> h.setBearerAuth(employer.token()))
        .bodyValue(Map.of("declined", false, "statement", "工资已部分支付，金额有误。"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.defences[0].declined")
        .isEqualTo(false);
    http.post()
        .uri("/api/v1/cases/{id}/defence", id)
        .headers(h -> h.setBearerAuth(employer.token()))
        .bodyValue(Map.of("declined", true))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT);

    http.post()
        .uri("/api/v1/staff/cases/{id}/mediation", id)
        .headers(h -> h.setBearerAuth(arbitrator.token()))
        .bodyValue(Map.of("action", "START"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("IN_MEDIATION");
    // An award now is an illegal transition: 409 with the reason in Chinese.
    http.post()
        .uri("/api/v1/staff/cases/{id}/award", id)
        .headers(h -> h.setBearerAuth(arbitrator.token()))
        .bodyValue(Map.of("summary", "x", "finalAward", true))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT)
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("调解中"));
    http.post()
        .uri("/api/v1/staff/cases/{id}/arbitration", id)
        .headers(h -> h.setBearerAuth(arbitrator.token()))
        .bodyValue(Map.of("reason", "调解不成"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("IN_ARBITRATION");

    // 第三十五条; 办案规则 第八十条: five full working days of notice; the day before the earliest date is
    // refused.
    LocalDate earliest = Parties.DEADLINES.earliestHearingDate(today());
    String tooSoon = ZonedDateTime.of(earliest.minusDays(1), LocalTime.of(9, 30), Parties.ZONE)
        .toInstant()
        .toString();
    http.post()
        .uri("/api/v1/staff/cases/{id}/hearings", id)
        .headers(h -> h.setBearerAuth(arbitrator.token()))
        .bodyValue(Map.of("room", "第一仲裁庭", "startsAt", tooSoon))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT)
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString())
            .contains("第三十五条")
            .contains(earliest.getYear() + "年" + earliest.getMonthValue() + "月"
                + earliest.getDayOfMonth() + "日"));
    String startsAt = ZonedDateTime.of(earliest, LocalTime.of(9, 30), Parties.ZONE)
        .toInstant()
        .toString();
    http.post()
        .uri("/api/v1/staff/cases/{id}/hearings", id)
        .headers(h -> h.setBearerAuth(arbitrator.token()))
        .bodyValue(Map.of("room", "第一仲裁庭", "startsAt", startsAt))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("HEARING_SCHEDULED")
        .jsonPath("$.hearings[0].room")
        .isEqualTo("第一仲裁庭");

    // Only an arbitrator decides.
    http.post()
        .uri("/api/v1/staff/cases/{id}/award", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("summary", "x", "finalAward", true))
        .exchange()
        .expectStatus()
        .isForbidden();
    http.post()
        .uri("/api/v1/staff/cases/{id}/award", id)
        .headers(h -> h.setBearerAuth(arbitrator.token()))
        .bodyValue(Map.of("summary", "被申请人于本裁决生效之日起十日内支付申请人工资 13500.00 元", "finalAward", true))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("AWARDED")
        .jsonPath("$.finalAward")
        .isEqualTo(true);
    // 第四十八条: the 15 days run from receipt of the award; until its service is recorded the page says
    // it counts from the award's day
    http.get()
        .uri("/api/v1/cases/{id}", id)
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.deadlines[?(@.code == 'LAWSUIT')].title")
        .value(t -> assertThat(t.toString()).contains("尚未记录送达"));
    Map<?, ?> awarded = http.get()
        .uri("/api/v1/staff/cases/{id}", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
    Object awardDocument = ((List<?>) awarded.get("documents"))
        .stream()
            .map(d -> (Map<?, ?>) d)
            .filter(d -> "AWARD".equals(d.get("kind")))
            .findFirst()
            .orElseThrow()
            .get("id");
    http.post()
        .uri("/api/v1/staff/cases/{id}/documents/{d}/service", id, awardDocument)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("party", "APPLICANT", "servedOn", today().toString()))
        .exchange()
        .expectStatus()
        .isOk();
    http.get()
        .uri("/api/v1/cases/{id}", id)
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.deadlines[?(@.code == 'LAWSUIT')].title")
        .value(t -> assertThat(t.toString()).contains("送达）").doesNotContain("尚未记录送达"))
        .jsonPath("$.deadlines[?(@.code == 'LAWSUIT')].due")
        .isEqualTo(List.of(today().plusDays(15).toString()))
        .jsonPath("$.documents[?(@.kind == 'AWARD')].service")
        .value(t -> assertThat(t.toString()).contains("已书面送达"));
    http.post()
        .uri("/api/v1/staff/cases/{id}/close", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("CLOSED");

    // The worker's view: timeline, documents, inbox.
    http.get()
        .uri("/api/v1/cases")
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.id == '" + finalId + "')].status")
        .isEqualTo(List.of("CLOSED"))
        .jsonPath("$[?(@.id == '" + finalId + "')].documents[*].kind")
        .value(k -> assertThat(k.toString())
            .contains("ACCEPTANCE_NOTICE", "DEFENCE", "HEARING_NOTICE", "AWARD"));
    http.get()
        .uri("/api/v1/cases/{id}", id)
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.timeline.length()")
        .isEqualTo(11)
        .jsonPath("$.role")
        .isEqualTo("APPLICANT");
    assertThat(parties.inbox(worker, m -> m.size() >= 5)).hasSizeGreaterThanOrEqualTo(5);

    http.get()
        .uri("/api/v1/staff/cases/{id}/audit", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[*].action")
        .value(a -> assertThat(a.toString())
            .contains(
                "case.submitted",
                "case.accepted",
                "case.assigned",
                "case.served",
                "case.defence",
                "case.mediation-started",
                "case.arbitration",
                "case.hearing-scheduled",
                "case.awarded",
                "case.closed"));

    byte[] pdf = http.get()
        .uri("/api/v1/cases/{id}/application.pdf", id)
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PDF)
        .expectBody(byte[].class)
        .returnResult()
        .getResponseBody();
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    java.nio.file.Files.write(java.nio.file.Path.of("target", "sample-application.pdf"), pdf);
    // Notifications are logged by id only: no names, addresses or document text.
    assertThat(output.getAll())
        .contains("有新消息")
        .doesNotContain("杨立新")
        .doesNotContain("人民路")
        .doesNotContain("13500.00");
    assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("FontFile");
  }

  @Test
  void
      fiftyConcurrentSubmissionsGetDistinctApplicationNumbersAndFiftyAcceptancesConsecutiveCaseNumbers()
          throws Exception {
    Session worker = parties.worker("何建国");
    String code = Parties.creditCode();
    // 保康县: no other test files there, so this run's numbers are exactly 1..50.
    Map<String, Object> body =
        Parties.application(code, "baokang", today().minusYears(1), null, wageClaim());
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 50; i++) {
      ids.add(parties.draft(worker, body));
    }
    // Correctness under contention, not latency: 2 shared cores may take longer than the default 5
    // s.
    Parties patient = new Parties(
        http.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build());
    ExecutorService pool = Executors.newFixedThreadPool(25);
    try {
      long started = System.nanoTime();
      List<Future<String>> futures = ids.stream()
          .map(id -> pool.submit(() -> {
            Map<?, ?> receipt = patient.submit(worker, id);
            assertThat(receipt.get("caseNumber")).isNull();
            return receipt.get("applicationNumber").toString();
          }))
          .toList();
      Set<String> applicationNumbers = new HashSet<>();
      for (Future<String> f : futures) {
        applicationNumbers.add(f.get());
      }
      System.out.printf(
          "50 concurrent submissions in %d ms%n", (System.nanoTime() - started) / 1_000_000);
      assertThat(applicationNumbers).hasSize(50);
      // The 案号 on acceptance (立案): 50 concurrent acceptances take the counter in turn, gap-free.
      Session clerk = parties.staff("CLERK", "baokang");
      List<Future<String>> accepted = ids.stream()
          .map(id ->
              pool.submit(() -> patient.accept(clerk, id).get("caseNumber").toString()))
          .toList();
      Set<String> numbers = new HashSet<>();
      for (Future<String> f : accepted) {
        numbers.add(f.get());
      }
      assertThat(numbers).hasSize(50);
      Set<String> expected = new HashSet<>();
      for (int n = 1; n <= 50; n++) {
        expected.add("保劳人仲案字〔" + today().getYear() + "〕第" + n + "号");
      }
      assertThat(numbers).isEqualTo(expected);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aDoubleTapRacingItselfFilesOnceAndBothTapsGetTheSameReceipt() throws Exception {
    Session worker = parties.worker("方振华");
    String id = parties.draft(
        worker,
        Parties.application(
            Parties.creditCode(), "fancheng", today().minusYears(1), null, wageClaim()));
    String key = UUID.randomUUID().toString();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.Callable<String> tap = () -> http.post()
          .uri("/api/v1/filings/{id}/submit", id)
          .headers(h -> {
            h.setBearerAuth(worker.token());
            h.set("Idempotency-Key", key);
          })
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody(Map.class)
          .returnResult()
          .getResponseBody()
          .get("applicationNumber")
          .toString();
      Future<String> first = pool.submit(tap);
      Future<String> second = pool.submit(tap);
      assertThat(first.get()).isEqualTo(second.get());
    } finally {
      pool.shutdownNow();
    }
    // The same key for another application is refused rather than silently answered.
    String other = parties.draft(worker, Map.of());
    http.post()
        .uri("/api/v1/filings/{id}/submit", other)
        .headers(h -> {
          h.setBearerAuth(worker.token());
          h.set("Idempotency-Key", key);
        })
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    // Creating a draft twice with one key makes one draft.
    String createKey = UUID.randomUUID().toString();
    String a = http.post()
        .uri("/api/v1/filings")
        .headers(h -> {
          h.setBearerAuth(worker.token());
          h.set("Idempotency-Key", createKey);
        })
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("id")
        .toString();
    String b = http.post()
        .uri("/api/v1/filings")
        .headers(h -> {
          h.setBearerAuth(worker.token());
          h.set("Idempotency-Key", createKey);
        })
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("id")
        .toString();
    assertThat(a).isEqualTo(b);
  }

  @Test
  void queueFlagsCasesNearOrPastTheirDeadlinesAndWorkersCanWithdraw() throws Exception {
    Session worker = parties.worker("江德胜");
    Session clerk = parties.staff("CLERK", "laohekou");
    String late = parties.draft(
        worker,
        Parties.application(
            Parties.creditCode(), "laohekou", today().minusYears(1), null, wageClaim()));
    String accepted = parties.draft(
        worker,
        Parties.application(
            Parties.creditCode(), "laohekou", today().minusYears(1), null, wageClaim()));
    parties.submit(worker, late);
    parties.submit(worker, accepted);
    http.post()
        .uri("/api/v1/staff/cases/{id}/accept", accepted)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isOk();
    // Move time by moving the stored dates: the acceptance decision is overdue, the award due
    // tomorrow.
    try (Connection c = TestServices.jdbc();
        var s = c.createStatement()) {
      s.executeUpdate(
          "update cases set acceptance_due = current_date - 1 where id = '" + late + "'");
      s.executeUpdate(
          "update cases set award_due = current_date + 1 where id = '" + accepted + "'");
    }
    http.get()
        .uri("/api/v1/staff/cases")
        .headers(h -> h.setBearerAuth(clerk.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.id == '" + late + "')].flags[0].code")
        .isEqualTo(List.of("ACCEPTANCE"))
        .jsonPath("$[?(@.id == '" + late + "')].flags[0].urgency")
        .isEqualTo(List.of("OVERDUE"))
        .jsonPath("$[?(@.id == '" + accepted + "')].flags[?(@.code == 'AWARD')].urgency")
        .isEqualTo(List.of("NEAR"))
        .jsonPath("$[?(@.id == '" + accepted + "')].flags[?(@.code == 'AWARD')].citation.article")
        .isEqualTo(List.of(43));
    // 办案规则 第四十五条: the clerk can only ask; the director approves, once, and the reasons are
    // recorded.
    http.post()
        .uri("/api/v1/staff/cases/{id}/extension", accepted)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("reason", "案情复杂"))
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("仲裁委员会主任", "第四十五条"));
    http.post()
        .uri("/api/v1/staff/cases/{id}/extension-request", accepted)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("reason", "案情复杂，需要鉴定"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.extensionRequestReason")
        .isEqualTo("案情复杂，需要鉴定")
        .jsonPath("$.allowedActions[?(@.action == 'REQUEST_AWARD_EXTENSION')].allowed")
        .isEqualTo(List.of(false));
    Session director = parties.staff("DIRECTOR", "laohekou");
    http.post()
        .uri("/api/v1/staff/cases/{id}/extension", accepted)
        .headers(h -> h.setBearerAuth(director.token()))
        .bodyValue(Map.of("reason", "同意延长十五日"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.awardExtended")
        .isEqualTo(true);
    http.post()
        .uri("/api/v1/staff/cases/{id}/extension", accepted)
        .headers(h -> h.setBearerAuth(director.token()))
        .bodyValue(Map.of("reason", "再延一次"))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT);
    http.get()
        .uri("/api/v1/staff/cases/{id}/audit", accepted)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[*].action")
        .value(a -> assertThat(a.toString())
            .contains("case.award-extension-requested", "case.award-extended"));

    http.post()
        .uri("/api/v1/filings/{id}/withdraw", late)
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("WITHDRAWN");
    http.post()
        .uri("/api/v1/staff/cases/{id}/accept", late)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT)
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("已撤回"));
  }

  @Test
  void datesOutsideTheEmploymentAndHugeAmountsAreRefusedAtTheirFieldWithTheReason() {
    Session worker = parties.worker("方志远");
    Map<String, Object> body = new HashMap<>(Parties.application(
        "91420600MA4F0XXX1K",
        "fancheng",
        today().minusYears(1),
        null,
        List.of(Parties.claim("UNPAID_WAGES", "99999999999", null, null))));
    @SuppressWarnings("unchecked")
    Map<String, Object> employment = new HashMap<>((Map<String, Object>) body.get("employment"));
    employment.put("monthlyWage", "99999999999");
    body.put("employment", employment);
    http.post()
        .uri("/api/v1/filings")
        .headers(h -> h.setBearerAuth(worker.token()))
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'employment.monthlyWage')].message")
        .value(m -> assertThat(m.toString()).contains("金额过大").doesNotContain("两位小数"))
        .jsonPath("$.errors[?(@.field == 'claims[0].amount')].message")
        .value(m -> assertThat(m.toString()).contains("金额过大").doesNotContain("两位小数"))
        .jsonPath("$.errors[?(@.field == 'respondents[0].creditCode')].message")
        .value(m -> assertThat(m.toString()).contains("校验码"));
    Map<String, Object> before1950 = new HashMap<>(Parties.application(
        Parties.creditCode(), "fancheng", LocalDate.of(1949, 6, 1), null, wageClaim()));
    before1950.put("knewOn", today().plusDays(2).toString());
    http.post()
        .uri("/api/v1/filings")
        .headers(h -> h.setBearerAuth(worker.token()))
        .bodyValue(before1950)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'employment.startDate')].message")
        .value(m -> assertThat(m.toString()).contains("不能早于 1950 年"))
        .jsonPath("$.errors[?(@.field == 'knewOn')].message")
        .value(m -> assertThat(m.toString()).contains("不能晚于今天"));
    Map<String, Object> knewBeforeEntry = new HashMap<>(Parties.application(
        Parties.creditCode(), "fancheng", today().minusYears(1), null, wageClaim()));
    knewBeforeEntry.put("knewOn", today().minusYears(2).toString());
    knewBeforeEntry.put("interruptedOn", today().plusDays(1).toString());
    http.post()
        .uri("/api/v1/filings")
        .headers(h -> h.setBearerAuth(worker.token()))
        .bodyValue(knewBeforeEntry)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'knewOn')].message")
        .value(m -> assertThat(m.toString()).contains("不能早于入职时间"))
        .jsonPath("$.errors[?(@.field == 'interruptedOn')].message")
        .value(m -> assertThat(m.toString()).contains("主张权利的日期不能晚于今天"));
    Map<String, Object> future = new HashMap<>(Parties.application(
        Parties.creditCode(), "fancheng", today().plusDays(1), null, wageClaim()));
    http.post()
        .uri("/api/v1/filings")
        .headers(h -> h.setBearerAuth(worker.token()))
        .bodyValue(future)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'employment.startDate')].message")
        .value(m -> assertThat(m.toString()).contains("入职时间不能晚于今天"));
  }

  @Test
  void badInputIsRefusedWithChineseFieldErrorsAndNothingWritten() throws Exception {
    Session worker = parties.worker("罗志强");
    Map<String, Object> body = new HashMap<>(Parties.application(
        "91330100716105852A",
        "fancheng",
        today().minusYears(1),
        null,
        List.of(
            Parties.claim("UNPAID_WAGES", "-5.00", null, null),
            Parties.claim("OVERTIME_PAY", "1.234", null, null))));
    http.post()
        .uri("/api/v1/filings")
        .headers(h -> h.setBearerAuth(worker.token()))
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'respondents[0].creditCode')].message")
        .value(m -> assertThat(m.toString()).contains("统一社会信用代码不正确"))
        .jsonPath("$.errors[?(@.field == 'claims[0].amount')].message")
        .value(m -> assertThat(m.toString()).contains("不能为负数"))
        .jsonPath("$.errors[?(@.field == 'claims[1].amount')].message")
        .value(m -> assertThat(m.toString()).contains("两位小数"));
    Map<String, Object> endBeforeStart = Parties.application(
        Parties.creditCode(), "nowhere", today().minusYears(1), today().minusYears(2), wageClaim());
    http.post()
        .uri("/api/v1/filings")
        .headers(h -> h.setBearerAuth(worker.token()))
        .bodyValue(endBeforeStart)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'employment.endDate')].message")
        .value(m -> assertThat(m.toString()).contains("离职时间不能早于入职时间"))
        .jsonPath("$.errors[?(@.field == 'employment.workAreaCode')]")
        .exists();
    try (Connection c = TestServices.jdbc();
        ResultSet rs = c.createStatement()
            .executeQuery("select count(*) from cases where worker_id = '" + worker.id() + "'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
    // Submitting an empty draft names what a case cannot be filed without.
    String id = parties.draft(worker, Map.of());
    http.post()
        .uri("/api/v1/filings/{id}/submit", id)
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
        .expectBody()
        .jsonPath("$.errors[*].field")
        .value(f ->
            assertThat(f.toString()).contains("respondents", "claims", "employment.workAreaCode"));
  }

  @Test
  void limitationCheckOnBoundaryDates() {
    Session worker = parties.worker("韩晓明");
    String code = Parties.creditCode();
    // Ended a year and a day or more ago, so that the year's last day has passed even after its
    // roll-over over a
    // weekend or holiday (民法典 第二百零三条: ended on 2025-12-06, the year's last day is Monday
    // 2026-12-07, not
    // the Sunday). The public limitation calculator names the first such day; the filing check must
    // agree with it.
    LocalDate ended = firstEndDateWhoseYearHasRunOut();
    String late = parties.draft(
        worker, Parties.application(code, "fancheng", today().minusYears(3), ended, wageClaim()));
    checks(worker, late)
        .jsonPath("$.checks[?(@.code == 'LIMITATION')].outcome")
        .isEqualTo(List.of("PROBLEM"))
        .jsonPath("$.checks[?(@.code == 'LIMITATION')].explanation")
        .value(e -> assertThat(e.toString()).contains("重新计算"))
        .jsonPath("$.checks[?(@.code == 'LIMITATION')].citation.article")
        .isEqualTo(List.of(27));
    // Ended exactly one year ago: today is the last day.
    String lastDay = parties.draft(
        worker,
        Parties.application(
            code, "fancheng", today().minusYears(3), today().minusYears(1), wageClaim()));
    checks(worker, lastDay)
        .jsonPath("$.checks[?(@.code == 'LIMITATION')].outcome")
        .isEqualTo(List.of("WARNING"))
        // 还有 0 天 on a working day; a weekend anniversary rolls over (民法典 第二百零三条) to a day or two
        // later.
        .jsonPath("$.checks[?(@.code == 'LIMITATION')].explanation")
        .value(e -> assertThat(e.toString()).containsPattern("还有 [0-4] 天"));
    // Still employed: wage arrears are not time-barred.
    String ongoing = parties.draft(
        worker, Parties.application(code, "fancheng", today().minusYears(3), null, wageClaim()));
    checks(worker, ongoing)
        .jsonPath("$.checks[?(@.code == 'LIMITATION')].outcome")
        .isEqualTo(List.of("OK"))
        .jsonPath("$.checks[?(@.code == 'LIMITATION')].explanation")
        .value(e -> assertThat(e.toString()).contains("不受一年时效限制"));
  }

  /** The latest end of employment for which the one-year limitation of wage arrears has run out by today. */
  private LocalDate firstEndDateWhoseYearHasRunOut() {
    for (int days = 1; days <= 15; days++) {
      LocalDate ended = today().minusYears(1).minusDays(days);
      String status = http.post()
          .uri("/api/v1/calculators/limitation")
          .bodyValue(Map.of(
              "claimType",
              "UNPAID_WAGES",
              "employmentEnded",
              ended.toString(),
              "stillEmployed",
              false,
              "asOf",
              today().toString()))
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody(Map.class)
          .returnResult()
          .getResponseBody()
          .get("status")
          .toString();
      if (status.equals("EXPIRED")) {
        return ended;
      }
    }
    throw new AssertionError(
        "no end date in the 15 days before a year ago whose limitation has run out");
  }

  @Test
  void jurisdictionAndFinalAwardChecksExplainThemselves() {
    Session worker = parties.worker("唐国庆");
    String code = Parties.creditCode();
    // Worked in 襄州区 (tier unknown), employer in 襄城区: 襄州区's commission, lowest tier used and said
    // so.
    Map<String, Object> body = Parties.application(
        code,
        "xiangzhou",
        today().minusYears(1),
        null,
        List.of(
            Parties.claim("UNPAID_WAGES", "23640.00", null, null),
            Parties.claim("ECONOMIC_COMPENSATION", "23640.01", null, null),
            Parties.claim("SOCIAL_INSURANCE", null, null, null)));
    String id = parties.draft(worker, body);
    checks(worker, id)
        .jsonPath("$.checks[?(@.code == 'JURISDICTION')].title")
        .value(t -> assertThat(t.toString()).contains("襄州区"))
        .jsonPath("$.checks[?(@.code == 'JURISDICTION')].explanation")
        .value(t -> assertThat(t.toString()).contains("劳动合同履行地"))
        .jsonPath("$.checks[?(@.code == 'FINAL_AWARD')].explanation")
        .value(t ->
            assertThat(t.toString()).contains("最低一档", "1970.00", "23640.00").doesNotContain("不是终局"))
        .jsonPath("$.checks[?(@.code == 'FINAL_AWARD')].title")
        .isEqualTo(List.of("部分或全部请求可能属于终局裁决"));
    // Without a place of work, the employer's location decides.
    Map<String, Object> noWorkplace = new HashMap<>(body);
    Map<String, Object> employment = new HashMap<>((Map<String, Object>) body.get("employment"));
    employment.remove("workAreaCode");
    noWorkplace.put("employment", employment);
    String other = parties.draft(worker, noWorkplace);
    checks(worker, other)
        .jsonPath("$.checks[?(@.code == 'JURISDICTION')].title")
        .value(t -> assertThat(t.toString()).contains("襄城区"))
        .jsonPath("$.checks[?(@.code == 'REQUIRED_ELEMENTS')].explanation")
        .value(t -> assertThat(t.toString()).contains("工作地点"));
  }

  WebTestClient.BodyContentSpec checks(Session worker, String id) {
    return http.post()
        .uri("/api/v1/filings/{id}/checks", id)
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody();
  }
}
