package cn.xiangyang.portal.filing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.filing.Parties.Session;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 14: the 开庭通知书 names the place (劳动争议调解仲裁法 第三十五条) with the room's building and floor, and
 * both it and the 应诉通知书 say what to bring and whom to call. The commission's contact and the room are
 * entered here through the staff APIs with made-up test values (this test database only); the PDFs are
 * rendered and their extracted text (PDFBox) must carry them. A commission with nothing recorded keeps
 * the 12333 line and never shows an address.
 */
@IntegrationTest
class NoticePlaceIntegrationTests extends IntegrationTestBase {

  // Test values, not real: the production data has no address for any commission (no public source
  // found).
  static final String ADDRESS = "宜城市测试大道 1 号";
  static final String PHONE = "0710-7654321";
  static final String HOURS = "工作日 8:30-12:00，14:30-17:30";
  static final String ROOM_ADDRESS = "宜城市测试大道 1 号仲裁楼";
  static final String ROOM_FLOOR = "三楼 302 室";

  @Autowired
  WebTestClient http;

  Parties parties;

  @BeforeEach
  void setUp() {
    http = http.mutate()
        .responseTimeout(java.time.Duration.ofSeconds(60))
        .codecs(c -> c.defaultCodecs().maxInMemorySize(8 * 1024 * 1024))
        .build();
    parties = new Parties(http);
  }

  @Test
  void theHearingNoticeAndTheRespondentNoticeCarryTheRoomsAddressTheHoursAndThePhoneInTheirPdfs()
      throws Exception {
    Session admin = parties.staff("ADMIN", "yicheng");
    // Bad input is refused at the field, in Chinese.
    contact(
            admin,
            "yicheng",
            Map.of(
                "address",
                ADDRESS,
                "phone",
                "0710-12",
                "source",
                "测试",
                "checkedOn",
                LocalDate.now().toString()))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("phone")
        .jsonPath("$.errors[0].message")
        .value(m -> assertThat(m.toString()).contains("电话格式不正确"));
    contact(
            admin,
            "yicheng",
            Map.of("address", ADDRESS, "checkedOn", LocalDate.now().toString()))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("source")
        .jsonPath("$.errors[0].message")
        .value(m -> assertThat(m.toString()).contains("没有来源的地址和电话不能登记"));
    contact(
            admin,
            "yicheng",
            Map.of(
                "address", "12345", "source", "测试", "checkedOn", LocalDate.now().toString()))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("address");
    contact(
            parties.staff("ADMIN", "gucheng"),
            "yicheng",
            Map.of(
                "address", ADDRESS, "source", "测试", "checkedOn", LocalDate.now().toString()))
        .expectStatus()
        .isForbidden();
    contact(
            admin,
            "yicheng",
            Map.of(
                "address",
                ADDRESS,
                "hours",
                HOURS,
                "phone",
                PHONE,
                "source",
                "集成测试（虚构数据）",
                "checkedOn",
                LocalDate.now().toString()))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.contactVerified")
        .isEqualTo(false)
        .jsonPath("$.contactLine")
        .value(l -> assertThat(l.toString())
            .contains("地址：" + ADDRESS + "（待核实）", "电话：" + PHONE + "（待核实）")
            .doesNotContain("12333"));

    // A room with its building and floor; an address without a Chinese character is refused at the
    // field.
    Session clerk = parties.staff("CLERK", "yicheng");
    http.post()
        .uri("/api/v1/staff/hearings/rooms")
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("name", "第三仲裁庭", "address", "No. 1\nRoad", "floor", ROOM_FLOOR))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("address")
        .jsonPath("$.errors[0].message")
        .value(m -> assertThat(m.toString()).contains("中文地址"));
    http.post()
        .uri("/api/v1/staff/hearings/rooms")
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("name", "第三仲裁庭", "address", ROOM_ADDRESS, "floor", ROOM_FLOOR))
        .exchange()
        .expectStatus()
        .isCreated();

    String code = Parties.creditCode();
    Session employer = parties.employer("宜城某某建材有限公司", code);
    Session worker = parties.worker("胡开庭");
    String id = acceptedCase(worker, code, "yicheng", clerk);

    // The 应诉通知书 on the employer: its deadline from service, what to bring, the address, hours and
    // phone.
    Map<?, ?> copy = document(employer, id, "RESPONDENT_COPY");
    String copyPdf = flat(ApplicationPdfIntegrationTests.text(pdf(employer, id, copy.get("id"))));
    assertThat(copyPdf)
        .contains(
            flat("自收到本副本之日起十日内"),
            flat("营业执照副本复印件"),
            flat("委托书（第二十四条）"),
            flat(ADDRESS),
            flat(PHONE),
            flat("8:30-12:00"),
            "待核实")
        .doesNotContain("12333");
    assertThat(flat(copy.get("body").toString())).contains(flat(ADDRESS), flat(PHONE));

    // The 开庭通知书 to both: the registered room's building, floor and name, with what to bring and
    // whom to call.
    http.post()
        .uri("/api/v1/staff/cases/{id}/arbitration", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .exchange()
        .expectStatus()
        .isOk();
    String startsAt = ZonedDateTime.of(
            Parties.DEADLINES.earliestHearingDate(Parties.today()),
            LocalTime.of(9, 30),
            Parties.ZONE)
        .toInstant()
        .toString();
    http.post()
        .uri("/api/v1/staff/cases/{id}/hearings", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("room", "第三仲裁庭", "startsAt", startsAt))
        .exchange()
        .expectStatus()
        .isOk();
    for (Session party : List.of(worker, employer)) {
      Map<?, ?> notice = document(party, id, "HEARING_NOTICE");
      String text = flat(ApplicationPdfIntegrationTests.text(pdf(party, id, notice.get("id"))));
      assertThat(text)
          .contains(
              "开庭通知书",
              flat(ROOM_ADDRESS),
              flat(ROOM_FLOOR),
              "第三仲裁庭",
              flat(PHONE),
              flat("居民身份证"),
              flat("证据"),
              flat("办案规则第二十二条"),
              flat("第三十五条"));
      ApplicationPdfIntegrationTests.assertNoLineStartsWithPunctuation(
          ApplicationPdfIntegrationTests.text(pdf(party, id, notice.get("id"))));
      http.get()
          .uri("/api/v1/cases/{id}", id)
          .headers(h -> h.setBearerAuth(party.token()))
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.hearings[0].place")
          .value(p -> assertThat(p.toString()).contains(ROOM_ADDRESS, ROOM_FLOOR, "第三仲裁庭"));
    }
    // Each document only to its addressee: the worker cannot open the employer's copy as a PDF
    // either.
    http.get()
        .uri("/api/v1/cases/{id}/documents/{d}/notice.pdf", id, copy.get("id"))
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("找不到文书");
  }

  @Test
  void aCommissionWithNothingRecordedKeepsThe12333LineAndARoomWithoutAddressSaysSo()
      throws Exception {
    Session clerk = parties.staff("CLERK", "nanzhang");
    String code = Parties.creditCode();
    Session employer = parties.employer("南漳某某纸业有限公司", code);
    Session worker = parties.worker("严未登");
    String id = acceptedCase(worker, code, "nanzhang", clerk);
    Map<?, ?> copy = document(employer, id, "RESPONDENT_COPY");
    assertThat(flat(ApplicationPdfIntegrationTests.text(pdf(employer, id, copy.get("id")))))
        .contains("12333", flat("尚未在本平台登记"))
        .doesNotContain("地址：");

    http.post()
        .uri("/api/v1/staff/cases/{id}/arbitration", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .exchange()
        .expectStatus()
        .isOk();
    String startsAt = ZonedDateTime.of(
            Parties.DEADLINES.earliestHearingDate(Parties.today()),
            LocalTime.of(14, 0),
            Parties.ZONE)
        .toInstant()
        .toString();
    http.post()
        .uri("/api/v1/staff/cases/{id}/hearings", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("room", "未登记的仲裁庭", "startsAt", startsAt))
        .exchange()
        .expectStatus()
        .isOk();
    Map<?, ?> notice = document(worker, id, "HEARING_NOTICE");
    assertThat(flat(ApplicationPdfIntegrationTests.text(pdf(worker, id, notice.get("id")))))
        .contains("未登记的仲裁庭", flat("审判庭地址尚未在本平台登记"), "12333");
  }

  private WebTestClient.ResponseSpec contact(
      Session admin, String commission, Map<String, ?> body) {
    return http.put()
        .uri("/api/v1/staff/commissions/{id}/contact", commission)
        .headers(h -> h.setBearerAuth(admin.token()))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  private String acceptedCase(Session worker, String code, String area, Session clerk) {
    Map<String, Object> body = new HashMap<>(Parties.application(
        code,
        area,
        Parties.today().minusYears(1),
        null,
        List.of(Parties.claim("UNPAID_WAGES", "3000.00", null, null))));
    String id = parties.draft(worker, body);
    parties.submit(worker, id);
    http.get()
        .uri("/api/v1/cases/{id}", id)
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.commission.id")
        .isEqualTo(area);
    http.post()
        .uri("/api/v1/staff/cases/{id}/accept", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isOk();
    return id;
  }

  private Map<?, ?> document(Session who, String id, String kind) {
    Map<?, ?> view = http.get()
        .uri("/api/v1/cases/{id}", id)
        .headers(h -> h.setBearerAuth(who.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
    return ((List<?>) view.get("documents"))
        .stream()
            .map(d -> (Map<?, ?>) d)
            .filter(d -> kind.equals(d.get("kind")))
            .findFirst()
            .orElseThrow();
  }

  private byte[] pdf(Session who, String id, Object documentId) {
    return http.get()
        .uri("/api/v1/cases/{id}/documents/{d}/notice.pdf", id, documentId)
        .headers(h -> h.setBearerAuth(who.token()))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.OK)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PDF)
        .expectBody(byte[].class)
        .returnResult()
        .getResponseBody();
  }

  /** Text without line breaks and spaces: PDF text extraction breaks lines wherever the page does. */
  private static String flat(String s) {
    return s.replaceAll("\\s+", "");
  }
}
