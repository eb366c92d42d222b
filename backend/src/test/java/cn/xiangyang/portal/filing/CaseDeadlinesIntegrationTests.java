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

  @Autowired
  WebTestClient http;

  @Autowired
  MovableClock clock;

  Parties parties;

  @BeforeEach
  void setUp() {
    http = http.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
    parties = new Parties(http);
  }

  private WebTestClient.BodyContentSpec queue(Session staff) {
    return http.get()
        .uri("/api/v1/staff/cases")
        .headers(h -> h.setBearerAuth(staff.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody();
  }

  private WebTestClient.BodyContentSpec caseOf(Session who, String id) {
    return http.get()
        .uri("/api/v1/cases/{id}", id)
        .headers(h -> h.setBearerAuth(who.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody();
  }

  @Test
  void deadlinesFollowTheCaseAndTheQueueFlagsWhatIsOverdueOnTheInjectedClock() {
    clock.set(LocalDate.of(2026, 11, 27)); // a Friday
    Session worker = parties.worker("邓先锋");
    String code = Parties.creditCode();
    Session employer = parties.employer("襄阳某某物流有限公司", code);
    Session clerk = parties.staff("CLERK", "fancheng");
    String id = parties.draft(
        worker,
        Parties.application(
            code,
            "fancheng",
            LocalDate.of(2025, 9, 1),
            null,
            List.of(Parties.claim(
                "UNPAID_WAGES", "9000.00", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31)))));
    parties.submit(worker, id);

    // 第二十九条 with 办案规则 第八十条: 5 working days from 2026-11-27 → 2026-12-04 (the example).
    caseOf(worker, id)
        .jsonPath("$.deadlines[?(@.code == 'ACCEPTANCE')].due")
        .isEqualTo(List.of("2026-12-04"))
        .jsonPath("$.deadlines[?(@.code == 'ACCEPTANCE')].note")
        .isEqualTo(List.of());

    // Monday 2026-12-07: the decision is overdue; the queue flags it and the worker is told he may
    // sue.
    clock.set(LocalDate.of(2026, 12, 7));
    queue(clerk)
        .jsonPath("$[?(@.id == '" + id + "')].flags[0].code")
        .isEqualTo(List.of("ACCEPTANCE"))
        .jsonPath("$[?(@.id == '" + id + "')].flags[0].urgency")
        .isEqualTo(List.of("OVERDUE"));
    caseOf(worker, id)
        .jsonPath("$.deadlines[?(@.code == 'ACCEPTANCE')].note")
        .value(n -> assertThat(n.toString()).contains("直接向人民法院提起诉讼", "第二十九条"));

    // Accepted that day: the copy is issued, the defence not yet running (未送达), the award due
    // 2027-01-21.
    http.post()
        .uri("/api/v1/staff/cases/{id}/accept", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.deadlines[?(@.code == 'SERVICE')].due")
        .isEqualTo(List.of("2026-12-14"))
        .jsonPath("$.deadlines[?(@.code == 'AWARD')].due")
        .isEqualTo(List.of("2027-01-21"));
    caseOf(employer, id)
        .jsonPath("$.deadlines[?(@.code == 'DEFENCE')].pending")
        .isEqualTo(List.of("未送达"))
        .jsonPath("$.deadlines[?(@.code == 'DEFENCE')].due")
        .isEqualTo(List.of());

    // A week later, still not served: the service deadline (第三十条, 5 working days) is flagged, the
    // defence is not.
    clock.set(LocalDate.of(2026, 12, 15));
    queue(clerk)
        .jsonPath("$[?(@.id == '" + id + "')].flags[*].code")
        .isEqualTo(List.of("SERVICE"))
        .jsonPath("$[?(@.id == '" + id + "')].flags[0].urgency")
        .isEqualTo(List.of("OVERDUE"));
    caseOf(employer, id)
        .jsonPath("$.allowedActions[?(@.action == 'SUBMIT_DEFENCE')].allowed")
        .isEqualTo(List.of(true));

    // Served on paper that day: ten working days from 2026-12-15 → 2026-12-29.
    http.post()
        .uri("/api/v1/staff/cases/{id}/service", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("servedOn", "2026-12-06"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("不能早于受理日期"));
    http.post()
        .uri("/api/v1/staff/cases/{id}/service", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("servedOn", "2026-12-15", "method", "PAPER"))
        .exchange()
        .expectStatus()
        .isOk();
    caseOf(employer, id)
        .jsonPath("$.deadlines[?(@.code == 'DEFENCE')].due")
        .isEqualTo(List.of("2026-12-29"))
        .jsonPath("$.deadlines[?(@.code == 'DEFENCE')].urgency")
        .isEqualTo(List.of("ON_TRACK"))
        .jsonPath("$.deadlines[?(@.code == 'DEFENCE')].explanation")
        .value(e -> assertThat(e.toString()).contains("收到仲裁申请书副本", "2026年12月29日"));

    // On its last day the defence is still open; the day after it is closed and the queue says so.
    clock.set(LocalDate.of(2026, 12, 29));
    caseOf(employer, id)
        .jsonPath("$.allowedActions[?(@.action == 'SUBMIT_DEFENCE')].allowed")
        .isEqualTo(List.of(true))
        .jsonPath("$.deadlines[?(@.code == 'DEFENCE')].urgency")
        .isEqualTo(List.of("NEAR"));
    clock.set(LocalDate.of(2026, 12, 30));
    http.post()
        .uri("/api/v1/cases/{id}/defence", id)
        .headers(h -> h.setBearerAuth(employer.token()))
        .bodyValue(Map.of("declined", false, "statement", "已足额支付。"))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT)
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("2026年12月29日", "第三十条"));
    queue(clerk)
        .jsonPath("$[?(@.id == '" + id + "')].flags[?(@.code == 'DEFENCE')].urgency")
        .isEqualTo(List.of("OVERDUE"));

    // 2027-01-22: the award is overdue; the parties are told they may sue (第四十三条) and the
    // exceptions (解释（一）第十二条).
    clock.set(LocalDate.of(2027, 1, 22));
    caseOf(worker, id)
        .jsonPath("$.deadlines[?(@.code == 'AWARD')].urgency")
        .isEqualTo(List.of("OVERDUE"))
        .jsonPath("$.deadlines[?(@.code == 'AWARD')].note")
        .value(n -> assertThat(n.toString()).contains("第四十三条", "第十二条"));
    queue(clerk)
        .jsonPath("$[?(@.id == '" + id + "')].flags[?(@.code == 'AWARD')].urgency")
        .isEqualTo(List.of("OVERDUE"));
  }

  @Test
  void afterCorrectionTheAcceptancePeriodRestartsFromTheCompletedApplicationAndTheAuditSaysWhy() {
    clock.set(LocalDate.of(2026, 12, 21));
    Session worker = parties.worker("蔡明亮");
    Session clerk = parties.staff("CLERK", "fancheng");
    String id = parties.draft(
        worker,
        Parties.application(
            Parties.creditCode(),
            "fancheng",
            LocalDate.of(2025, 9, 1),
            null,
            List.of(Parties.claim(
                "UNPAID_WAGES", "9000.00", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31)))));
    parties.submit(worker, id);
    http.post()
        .uri("/api/v1/staff/cases/{id}/request-correction", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("items", List.of("被申请人的住所")))
        .exchange()
        .expectStatus()
        .isOk();
    // Completed on 2026-12-28: 5 working days over the New Year holiday → 2027-01-05.
    clock.set(LocalDate.of(2026, 12, 28));
    parties.submit(worker, id);
    caseOf(worker, id)
        .jsonPath("$.deadlines[?(@.code == 'ACCEPTANCE')].due")
        .isEqualTo(List.of("2027-01-05"))
        .jsonPath("$.deadlines[?(@.code == 'ACCEPTANCE')].citations[*].article")
        .value(a -> assertThat(a.toString()).contains("29", "46"));
    http.get()
        .uri("/api/v1/staff/cases/{id}/audit", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.action == 'case.resubmitted')].detail.recomputed")
        .value(r -> assertThat(r.toString()).contains("第四十六条"));
  }

  private WebTestClient.ResponseSpec period(Session staff, String id, Map<String, ?> body) {
    return http.post()
        .uri("/api/v1/staff/cases/{id}/period-events", id)
        .headers(h -> h.setBearerAuth(staff.token()))
        .bodyValue(body)
        .exchange();
  }

  @Test
  void
      theAwardPeriodIsCountedAnewAfterACounterApplicationPausedBySuspensionAndCountedAnewAfterATransfer() {
    clock.set(LocalDate.of(2026, 11, 27));
    Session worker = parties.worker("高远航");
    String code = Parties.creditCode();
    Session employer = parties.employer("襄阳某某机械有限公司", code);
    Session clerk = parties.staff("CLERK", "fancheng");
    Session arbitrator = parties.staff("ARBITRATOR", "fancheng");
    Session director = parties.staff("DIRECTOR", "fancheng");
    String id = parties.draft(
        worker,
        Parties.application(
            code,
            "fancheng",
            LocalDate.of(2025, 9, 1),
            null,
            List.of(Parties.claim(
                "UNPAID_WAGES", "9000.00", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31)))));
    parties.submit(worker, id);
    http.post()
        .uri("/api/v1/staff/cases/{id}/accept", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.deadlines[?(@.code == 'AWARD')].due")
        .isEqualTo(List.of("2027-01-11"));
    http.post()
        .uri("/api/v1/staff/cases/{id}/service", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .bodyValue(Map.of("servedOn", "2026-11-27", "method", "PAPER"))
        .exchange()
        .expectStatus()
        .isOk();

    // 办案规则 第三十六条: a counter-application received after the defence period (due 2026-12-11) is
    // refused at the field.
    clock.set(LocalDate.of(2026, 12, 15));
    period(
            clerk,
            id,
            Map.of(
                "action",
                "ACCEPT_COUNTER_APPLICATION",
                "on",
                "2026-12-15",
                "receivedOn",
                "2026-12-14",
                "reason",
                "被申请人请求返还培训费"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("receivedOn")
        .jsonPath("$.errors[0].message")
        .value(m -> assertThat(m.toString()).contains("另行申请仲裁", "第三十六条", "2026年12月11日"));
    period(
            clerk,
            id,
            Map.of(
                "action",
                "ACCEPT_COUNTER_APPLICATION",
                "on",
                "2026-12-16",
                "receivedOn",
                "2026-12-08",
                "reason",
                "x"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("on");
    period(
            clerk,
            id,
            Map.of("action", "ACCEPT_COUNTER_APPLICATION", "on", "2026-12-10", "reason", "x"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("receivedOn");
    period(
            clerk,
            id,
            Map.of("action", "ACCEPT_COUNTER_APPLICATION", "on", "2026-12-32", "reason", "x"))
        .expectStatus()
        .isBadRequest();
    period(clerk, id, Map.of("action", "NOT_AN_EVENT", "on", "2026-12-10", "reason", "x"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("action");

    // Received 2026-12-08 in the defence period, accepted and merged 2026-12-10 (第四十六条第四项): 45
    // natural days
    // end on Sunday 2027-01-24 → 2027-01-25; every party's page shows it, and the audit trail says
    // why.
    period(
            clerk,
            id,
            Map.of(
                "action",
                "ACCEPT_COUNTER_APPLICATION",
                "on",
                "2026-12-10",
                "receivedOn",
                "2026-12-08",
                "reason",
                "被申请人请求返还培训费，合并处理"))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.deadlines[?(@.code == 'AWARD')].due")
        .isEqualTo(List.of("2027-01-25"));
    caseOf(worker, id)
        .jsonPath("$.deadlines[?(@.code == 'AWARD')].due")
        .isEqualTo(List.of("2027-01-25"))
        .jsonPath("$.deadlines[?(@.code == 'AWARD')].explanation")
        .value(e -> assertThat(e.toString()).contains("受理反申请之日", "2027年1月25日"))
        .jsonPath("$.documents[?(@.kind == 'PERIOD_NOTICE')].body")
        .value(b -> assertThat(b.toString()).contains("第四十六条第四项", "2027年1月25日"));
    caseOf(employer, id)
        .jsonPath("$.deadlines[?(@.code == 'AWARD')].due")
        .isEqualTo(List.of("2027-01-25"));
    http.get()
        .uri("/api/v1/staff/cases/{id}/audit", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.action == 'case.counter-application-accepted')].why")
        .value(w -> assertThat(w.toString()).contains("因反申请，审理期限自2026年12月10日重新计算", "第四十六条第四项"))
        .jsonPath("$[?(@.action == 'case.counter-application-accepted')].actionLabel")
        .isEqualTo(List.of("受理反申请并合并处理"));

    // 第四十七条: only the director suspends; while suspended no last day runs and nothing is flagged
    // overdue.
    period(clerk, id, Map.of("action", "SUSPEND", "on", "2026-12-15", "reason", "等待工伤认定结论"))
        .expectStatus()
        .isForbidden();
    period(
            director,
            id,
            Map.of(
                "action", "SUSPEND", "on", "2026-12-15", "reason", "案件处理需要等待工伤认定结论（第四十七条第一款第六项）"))
        .expectStatus()
        .isOk();
    clock.set(LocalDate.of(2027, 2, 10));
    caseOf(worker, id)
        .jsonPath("$.deadlines[?(@.code == 'AWARD')].pending")
        .isEqualTo(List.of("中止审理中"))
        .jsonPath("$.deadlines[?(@.code == 'AWARD')].urgency")
        .isEqualTo(List.of("NOT_STARTED"));
    queue(clerk)
        .jsonPath("$[?(@.id == '" + id + "')].flags[?(@.code == 'AWARD')]")
        .isEmpty();
    period(arbitrator, id, Map.of("action", "CHANGE_CLAIMS", "on", "2026-12-20", "reason", "x"))
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT);

    // Resumed 2026-12-25: the 10 suspended days are not counted (第四十六条第六项) → 2027-02-03.
    clock.set(LocalDate.of(2026, 12, 28));
    period(arbitrator, id, Map.of("action", "RESUME", "on", "2026-12-14", "reason", "x"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("on");
    period(arbitrator, id, Map.of("action", "RESUME", "on", "2026-12-25", "reason", "工伤认定结论已作出"))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.deadlines[?(@.code == 'AWARD')].due")
        .isEqualTo(List.of("2027-02-03"));
    clock.set(LocalDate.of(2027, 2, 4));
    queue(clerk)
        .jsonPath("$[?(@.id == '" + id + "')].flags[?(@.code == 'AWARD')].urgency")
        .isEqualTo(List.of("OVERDUE"));
    caseOf(worker, id)
        .jsonPath("$.deadlines[?(@.code == 'AWARD')].note")
        .value(n -> assertThat(n.toString()).contains("第四十三条", "第十二条", "第四十八条"));

    // 办案规则 第九条: transferred to the 襄城区 commission; its clerk accepts on 2027-01-08, and the period
    // is
    // counted anew from then (第四十六条第五项): 45 natural days → Monday 2027-02-22.
    clock.set(LocalDate.of(2027, 1, 6));
    Session receiving = parties.staff("CLERK", "xiangcheng");
    period(
            clerk,
            id,
            Map.of(
                "action",
                "TRANSFER_JURISDICTION",
                "on",
                "2027-01-06",
                "reason",
                "劳动合同履行地在襄城区",
                "commissionId",
                "nowhere"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("commissionId");
    period(
            clerk,
            id,
            Map.of(
                "action",
                "TRANSFER_JURISDICTION",
                "on",
                "2027-01-06",
                "reason",
                "劳动合同履行地在襄城区",
                "commissionId",
                "xiangcheng"))
        .expectStatus()
        .isOk();
    http.get()
        .uri("/api/v1/staff/cases/{id}", id)
        .headers(h -> h.setBearerAuth(clerk.token()))
        .exchange()
        .expectStatus()
        .isNotFound();
    caseOf(worker, id)
        .jsonPath("$.deadlines[?(@.code == 'AWARD')].pending")
        .isEqualTo(List.of("移送管辖中"));
    clock.set(LocalDate.of(2027, 1, 8));
    period(
            receiving,
            id,
            Map.of("action", "ACCEPT_TRANSFER", "on", "2027-01-08", "reason", "本委员会有管辖权"))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.deadlines[?(@.code == 'AWARD')].due")
        .isEqualTo(List.of("2027-02-22"));
    clock.set(LocalDate.of(2027, 2, 23));
    queue(receiving)
        .jsonPath("$[?(@.id == '" + id + "')].flags[?(@.code == 'AWARD')].urgency")
        .isEqualTo(List.of("OVERDUE"));
    http.get()
        .uri("/api/v1/staff/cases/{id}/audit", id)
        .headers(h -> h.setBearerAuth(receiving.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.action == 'case.transfer-accepted')].why")
        .value(w -> assertThat(w.toString()).contains("因移送管辖，审理期限自2027年1月8日重新计算"))
        .jsonPath("$[?(@.action == 'case.resumed')].why")
        .value(w -> assertThat(w.toString()).contains("中止审理 10 日"));
  }
}
