package cn.xiangyang.portal.filing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.TestServices;
import cn.xiangyang.portal.filing.Parties.Session;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The case from both sides (issue 14): the employer answers claim by claim, each side sees the answer
 * and only the documents addressed to it, evidence is added after filing until the hearing and the other
 * side is told, the worker withdraws knowing what it means, a draft is deleted, and service is shown the
 * way it happened.
 */
@IntegrationTest
class BothSidesIntegrationTests extends IntegrationTestBase {

  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
  };

  @Autowired
  WebTestClient http;

  Parties parties;

  @BeforeEach
  void setUp() {
    http = http.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
    parties = new Parties(http);
  }

  /** Three claims: wages 9000.00, double wages 27000.00 and the confirmation of the labor relationship (no sum). */
  String acceptedCase(Session worker, String creditCode) {
    LocalDate today = Parties.today();
    Map<String, Object> body = Parties.application(
        creditCode,
        "gaoxin",
        today.minusYears(1),
        null,
        List.of(
            Parties.claim(
                "UNPAID_WAGES",
                "9000.00",
                today.minusMonths(3).withDayOfMonth(1),
                today.minusMonths(1).withDayOfMonth(1).minusDays(1)),
            Parties.claim(
                "DOUBLE_WAGES_NO_CONTRACT",
                "27000.00",
                today.minusMonths(11).withDayOfMonth(1),
                today.minusMonths(5).withDayOfMonth(1)),
            Parties.claim("CONFIRM_LABOR_RELATIONSHIP", null, null, null)));
    body.put("procedure", "ARBITRATION");
    body.put("knewOn", today.minusMonths(1).toString());
    String id = parties.draft(worker, body);
    upload(worker, "/api/v1/filings/" + id + "/evidence", "工资条").expectStatus().isCreated();
    parties.submit(worker, id);
    http.post()
        .uri("/api/v1/staff/cases/{id}/accept", id)
        .headers(h -> h.setBearerAuth(parties.admin().token()))
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isOk();
    return id;
  }

  WebTestClient.ResponseSpec upload(Session who, String path, String description) {
    MultipartBodyBuilder body = new MultipartBodyBuilder();
    body.part("file", new ByteArrayResource(PNG) {
          @Override
          public String getFilename() {
            return "scan.png";
          }
        })
        .contentType(MediaType.IMAGE_PNG);
    body.part("description", description);
    body.part("proves", "实际发放的工资");
    return http.post()
        .uri(path)
        .headers(h -> h.setBearerAuth(who.token()))
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(BodyInserters.fromMultipartData(body.build()))
        .exchange();
  }

  WebTestClient.ResponseSpec defence(Session employer, String caseId, Object body) {
    return http.post()
        .uri("/api/v1/cases/{id}/defence", caseId)
        .headers(h -> h.setBearerAuth(employer.token()))
        .bodyValue(body)
        .exchange();
  }

  WebTestClient.BodyContentSpec view(Session who, String caseId) {
    return http.get()
        .uri("/api/v1/cases/{id}", caseId)
        .headers(h -> h.setBearerAuth(who.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody();
  }

  static Map<String, Object> answer(int claim, String position, String reason, String disputed) {
    Map<String, Object> a = new HashMap<>();
    a.put("claimId", claim);
    a.put("position", position);
    if (reason != null) {
      a.put("reason", reason);
    }
    if (disputed != null) {
      a.put("disputedAmount", disputed);
    }
    return a;
  }

  static String fieldMessages(WebTestClient.ResponseSpec response) {
    return response
        .expectStatus()
        .isBadRequest()
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void theEmployerAnswersClaimByClaimAfterReadingTheApplicationAndBothSidesSeeTheAnswer() {
    String code = Parties.creditCode();
    Session employer = parties.employer("襄阳逐项答辩机械有限公司", code);
    Session worker = parties.worker("周逐项");
    String id = acceptedCase(worker, code);

    // The employer reads the whole application: claims with sums and periods, facts, the evidence
    // list; its own documents only.
    view(employer, id)
        .jsonPath("$.application.claims.length()")
        .isEqualTo(3)
        .jsonPath("$.application.claims[0].amount")
        .isEqualTo(9000.00)
        .jsonPath("$.application.claims[0].periodFrom")
        .exists()
        .jsonPath("$.application.factsAndReasons")
        .value(f -> assertThat(f.toString()).contains("拖欠"))
        .jsonPath("$.evidence[0].description")
        .isEqualTo("工资条")
        .jsonPath("$.documents[*].kind")
        .value(k -> assertThat(k.toString())
            .contains("RESPONDENT_COPY")
            .doesNotContain("ACCEPTANCE_NOTICE"))
        .jsonPath("$.documents[?(@.kind == 'RESPONDENT_COPY')].service")
        .value(s -> assertThat(s.toString()).contains("尚未送达"));
    view(worker, id)
        .jsonPath("$.documents[*].kind")
        .value(k -> assertThat(k.toString())
            .contains("ACCEPTANCE_NOTICE")
            .doesNotContain("RESPONDENT_COPY"));

    // Each rule refused in Chinese at its field, nothing stored.
    String noReason = fieldMessages(defence(
        employer,
        id,
        Map.of(
            "declined",
            false,
            "claims",
            List.of(
                answer(1, "DISAGREE", null, null),
                answer(2, "AGREE", null, null),
                answer(3, "AGREE", null, null)))));
    assertThat(noReason).contains("claims[0].reason").contains("不同意第 1 项请求的，请写明理由");
    String tooMuch = fieldMessages(defence(
        employer,
        id,
        Map.of(
            "declined",
            false,
            "claims",
            List.of(
                answer(1, "PARTLY", "已支付部分", "9500.00"),
                answer(2, "AGREE", null, null),
                answer(3, "AGREE", null, null)))));
    assertThat(tooMuch)
        .contains("claims[0].disputedAmount")
        .contains("有异议的金额（9500.00 元）不能超过第 1 项请求的金额（9000.00 元）");
    String unknown = fieldMessages(defence(
        employer,
        id,
        Map.of(
            "declined",
            false,
            "claims",
            List.of(answer(7, "AGREE", null, null), answer(2, "AGREE", null, null)))));
    assertThat(unknown).contains("claims[0].claimId").contains("没有第 7 项请求：本申请共有 3 项请求");
    String missing = fieldMessages(defence(
        employer,
        id,
        Map.of("declined", false, "claims", List.of(answer(1, "AGREE", null, null)))));
    assertThat(missing).contains("请对第 2、3 项请求也表明意见");
    String partlyWithoutSum = fieldMessages(defence(
        employer,
        id,
        Map.of(
            "declined",
            false,
            "claims",
            List.of(
                answer(1, "PARTLY", "只欠一个月", null),
                answer(2, "AGREE", null, null),
                answer(3, "AGREE", null, null)))));
    assertThat(partlyWithoutSum).contains("请写明有异议的金额");
    String sumOnNoSum = fieldMessages(defence(
        employer,
        id,
        Map.of(
            "declined",
            false,
            "claims",
            List.of(
                answer(1, "AGREE", null, null),
                answer(2, "AGREE", null, null),
                answer(3, "DISAGREE", "对方是劳务关系", "100.00")))));
    assertThat(sumOnNoSum).contains("第 3 项请求没有金额");
    String declinedWithAnswers = fieldMessages(defence(
        employer, id, Map.of("declined", true, "claims", List.of(answer(1, "AGREE", null, null)))));
    assertThat(declinedWithAnswers).contains("不能同时对请求发表意见");
    view(employer, id).jsonPath("$.defences.length()").isEqualTo(0);

    defence(
            employer,
            id,
            Map.of(
                "declined",
                false,
                "statement",
                "申请人所述工资数额有误。",
                "claims",
                List.of(
                    answer(2, "DISAGREE", "已签订书面劳动合同，有合同原件为证", null),
                    answer(1, "PARTLY", "6 月工资已于 7 月 15 日转账支付", "3000.00"),
                    answer(3, "AGREE", null, null))))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.defences[0].claims.length()")
        .isEqualTo(3)
        .jsonPath("$.defences[0].claims[0].claimId")
        .isEqualTo(1)
        .jsonPath("$.defences[0].claims[0].positionLabel")
        .isEqualTo("部分同意")
        .jsonPath("$.defences[0].claims[0].disputedAmount")
        .isEqualTo(3000.00)
        .jsonPath("$.defences[0].claims[1].position")
        .isEqualTo("DISAGREE")
        // not agreeing to any of it disputes the whole sum
        .jsonPath("$.defences[0].claims[1].disputedAmount")
        .isEqualTo(27000.00)
        .jsonPath("$.defences[0].claims[2].positionLabel")
        .isEqualTo("同意")
        .jsonPath("$.defences[0].statement")
        .isEqualTo("申请人所述工资数额有误。");
    defence(employer, id, Map.of("declined", true)).expectStatus().isEqualTo(HttpStatus.CONFLICT);

    // The worker and staff see it claim by claim; the worker gets the 答辩书副本 with every answer.
    view(worker, id)
        .jsonPath("$.defences[0].claims[0].text")
        .value(t -> assertThat(t.toString())
            .contains("第1项（支付拖欠的工资 9000.00 元）：部分同意，对 3000.00 元有异议。理由：6 月工资"))
        .jsonPath("$.documents[?(@.kind == 'DEFENCE')].body")
        .value(b -> assertThat(b.toString())
            .contains("对各项仲裁请求的意见和理由", "第2项", "不同意", "第3项", "同意", "答辩意见：申请人所述"));
    http.get()
        .uri("/api/v1/staff/cases/{id}", id)
        .headers(h -> h.setBearerAuth(parties.admin().token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.defences[0].claims[1].reason")
        .isEqualTo("已签订书面劳动合同，有合同原件为证")
        .jsonPath("$.documents[*].kind")
        .value(k ->
            assertThat(k.toString()).contains("RESPONDENT_COPY", "ACCEPTANCE_NOTICE", "DEFENCE"));
    assertThat(parties.inbox(
            worker, m -> m.stream().anyMatch(x -> x.get("title").equals("答辩书副本"))))
        .anyMatch(x -> x.get("title").equals("答辩书副本"));
  }

  /** Where the outbox's {@link CaseAccepted} of a case says acceptance led. */
  static String acceptedTo(String caseId) throws Exception {
    try (Connection c = TestServices.jdbc();
        PreparedStatement s = c.prepareStatement(
            "select payload->>'status' from events.publications where event_type like '%CaseAccepted' and payload->>'caseId' = ?")) {
      s.setString(1, caseId);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).as("CaseAccepted of " + caseId).isTrue();
        return r.getString(1);
      }
    }
  }

  @Test
  void
      anApplicationForArbitrationGoesBeforeTheTribunalOnAcceptanceAndOneForMediationIsMediatedFirst()
          throws Exception {
    String code = Parties.creditCode();
    parties.employer("襄阳直接仲裁有限公司", code);
    Session worker = parties.worker("钱仲裁");
    Session admin = parties.admin();
    // with consent the inbox carries the notice's text
    http.put()
        .uri("/api/v1/inbox/consent")
        .headers(h -> h.setBearerAuth(worker.token()))
        .bodyValue(Map.of("consented", true))
        .exchange()
        .expectStatus()
        .isOk();
    String id = acceptedCase(worker, code);

    // 第二十八条、第四十三条: the worker asked for 仲裁; the award period runs from acceptance, no 转入仲裁 press
    http.get()
        .uri("/api/v1/staff/cases/{id}", id)
        .headers(h -> h.setBearerAuth(admin.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("IN_ARBITRATION")
        .jsonPath("$.deadlines[?(@.code == 'AWARD')].due")
        .isEqualTo(List.of(Parties.DEADLINES.awardDue(Parties.today(), false).toString()))
        .jsonPath("$.timeline[?(@.kind == 'ACCEPTED')].title")
        .isEqualTo(List.of("已受理，转入仲裁审理"))
        .jsonPath("$.allowedActions[?(@.action == 'MOVE_TO_ARBITRATION')].allowed")
        .isEqualTo(List.of(false))
        .jsonPath("$.allowedActions[?(@.action == 'START_MEDIATION')].allowed")
        .isEqualTo(List.of(false))
        .jsonPath("$.allowedActions[?(@.action == 'SCHEDULE_HEARING')].allowed")
        .isEqualTo(List.of(true));
    http.post()
        .uri("/api/v1/staff/cases/{id}/arbitration", id)
        .headers(h -> h.setBearerAuth(admin.token()))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT);
    // the queue and the worker's page agree
    http.get()
        .uri("/api/v1/staff/cases?status=IN_ARBITRATION,HEARING_SCHEDULED")
        .headers(h -> h.setBearerAuth(admin.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.id == '" + id + "')].statusLabel")
        .isEqualTo(List.of("仲裁审理中"));
    http.get()
        .uri("/api/v1/staff/cases?status=ACCEPTED,IN_MEDIATION")
        .headers(h -> h.setBearerAuth(admin.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.id == '" + id + "')]")
        .isEmpty();
    view(worker, id)
        .jsonPath("$.status")
        .isEqualTo("IN_ARBITRATION")
        .jsonPath("$.statusLabel")
        .isEqualTo("仲裁审理中")
        .jsonPath("$.documents[?(@.kind == 'ACCEPTANCE_NOTICE')].body")
        .value(b -> assertThat(b.toString()).contains("受理，转入仲裁审理"));
    assertThat(parties.inbox(worker, m -> m.stream().anyMatch(x -> "受理通知书".equals(x.get("title")))))
        .anyMatch(
            x -> "受理通知书".equals(x.get("title")) && x.get("body").toString().contains("受理，转入仲裁审理"));
    http.get()
        .uri("/api/v1/staff/cases/{id}/audit", id)
        .headers(h -> h.setBearerAuth(admin.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.action == 'case.accepted-to-arbitration')].actionLabel")
        .isEqualTo(List.of("受理申请，转入仲裁审理"))
        .jsonPath("$[?(@.action == 'case.accepted-to-arbitration')].detail.to")
        .isEqualTo(List.of("IN_ARBITRATION"));
    assertThat(acceptedTo(id)).isEqualTo("IN_ARBITRATION");

    // 先行调解 asked: accepted for mediation; 转入仲裁 stays the staff's step after it fails
    Session other = parties.worker("钱调解");
    Map<String, Object> body = Parties.application(
        code,
        "gaoxin",
        Parties.today().minusYears(1),
        null,
        List.of(Parties.claim("UNPAID_WAGES", "3000.00", null, null)));
    body.put("procedure", "MEDIATION");
    String mediated = parties.draft(other, body);
    parties.submit(other, mediated);
    http.post()
        .uri("/api/v1/staff/cases/{id}/accept", mediated)
        .headers(h -> h.setBearerAuth(admin.token()))
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("ACCEPTED")
        .jsonPath("$.timeline[?(@.kind == 'ACCEPTED')].title")
        .isEqualTo(List.of("仲裁委员会已受理"))
        .jsonPath("$.allowedActions[?(@.action == 'MOVE_TO_ARBITRATION')].allowed")
        .isEqualTo(List.of(true));
    assertThat(acceptedTo(mediated)).isEqualTo("ACCEPTED");
    view(other, mediated)
        .jsonPath("$.documents[?(@.kind == 'ACCEPTANCE_NOTICE')].body")
        .value(b -> assertThat(b.toString()).contains("先行调解").doesNotContain("转入仲裁审理，"));
  }

  @Test
  void theAuditTrailSaysWhatWasDoneByWhomInChinese() {
    String code = Parties.creditCode();
    Session employer = parties.employer("襄阳审计记录有限公司", code);
    Session worker = parties.worker("吴审计");
    String id = acceptedCase(worker, code);
    defence(employer, id, Map.of("declined", true)).expectStatus().isOk();
    // A colleague is picked from the commission's mediators and arbitrators, and named on the case.
    String commission = http.get()
                .uri("/api/v1/staff/cases/{id}", id)
                .headers(h -> h.setBearerAuth(parties.admin().token()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("commission")
            instanceof Map<?, ?> m
        ? m.get("id").toString()
        : "";
    Session arbitrator = parties.staff("ARBITRATOR", commission);
    parties.staff("CLERK", commission);
    http.get()
        .uri("/api/v1/staff/cases/{id}/assignees", id)
        .headers(h -> h.setBearerAuth(parties.admin().token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.id == '" + arbitrator.id() + "')].roleLabel")
        .isEqualTo(List.of("仲裁员"))
        .jsonPath("$[?(@.role == 'CLERK')]")
        .isEmpty();
    http.post()
        .uri("/api/v1/staff/cases/{id}/assign", id)
        .headers(h -> h.setBearerAuth(parties.admin().token()))
        .bodyValue(Map.of("staffId", arbitrator.id()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.assignedToName")
        .value(n -> assertThat(n.toString()).startsWith("工作人员"));
    String audit = http.get()
        .uri("/api/v1/staff/cases/{id}/audit", id)
        .headers(h -> h.setBearerAuth(parties.admin().token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
    assertThat(audit)
        .contains(
            "\"actionLabel\":\"提交仲裁申请\"",
            "\"actionLabel\":\"受理申请，转入仲裁审理\"",
            "\"actionLabel\":\"被申请人表示不提交答辩\"",
            "\"actorLabel\":\"吴审计（申请人）\"",
            "（被申请人）\"",
            "（工作人员）\"",
            "\"actionLabel\":\"指派承办人员\"");
  }

  @Test
  void evidenceIsAddedAfterFilingUntilTheHearingAndTheOtherSideIsTold() throws Exception {
    String code = Parties.creditCode();
    Session employer = parties.employer("襄阳补充证据有限公司", code);
    Session worker = parties.worker("郑补充");
    String id = acceptedCase(worker, code);

    upload(worker, "/api/v1/filings/" + id + "/evidence", "考勤记录").expectStatus().isCreated();
    assertThat(parties.inbox(
            employer, m -> m.stream().anyMatch(x -> x.get("title").equals("申请人提交了补充证据"))))
        .anyMatch(x -> x.get("title").equals("申请人提交了补充证据"));
    view(employer, id)
        .jsonPath("$.evidence[*].description")
        .value(d -> assertThat(d.toString()).contains("工资条", "考勤记录"))
        .jsonPath("$.timeline[*].title")
        .value(t -> assertThat(t.toString()).contains("申请人提交补充证据：考勤记录"));

    upload(employer, "/api/v1/cases/" + id + "/evidence", "工资发放记录")
        .expectStatus()
        .isCreated();
    assertThat(parties.inbox(
            worker, m -> m.stream().anyMatch(x -> x.get("title").equals("被申请人提交了补充证据"))))
        .anyMatch(x -> x.get("title").equals("被申请人提交了补充证据"));

    // Once the hearing has begun, evidence goes to the tribunal, not through the portal (the
    // hearing is put an hour back).
    try (Connection c = TestServices.jdbc();
        PreparedStatement s = c.prepareStatement(
            "insert into hearings (id, case_id, room, starts_at, noticed_on, scheduled_by) values (gen_random_uuid(), ?::uuid, '第二仲裁庭', ?, current_date - 7, ?::uuid)")) {
      s.setString(1, id);
      s.setObject(
          2, java.time.OffsetDateTime.ofInstant(Instant.now().minusSeconds(3600), Parties.ZONE));
      s.setString(3, worker.id());
      s.executeUpdate();
    }
    view(worker, id)
        .jsonPath("$.allowedActions[?(@.action == 'ADD_EVIDENCE')].allowed")
        .isEqualTo(List.of(false));
    upload(worker, "/api/v1/filings/" + id + "/evidence", "晚到的证据")
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT)
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("开庭").contains("仲裁庭"));
    upload(employer, "/api/v1/cases/" + id + "/evidence", "晚到的证据")
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void theWorkerWithdrawsKnowingWhatItMeansAndTheEmployerIsTold() {
    String code = Parties.creditCode();
    Session employer = parties.employer("襄阳撤回通知有限公司", code);
    Session worker = parties.worker("王撤回");
    String id = acceptedCase(worker, code);

    http.get()
        .uri("/api/v1/filings/withdrawal-consequence")
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.consequence")
        .value(c -> assertThat(c.toString()).contains("再次申请仲裁", "第三十五条", "仲裁时效", "第二十七条"));
    http.post()
        .uri("/api/v1/filings/{id}/withdraw", id)
        .headers(h -> h.setBearerAuth(worker.token()))
        .bodyValue(Map.of("reason", "已与单位和解"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("WITHDRAWN");
    assertThat(parties.inbox(
            employer, m -> m.stream().anyMatch(x -> x.get("title").equals("撤回仲裁申请通知"))))
        .anyMatch(x -> x.get("title").equals("撤回仲裁申请通知"));
    view(worker, id)
        .jsonPath("$.documents[?(@.kind == 'WITHDRAWAL_NOTICE')].body")
        .value(b -> assertThat(b.toString()).contains("已与单位和解", "仲裁时效"))
        .jsonPath("$.allowedActions[?(@.allowed == true)]")
        .isEmpty();
    http.post()
        .uri("/api/v1/filings/{id}/withdraw", id)
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT);
    http.get()
        .uri("/api/v1/staff/cases/{id}/audit", id)
        .headers(h -> h.setBearerAuth(parties.admin().token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.action == 'case.withdrawn')].actionLabel")
        .isEqualTo(List.of("申请人撤回申请"));
  }

  @Test
  void aDraftIsDeletedButAFiledApplicationIsWithdrawnInstead() throws Exception {
    Session worker = parties.worker("陈草稿");
    String draft = parties.draft(worker, Map.of("factsAndReasons", "还没想好"));
    upload(worker, "/api/v1/filings/" + draft + "/evidence", "工资条")
        .expectStatus()
        .isCreated();
    Session other = parties.worker("陈旁人");
    http.delete()
        .uri("/api/v1/filings/{id}", draft)
        .headers(h -> h.setBearerAuth(other.token()))
        .exchange()
        .expectStatus()
        .isNotFound();
    http.delete()
        .uri("/api/v1/filings/{id}", draft)
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isNoContent();
    http.get()
        .uri("/api/v1/filings/{id}", draft)
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isNotFound();
    try (Connection c = TestServices.jdbc();
        PreparedStatement s = c.prepareStatement(
            "select count(*) from audit.audit_events where subject = ? and action = 'filing.draft.deleted'")) {
      s.setString(1, "case:" + draft);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        assertThat(r.getInt(1)).isEqualTo(1);
      }
    }

    String code = Parties.creditCode();
    String filed = acceptedCase(worker, code);
    http.delete()
        .uri("/api/v1/filings/{id}", filed)
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT)
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("不能删除").contains("撤回"));
  }

  static String chinese(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  WebTestClient.ResponseSpec paperService(
      String caseId, Object documentId, String party, LocalDate servedOn) {
    Map<String, Object> body = new HashMap<>();
    body.put("party", party);
    if (servedOn != null) {
      body.put("servedOn", servedOn.toString());
    }
    return http.post()
        .uri("/api/v1/staff/cases/{id}/documents/{d}/service", caseId, documentId)
        .headers(h -> h.setBearerAuth(parties.admin().token()))
        .bodyValue(body)
        .exchange();
  }

  @Test
  void everyDocumentShowsItsServiceToItsAddresseeAndToStaffAndPaperServiceIsRecordedPerDocument() {
    String code = Parties.creditCode();
    Session employer = parties.employer("襄阳逐份送达有限公司", code);
    http.put()
        .uri("/api/v1/inbox/consent")
        .headers(h -> h.setBearerAuth(employer.token()))
        .bodyValue(Map.of("consented", true))
        .exchange()
        .expectStatus()
        .isOk();
    Session worker = parties.worker("李逐份");
    String id = acceptedCase(worker, code);
    Map<?, ?> staffView = http.get()
        .uri("/api/v1/staff/cases/{id}", id)
        .headers(h -> h.setBearerAuth(parties.admin().token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
    List<?> documents = (List<?>) staffView.get("documents");
    Object notice = documents.stream()
        .map(d -> (Map<?, ?>) d)
        .filter(d -> d.get("kind").equals("ACCEPTANCE_NOTICE"))
        .findFirst()
        .orElseThrow()
        .get("id");
    Object copy = documents.stream()
        .map(d -> (Map<?, ?>) d)
        .filter(d -> d.get("kind").equals("RESPONDENT_COPY"))
        .findFirst()
        .orElseThrow()
        .get("id");

    // Not yet served: each side reads it on its own copy, staff see it per addressee, and nobody
    // sees the other's document.
    view(worker, id)
        .jsonPath("$.documents[*].kind")
        .value(k -> assertThat(k.toString()).doesNotContain("RESPONDENT_COPY"))
        .jsonPath("$.documents[?(@.kind == 'ACCEPTANCE_NOTICE')].service")
        .value(t -> assertThat(t.toString()).contains("尚未送达"))
        .jsonPath("$.documents[?(@.kind == 'ACCEPTANCE_NOTICE')].services[*].party")
        .isEqualTo(List.of("APPLICANT"));
    view(employer, id)
        .jsonPath("$.documents[*].kind")
        .value(k -> assertThat(k.toString()).doesNotContain("ACCEPTANCE_NOTICE"))
        // the 应诉通知书: how to answer, the hearing notice to come, what to bring, whom to call
        .jsonPath("$.documents[?(@.kind == 'RESPONDENT_COPY')].body")
        .value(b -> assertThat(b.toString())
            .contains("应诉须知", "逐项答辩", "开庭通知书", "第三十五条", "营业执照副本复印件", "委托书（第二十四条）", "12333"));
    http.get()
        .uri("/api/v1/staff/cases/{id}", id)
        .headers(h -> h.setBearerAuth(parties.admin().token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.documents[?(@.kind == 'ACCEPTANCE_NOTICE')].services[*].method")
        .isEqualTo(List.of("NONE"))
        .jsonPath("$.documents[?(@.kind == 'RESPONDENT_COPY')].services[*].text")
        .value(t -> assertThat(t.toString()).contains("被申请人：尚未送达"));

    // 书面送达 of the acceptance notice on the worker (who did not consent): refused at the field when
    // wrong, then recorded once.
    LocalDate today = Parties.today();
    assertThat(fieldMessages(paperService(id, notice, "APPLICANT", today.plusDays(1))))
        .contains("servedOn")
        .contains("不能晚于今天");
    assertThat(fieldMessages(paperService(id, notice, "APPLICANT", today.minusDays(3))))
        .contains("servedOn")
        .contains("不能早于文书制作的日期");
    assertThat(fieldMessages(paperService(id, notice, "RESPONDENT", today)))
        .contains("party")
        .contains("不是送达被申请人的文书");
    assertThat(fieldMessages(paperService(id, notice, "SOMEONE", today))).contains("party");
    assertThat(fieldMessages(paperService(id, notice, "APPLICANT", null)))
        .contains("servedOn")
        .contains("签收的日期");
    paperService(id, java.util.UUID.randomUUID(), "APPLICANT", today)
        .expectStatus()
        .isNotFound();
    paperService(id, notice, "APPLICANT", today)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.documents[?(@.kind == 'ACCEPTANCE_NOTICE')].services[0].method")
        .isEqualTo(List.of("PAPER"))
        .jsonPath("$.timeline[*].title")
        .value(t -> assertThat(t.toString()).contains("《受理通知书》已书面送达申请人（" + chinese(today) + "）"));
    paperService(id, notice, "APPLICANT", today).expectStatus().isEqualTo(HttpStatus.CONFLICT);
    view(worker, id)
        .jsonPath("$.documents[?(@.kind == 'ACCEPTANCE_NOTICE')].service")
        .value(t -> assertThat(t.toString()).contains("已书面送达：仲裁委员会记录的签收日期为 " + chinese(today)));

    // 电子送达: the consenting employer opens the copy in the inbox; the opening time is the service,
    // on its page and on staff's.
    Map<String, Object> message = parties
        .inbox(employer, m -> m.stream().anyMatch(x -> copy.toString().equals(x.get("documentId"))))
        .stream()
        .filter(x -> copy.toString().equals(x.get("documentId")))
        .findFirst()
        .orElseThrow();
    http.post()
        .uri("/api/v1/inbox/{id}/read", message.get("id"))
        .headers(h -> h.setBearerAuth(employer.token()))
        .exchange()
        .expectStatus()
        .isOk();
    view(employer, id)
        .jsonPath("$.documents[?(@.kind == 'RESPONDENT_COPY')].service")
        .value(t -> assertThat(t.toString()).contains("已电子送达：您于", "第三十条"));
    http.get()
        .uri("/api/v1/staff/cases/{id}", id)
        .headers(h -> h.setBearerAuth(parties.admin().token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.documents[?(@.kind == 'RESPONDENT_COPY')].services[0].method")
        .isEqualTo(List.of("ELECTRONIC"))
        .jsonPath("$.documents[?(@.kind == 'RESPONDENT_COPY')].services[0].text")
        .value(t -> assertThat(t.toString()).contains("被申请人：已电子送达"));
    paperService(id, copy, "RESPONDENT", today).expectStatus().isEqualTo(HttpStatus.CONFLICT);

    // A document for both sides, issued as the case ends, is still served on each: staff record the
    // paper copy after the end.
    http.post()
        .uri("/api/v1/filings/{id}/withdraw", id)
        .headers(h -> h.setBearerAuth(worker.token()))
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isOk();
    Map<?, ?> ended = http.get()
        .uri("/api/v1/staff/cases/{id}", id)
        .headers(h -> h.setBearerAuth(parties.admin().token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
    Map<?, ?> withdrawal = ((List<?>) ended.get("documents"))
        .stream()
            .map(d -> (Map<?, ?>) d)
            .filter(d -> d.get("kind").equals("WITHDRAWAL_NOTICE"))
            .findFirst()
            .orElseThrow();
    assertThat(((List<?>) withdrawal.get("services"))
            .stream().map(x -> (Object) ((Map<?, ?>) x).get("party")).toList())
        .containsExactly((Object) "APPLICANT", "RESPONDENT");
    paperService(id, withdrawal.get("id"), "APPLICANT", today).expectStatus().isOk();
    view(worker, id)
        .jsonPath("$.documents[?(@.kind == 'WITHDRAWAL_NOTICE')].service")
        .value(t -> assertThat(t.toString()).contains("已书面送达"));
    view(employer, id)
        .jsonPath("$.documents[?(@.kind == 'WITHDRAWAL_NOTICE')].service")
        .value(t -> assertThat(t.toString()).contains("尚未送达"));
  }

  @Test
  void serviceIsElectronicAtTheOpeningTimeWithConsentAndOnPaperOnTheRecordedDayWithout() {
    String online = Parties.creditCode();
    Session consenting = parties.employer("襄阳电子送达有限公司", online);
    http.put()
        .uri("/api/v1/inbox/consent")
        .headers(h -> h.setBearerAuth(consenting.token()))
        .bodyValue(Map.of("consented", true))
        .exchange()
        .expectStatus()
        .isOk();
    String first = acceptedCase(parties.worker("孙电子"), online);
    List<Map<String, Object>> inbox = parties.inbox(
        consenting,
        m ->
            m.stream().anyMatch(x -> first.equals(x.get("caseId")) && x.get("documentId") != null));
    Map<String, Object> copy = inbox.stream()
        .filter(x -> first.equals(x.get("caseId")) && x.get("documentId") != null)
        .findFirst()
        .orElseThrow();
    assertThat(copy.get("body").toString()).contains("申请书副本");
    assertThat(copy.get("service")).isEqualTo("ELECTRONIC");
    assertThat(copy.get("serviceNote").toString()).contains("打开本文书即为送达");
    http.post()
        .uri("/api/v1/inbox/{id}/read", copy.get("id"))
        .headers(h -> h.setBearerAuth(consenting.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.serviceNote")
        .value(n -> assertThat(n.toString()).contains("已电子送达：送达时间为您打开本文书的时间"));
    view(consenting, first)
        .jsonPath("$.serviceMethod")
        .isEqualTo("ELECTRONIC")
        .jsonPath("$.servedOn")
        .isEqualTo(Parties.today().toString())
        .jsonPath("$.documents[?(@.kind == 'RESPONDENT_COPY')].service")
        .value(s -> assertThat(s.toString()).contains("已电子送达", "打开本文书，即为送达时间", "第三十条"));

    String paper = Parties.creditCode();
    Session offline = parties.employer("襄阳书面送达有限公司", paper);
    String second = acceptedCase(parties.worker("孙书面"), paper);
    List<Map<String, Object>> notices =
        parties.inbox(offline, m -> m.stream().anyMatch(x -> second.equals(x.get("caseId"))));
    assertThat(notices)
        .anyMatch(x -> x.get("body").toString().contains("书面方式送达")
            && "PAPER".equals(x.get("service"))
            && x.get("serviceNote").toString().contains("签收日期为准"));
    // Consenting later does not turn the paper notice into an electronic service when it is opened.
    http.put()
        .uri("/api/v1/inbox/consent")
        .headers(h -> h.setBearerAuth(offline.token()))
        .bodyValue(Map.of("consented", true))
        .exchange()
        .expectStatus()
        .isOk();
    Map<String, Object> paperNotice = notices.stream()
        .filter(x -> second.equals(x.get("caseId")) && "PAPER".equals(x.get("service")))
        .findFirst()
        .orElseThrow();
    http.post()
        .uri("/api/v1/inbox/{id}/read", paperNotice.get("id"))
        .headers(h -> h.setBearerAuth(offline.token()))
        .exchange()
        .expectStatus()
        .isOk();
    view(offline, second).jsonPath("$.servedOn").doesNotExist();
    LocalDate recorded = Parties.today();
    http.post()
        .uri("/api/v1/staff/cases/{id}/service", second)
        .headers(h -> h.setBearerAuth(parties.admin().token()))
        .bodyValue(Map.of("servedOn", recorded.toString(), "method", "PAPER"))
        .exchange()
        .expectStatus()
        .isOk();
    view(offline, second)
        .jsonPath("$.serviceMethod")
        .isEqualTo("PAPER")
        .jsonPath("$.documents[?(@.kind == 'RESPONDENT_COPY')].service")
        .value(s -> assertThat(s.toString())
            .contains(
                "已书面送达",
                recorded.getYear() + "年" + recorded.getMonthValue() + "月" + recorded.getDayOfMonth()
                    + "日"));
  }
}
