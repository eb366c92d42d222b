package cn.xiangyang.portal.system;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntegrationTest
class HttpErrorsIntegrationTests extends IntegrationTestBase {

  @Autowired
  WebTestClient http;

  @org.springframework.boot.test.web.server.LocalServerPort
  int port;

  @Test
  void pingAnswersWithoutLogin() {
    http.get()
        .uri("/api/v1/ping")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("ok");
  }

  String adminToken() {
    return http.post()
        .uri("/api/v1/sessions")
        .bodyValue(java.util.Map.of("account", "admin", "password", "Admin-test-2026"))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(java.util.Map.class)
        .returnResult()
        .getResponseBody()
        .get("token")
        .toString();
  }

  @Test
  void unknownRouteIsAChineseNotFoundProblem() {
    http.get()
        .uri("/api/v1/no-such-thing")
        .headers(h -> h.setBearerAuth(adminToken()))
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("找不到您要访问的内容，请检查地址是否正确。");
  }

  @Test
  void wrongMethodIsMethodNotAllowed() {
    http.put()
        .uri("/api/v1/accounts/me")
        .headers(h -> h.setBearerAuth(adminToken()))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void malformedJsonIsABadRequestNotAServerError() {
    http.post()
        .uri("/api/v1/accounts/workers")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"name\": ")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> org.assertj.core.api.Assertions.assertThat(d.toString()).contains("JSON"));
  }

  @Test
  void oversizeJsonBodyIsPayloadTooLarge() {
    String huge = "{\"name\":\"" + "长".repeat(300_000) + "\"}";
    http.post()
        .uri("/api/v1/accounts/workers")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(huge)
        .exchange()
        .expectStatus()
        .isEqualTo(413)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void declaredHugeBodyIsRefusedBeforeReading() throws Exception {
    // A raw request: the headers promise 100 MB, and not a byte of it is sent.
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(5000);
      socket
          .getOutputStream()
          .write(("POST /api/v1/accounts/workers HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Type: application/json\r\nContent-Length: 104857600\r\n\r\n")
              .getBytes());
      String status = new java.io.BufferedReader(
              new java.io.InputStreamReader(socket.getInputStream()))
          .readLine();
      org.assertj.core.api.Assertions.assertThat(status).startsWith("HTTP/1.1 413");
    }
  }

  @Test
  void protectedEndpointWithoutTokenIsUnauthorizedProblem() {
    http.get()
        .uri("/api/v1/accounts/me")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .valueEquals("WWW-Authenticate", "Bearer");
  }

  @Test
  void garbageTokenIsUnauthorized() {
    http.get()
        .uri("/api/v1/accounts/me")
        .header("Authorization", "Bearer " + "x".repeat(500))
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  @Test
  void listsTheCommissionsAndAreasPublicly() {
    http.get()
        .uri("/api/v1/areas")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(12)
        .jsonPath("$[0].name")
        .isEqualTo("襄城区");
    http.get()
        .uri("/api/v1/commissions")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.id == 'xiangyang')].areas[0]")
        .isEqualTo("襄阳高新技术产业开发区");
  }

  @Test
  void servesTheOpenApiDocument() {
    http.get()
        .uri("/api/v1/openapi")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.paths['/api/v1/sessions']")
        .exists();
  }

  @Test
  void healthIsUp() {
    http.get()
        .uri("/actuator/health")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP");
  }
}
