package cn.xiangyang.portal.filing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.filing.Parties.Session;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Filing on the shared Idempotency-Key facility ({@code system.Idempotency}), over HTTP. */
@IntegrationTest
class FilingIdempotencyIntegrationTests extends IntegrationTestBase {

  @Autowired
  WebTestClient http;

  Parties parties;

  @BeforeEach
  void setUp() {
    http = http.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
    parties = new Parties(http);
  }

  private WebTestClient.ResponseSpec create(Session worker, String key) {
    return http.post()
        .uri("/api/v1/filings")
        .headers(h -> {
          h.setBearerAuth(worker.token());
          h.set("Idempotency-Key", key);
        })
        .bodyValue(Map.of())
        .exchange();
  }

  private String created(Session worker, String key) {
    return create(worker, key)
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("id")
        .toString();
  }

  @Test
  void aKeyOfTheWrongFormatIsAChinese400AndNothingIsMade() {
    Session worker = parties.worker("钱立本");
    create(worker, "not a key!")
        .expectStatus()
        .isEqualTo(HttpStatus.BAD_REQUEST)
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("请求标识不正确")
        .jsonPath("$.detail")
        .isEqualTo("Idempotency-Key 应为 1–100 个字母、数字或 - _ 字符（建议使用 UUID）。");
    http.post()
        .uri("/api/v1/filings/{id}/submit", UUID.randomUUID())
        .headers(h -> {
          h.setBearerAuth(worker.token());
          h.set("Idempotency-Key", "x".repeat(101));
        })
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void twoAccountsWithOneKeyMakeTwoDraftsAndADoubleTapMakesOne() throws Exception {
    Session one = parties.worker("孙国栋");
    Session two = parties.worker("孙国梁");
    String key = UUID.randomUUID().toString();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<String> tap = () -> created(one, key);
      Future<String> first = pool.submit(tap);
      Future<String> second = pool.submit(tap);
      assertThat(first.get()).isEqualTo(second.get());
      assertThat(created(two, key)).isNotEqualTo(first.get());
      // a deleted draft frees its key: the next create with it makes a new draft
      http.delete()
          .uri("/api/v1/filings/{id}", first.get())
          .headers(h -> h.setBearerAuth(one.token()))
          .exchange()
          .expectStatus()
          .isNoContent();
      assertThat(created(one, key)).isNotEqualTo(first.get());
    } finally {
      pool.shutdownNow();
    }
  }
}
