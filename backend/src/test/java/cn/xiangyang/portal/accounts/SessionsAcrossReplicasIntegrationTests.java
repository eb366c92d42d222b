package cn.xiangyang.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.PortalBackendApplication;
import cn.xiangyang.portal.TestServices;
import cn.xiangyang.portal.hearings.People;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two backends on the same PostgreSQL and Redis, each keeping the sessions it looked up for a few seconds: a
 * logout on one of them ends the session on the other at once, not when the other's copy expires.
 */
@IntegrationTest
class SessionsAcrossReplicasIntegrationTests extends IntegrationTestBase {

  static ConfigurableApplicationContext replica;
  static WebTestClient other;

  @Autowired
  WebTestClient http;

  @BeforeAll
  static void startSecondBackend() {
    Map<String, Object> properties = new HashMap<>();
    TestServices.register((name, value) -> properties.put(name, value.get()));
    properties.put("server.port", "0");
    // a copy that would outlive the test: only the announced logout can end it
    properties.put("portal.accounts.session-cache-ttl", "10m");
    String[] args = properties.entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
    replica = new SpringApplicationBuilder(PortalBackendApplication.class)
        .profiles("test")
        .run(args);
    other = WebTestClient.bindToServer()
        .baseUrl("http://127.0.0.1:"
            + ((WebServerApplicationContext) replica).getWebServer().getPort())
        .build();
  }

  @AfterAll
  static void stopSecondBackend() {
    if (replica != null) {
      replica.close();
    }
  }

  @Test
  void aLogoutOnOneBackendEndsTheSessionOnTheOtherAtOnce() throws Exception {
    String token = new People(http).worker("孙十一").token();
    // the other backend has looked the session up and keeps it
    other
        .get()
        .uri("/api/v1/accounts/me")
        .headers(h -> h.setBearerAuth(token))
        .exchange()
        .expectStatus()
        .isOk();
    other
        .get()
        .uri("/api/v1/accounts/me")
        .headers(h -> h.setBearerAuth(token))
        .exchange()
        .expectStatus()
        .isOk();

    http.delete()
        .uri("/api/v1/sessions/current")
        .headers(h -> h.setBearerAuth(token))
        .exchange()
        .expectStatus()
        .isNoContent();

    // the announcement travels through Redis pub/sub: allow it a moment, far less than the copy's
    // ten minutes
    int status = 0;
    long until = System.currentTimeMillis() + 2000;
    while (System.currentTimeMillis() < until) {
      status = other
          .get()
          .uri("/api/v1/accounts/me")
          .headers(h -> h.setBearerAuth(token))
          .exchange()
          .returnResult(String.class)
          .getStatus()
          .value();
      if (status == 401) {
        break;
      }
      Thread.sleep(20);
    }
    assertThat(status).as("the other backend refuses the closed session").isEqualTo(401);
    // and the one that logged out refused it at once
    http.get()
        .uri("/api/v1/accounts/me")
        .headers(h -> h.setBearerAuth(token))
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }
}
