package cn.xiangyang.portal.hearings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

@IntegrationTest
@TestPropertySource(properties = "portal.hearings.objection-period=0s")
class HearingsIntegrationTests extends IntegrationTestBase {

  @Autowired
  WebTestClient http;

  @Autowired
  Hearings hearings;

  @org.springframework.boot.test.web.server.LocalServerPort
  int port;

  People people;

  @BeforeEach
  void setUp() {
    http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    people = new People(http);
  }

  private UUID schedule(ScheduleHearing h) {
    return hearings.schedule(h).block(Duration.ofSeconds(10));
  }

  private Map<?, ?> body(String uri, Object... vars) {
    return http.get()
        .uri(uri, vars)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  private String text(String uri, Object... vars) {
    return http.get()
        .uri(uri, vars)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void noPublicEndpointEverShowsAPartysNameIdNumberOrPhone() {
    People.Session staff = people.staff("xiangcheng");
    String idNumber = "420602198805120017";
    String phone = "13712345678";
    // Names, an ID number and a phone number all reach the module; staff even typed a phone into
    // the room.
    UUID id = schedule(People.hearing(
        "xiangcheng",
        6,
        "第一仲裁庭（联系 " + phone + "，" + idNumber + "）",
        List.of("UNPAID_WAGES", "OVERTIME_PAY"),
        "张三丰",
        "襄阳飞腾科技有限公司",
        "欧阳明月"));
    http.post()
        .uri("/api/v1/staff/open-days")
        .headers(h -> h.setBearerAuth(staff.token()))
        .bodyValue(Map.of(
            "title",
            "十二月开放日",
            "startsAt",
            LocalDate.now(People.ZONE)
                .plusDays(6)
                .atTime(9, 0)
                .atZone(People.ZONE)
                .toInstant()
                .toString(),
            "capacity",
            30,
            "audience",
            "PUBLIC",
            "hearingIds",
            List.of(id.toString())))
        .exchange()
        .expectStatus()
        .isCreated();

    // The viewer has its own connection, closed when it leaves, as a browser's EventSource does.
    // With the
    // stream on the client's shared pool, the next test's first request twice waited 30 s for an
    // answer (2 of
    // 20 runs under load, every thread of the backend idle): the cancelled endless stream is the
    // suspect.
    WebTestClient viewer = WebTestClient.bindToServer(
            new org.springframework.http.client.reactive.ReactorClientHttpConnector(
                reactor.netty.http.client.HttpClient.newConnection()))
        .baseUrl("http://127.0.0.1:" + port)
        .responseTimeout(Duration.ofSeconds(30))
        .build();
    Flux<String> stream = viewer
        .get()
        .uri("/api/v1/hearings/stream")
        .accept(MediaType.TEXT_EVENT_STREAM)
        .exchange()
        .expectStatus()
        .isOk()
        .returnResult(String.class)
        .getResponseBody();
    List<String> pushed = new ArrayList<>();
    var subscription = stream.subscribe(pushed::add);
    http.post()
        .uri("/api/v1/staff/hearings/{id}/live", id)
        .headers(h -> h.setBearerAuth(staff.token()))
        .exchange()
        .expectStatus()
        .isOk();

    List<String> outputs = new ArrayList<>();
    outputs.add(text("/api/v1/hearings?commission=xiangcheng"));
    outputs.add(text("/api/v1/hearings?area=xiangcheng&status=LIVE"));
    outputs.add(text("/api/v1/hearings/{id}", id));
    outputs.add(text("/api/v1/hearings.ics?commission=xiangcheng"));
    outputs.add(text("/api/v1/open-days"));
    outputs.add(text("/api/v1/hearings/filters"));
    long until = System.currentTimeMillis() + 5000;
    while (pushed.stream().noneMatch(p -> p.contains(id.toString()))
        && System.currentTimeMillis() < until) {
      Thread.onSpinWait();
    }
    subscription.dispose();
    outputs.addAll(pushed);
    assertThat(pushed).anyMatch(p -> p.contains(id.toString()));

    String all = String.join("\n", outputs);
    assertThat(all).contains("张某 诉 某科技有限公司、欧阳某").contains("劳动报酬争议").contains("直播中");
    for (String secret : List.of("张三丰", "三丰", "飞腾", "欧阳明月", "明月", phone, idNumber)) {
      assertThat(all).as("public output leaks %s", secret).doesNotContain(secret);
    }
    // Also no other 11-digit phone or 18-digit ID number slipped through.
    assertThat(all)
        .doesNotContainPattern("(?<!\\d)1[3-9]\\d{9}(?!\\d)")
        .doesNotContainPattern("(?<!\\d)\\d{17}[\\dX](?!\\d)");
  }

  @Test
  void notPublicHearingsAndHearingsUnderObjectionNeverAppear() {
    People.Session staff = people.staff("nanzhang");
    UUID secret = schedule(
        People.hearing("nanzhang", 7, "第二仲裁庭", List.of("SOCIAL_INSURANCE"), "李四", "某商贸有限公司"));
    UUID objected = schedule(
        People.hearing("nanzhang", 7, "第二仲裁庭", List.of("UNPAID_WAGES"), "王五", "某建筑工程有限公司"));

    // 劳动争议调解仲裁法 第二十六条: staff decide the case involves a trade secret; a ground is required.
    http.post()
        .uri("/api/v1/staff/hearings/{id}/privacy", secret)
        .headers(h -> h.setBearerAuth(staff.token()))
        .bodyValue(Map.of("publicHearing", false, "reason", "涉及配方"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("第二十六条"));
    http.post()
        .uri("/api/v1/staff/hearings/{id}/privacy", secret)
        .headers(h -> h.setBearerAuth(staff.token()))
        .bodyValue(Map.of("publicHearing", false, "ground", "TRADE_SECRET", "reason", "涉及产品配方"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.listed")
        .isEqualTo(false)
        .jsonPath("$.privacyGroundLabel")
        .value(l -> assertThat(l.toString()).contains("商业秘密"));

    // A party objects: the hearing leaves the listing until staff decide.
    Map<?, ?> withObjection = http.post()
        .uri("/api/v1/staff/hearings/{id}/objections", objected)
        .headers(h -> h.setBearerAuth(staff.token()))
        .bodyValue(Map.of("party", "APPLICANT", "reason", "涉及本人病史"))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
    String objectionId = ((Map<?, ?>) ((List<?>) withObjection.get("objections")).get(0))
        .get("id")
        .toString();

    String list = text("/api/v1/hearings?commission=nanzhang");
    assertThat(list).doesNotContain(secret.toString()).doesNotContain(objected.toString());
    http.get().uri("/api/v1/hearings/{id}", secret).exchange().expectStatus().isNotFound();
    http.get().uri("/api/v1/hearings/{id}", objected).exchange().expectStatus().isNotFound();
    assertThat(text("/api/v1/hearings.ics?commission=nanzhang"))
        .doesNotContain(secret.toString())
        .doesNotContain(objected.toString());

    // Dismissed: listed again, and the decision is on record.
    http.post()
        .uri("/api/v1/staff/hearings/{id}/objections/{o}/decision", objected, objectionId)
        .headers(h -> h.setBearerAuth(staff.token()))
        .bodyValue(Map.of("upheld", false, "reason", "病史不在庭审范围内"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.objections[0].decision")
        .isEqualTo("DISMISSED")
        .jsonPath("$.listed")
        .isEqualTo(true);
    assertThat(text("/api/v1/hearings?commission=nanzhang")).contains(objected.toString());
    http.get()
        .uri("/api/v1/staff/hearings/{id}/actions", objected)
        .headers(h -> h.setBearerAuth(staff.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.action == 'OBJECTION_DISMISSED')].detail")
        .isEqualTo(List.of("病史不在庭审范围内"));
    // A decided objection cannot be decided again.
    http.post()
        .uri("/api/v1/staff/hearings/{id}/objections/{o}/decision", objected, objectionId)
        .headers(h -> h.setBearerAuth(staff.token()))
        .bodyValue(Map.of("upheld", true, "ground", "PERSONAL_PRIVACY", "reason", "改变主意"))
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void filtersPagesAndRejectsUnknownFilters() {
    for (int i = 0; i < 3; i++) {
      schedule(People.hearing("baokang", 8 + i, "第一仲裁庭", List.of("UNPAID_WAGES"), "赵一", "某机械有限公司"));
    }
    UUID insurance = schedule(
        People.hearing("baokang", 20, "第一仲裁庭", List.of("SOCIAL_INSURANCE"), "钱二", "某物流有限公司"));

    Map<?, ?> first = body("/api/v1/hearings?commission=baokang&size=2");
    assertThat((List<?>) first.get("items")).hasSize(2);
    assertThat(first.get("total")).isEqualTo(4);
    Map<?, ?> last = body("/api/v1/hearings?commission=baokang&size=2&page=1");
    assertThat((List<?>) last.get("items")).hasSize(2);
    assertThat(last.toString()).contains(insurance.toString());

    Map<?, ?> byCause = body("/api/v1/hearings?commission=baokang&cause=SOCIAL_INSURANCE");
    assertThat(byCause.get("total")).isEqualTo(1);
    String to = LocalDate.now(People.ZONE).plusDays(9).toString();
    assertThat(body("/api/v1/hearings?area=baokang&from="
                + LocalDate.now(People.ZONE).plusDays(8) + "&to=" + to)
            .get("total"))
        .isEqualTo(2);
    assertThat(body("/api/v1/hearings?commission=baokang&status=LIVE").get("total"))
        .isEqualTo(0);

    http.get()
        .uri("/api/v1/hearings?status=ONGOING")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("直播中"))
        .jsonPath("$.errors[0].field")
        .isEqualTo("status");
    http.get().uri("/api/v1/hearings?commission=mars").exchange().expectStatus().isBadRequest();
    http.get().uri("/api/v1/hearings?size=500").exchange().expectStatus().isBadRequest();
    http.get().uri("/api/v1/hearings?from=2026-13-01").exchange().expectStatus().isBadRequest();
    http.get()
        .uri("/api/v1/hearings?from=2026-12-10&to=2026-12-01")
        .exchange()
        .expectStatus()
        .isBadRequest();

    String ics = text("/api/v1/hearings.ics?commission=baokang");
    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded).contains("社会保险争议");
    assertThat(ics)
        .startsWith("BEGIN:VCALENDAR\r\n")
        .contains("BEGIN:VEVENT")
        .contains("UID:" + insurance)
        .endsWith("END:VCALENDAR\r\n");
    assertThat(ics.split("\r\n"))
        .allMatch(line -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);
  }

  /** Issue 18: the clerk's hearings and rooms are read a page at a time (keyset, Link rel=next). */
  @Test
  void theClerksHearingsAndRoomsComeAPageAtATime() {
    People.Session staff = people.staff("nanzhang");
    for (int i = 0; i < 3; i++) {
      http.post()
          .uri("/api/v1/staff/hearings/rooms")
          .headers(h -> h.setBearerAuth(staff.token()))
          .bodyValue(
              Map.of("name", "翻页测试庭" + UUID.randomUUID(), "address", "南漳县城关镇 1 号", "floor", "二楼"))
          .exchange()
          .expectStatus()
          .isCreated();
      schedule(People.hearing(
          "nanzhang", 3 + i, "第一仲裁庭", List.of("UNPAID_WAGES"), "周" + i, "南漳某建材有限公司"));
    }
    for (String list : List.of("/api/v1/staff/hearings", "/api/v1/staff/hearings/rooms")) {
      List<Object> all = ids(staff, list + "?limit=500", false);
      assertThat(all).as(list).hasSizeGreaterThanOrEqualTo(3);
      List<Object> paged = new ArrayList<>();
      String next = list + "?limit=2";
      int pages = 0;
      while (next != null) {
        var page = http.get()
            .uri(next)
            .headers(h -> h.setBearerAuth(staff.token()))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(List.class)
            .returnResult();
        assertThat(page.getResponseBody()).hasSizeLessThanOrEqualTo(2);
        page.getResponseBody().forEach(o -> paged.add(id(o)));
        String link = page.getResponseHeaders().getFirst("Link");
        assertThat(link == null || link.startsWith("<" + list + "?after="))
            .as(link)
            .isTrue();
        next = link == null ? null : link.substring(1, link.indexOf('>'));
        pages++;
      }
      assertThat(pages).isGreaterThanOrEqualTo(2);
      assertThat(paged).as(list).containsExactlyElementsOf(all);
      for (String bad : List.of("?limit=0", "?limit=501", "?limit=x", "?after=@@@")) {
        http.get()
            .uri(list + bad)
            .headers(h -> h.setBearerAuth(staff.token()))
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectBody()
            .jsonPath("$.detail")
            .value(d -> assertThat(d.toString()).containsAnyOf("每页条数", "翻页参数"));
      }
    }
  }

  private static Object id(Object o) {
    Map<?, ?> m = (Map<?, ?>) o;
    return m.containsKey("hearing") ? ((Map<?, ?>) m.get("hearing")).get("id") : m.get("id");
  }

  private List<Object> ids(People.Session staff, String uri, boolean unused) {
    List<Object> ids = new ArrayList<>();
    http.get()
        .uri(uri)
        .headers(h -> h.setBearerAuth(staff.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(List.class)
        .returnResult()
        .getResponseBody()
        .forEach(o -> ids.add(id(o)));
    return ids;
  }

  @Test
  void staffRunALiveHearingAndItsReplayWhichTheyCanWithdraw() {
    People.Session staff = people.staff("gucheng");
    People.Session other = people.staff("yicheng");
    Map<?, ?> room = http.post()
        .uri("/api/v1/staff/hearings/rooms")
        .headers(h -> h.setBearerAuth(staff.token()))
        .bodyValue(Map.of(
            "name",
            "第三仲裁庭",
            "address",
            "谷城县城关镇府前街 1 号",
            "floor",
            "三楼",
            "visitorNote",
            "请携带身份证，提前 15 分钟到场安检。",
            "liveUrl",
            "http://127.0.0.1:9/live/room3.m3u8",
            "replayUrlTemplate",
            "http://127.0.0.1:9/replay/{hearingId}.m3u8"))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
    http.post()
        .uri("/api/v1/staff/hearings/rooms")
        .headers(h -> h.setBearerAuth(staff.token()))
        .bodyValue(Map.of("name", "第三仲裁庭", "address", "x", "floor", "一楼"))
        .exchange()
        .expectStatus()
        .isBadRequest();
    UUID id = schedule(People.hearing(
        "gucheng", 6, "第三仲裁庭", List.of("ECONOMIC_COMPENSATION"), "孙六", "谷城某汽车零部件有限公司"));

    http.get()
        .uri("/api/v1/hearings/{id}", id)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("SCHEDULED")
        .jsonPath("$.statusLabel")
        .isEqualTo("预告")
        .jsonPath("$.room.address")
        .isEqualTo("谷城县城关镇府前街 1 号")
        .jsonPath("$.room.visitorNote")
        .value(v -> assertThat(v.toString()).contains("身份证"))
        .jsonPath("$.liveUrl")
        .doesNotExist()
        .jsonPath("$.parties")
        .isEqualTo("孙某 诉 某汽车零部件有限公司");
    // Cached page first, then the change must show at once.
    assertThat(text("/api/v1/hearings?commission=gucheng")).contains("\"status\":\"SCHEDULED\"");

    http.post()
        .uri("/api/v1/staff/hearings/{id}/live", id)
        .headers(h -> h.setBearerAuth(other.token()))
        .exchange()
        .expectStatus()
        .isNotFound();
    http.post()
        .uri("/api/v1/staff/hearings/{id}/end", id)
        .headers(h -> h.setBearerAuth(staff.token()))
        .exchange()
        .expectStatus()
        .isEqualTo(409);
    http.post()
        .uri("/api/v1/staff/hearings/{id}/live", id)
        .headers(h -> h.setBearerAuth(staff.token()))
        .exchange()
        .expectStatus()
        .isOk();
    assertThat(text("/api/v1/hearings?commission=gucheng"))
        .contains("\"status\":\"LIVE\"")
        .contains("http://127.0.0.1:9/live/room3.m3u8");
    http.post()
        .uri("/api/v1/staff/hearings/{id}/pause", id)
        .headers(h -> h.setBearerAuth(staff.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.hearing.statusLabel")
        .isEqualTo("休庭");
    http.post()
        .uri("/api/v1/staff/hearings/{id}/replay", id)
        .headers(h -> h.setBearerAuth(staff.token()))
        .exchange()
        .expectStatus()
        .isEqualTo(409);
    http.post()
        .uri("/api/v1/staff/hearings/{id}/end", id)
        .headers(h -> h.setBearerAuth(staff.token()))
        .exchange()
        .expectStatus()
        .isOk();
    http.get()
        .uri("/api/v1/hearings/{id}", id)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.statusLabel")
        .isEqualTo("已结束")
        .jsonPath("$.liveUrl")
        .doesNotExist();

    http.post()
        .uri("/api/v1/staff/hearings/{id}/replay", id)
        .headers(h -> h.setBearerAuth(staff.token()))
        .exchange()
        .expectStatus()
        .isOk();
    http.get()
        .uri("/api/v1/hearings/{id}", id)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("REPLAY")
        .jsonPath("$.replayUrl")
        .isEqualTo("http://127.0.0.1:9/replay/" + id + ".m3u8");
    assertThat(body("/api/v1/hearings?commission=gucheng&status=REPLAY").get("total"))
        .isEqualTo(1);

    http.post()
        .uri("/api/v1/staff/hearings/{id}/replay/withdraw", id)
        .headers(h -> h.setBearerAuth(staff.token()))
        .bodyValue(Map.of("reason", "当事人申请"))
        .exchange()
        .expectStatus()
        .isOk();
    http.get()
        .uri("/api/v1/hearings/{id}", id)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("ENDED")
        .jsonPath("$.replayUrl")
        .doesNotExist();
    http.get()
        .uri("/api/v1/staff/hearings/{id}/actions", id)
        .headers(h -> h.setBearerAuth(staff.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[*].action")
        .isEqualTo(List.of("LIVE", "PAUSED", "ENDED", "REPLAY_PUBLISHED", "REPLAY_WITHDRAWN"));
    assertThat(room.get("id")).isNotNull();
  }

  @Test
  void aRescheduledHearingReplacesTheEarlierOneAndACancelledOneLeaves() {
    ScheduleHearing first = People.hearing("laohekou", 6, "第一仲裁庭", List.of("OTHER"), "周七", "某餐饮店");
    schedule(first);
    schedule(first); // a repeated delivery changes nothing
    ScheduleHearing second = new ScheduleHearing(
        UUID.randomUUID(),
        first.caseId(),
        first.caseNumber(),
        "laohekou",
        first.startsAt().plus(Duration.ofDays(2)),
        "第二仲裁庭",
        first.causes(),
        "周七",
        first.respondentNames());
    schedule(second);
    String list = text("/api/v1/hearings?commission=laohekou");
    assertThat(list)
        .doesNotContain(first.hearingId().toString())
        .contains(second.hearingId().toString())
        .contains("周某 诉 某餐饮店");
    hearings.cancel(second.hearingId()).block(Duration.ofSeconds(10));
    assertThat(text("/api/v1/hearings?commission=laohekou"))
        .doesNotContain(second.hearingId().toString());
  }

  @Test
  void staffActionsNeedAStaffAccount() {
    People.Session worker = people.worker("郑八");
    UUID id =
        schedule(People.hearing("zaoyang", 6, "第一仲裁庭", List.of("UNPAID_WAGES"), "吴九", "某服装厂"));
    http.post()
        .uri("/api/v1/staff/hearings/{id}/live", id)
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isForbidden();
    http.post()
        .uri("/api/v1/staff/hearings/{id}/live", id)
        .exchange()
        .expectStatus()
        .isUnauthorized();
    http.get().uri("/api/v1/hearings/{id}", id).exchange().expectStatus().isOk();
  }
}
