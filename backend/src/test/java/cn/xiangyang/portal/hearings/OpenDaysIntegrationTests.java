package cn.xiangyang.portal.hearings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntegrationTest
@TestPropertySource(properties = "portal.hearings.objection-period=0s")
class OpenDaysIntegrationTests extends IntegrationTestBase {

  @Autowired
  WebTestClient http;

  @Autowired
  Hearings hearings;

  People people;

  @BeforeEach
  void setUp() {
    http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    people = new People(http);
  }

  private String openDay(
      People.Session staff, int capacity, String audience, List<String> hearingIds) {
    return http.post()
        .uri("/api/v1/staff/open-days")
        .headers(h -> h.setBearerAuth(staff.token()))
        .bodyValue(Map.of(
            "title",
            "劳动仲裁开放日",
            "startsAt",
            LocalDate.now(People.ZONE)
                .plusDays(7)
                .atTime(9, 0)
                .atZone(People.ZONE)
                .toInstant()
                .toString(),
            "capacity",
            capacity,
            "audience",
            audience,
            "hearingIds",
            hearingIds))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("id")
        .toString();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> inbox(People.Session who) {
    return (List<Map<String, Object>>) (List<?>) http.get()
        .uri("/api/v1/inbox")
        .headers(h -> h.setBearerAuth(who.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBodyList(Map.class)
        .returnResult()
        .getResponseBody();
  }

  /** The titles of the account's messages, newest first, once {@code ready} holds (they follow the commit through the outbox). */
  private List<String> titles(
      People.Session who, java.util.function.Predicate<List<String>> ready) {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      List<String> titles =
          inbox(who).stream().map(m -> m.get("title").toString()).toList();
      if (ready.test(titles) || System.nanoTime() > until) {
        return titles;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return titles;
      }
    }
  }

  private WebTestClient.ResponseSpec book(People.Session who, String openDay) {
    return http.post()
        .uri("/api/v1/open-days/{id}/bookings", openDay)
        .headers(h -> h.setBearerAuth(who.token()))
        .exchange();
  }

  @Test
  void confirmsUpToCapacityThenWaitlistsAndPromotesOnCancellation() {
    People.Session staff = people.staff("yicheng");
    UUID hearing = hearings
        .schedule(People.hearing("yicheng", 7, "第一仲裁庭", List.of("UNPAID_WAGES"), "陈一", "某建设工程有限公司"))
        .block();
    String id = openDay(staff, 2, "PUBLIC", List.of(hearing.toString()));
    People.Session a = people.worker("甲工人");
    People.Session b = people.employer("宜城某食品有限公司");
    People.Session c = people.worker("丙工人");

    book(a, id)
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("CONFIRMED")
        .jsonPath("$.position")
        .isEqualTo(1);
    // One booking per account: a second request answers the same booking.
    book(a, id)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("CONFIRMED")
        .jsonPath("$.position")
        .isEqualTo(1);
    book(b, id)
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("CONFIRMED")
        .jsonPath("$.position")
        .isEqualTo(2);
    book(c, id)
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("WAITLISTED")
        .jsonPath("$.position")
        .isEqualTo(1);

    http.get()
        .uri("/api/v1/open-days")
        .headers(h -> h.setBearerAuth(c.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.id == '" + id + "')].seatsLeft")
        .isEqualTo(List.of(0))
        .jsonPath("$[?(@.id == '" + id + "')].mine.status")
        .isEqualTo(List.of("WAITLISTED"))
        .jsonPath("$[?(@.id == '" + id + "')].hearings[0].parties")
        .isEqualTo(List.of("陈某 诉 某建设工程有限公司"));

    http.delete()
        .uri("/api/v1/open-days/{id}/bookings/mine", id)
        .headers(h -> h.setBearerAuth(a.token()))
        .exchange()
        .expectStatus()
        .isNoContent();
    http.delete()
        .uri("/api/v1/open-days/{id}/bookings/mine", id)
        .headers(h -> h.setBearerAuth(a.token()))
        .exchange()
        .expectStatus()
        .isNotFound();
    http.get()
        .uri("/api/v1/open-days/{id}/bookings/mine", id)
        .headers(h -> h.setBearerAuth(c.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("CONFIRMED")
        .jsonPath("$.position")
        .isEqualTo(2);

    // Each person is told what became of the booking, once: a's seat, c's waitlist place and then
    // c's promotion.
    assertThat(titles(a, m -> m.contains("开放日预约成功：劳动仲裁开放日"))).containsOnlyOnce("开放日预约成功：劳动仲裁开放日");
    List<String> toC = titles(c, m -> m.contains("候补成功：劳动仲裁开放日"));
    assertThat(toC).containsExactly("候补成功：劳动仲裁开放日", "开放日已约满，您在候补第 1 位");
    assertThat(titles(b, m -> !m.isEmpty())).containsExactly("开放日预约成功：劳动仲裁开放日");
    String promoted = inbox(c).get(0).get("body").toString();
    assertThat(promoted)
        .contains("从候补转为正式预约")
        .contains("“劳动仲裁开放日”")
        .containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
    assertThat(inbox(c).get(0).get("caseId")).isNull();

    // Staff see the attendee list and mark attendance; another commission sees nothing.
    List<?> attendees = http.get()
        .uri("/api/v1/staff/open-days/{id}/attendees", id)
        .headers(h -> h.setBearerAuth(staff.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(List.class)
        .returnResult()
        .getResponseBody();
    assertThat(attendees).hasSize(2);
    String bookingId = ((Map<?, ?>) attendees.get(0)).get("bookingId").toString();
    http.post()
        .uri("/api/v1/staff/open-days/{id}/attendance", id)
        .headers(h -> h.setBearerAuth(staff.token()))
        .bodyValue(Map.of("bookingId", bookingId, "attended", true))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[0].attended")
        .isEqualTo(true);
    People.Session stranger = people.staff("baokang");
    http.get()
        .uri("/api/v1/staff/open-days/{id}/attendees", id)
        .headers(h -> h.setBearerAuth(stranger.token()))
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void refusesAccountsOutsideTheAudienceAndBadInput() {
    People.Session staff = people.staff("zaoyang");
    String employersOnly = openDay(staff, 10, "EMPLOYERS", List.of());
    People.Session worker = people.worker("乙工人");
    book(worker, employersOnly)
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("用人单位"));
    book(staff, employersOnly).expectStatus().isForbidden();
    http.post()
        .uri("/api/v1/open-days/{id}/bookings", employersOnly)
        .exchange()
        .expectStatus()
        .isUnauthorized();
    http.post()
        .uri("/api/v1/open-days/{id}/bookings", UUID.randomUUID())
        .headers(h -> h.setBearerAuth(worker.token()))
        .exchange()
        .expectStatus()
        .isNotFound();

    http.post()
        .uri("/api/v1/staff/open-days")
        .headers(h -> h.setBearerAuth(staff.token()))
        .bodyValue(Map.of(
            "title", "", "startsAt", "2020-01-01T00:00:00Z", "capacity", 0, "audience", "ALIENS"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors.length()")
        .isEqualTo(4);
    http.post()
        .uri("/api/v1/staff/open-days")
        .headers(h -> h.setBearerAuth(staff.token()))
        .bodyValue(Map.of(
            "title",
            "开放日",
            "startsAt",
            LocalDate.now(People.ZONE)
                .plusDays(3)
                .atStartOfDay(People.ZONE)
                .toInstant()
                .toString(),
            "capacity",
            5,
            "audience",
            "PUBLIC",
            "hearingIds",
            List.of(UUID.randomUUID().toString())))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("hearingIds");
    http.post()
        .uri("/api/v1/staff/open-days")
        .headers(h -> h.setBearerAuth(worker.token()))
        .bodyValue(Map.of(
            "title",
            "开放日",
            "startsAt",
            "2030-01-01T00:00:00Z",
            "capacity",
            5,
            "audience",
            "PUBLIC"))
        .exchange()
        .expectStatus()
        .isForbidden();
  }

  @Test
  void aVisitorBooksOpenDaysForThePublicAndSeesItsBookings() {
    People.Session staff = people.staff("laohekou");
    String forThePublic = openDay(staff, 5, "PUBLIC", List.of());
    String forStudents = openDay(staff, 5, "STUDENTS", List.of());
    String forEmployers = openDay(staff, 5, "EMPLOYERS", List.of());
    String forWorkers = openDay(staff, 5, "WORKERS", List.of());
    People.Session visitor = people.visitor("钱公众");

    book(visitor, forThePublic)
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("CONFIRMED")
        .jsonPath("$.position")
        .isEqualTo(1);
    book(visitor, forStudents).expectStatus().isCreated();
    book(visitor, forEmployers).expectStatus().isForbidden();
    book(visitor, forWorkers).expectStatus().isForbidden();

    http.get()
        .uri("/api/v1/open-days/bookings/mine")
        .headers(h -> h.setBearerAuth(visitor.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(2)
        .jsonPath("$[?(@.id == '" + forThePublic + "')].mine.status")
        .isEqualTo(List.of("CONFIRMED"))
        .jsonPath("$[?(@.id == '" + forEmployers + "')]")
        .isEmpty();
    http.get().uri("/api/v1/open-days/bookings/mine").exchange().expectStatus().isUnauthorized();
    assertThat(titles(visitor, m -> m.size() >= 2)).containsOnly("开放日预约成功：劳动仲裁开放日");

    // The staff list says who booked with which kind of account.
    http.get()
        .uri("/api/v1/staff/open-days/{id}/attendees", forThePublic)
        .headers(h -> h.setBearerAuth(staff.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[0].accountKind")
        .isEqualTo("VISITOR")
        .jsonPath("$[0].name")
        .isEqualTo("钱公众");
  }
}
