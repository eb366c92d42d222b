package cn.xiangyang.portal.filing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.TestServices;
import cn.xiangyang.portal.filing.Parties.Session;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Arrays;
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

@IntegrationTest
class EvidenceAndAccessIntegrationTests extends IntegrationTestBase {

  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
  };
  static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"
      .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

  @Autowired
  WebTestClient http;

  Parties parties;

  @BeforeEach
  void setUp() {
    // The build machine is shared and busy; these tests check behaviour, not latency.
    http = http.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
    parties = new Parties(http);
  }

  WebTestClient.ResponseSpec upload(Session who, String path, String fileName, byte[] bytes) {
    MultipartBodyBuilder body = new MultipartBodyBuilder();
    body.part("file", new ByteArrayResource(bytes) {
          @Override
          public String getFilename() {
            return fileName;
          }
        })
        .contentType(MediaType.APPLICATION_PDF);
    body.part("description", "工资条");
    return http.post()
        .uri(path)
        .headers(h -> h.setBearerAuth(who.token()))
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(BodyInserters.fromMultipartData(body.build()))
        .exchange();
  }

  int evidenceCount(String caseId) throws Exception {
    try (Connection c = TestServices.jdbc();
        ResultSet rs = c.createStatement()
            .executeQuery("select count(*) from evidence where case_id = '" + caseId + "'")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void refusesBadUploadsAndStoresNothing() throws Exception {
    Session worker = parties.worker("冯卫东");
    String id = parties.draft(worker, Map.of());
    String path = "/api/v1/filings/" + id + "/evidence";

    upload(worker, path, "合同.pdf", "this is plain text, not a PDF".getBytes())
        .expectStatus()
        .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("PDF、JPG 或 PNG"));
    upload(worker, path, "空.pdf", new byte[0])
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("0 字节"));
    byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
    upload(worker, path, "大文件.pdf", big)
        .expectStatus()
        .isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("10 MB"));
    assertThat(evidenceCount(id)).isZero();

    // A PNG named .pdf is stored as what it is, under a name with the right extension.
    String evidenceId = upload(worker, path, "../../etc/工资条.pdf", PNG)
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("id")
        .toString();
    http.get()
        .uri("/api/v1/filings/{id}", id)
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.evidence[0].mediaType")
        .isEqualTo("image/png")
        .jsonPath("$.evidence[0].fileName")
        .isEqualTo("工资条.png")
        .jsonPath("$.evidence[0].description")
        .isEqualTo("工资条");
    // A large but allowed scan (9 MB, above every in-memory codec limit) is taken.
    upload(worker, path, "合同.pdf", Arrays.copyOf(PDF, 9 * 1024 * 1024))
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.mediaType")
        .isEqualTo("application/pdf")
        .jsonPath("$.sizeBytes")
        .isEqualTo(9 * 1024 * 1024);
    byte[] back = http.get()
        .uri("/api/v1/cases/{id}/evidence/{e}", id, evidenceId)
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentType(MediaType.IMAGE_PNG)
        .expectBody(byte[].class)
        .returnResult()
        .getResponseBody();
    assertThat(back).isEqualTo(PNG);

    http.delete()
        .uri("/api/v1/filings/{id}/evidence/{e}", id, evidenceId)
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isNoContent();
    assertThat(evidenceCount(id)).isEqualTo(1);
  }

  @Test
  void partiesSeeOnlyTheirOwnCasesAndStaffOnlyTheirCommissions() {
    Session owner = parties.worker("曹春生");
    Session stranger = parties.worker("许海波");
    String code = Parties.creditCode();
    Session respondent = parties.employer("襄阳某某建筑有限公司", code);
    Session otherEmployer = parties.employer("另一家公司", Parties.creditCode());
    Session fanchengClerk = parties.staff("CLERK", "fancheng");
    Session xiangchengClerk = parties.staff("CLERK", "xiangcheng");

    String id = parties.draft(
        owner,
        Parties.application(
            code,
            "fancheng",
            Parties.today().minusYears(1),
            null,
            List.of(Parties.claim("UNPAID_WAGES", "3000.00", null, null))));
    http.get()
        .uri("/api/v1/filings/{id}", id)
        .headers(h -> h.setBearerAuth(stranger.token()))
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("找不到"));
    http.put()
        .uri("/api/v1/filings/{id}", id)
        .headers(h -> h.setBearerAuth(stranger.token()))
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isNotFound();
    http.post()
        .uri("/api/v1/filings/{id}/submit", id)
        .headers(h -> h.setBearerAuth(stranger.token()))
        .exchange()
        .expectStatus()
        .isNotFound();
    // Staff never see drafts.
    http.get()
        .uri("/api/v1/staff/cases/{id}", id)
        .headers(h -> h.setBearerAuth(fanchengClerk.token()))
        .exchange()
        .expectStatus()
        .isNotFound();

    parties.submit(owner, id);
    http.get()
        .uri("/api/v1/cases/{id}", id)
        .headers(h -> h.setBearerAuth(stranger.token()))
        .exchange()
        .expectStatus()
        .isNotFound();
    http.get()
        .uri("/api/v1/cases/{id}/application.pdf", id)
        .headers(h -> h.setBearerAuth(stranger.token()))
        .exchange()
        .expectStatus()
        .isNotFound();
    // Only workers file; an employer cannot act as staff and does not learn the case exists.
    http.post()
        .uri("/api/v1/filings")
        .headers(h -> h.setBearerAuth(respondent.token()))
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isForbidden();
    http.post()
        .uri("/api/v1/staff/cases/{id}/accept", id)
        .headers(h -> h.setBearerAuth(respondent.token()))
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isNotFound();
    http.get()
        .uri("/api/v1/staff/cases")
        .headers(h -> h.setBearerAuth(respondent.token()))
        .exchange()
        .expectStatus()
        .isForbidden();
    // Staff of another commission: 404, and the case is not in their queue.
    http.get()
        .uri("/api/v1/staff/cases/{id}", id)
        .headers(h -> h.setBearerAuth(xiangchengClerk.token()))
        .exchange()
        .expectStatus()
        .isNotFound();
    http.post()
        .uri("/api/v1/staff/cases/{id}/accept", id)
        .headers(h -> h.setBearerAuth(xiangchengClerk.token()))
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isNotFound();
    http.get()
        .uri("/api/v1/staff/cases/{id}/audit", id)
        .headers(h -> h.setBearerAuth(xiangchengClerk.token()))
        .exchange()
        .expectStatus()
        .isNotFound();
    http.get()
        .uri("/api/v1/staff/cases")
        .headers(h -> h.setBearerAuth(xiangchengClerk.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.id == '" + id + "')]")
        .doesNotExist();

    http.post()
        .uri("/api/v1/staff/cases/{id}/accept", id)
        .headers(h -> h.setBearerAuth(fanchengClerk.token()))
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isOk();
    http.get()
        .uri("/api/v1/cases/{id}", id)
        .headers(h -> h.setBearerAuth(respondent.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.role")
        .isEqualTo("RESPONDENT");
    http.get()
        .uri("/api/v1/cases/{id}", id)
        .headers(h -> h.setBearerAuth(otherEmployer.token()))
        .exchange()
        .expectStatus()
        .isNotFound();
    http.post()
        .uri("/api/v1/cases/{id}/defence", id)
        .headers(h -> h.setBearerAuth(otherEmployer.token()))
        .bodyValue(Map.of("declined", true))
        .exchange()
        .expectStatus()
        .isNotFound();
    http.post()
        .uri("/api/v1/cases/{id}/defence", id)
        .headers(h -> h.setBearerAuth(owner.token()))
        .bodyValue(Map.of("declined", true))
        .exchange()
        .expectStatus()
        .isForbidden();
  }

  @Test
  void correctionIsAskedOnceAndTheResubmissionKeepsItsNumber() {
    Session worker = parties.worker("邓小红");
    Session clerk = parties.staff("CLERK", "xiangcheng");
    String id = parties.draft(
        worker,
        Parties.application(
            Parties.creditCode(),
            "xiangcheng",
            Parties.today().minusYears(1),
            null,
            List.of(Parties.claim("OVERTIME_PAY", "2000.00", null, null))));
    Map<?, ?> receipt = parties.submit(worker, id);
    String number = receipt.get("applicationNumber").toString();
    assertThat(number).startsWith("SQ");
    assertThat(receipt.get("caseNumber")).isNull();
    http.post()
        .uri("/api/v1/staff/cases/{id}/request-correction", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("items", List.of()))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("items");
    http.post()
        .uri("/api/v1/staff/cases/{id}/request-correction", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("items", List.of("请补充加班的具体期间")))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("CORRECTION_REQUESTED")
        .jsonPath("$.correctionItems[0]")
        .isEqualTo("请补充加班的具体期间")
        // before acceptance the notice names the case by its 申请编号 (it has no 案号 yet)
        .jsonPath("$.documents[?(@.kind == 'CORRECTION_NOTICE')].body")
        .value(b -> assertThat(b.toString()).contains("申请编号 " + number));
    http.get()
        .uri("/api/v1/filings/{id}", id)
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectBody()
        .jsonPath("$.correctionItems[0]")
        .isEqualTo("请补充加班的具体期间");
    Map<String, Object> corrected = Parties.application(
        Parties.creditCode(),
        "xiangcheng",
        Parties.today().minusYears(1),
        null,
        List.of(Parties.claim(
            "OVERTIME_PAY",
            "2000.00",
            Parties.today().minusMonths(3),
            Parties.today().minusMonths(1))));
    http.put()
        .uri("/api/v1/filings/{id}", id)
        .headers(h -> h.setBearerAuth(worker.token()))
        .bodyValue(corrected)
        .exchange()
        .expectStatus()
        .isOk();
    assertThat(parties.submit(worker, id).get("applicationNumber")).isEqualTo(number);
    http.post()
        .uri("/api/v1/staff/cases/{id}/request-correction", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("items", List.of("再补一次")))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT)
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("一次"));
    http.post()
        .uri("/api/v1/staff/cases/{id}/reject", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("reasons", "不属于劳动争议受理范围"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("REJECTED")
        .jsonPath("$.documents[?(@.kind == 'REJECTION_NOTICE')].body")
        .value(b -> assertThat(b.toString()).contains("人民法院提起诉讼"));
    http.post()
        .uri("/api/v1/staff/cases/{id}/accept", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT)
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("不予受理"));
  }

  @Autowired
  org.springframework.context.ApplicationContext context;

  @Test
  void theFilingReceiptReachesTheInboxAfterDeliveryDiedBetweenCommitAndPublish() throws Exception {
    Session worker = parties.worker("岳明辉");
    String id = parties.draft(
        worker,
        Parties.application(
            Parties.creditCode(),
            "fancheng",
            Parties.today().minusYears(1),
            null,
            List.of(Parties.claim("UNPAID_WAGES", "900.00", null, null))));
    // The crash: the case is committed, but no replica is delivering events.
    org.springframework.context.Lifecycle dispatcher =
        context.getBean("dispatcher", org.springframework.context.Lifecycle.class);
    dispatcher.stop();
    try {
      String number = parties.submit(worker, id).get("applicationNumber").toString();
      Thread.sleep(3000);
      assertThat(parties.inbox(worker, m -> true)).isEmpty();
      dispatcher.start();
      List<Map<String, Object>> inbox = parties.inbox(worker, m -> !m.isEmpty());
      assertThat(inbox).hasSize(1);
      assertThat(inbox.getFirst().get("title")).isEqualTo("申请已提交：" + number);
    } finally {
      dispatcher.start();
    }
  }

  @Test
  void electronicServiceNeedsConsentAndReadingIsRecorded() {
    Session worker = parties.worker("萧永平");
    Session clerk = parties.staff("CLERK", "gucheng");
    http.get()
        .uri("/api/v1/inbox/consent")
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.consented")
        .isEqualTo(false);
    String id = parties.draft(
        worker,
        Parties.application(
            Parties.creditCode(),
            "gucheng",
            Parties.today().minusYears(1),
            null,
            List.of(Parties.claim("UNPAID_WAGES", "800.00", null, null))));
    parties.submit(worker, id);
    http.post()
        .uri("/api/v1/staff/cases/{id}/accept", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isOk();
    Map<String, Object> acceptance = parties
        .inbox(worker, m -> !m.isEmpty() && "受理通知书".equals(m.getFirst().get("title")))
        .getFirst();
    assertThat(acceptance.get("title")).isEqualTo("受理通知书");
    assertThat(acceptance.get("body").toString()).contains("书面方式送达");

    http.put()
        .uri("/api/v1/inbox/consent")
        .headers(h -> h.setBearerAuth(worker.token()))
        .bodyValue(Map.of("consented", true))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.consented")
        .isEqualTo(true);
    http.post()
        .uri("/api/v1/staff/cases/{id}/arbitration", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .exchange()
        .expectStatus()
        .isOk();
    String startsAt = java.time.ZonedDateTime.of(
            Parties.DEADLINES.earliestHearingDate(Parties.today()),
            java.time.LocalTime.of(14, 0),
            Parties.ZONE)
        .toInstant()
        .toString();
    http.post()
        .uri("/api/v1/staff/cases/{id}/hearings", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("room", "谷城县仲裁庭", "startsAt", startsAt))
        .exchange()
        .expectStatus()
        .isOk();
    Map<?, ?> notice = parties
        .inbox(worker, m -> !m.isEmpty() && "开庭通知书".equals(m.getFirst().get("title")))
        .getFirst();
    assertThat(notice.get("title")).isEqualTo("开庭通知书");
    assertThat(notice.get("body").toString()).contains("谷城县仲裁庭").contains("第三十五条");
    assertThat(notice.get("readAt")).isNull();
    http.post()
        .uri("/api/v1/inbox/{id}/read", notice.get("id"))
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.readAt")
        .exists();
    Session other = parties.worker("程秀英");
    http.post()
        .uri("/api/v1/inbox/{id}/read", notice.get("id"))
        .headers(h -> h.setBearerAuth(other.token()))
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void localFiguresArePublicAndOnlyAdministratorsChangeThemWithAnAuditTrail() throws Exception {
    http.get()
        .uri("/api/v1/local-figures")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.minimumWage[0].effective")
        .isEqualTo("2025-12-01")
        .jsonPath("$.minimumWage[0].tiers[0].monthly")
        .isEqualTo(2400.00)
        .jsonPath("$.minimumWage[0].areas[?(@.areaCode == 'fancheng')].tier")
        .isEqualTo(List.of(1))
        .jsonPath("$.minimumWage[0].areas[?(@.areaCode == 'yicheng')].tier")
        .value(t -> assertThat((List<?>) t).isEmpty());
    Session worker = parties.worker("蔡俊杰");
    http.put()
        .uri("/api/v1/staff/local-figures/minimum-wage/2025-12-01/areas/yicheng")
        .headers(h -> h.setBearerAuth(worker.token()))
        .bodyValue(Map.of("tier", 3))
        .exchange()
        .expectStatus()
        .isForbidden();
    Session admin = parties.admin();
    http.put()
        .uri("/api/v1/staff/local-figures/minimum-wage/2025-12-01/areas/yicheng")
        .headers(h -> h.setBearerAuth(admin.token()))
        .bodyValue(Map.of("tier", 7))
        .exchange()
        .expectStatus()
        .isBadRequest();
    http.put()
        .uri("/api/v1/staff/local-figures/minimum-wage/2025-12-01/areas/yicheng")
        .headers(h -> h.setBearerAuth(admin.token()))
        .bodyValue(Map.of("tier", 3))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.areas[?(@.areaCode == 'yicheng')].tier")
        .isEqualTo(List.of(3));
    http.put()
        .uri("/api/v1/staff/local-figures/minimum-wage/2027-01-01")
        .headers(h -> h.setBearerAuth(admin.token()))
        .bodyValue(Map.of(
            "source",
            "测试文件",
            "verified",
            false,
            "tiers",
            List.of(Map.of("tier", 1, "monthly", "2600.00", "hourly", "26.00")),
            "areas",
            Map.of("fancheng", 1)))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.tiers[0].monthly")
        .isEqualTo(2600.00)
        .jsonPath("$.areas[?(@.areaCode == 'fancheng')].tier")
        .isEqualTo(List.of(1));
    http.put()
        .uri("/api/v1/staff/local-figures/average-wage/2025")
        .headers(h -> h.setBearerAuth(admin.token()))
        .bodyValue(Map.of(
            "area",
            "测试市",
            "monthly",
            "6000.00",
            "annual",
            "72000.00",
            "source",
            "测试公报",
            "verified",
            false))
        .exchange()
        .expectStatus()
        .isOk();
    http.get()
        .uri("/api/v1/local-figures")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.averageWage[?(@.area == '测试市')].monthly")
        .isEqualTo(List.of(6000.00));
    try (Connection c = TestServices.jdbc();
        ResultSet rs = c.createStatement()
            .executeQuery(
                "select count(*) from audit.audit_events where action like 'local-figures.%'")) {
      rs.next();
      assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(3);
    }
  }
}
