package cn.xiangyang.portal.hearings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.PortalBackendApplication;
import cn.xiangyang.portal.TestServices;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Two backends on the same PostgreSQL and Redis: staff act on one, viewers are connected to the other,
 * and the change reaches them through Redis pub/sub within a second.
 */
@IntegrationTest
@TestPropertySource(properties = "portal.hearings.objection-period=0s")
class LiveStatusAcrossReplicasIntegrationTests extends IntegrationTestBase {

  static ConfigurableApplicationContext replica;
  static String replicaUrl;

  @Autowired
  WebTestClient http;

  @Autowired
  Hearings hearings;

  @BeforeAll
  static void startSecondBackend() {
    Map<String, Object> properties = new HashMap<>();
    TestServices.register((name, value) -> properties.put(name, value.get()));
    properties.put("server.port", "0");
    properties.put("portal.hearings.objection-period", "0s");
    // As command-line arguments: they win over application.yaml, as the test's dynamic properties
    // do.
    String[] args = properties.entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
    replica = new SpringApplicationBuilder(PortalBackendApplication.class)
        .profiles("test")
        .run(args);
    replicaUrl = "http://127.0.0.1:"
        + ((WebServerApplicationContext) replica).getWebServer().getPort();
  }

  @AfterAll
  static void stopSecondBackend() {
    if (replica != null) {
      replica.close();
    }
  }

  @Test
  void aStatusChangeOnOneBackendReachesViewersOfTheOtherWithinASecond() throws Exception {
    http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    People.Session staff = new People(http).staff("xiangzhou");
    UUID id = hearings
        .schedule(People.hearing("xiangzhou", 6, "第一仲裁庭", List.of("UNPAID_WAGES"), "冯十", "某纺织有限公司"))
        .block(Duration.ofSeconds(10));

    // Several viewers on the replica.
    // each viewer on a connection of its own, closed when it leaves, as a browser's EventSource
    WebClient viewer = WebClient.builder()
        .baseUrl(replicaUrl)
        .clientConnector(new org.springframework.http.client.reactive.ReactorClientHttpConnector(
            reactor.netty.http.client.HttpClient.newConnection()))
        .build();
    List<Long> arrivals = new CopyOnWriteArrayList<>();
    List<String> statuses = new CopyOnWriteArrayList<>();
    List<reactor.core.Disposable> streams = new java.util.ArrayList<>();
    java.util.concurrent.CountDownLatch open = new java.util.concurrent.CountDownLatch(5);
    for (int i = 0; i < 5; i++) {
      streams.add(viewer
          .get()
          .uri("/api/v1/hearings/stream")
          .accept(MediaType.TEXT_EVENT_STREAM)
          .retrieve()
          .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {})
          // counted open when the replica says "connected": from then on it delivers every change
          .doOnNext(e -> {
            if ("connected".equals(e.comment())) {
              open.countDown();
            }
          })
          .filter(
              e -> "status".equals(e.event()) && id.toString().equals(e.data().get("id")))
          .subscribe(e -> {
            arrivals.add(System.nanoTime());
            statuses.add(e.data().get("statusLabel").toString());
          }));
    }
    assertThat(open.await(20, java.util.concurrent.TimeUnit.SECONDS))
        .as("all five streams connected")
        .isTrue();

    long sent = System.nanoTime();
    http.post()
        .uri("/api/v1/staff/hearings/{id}/live", id)
        .headers(h -> h.setBearerAuth(staff.token()))
        .exchange()
        .expectStatus()
        .isOk();
    long until = System.currentTimeMillis() + 5000;
    while (arrivals.size() < 5 && System.currentTimeMillis() < until) {
      Thread.sleep(10);
    }
    streams.forEach(reactor.core.Disposable::dispose);

    assertThat(statuses).hasSize(5).containsOnly("直播中");
    assertThat(arrivals)
        .allSatisfy(
            at -> assertThat(Duration.ofNanos(at - sent)).isLessThan(Duration.ofSeconds(1)));
    // The replica's cached schedule was dropped too.
    String list = WebClient.create(replicaUrl)
        .get()
        .uri("/api/v1/hearings?commission=xiangzhou")
        .retrieve()
        .bodyToMono(String.class)
        .block();
    assertThat(list).contains("\"status\":\"LIVE\"");
  }
}
