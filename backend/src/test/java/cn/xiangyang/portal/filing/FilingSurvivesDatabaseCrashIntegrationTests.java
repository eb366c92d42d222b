package cn.xiangyang.portal.filing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.filing.Parties.Session;
import cn.xiangyang.portal.launcher.LocalServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The start command's embedded PostgreSQL killed 0 ms after a receipt (issue 9: a receipted filing
 * came back as a draft and its number was given again): every receipted filing keeps its application
 * number (申请编号) and every accepted one its 案号; no number is given twice, and the 案号 go on without a gap. The database is the launcher's own, supervised as in
 * {@code ./portal.sh}, so the test may kill it.
 */
@IntegrationTest
@DirtiesContext
class FilingSurvivesDatabaseCrashIntegrationTests {

  static LocalServices services;

  @DynamicPropertySource
  static void embedded(DynamicPropertyRegistry registry) throws Exception {
    Path home = Files.createTempDirectory("portal-crash-");
    System.setProperty("PORTAL_HOME", home.toString());
    System.setProperty("PORTAL_EMBEDDED", "always");
    try {
      services = LocalServices.prepare();
    } finally {
      System.clearProperty("PORTAL_HOME");
      System.clearProperty("PORTAL_EMBEDDED");
    }
    services.supervise(Duration.ofMillis(200));
    Map<String, String> s = services.settings();
    registry.add("spring.r2dbc.url", () -> "r2dbc:" + s.get("PORTAL_DB_URL"));
    registry.add("spring.flyway.url", () -> "jdbc:" + s.get("PORTAL_DB_URL"));
    registry.add("spring.r2dbc.username", () -> "postgres");
    registry.add("spring.r2dbc.password", () -> "");
    registry.add("spring.flyway.user", () -> "postgres");
    registry.add("spring.flyway.password", () -> "");
    registry.add("spring.data.redis.url", () -> s.get("PORTAL_REDIS_URL"));
    cn.xiangyang.portal.accounts.TestSms.readFrom("jdbc:" + s.get("PORTAL_DB_URL"));
  }

  @AfterAll
  static void stop() {
    cn.xiangyang.portal.accounts.TestSms.readFrom(null);
    services.close();
  }

  @Autowired
  WebTestClient http;

  @Test
  void receiptedFilingsKeepTheirNumbersAfterTheDatabaseIsKilledAndTheNextGetsTheNextNumber()
      throws Exception {
    http = http.mutate().responseTimeout(Duration.ofSeconds(60)).build();
    Parties parties = new Parties(http);
    Session worker = parties.worker("崩溃测试");
    Session clerk = parties.staff("CLERK", "baokang");
    Map<String, Object> body = Parties.application(
        Parties.creditCode(),
        "baokang",
        Parties.today().minusYears(1),
        null,
        List.of(Parties.claim(
            "UNPAID_WAGES",
            "13500.00",
            Parties.today().minusMonths(4),
            Parties.today().minusMonths(1))));
    List<String> ids = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(parties.draft(worker, body));
    }
    String next = parties.draft(worker, body);
    for (String id : ids) {
      Map<?, ?> receipt = parties.submit(worker, id);
      assertThat(receipt.get("caseNumber")).as("the 案号 comes with acceptance").isNull();
      numbers.add(receipt.get("applicationNumber").toString());
    }
    // The first two accepted (立案): their 案号 are 1 and 2 of the commission's year.
    List<String> caseNumbers = new ArrayList<>();
    for (String id : ids.subList(0, 2)) {
      caseNumbers.add(parties.accept(clerk, id).get("caseNumber").toString());
    }
    // The receipt is in hand: kill the server at once, as the outside test did.
    long killed = services.postgresProcess().orElseThrow().pid();
    new ProcessBuilder("kill", "-9", Long.toString(killed)).start().waitFor();
    String year = Integer.toString(Parties.today().getYear());
    assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.matches("SQ\\d{9,}[0-9X]"));
    assertThat(caseNumbers).containsExactly(number(year, 1), number(year, 2));

    awaitRestart(killed);
    for (int i = 0; i < ids.size(); i++) {
      Map<?, ?> filing = view(worker, ids.get(i));
      assertThat(filing.get("applicationNumber")).isEqualTo(numbers.get(i));
      assertThat(filing.get("caseNumber")).isEqualTo(i < 2 ? caseNumbers.get(i) : null);
      assertThat(filing.get("status")).isNotEqualTo("DRAFT");
    }
    // A number given before the crash is never given again (the sequence may skip some, never
    // repeat).
    String nextNumber = parties.submit(worker, next).get("applicationNumber").toString();
    assertThat(numbers).doesNotContain(nextNumber);
    // And the 案号 continue without a gap: 3, 4, 5, 6.
    List<String> later = new ArrayList<>();
    for (String id : List.of(ids.get(2), ids.get(3), ids.get(4), next)) {
      later.add(parties.accept(clerk, id).get("caseNumber").toString());
    }
    assertThat(later)
        .containsExactly(number(year, 3), number(year, 4), number(year, 5), number(year, 6));
  }

  private static String number(String year, int n) {
    return "保劳人仲案字〔" + year + "〕第" + n + "号";
  }

  /** The filing as its worker sees it, once the restarted database answers (pooled connections died). */
  private Map<?, ?> view(Session worker, String id) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      var result = http.get()
          .uri("/api/v1/filings/{id}", id)
          .headers(h -> h.setBearerAuth(worker.token()))
          .exchange()
          .expectBody(Map.class)
          .returnResult();
      if (result.getStatus().is2xxSuccessful()) {
        return result.getResponseBody();
      }
      assertThat(result.getStatus().value())
          .as("while the database restarts: 503, never a 500")
          .isEqualTo(503);
      assertThat(System.nanoTime()).isLessThan(until);
      Thread.sleep(200);
    }
  }

  private static void awaitRestart(long killed) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (services
        .postgresProcess()
        .map(ProcessHandle::pid)
        .filter(pid -> pid != killed)
        .isEmpty()) {
      assertThat(System.nanoTime()).as("the supervisor restarts PostgreSQL").isLessThan(until);
      Thread.sleep(100);
    }
  }
}
