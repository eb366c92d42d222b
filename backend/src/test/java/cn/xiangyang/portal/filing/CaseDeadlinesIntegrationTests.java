package cn.xiangyang.portal.filing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.filing.Parties.Session;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The deadlines that follow a case, on real PostgreSQL, with the backend's {@link Clock} moved by the
 * test (never the stored dates): the overdue acceptance, the defence counted from the recorded service,
 * the staff queue's OVERDUE flags and the overdue award, each hand-counted on the 2026/2027 calendar.
 */
@IntegrationTest
class CaseDeadlinesIntegrationTests extends IntegrationTestBase {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** A clock the test sets; the backend reads "today" from it. */
  static final class MovableClock extends Clock {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    void set(LocalDate day) {
      now.set(day.atTime(10, 0).atZone(ZONE).toInstant());
    }

    @Override
    public ZoneId getZone() {
      return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now.get(), zone);
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }

  @TestConfiguration
  static class Config {
    @Bean
    @Primary
    MovableClock movableClock() {
      return new MovableClock();
    }
  }

  @Autowired WebTestClient http;
  @Autowired MovableClock clock;
  Parties parties;

  @BeforeEach
  void setUp() {
    http = http.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
    parties = new Parties(http);
  }

  private WebTestClient.BodyContentSpec queue(Session staff) {
    return http.get().uri("/api/v1/staff/cases").headers(h -> h.setBearerAuth(staff.token())).exchange().expectStatus().isOk().expectBody();
  }

  private WebTestClient.BodyContentSpec caseOf(Session who, String id) {
    return http.get().uri("/api/v1/cases/{id}", id).headers(h -> h.setBearerAuth(who.token())).exchange().expectStatus().isOk().expectBody();
  }

  @Test
  void deadlinesFollowTheCaseAndTheQueueFlagsWhatIsOverdueOnTheInjectedClock() {
    clock.set(LocalDate.of(2026, 11, 27)); // a Friday
    Session worker = parties.worker("邓先锋");
    String code = Parties.creditCode();
    Session employer = parties.employer("襄阳某某物流有限公司", code);
    Session clerk = parties.staff("CLERK", "fancheng");
    String id =
        parties.draft(worker, Parties.application(code, "fancheng", LocalDate.of(2025, 9, 1), null,
            List.of(Parties.claim("UNPAID_WAGES", "9000.00", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31)))));
    parties.submit(worker, id);

    // 第二十九条 with 办案规则 第八十条: 5 working days from 2026-11-27 → 2026-12-04 (the example).
    caseOf(worker, id).jsonPath("$.deadlines[?(@.code == 'ACCEPTANCE')].due").isEqualTo(List.of("2026-12-04"))
        .jsonPath("$.deadlines[?(@.code == 'ACCEPTANCE')].note").isEqualTo(List.of());

    // Monday 2026-12-07: the decision is overdue; the queue flags it and the worker is told he may sue.
    clock.set(LocalDate.of(2026, 12, 7));
    queue(clerk).jsonPath("$[?(@.id == '" + id + "')].flags[0].code").isEqualTo(List.of("ACCEPTANCE"))
        .jsonPath("$[?(@.id == '" + id + "')].flags[0].urgency").isEqualTo(List.of("OVERDUE"));
    caseOf(worker, id).jsonPath("$.deadlines[?(@.code == 'ACCEPTANCE')].note")
        .value(n -> assertThat(n.toString()).contains("直接向人民法院提起诉讼", "第二十九条"));

    // Accepted that day: the copy is issued, the defence not yet running (未送达), the award due 2027-01-21.
    http.post().uri("/api/v1/staff/cases/{id}/accept", id).headers(h -> h.setBearerAuth(clerk.token())).bodyValue(Map.of())
        .exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.deadlines[?(@.code == 'SERVICE')].due").isEqualTo(List.of("2026-12-14"))
        .jsonPath("$.deadlines[?(@.code == 'AWARD')].due").isEqualTo(List.of("2027-01-21"));
    caseOf(employer, id).jsonPath("$.deadlines[?(@.code == 'DEFENCE')].pending").isEqualTo(List.of("未送达"))
        .jsonPath("$.deadlines[?(@.code == 'DEFENCE')].due").isEqualTo(List.of());

    // A week later, still not served: the service deadline (第三十条, 5 working days) is flagged, the defence is not.
    clock.set(LocalDate.of(2026, 12, 15));
    queue(clerk).jsonPath("$[?(@.id == '" + id + "')].flags[*].code").isEqualTo(List.of("SERVICE"))
        .jsonPath("$[?(@.id == '" + id + "')].flags[0].urgency").isEqualTo(List.of("OVERDUE"));
    caseOf(employer, id).jsonPath("$.allowedActions[?(@.action == 'SUBMIT_DEFENCE')].allowed").isEqualTo(List.of(true));

    // Served on paper that day: ten working days from 2026-12-15 → 2026-12-29.
    http.post().uri("/api/v1/staff/cases/{id}/service", id).headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("servedOn", "2026-12-06")).exchange().expectStatus().isBadRequest()
        .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("不能早于受理日期"));
    http.post().uri("/api/v1/staff/cases/{id}/service", id).headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("servedOn", "2026-12-15", "method", "PAPER")).exchange().expectStatus().isOk();
    caseOf(employer, id).jsonPath("$.deadlines[?(@.code == 'DEFENCE')].due").isEqualTo(List.of("2026-12-29"))
        .jsonPath("$.deadlines[?(@.code == 'DEFENCE')].urgency").isEqualTo(List.of("ON_TRACK"))
        .jsonPath("$.deadlines[?(@.code == 'DEFENCE')].explanation").value(e -> assertThat(e.toString()).contains("收到仲裁申请书副本", "2026-12-29"));

    // On its last day the defence is still open; the day after it is closed and the queue says so.
    clock.set(LocalDate.of(2026, 12, 29));
    caseOf(employer, id).jsonPath("$.allowedActions[?(@.action == 'SUBMIT_DEFENCE')].allowed").isEqualTo(List.of(true))
        .jsonPath("$.deadlines[?(@.code == 'DEFENCE')].urgency").isEqualTo(List.of("NEAR"));
    clock.set(LocalDate.of(2026, 12, 30));
    http.post().uri("/api/v1/cases/{id}/defence", id).headers(h -> h.setBearerAuth(employer.token()))
        .bodyValue(Map.of("declined", false, "statement", "已足额支付。")).exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT)
        .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("2026-12-29", "第三十条"));
    queue(clerk).jsonPath("$[?(@.id == '" + id + "')].flags[?(@.code == 'DEFENCE')].urgency").isEqualTo(List.of("OVERDUE"));

    // 2027-01-22: the award is overdue; the parties are told they may sue (第四十三条) and the exceptions (解释（一）第十二条).
    clock.set(LocalDate.of(2027, 1, 22));
    caseOf(worker, id).jsonPath("$.deadlines[?(@.code == 'AWARD')].urgency").isEqualTo(List.of("OVERDUE"))
        .jsonPath("$.deadlines[?(@.code == 'AWARD')].note").value(n -> assertThat(n.toString()).contains("第四十三条", "第十二条"));
    queue(clerk).jsonPath("$[?(@.id == '" + id + "')].flags[?(@.code == 'AWARD')].urgency").isEqualTo(List.of("OVERDUE"));
  }

  @Test
  void afterCorrectionTheAcceptancePeriodRestartsFromTheCompletedApplicationAndTheAuditSaysWhy() {
    clock.set(LocalDate.of(2026, 12, 21));
    Session worker = parties.worker("蔡明亮");
    Session clerk = parties.staff("CLERK", "fancheng");
    String id =
        parties.draft(worker, Parties.application(Parties.creditCode(), "fancheng", LocalDate.of(2025, 9, 1), null,
            List.of(Parties.claim("UNPAID_WAGES", "9000.00", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31)))));
    parties.submit(worker, id);
    http.post().uri("/api/v1/staff/cases/{id}/request-correction", id).headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("items", List.of("被申请人的住所"))).exchange().expectStatus().isOk();
    // Completed on 2026-12-28: 5 working days over the New Year holiday → 2027-01-05.
    clock.set(LocalDate.of(2026, 12, 28));
    parties.submit(worker, id);
    caseOf(worker, id).jsonPath("$.deadlines[?(@.code == 'ACCEPTANCE')].due").isEqualTo(List.of("2027-01-05"))
        .jsonPath("$.deadlines[?(@.code == 'ACCEPTANCE')].citations[*].article").value(a -> assertThat(a.toString()).contains("29", "46"));
    http.get().uri("/api/v1/staff/cases/{id}/audit", id).headers(h -> h.setBearerAuth(clerk.token())).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$[?(@.action == 'case.resubmitted')].detail.recomputed")
        .value(r -> assertThat(r.toString()).contains("第四十六条"));
  }
}
