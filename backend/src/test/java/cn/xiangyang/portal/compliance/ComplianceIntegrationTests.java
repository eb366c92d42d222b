package cn.xiangyang.portal.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.TestServices;
import cn.xiangyang.portal.accounts.CreditCode;
import cn.xiangyang.portal.accounts.TestSms;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** The check-up API end to end against real PostgreSQL and Redis. */
@IntegrationTest
class ComplianceIntegrationTests extends IntegrationTestBase {

  private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 10000));

  @Autowired
  WebTestClient http;

  @BeforeEach
  void setUp() {
    http = http.mutate()
        .responseTimeout(java.time.Duration.ofSeconds(30))
        .codecs(c -> c.defaultCodecs().maxInMemorySize(8 * 1024 * 1024))
        .build();
  }

  /** A compliant employer's answers (every area applies, no rule fires). */
  static Map<String, Object> compliant() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("profile.headcount", 120);
    a.put("profile.average-wage", "5000.00");
    a.put("profile.area", "fancheng");
    a.put("profile.uses-dispatch", "yes");
    a.put("profile.employs-women-or-minors", "yes");
    a.put("profile.plans-layoff", "yes");
    a.put("profile.has-non-compete", "yes");
    for (String yes : List.of(
        "contracts.all-written",
        "contracts.required-terms",
        "contracts.copy-given",
        "contracts.open-ended",
        "probation.uses",
        "probation.length-within-limit",
        "probation.once-only",
        "probation.wage-floor",
        "wages.on-time",
        "wages.records-kept",
        "wages.payslip",
        "wages.in-money",
        "hours.standard",
        "hours.overtime-within-limit",
        "hours.overtime-paid",
        "hours.special-system",
        "hours.special-approved",
        "hours.attendance-records",
        "leave.weekly-rest",
        "leave.public-holidays",
        "leave.annual-leave",
        "social.all-enrolled",
        "social.actual-base",
        "social.work-injury",
        "women.maternity-leave",
        "women.pregnant-overtime",
        "minors.age-check",
        "minors.protected-work",
        "dispatch.positions",
        "dispatch.licensed",
        "dispatch.equal-pay",
        "rules.has-handbook",
        "rules.democratic",
        "rules.published",
        "noncompete.scope",
        "noncompete.duration",
        "noncompete.compensation",
        "noncompete.penalty-limited",
        "termination.union-notice",
        "termination.legal-reason",
        "termination.notice",
        "termination.compensation-paid",
        "termination.certificate",
        "layoffs.explain-30-days",
        "layoffs.report",
        "layoffs.priority",
        "layoffs.protected",
        "disputes.mediation-committee",
        "disputes.complaint-channel",
        "disputes.roster")) {
      a.put(yes, "yes");
    }
    for (String no : List.of(
        "contracts.deposit-or-documents",
        "probation.separate-contract",
        "wages.below-minimum",
        "social.waiver",
        "women.pregnancy-dismissal",
        "women.marriage-clause",
        "minors.under-16")) {
      a.put(no, "no");
    }
    a.put("dispatch.count", 6);
    return a;
  }

  private Map<?, ?> checkup(
      String token, Map<String, Object> answers, boolean save, boolean share) {
    var spec =
        http.post().uri("/api/v1/compliance/checkups").contentType(MediaType.APPLICATION_JSON);
    if (token != null) {
      spec = spec.headers(h -> h.setBearerAuth(token));
    }
    return spec.bodyValue(Map.of("answers", answers, "save", save, "share", share))
        .exchange()
        .expectStatus()
        .value(s -> assertThat(s).isIn(200, 201))
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void servesTheQuestionnaireWithBranching() {
    Map<?, ?> q = http.get()
        .uri("/api/v1/compliance/questionnaire")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
    assertThat((Integer) q.get("questions")).isGreaterThanOrEqualTo(40);
    List<Map<String, Object>> areas = (List<Map<String, Object>>) q.get("areas");
    assertThat(areas).hasSizeGreaterThanOrEqualTo(11);
    Map<String, Object> dispatch =
        areas.stream().filter(a -> a.get("code").equals("dispatch")).findFirst().orElseThrow();
    assertThat(dispatch.get("applicableIf"))
        .isEqualTo(Map.of("q", "profile.uses-dispatch", "eq", "yes"));
    Map<String, Object> first = ((List<Map<String, Object>>) areas.get(1).get("questions")).get(0);
    assertThat(first).containsKeys("id", "text", "why", "type");
  }

  @Test
  void anAnonymousCheckupReportsAndStoresNothing() throws Exception {
    long before = rows();
    Map<String, Object> answers = compliant();
    answers.put("contracts.all-written", "no");
    answers.put("contracts.unwritten-count", 2);
    answers.put("contracts.unwritten-months", 5);
    answers.put("social.all-enrolled", "no");
    Map<?, ?> report = checkup(null, answers, false, false);
    assertThat(report.get("id")).isNull();
    assertThat(report.get("score")).isEqualTo(80);
    List<Map<String, Object>> findings = (List<Map<String, Object>>) report.get("findings");
    assertThat(findings)
        .extracting(f -> f.get("rule"))
        .containsExactlyInAnyOrder("contracts.no-written-contract", "social.not-enrolled");
    Map<String, Object> contract = findings.stream()
        .filter(f -> f.get("rule").equals("contracts.no-written-contract"))
        .findFirst()
        .orElseThrow();
    assertThat(contract.get("severity")).isEqualTo("HIGH");
    List<Map<String, Object>> basis = (List<Map<String, Object>>) contract.get("basis");
    assertThat(basis).extracting(b -> b.get("citation")).contains("labor-contract-law#82");
    assertThat(basis.stream()
            .filter(b -> b.get("citation").equals("labor-contract-law#82"))
            .findFirst()
            .orElseThrow()
            .get("quote")
            .toString())
        .startsWith("用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。");
    assertThat((List<String>) contract.get("remedy")).hasSizeGreaterThan(1);
    assertThat(contract.get("exposure")).isNotNull();
    List<Map<String, Object>> areas = (List<Map<String, Object>>) report.get("areas");
    assertThat(areas)
        .anySatisfy(
            a -> assertThat(a).containsEntry("code", "contracts").containsEntry("level", "HIGH"));
    assertThat(areas)
        .anySatisfy(
            a -> assertThat(a).containsEntry("code", "wages").containsEntry("level", "NONE"));
    // an anonymous PDF is rendered from the answers without storing them either
    byte[] pdf = http.post()
        .uri("/api/v1/compliance/checkups/report.pdf")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("answers", answers))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(byte[].class)
        .returnResult()
        .getResponseBody();
    assertThat(text(pdf)).contains("用工体检报告", "有职工入职超过一个月未签订书面劳动合同");
    assertThat(rows()).isEqualTo(before);
    // asking to save without an account is refused, and nothing is written
    http.post()
        .uri("/api/v1/compliance/checkups")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("answers", answers, "save", true))
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("登录用人单位账号"));
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void exposuresAreComputedByTheEntitlementCalculatorsExactly() {
    Map<String, Object> answers = compliant();
    answers.put("profile.average-wage", "4350.00");
    answers.put("contracts.all-written", "no");
    answers.put("contracts.unwritten-count", 3);
    answers.put("contracts.unwritten-months", 4);
    answers.put("hours.overtime-paid", "no");
    answers.put("hours.unpaid-workers", 2);
    answers.put("hours.unpaid-hours", 10);
    answers.put("hours.unpaid-months", 3);
    answers.put("leave.annual-leave", "no");
    answers.put("leave.unused-workers", 4);
    answers.put("leave.unused-days", 5);
    answers.put("social.all-enrolled", "no");
    answers.put("social.unenrolled-count", 2);
    answers.put("social.unenrolled-years", 3);
    answers.put("termination.legal-reason", "no");
    answers.put("termination.unlawful-count", 1);
    answers.put("termination.unlawful-years", 2);
    List<Map<String, Object>> findings =
        (List<Map<String, Object>>) checkup(null, answers, false, false).get("findings");
    Map<String, String> amounts = new LinkedHashMap<>();
    for (Map<String, Object> f : findings) {
      Map<String, Object> e = (Map<String, Object>) f.get("exposure");
      if (e != null) {
        amounts.put(f.get("rule").toString(), (String) e.get("amount"));
        assertThat(e.get("formula").toString()).contains(" 人 × 每人 ");
        assertThat((List<?>) e.get("inputs")).isNotEmpty();
      }
    }
    assertThat(amounts)
        .containsOnly(
            // 3 workers × (4 months worked − the first month) × 4350 (劳动合同法 第八十二条)
            Map.entry("contracts.no-written-contract", "39150.00"),
            // 2 workers × 30 weekday hours × 4350 ÷ 21.75 ÷ 8 × 150% (劳动法 第四十四条)
            Map.entry("hours.overtime-unpaid", "2250.00"),
            // 4 workers × 5 days × 4350 ÷ 21.75 × 200% still due (实施办法 第十条)
            Map.entry("leave.annual-leave", "8000.00"),
            // 2 workers × 3 years × 4350 (劳动合同法 第四十六、四十七条)
            Map.entry("social.not-enrolled", "26100.00"),
            // 1 worker × 2 × 2 years × 4350 (劳动合同法 第八十七条)
            Map.entry("termination.no-legal-reason", "17400.00"));
  }

  @Test
  void badAnswersAreAProblemWithFieldsAndNothingIsWritten() throws Exception {
    long before = rows();
    Map<String, Object> answers = compliant();
    answers.put("contracts.all-written", "maybe");
    answers.remove("wages.on-time");
    http.post()
        .uri("/api/v1/compliance/checkups")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("answers", answers, "save", false))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[*].field")
        .value(f -> assertThat((List<String>) f)
            .containsExactlyInAnyOrder("answers.contracts.all-written", "answers.wages.on-time"));
    http.post()
        .uri("/api/v1/compliance/checkups")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"answers\": 3}")
        .exchange()
        .expectStatus()
        .isBadRequest();
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void aReCheckShowsWhatChangedAndThePdfCarriesIt() throws Exception {
    String code = creditCode();
    String employer = employer("襄阳体检测试机械有限公司", code);
    Map<String, Object> first = compliant();
    first.put("contracts.all-written", "no");
    first.put("contracts.unwritten-count", 3);
    first.put("contracts.unwritten-months", 4);
    first.put("rules.published", "no");
    Map<?, ?> one = checkup(employer, first, true, true);
    assertThat(one.get("id")).isNotNull();
    assertThat(one.get("changes")).isNull();

    Map<String, Object> second = compliant();
    second.put("rules.published", "no");
    second.put("hours.overtime-within-limit", "no");
    Map<?, ?> two = checkup(employer, second, true, false);
    Map<String, Object> changes = (Map<String, Object>) two.get("changes");
    assertThat(changes.get("previousId")).isEqualTo(one.get("id"));
    assertThat((List<Map<String, Object>>) changes.get("resolved"))
        .extracting(c -> c.get("rule"))
        .containsExactly("contracts.no-written-contract");
    assertThat((List<Map<String, Object>>) changes.get("new"))
        .extracting(c -> c.get("rule"))
        .containsExactly("hours.overtime-over-limit");
    assertThat((List<Map<String, Object>>) changes.get("unchanged"))
        .extracting(c -> c.get("rule"))
        .containsExactly("rules.not-published");

    List<Map<String, Object>> mine = http
        .get()
        .uri("/api/v1/compliance/checkups")
        .headers(h -> h.setBearerAuth(employer))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBodyList(Map.class)
        .returnResult()
        .getResponseBody()
        .stream()
        .map(m -> (Map<String, Object>) m)
        .toList();
    assertThat(mine).extracting(m -> m.get("id")).containsExactly(two.get("id"), one.get("id"));
    Map<?, ?> stored = http.get()
        .uri("/api/v1/compliance/checkups/{id}", two.get("id"))
        .headers(h -> h.setBearerAuth(employer))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
    assertThat(stored.get("score")).isEqualTo(two.get("score"));
    assertThat(((Map<?, ?>) stored.get("changes")).get("new")).isEqualTo(changes.get("new"));

    byte[] pdf = http.get()
        .uri("/api/v1/compliance/checkups/{id}/report.pdf", two.get("id"))
        .headers(h -> h.setBearerAuth(employer))
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PDF)
        .expectBody(byte[].class)
        .returnResult()
        .getResponseBody();
    String text = text(pdf);
    assertThat(text)
        .contains(
            "用工体检报告",
            "襄阳体检测试机械有限公司",
            "总体得分：" + two.get("score"),
            "加班超过法定上限",
            "劳动法",
            "已整改：1项",
            "新发现：1项",
            "延长工作时间每日不得超过三小时");
    byte[] png = http.get()
        .uri("/api/v1/compliance/checkups/{id}/chart.png", two.get("id"))
        .headers(h -> h.setBearerAuth(employer))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(byte[].class)
        .returnResult()
        .getResponseBody();
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');

    // another employer sees neither the check-up nor its PDF
    String other = employer("另一家公司", creditCode());
    http.get()
        .uri("/api/v1/compliance/checkups/{id}", one.get("id"))
        .headers(h -> h.setBearerAuth(other))
        .exchange()
        .expectStatus()
        .isNotFound();
    http.get()
        .uri("/api/v1/compliance/checkups/{id}/report.pdf", one.get("id"))
        .headers(h -> h.setBearerAuth(other))
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void anEmployerKeepsADraftAndFinishesLater() {
    String employer = employer("草稿测试公司", creditCode());
    http.get()
        .uri("/api/v1/compliance/draft")
        .headers(h -> h.setBearerAuth(employer))
        .exchange()
        .expectStatus()
        .isNoContent();
    http.put()
        .uri("/api/v1/compliance/draft")
        .headers(h -> h.setBearerAuth(employer))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("answers", Map.of("profile.headcount", 30), "step", 2))
        .exchange()
        .expectStatus()
        .isNoContent();
    http.get()
        .uri("/api/v1/compliance/draft")
        .headers(h -> h.setBearerAuth(employer))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.step")
        .isEqualTo(2)
        .jsonPath("$.answers['profile.headcount']")
        .isEqualTo(30);
    checkup(employer, compliant(), true, false);
    http.get()
        .uri("/api/v1/compliance/draft")
        .headers(h -> h.setBearerAuth(employer))
        .exchange()
        .expectStatus()
        .isNoContent();
  }

  @Test
  void trainingIsRequestedScheduledAndAttendedAndTheRegistryShowsSharedScores() {
    String code = creditCode();
    String employer = employer("襄阳培训测试有限公司", code);
    Map<String, Object> answers = compliant();
    answers.put("social.all-enrolled", "no");
    Map<?, ?> report = checkup(employer, answers, true, true);
    LocalDate soon = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(14);
    Map<String, Object> request = Map.of(
        "topics",
        List.of("社会保险"),
        "headcount",
        25,
        "preferredDates",
        List.of(soon.toString()),
        "contactName",
        "王经理",
        "contactPhone",
        "13900001111",
        "checkupId",
        report.get("id"));
    // the commission lists the enterprise in its registry: its training requests go to that
    // commission
    String clerk = staff("CLERK", "fancheng");
    Map<?, ?> added = http.post()
        .uri("/api/v1/staff/enterprises")
        .headers(h -> h.setBearerAuth(clerk))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of(
            "creditCode",
            code,
            "name",
            "襄阳培训测试有限公司",
            "areaCode",
            "fancheng",
            "assignedName",
            "李仲裁员",
            "assignedRole",
            "ARBITRATOR"))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
    assertThat(added.get("latestScore")).isEqualTo(report.get("score"));
    assertThat((List<?>) added.get("scores")).hasSize(1);
    Object enterpriseId = ((Map<?, ?>) added.get("enterprise")).get("id");
    Map<?, ?> training = http.post()
        .uri("/api/v1/compliance/training-requests")
        .headers(h -> h.setBearerAuth(employer))
        .header("Idempotency-Key", "train-1")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(request)
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
    assertThat(training.get("status")).isEqualTo("REQUESTED");
    assertThat(training.get("commissionId")).isEqualTo("fancheng");
    // a retried submission creates nothing twice
    Map<?, ?> again = http.post()
        .uri("/api/v1/compliance/training-requests")
        .headers(h -> h.setBearerAuth(employer))
        .header("Idempotency-Key", "train-1")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(request)
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
    assertThat(again.get("id")).isEqualTo(training.get("id"));
    http.post()
        .uri("/api/v1/compliance/training-requests")
        .headers(h -> h.setBearerAuth(employer))
        .header("Idempotency-Key", "not a key!")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of(
            "topics",
            List.of(),
            "headcount",
            0,
            "preferredDates",
            List.of("2020-01-01"),
            "contactName",
            "",
            "contactPhone",
            "123"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[*].field")
        .value(f -> assertThat((List<String>) f)
            .contains(
                "topics",
                "headcount",
                "preferredDates",
                "contactName",
                "contactPhone",
                "Idempotency-Key"))
        // the one format and message of the system module's IdempotencyKeys
        .jsonPath("$.errors[?(@.field == 'Idempotency-Key')].message")
        .isEqualTo(List.of("Idempotency-Key 应为 1–100 个字母、数字或 - _ 字符（建议使用 UUID）。"));

    List<Map<String, Object>> requests = http
        .get()
        .uri("/api/v1/staff/compliance/training-requests")
        .headers(h -> h.setBearerAuth(clerk))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBodyList(Map.class)
        .returnResult()
        .getResponseBody()
        .stream()
        .map(m -> (Map<String, Object>) m)
        .toList();
    assertThat(requests)
        .anySatisfy(r -> assertThat(r)
            .containsEntry("id", training.get("id"))
            .containsEntry("companyName", "襄阳培训测试有限公司"));
    http.post()
        .uri("/api/v1/staff/compliance/training-requests/{id}/attendance", training.get("id"))
        .headers(h -> h.setBearerAuth(clerk))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("attended", 20))
        .exchange()
        .expectStatus()
        .isEqualTo(409);
    http.post()
        .uri("/api/v1/staff/compliance/training-requests/{id}/schedule", training.get("id"))
        .headers(h -> h.setBearerAuth(clerk))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("date", soon.toString(), "location", "樊城区仲裁院三楼培训室", "trainer", "李仲裁员"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("SCHEDULED");
    http.post()
        .uri("/api/v1/staff/compliance/training-requests/{id}/attendance", training.get("id"))
        .headers(h -> h.setBearerAuth(clerk))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("attended", 22))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("DONE")
        .jsonPath("$.attended")
        .isEqualTo(22);
    // employers cannot use the staff side
    http.get()
        .uri("/api/v1/staff/compliance/training-requests")
        .headers(h -> h.setBearerAuth(employer))
        .exchange()
        .expectStatus()
        .isForbidden();

    http.get()
        .uri("/api/v1/staff/enterprises/{id}", enterpriseId)
        .headers(h -> h.setBearerAuth(clerk))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.trainingsDone")
        .isEqualTo(1)
        .jsonPath("$.latestScore")
        .isEqualTo(report.get("score"));
    http.post()
        .uri("/api/v1/staff/enterprises")
        .headers(h -> h.setBearerAuth(clerk))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("creditCode", "12345", "name", ""))
        .exchange()
        .expectStatus()
        .isBadRequest();
    String csv = new String(
        http.get()
            .uri("/api/v1/staff/enterprises/export.csv")
            .headers(h -> h.setBearerAuth(clerk))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(byte[].class)
            .returnResult()
            .getResponseBody(),
        StandardCharsets.UTF_8);
    assertThat(csv).contains("统一社会信用代码", code, "襄阳培训测试有限公司", "李仲裁员", "仲裁员");
    // another commission's staff do not see this commission's registry
    String other = staff("CLERK", "xiangzhou");
    http.get()
        .uri("/api/v1/staff/enterprises/{id}", enterpriseId)
        .headers(h -> h.setBearerAuth(other))
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  @SuppressWarnings("unchecked")
  void staffSeeOnlyTheTrainingRequestsOfTheirCommission() {
    String listed = creditCode();
    String unlisted = creditCode();
    String listedEmployer = employer("襄阳樊城名册测试有限公司", listed);
    String unlistedEmployer = employer("襄阳未入册测试有限公司", unlisted);
    String fancheng = staff("CLERK", "fancheng");
    String city = staff("CLERK", "xiangyang");
    String xiangzhou = staff("CLERK", "xiangzhou");
    http.post()
        .uri("/api/v1/staff/enterprises")
        .headers(h -> h.setBearerAuth(fancheng))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("creditCode", listed, "name", "襄阳樊城名册测试有限公司"))
        .exchange()
        .expectStatus()
        .isCreated();
    String soon = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).toString();
    Map<String, Object> body = Map.of(
        "topics",
        List.of("劳动合同"),
        "headcount",
        8,
        "preferredDates",
        List.of(soon),
        "contactName",
        "刘经理",
        "contactPhone",
        "13900002222");
    Object fromListed = http.post()
        .uri("/api/v1/compliance/training-requests")
        .headers(h -> h.setBearerAuth(listedEmployer))
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("id");
    Object fromUnlisted = http.post()
        .uri("/api/v1/compliance/training-requests")
        .headers(h -> h.setBearerAuth(unlistedEmployer))
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("id");

    assertThat(trainingIds(fancheng)).contains(fromListed).doesNotContain(fromUnlisted);
    // an enterprise no registry lists is served by the city commission
    assertThat(trainingIds(city)).contains(fromUnlisted).doesNotContain(fromListed);
    assertThat(trainingIds(xiangzhou)).doesNotContain(fromListed, fromUnlisted);
    http.post()
        .uri("/api/v1/staff/compliance/training-requests/{id}/schedule", fromListed)
        .headers(h -> h.setBearerAuth(xiangzhou))
        .bodyValue(Map.of("date", soon, "location", "襄州区仲裁院"))
        .exchange()
        .expectStatus()
        .isNotFound();
    http.post()
        .uri("/api/v1/staff/compliance/training-requests/{id}/schedule", fromListed)
        .headers(h -> h.setBearerAuth(fancheng))
        .bodyValue(Map.of("date", soon, "location", "樊城区仲裁院"))
        .exchange()
        .expectStatus()
        .isOk();
  }

  @Test
  void anUnverifiedEmployerChecksUpButKeepsAndRequestsNothingUntilVerified() throws Exception {
    String code = creditCode();
    Employer employer = unverifiedEmployer("襄阳待认证测试有限公司", code);
    long before = rows();
    String token = employer.token();
    http.post()
        .uri("/api/v1/compliance/checkups")
        .headers(h -> h.setBearerAuth(token))
        .bodyValue(Map.of("answers", compliant(), "save", true))
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("营业执照", "认证"));
    // without saving it is the anonymous check-up: a report, no id, not in the company's name
    Map<?, ?> unsaved = checkup(token, compliant(), false, false);
    assertThat(unsaved.get("id")).isNull();
    assertThat(String.valueOf(unsaved.get("companyName"))).doesNotContain("待认证");
    http.put()
        .uri("/api/v1/compliance/draft")
        .headers(h -> h.setBearerAuth(token))
        .bodyValue(Map.of("answers", Map.of(), "step", 1))
        .exchange()
        .expectStatus()
        .isForbidden();
    http.get()
        .uri("/api/v1/compliance/checkups")
        .headers(h -> h.setBearerAuth(token))
        .exchange()
        .expectStatus()
        .isForbidden();
    http.get()
        .uri("/api/v1/compliance/training-requests")
        .headers(h -> h.setBearerAuth(token))
        .exchange()
        .expectStatus()
        .isForbidden();
    String soon = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).toString();
    http.post()
        .uri("/api/v1/compliance/training-requests")
        .headers(h -> h.setBearerAuth(token))
        .bodyValue(Map.of(
            "topics",
            List.of("劳动合同"),
            "headcount",
            8,
            "preferredDates",
            List.of(soon),
            "contactName",
            "刘经理",
            "contactPhone",
            "13900002222"))
        .exchange()
        .expectStatus()
        .isForbidden();
    assertThat(rows()).isEqualTo(before);

    verify(employer);
    Map<?, ?> saved = checkup(token, compliant(), true, false);
    assertThat(saved.get("id")).isNotNull();
  }

  @SuppressWarnings("unchecked")
  /** Issue 18: an employer's check-ups and training requests are read a page at a time (keyset, Link rel=next). */
  @Test
  void anEmployersCheckupsAndTrainingRequestsComeAPageAtATime() {
    String employer = employer("襄阳翻页测试有限公司", creditCode());
    List<Object> checkups = new ArrayList<>();
    List<Object> trainings = new ArrayList<>();
    LocalDate soon = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(14);
    for (int i = 0; i < 3; i++) {
      checkups.add(checkup(employer, compliant(), true, false).get("id"));
      trainings.add(http.post()
          .uri("/api/v1/compliance/training-requests")
          .headers(h -> h.setBearerAuth(employer))
          .header("Idempotency-Key", "page-" + i)
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of(
              "topics",
              List.of("社会保险"),
              "headcount",
              20,
              "preferredDates",
              List.of(soon.toString()),
              "contactName",
              "王经理",
              "contactPhone",
              "13900001111"))
          .exchange()
          .expectStatus()
          .isCreated()
          .expectBody(Map.class)
          .returnResult()
          .getResponseBody()
          .get("id"));
    }
    java.util.Collections.reverse(checkups);
    java.util.Collections.reverse(trainings);
    for (var list : List.of(
        Map.entry("/api/v1/compliance/checkups", checkups),
        Map.entry("/api/v1/compliance/training-requests", trainings))) {
      var first = http.get()
          .uri(list.getKey() + "?limit=2")
          .headers(h -> h.setBearerAuth(employer))
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody(List.class)
          .returnResult();
      List<?> page1 = first.getResponseBody();
      String next = first.getResponseHeaders().getFirst("Link");
      assertThat(next)
          .as(list.getKey())
          .startsWith("<" + list.getKey() + "?before=")
          .endsWith(">; rel=\"next\"");
      var second = http.get()
          .uri(next.substring(1, next.indexOf('>')))
          .headers(h -> h.setBearerAuth(employer))
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody(List.class)
          .returnResult();
      assertThat(second.getResponseHeaders().getFirst("Link")).isNull();
      List<Object> ids = new ArrayList<>();
      page1.forEach(o -> ids.add(((Map<?, ?>) o).get("id")));
      second.getResponseBody().forEach(o -> ids.add(((Map<?, ?>) o).get("id")));
      assertThat(ids).as(list.getKey()).containsExactlyElementsOf(list.getValue());
      // without a limit: all three on one page (default 50)
      http.get()
          .uri(list.getKey())
          .headers(h -> h.setBearerAuth(employer))
          .exchange()
          .expectStatus()
          .isOk()
          .expectHeader()
          .doesNotExist("Link")
          .expectBody()
          .jsonPath("$.length()")
          .isEqualTo(3);
      for (String bad : List.of(
          "?limit=0",
          "?limit=201",
          "?limit=abc",
          "?before=not-a-cursor",
          "?before=" + java.util.Base64.getUrlEncoder().encodeToString("x|y".getBytes()))) {
        http.get()
            .uri(list.getKey() + bad)
            .headers(h -> h.setBearerAuth(employer))
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectBody()
            .jsonPath("$.detail")
            .value(d -> assertThat(d.toString()).containsAnyOf("每页条数", "翻页参数"));
      }
    }
  }

  private List<Object> trainingIds(String staffToken) {
    return http
        .get()
        .uri("/api/v1/staff/compliance/training-requests")
        .headers(h -> h.setBearerAuth(staffToken))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBodyList(Map.class)
        .returnResult()
        .getResponseBody()
        .stream()
        .map(m -> m.get("id"))
        .toList();
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
    }
  }

  private static long rows() throws Exception {
    try (Connection c = TestServices.jdbc();
        ResultSet r = c.createStatement()
            .executeQuery(
                "select (select count(*) from compliance.checkups) + (select count(*) from compliance.drafts) + (select count(*) from compliance.training_requests)")) {
      r.next();
      return r.getLong(1);
    }
  }

  static String creditCode() {
    String first17 = String.format("91420600%09d", SEQ.incrementAndGet() + 500000);
    return first17 + CreditCode.checkCharacter(first17);
  }

  /** An employer account as registered (unverified), signed in. */
  private record Employer(String token, String id) {}

  /** A verified employer account, signed in: registered with its SMS code, licence uploaded, approved by the administrator. */
  private String employer(String company, String code) {
    Employer e = unverifiedEmployer(company, code);
    verify(e);
    return e.token();
  }

  private Employer unverifiedEmployer(String company, String code) {
    String phone = String.format("135%08d", SEQ.incrementAndGet());
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
    return new Employer(login(phone, "hr2026pass"), account.get("id").toString());
  }

  private void verify(Employer employer) {
    MultipartBodyBuilder parts = new MultipartBodyBuilder();
    parts.part(
        "licence",
        new ByteArrayResource(
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D}) {
          @Override
          public String getFilename() {
            return "licence.png";
          }
        });
    http.post()
        .uri("/api/v1/accounts/employers/verification")
        .headers(h -> h.setBearerAuth(employer.token()))
        .body(BodyInserters.fromMultipartData(parts.build()))
        .exchange()
        .expectStatus()
        .isAccepted();
    http.post()
        .uri("/api/v1/staff/employers/{id}/verification", employer.id())
        .headers(h -> h.setBearerAuth(login("admin", "Admin-test-2026")))
        .bodyValue(Map.of("decision", "APPROVE"))
        .exchange()
        .expectStatus()
        .isOk();
  }

  private String staff(String role, String commission) {
    String admin = login("admin", "Admin-test-2026");
    String username = "cmp-" + role.toLowerCase() + "-" + SEQ.incrementAndGet();
    http.post()
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
        .isCreated();
    return login(username, "staff2026pass");
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
