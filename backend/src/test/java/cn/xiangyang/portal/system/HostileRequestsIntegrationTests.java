package cn.xiangyang.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.accounts.ResidentIdNumber;
import cn.xiangyang.portal.accounts.TestSms;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Input an attacker or a broken client sends (issue 9): refused as a problem, never a 500, nothing stored. */
@IntegrationTest
class HostileRequestsIntegrationTests extends IntegrationTestBase {

  @Autowired
  WebTestClient http;

  @LocalServerPort
  int port;

  @Test
  void nulControlCharactersAndLoneSurrogatesInAnyStringAreAFieldError() {
    for (String bad : List.of("张\u0000三", "\u001b[31m张三", "张三\ud800", "\udc00")) {
      http.post()
          .uri("/api/v1/accounts/workers")
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of(
              "name",
              bad,
              "phone",
              "13712345678",
              "idNumber",
              "420602198805010011",
              "password",
              "secret2026"))
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectHeader()
          .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.errors[0].field")
          .isEqualTo("name")
          .jsonPath("$.errors[0].message")
          .value(m -> assertThat(m.toString()).contains("字符"));
    }
    http.post()
        .uri("/api/v1/sessions")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"account\":\"admin\\u0000\",\"password\":\"x\"}")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("account");
    // tab, line feed and carriage return are text
    http.post()
        .uri("/api/v1/knowledge/search")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("query", "拖欠\t工资\r\n怎么办"))
        .exchange()
        .expectStatus()
        .value(s -> assertThat(s).isLessThan(500));
  }

  @Test
  void absurdDatesAreAFieldErrorNotAServerError() {
    String token = workerToken();
    for (String date : List.of("-0001-01-01", "+999999999-12-31", "1899-12-31")) {
      http.post()
          .uri("/api/v1/filings")
          .headers(h -> h.setBearerAuth(token))
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue("{\"employment\":{\"startDate\":\"" + date + "\"}}")
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectHeader()
          .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.errors[0].field")
          .isEqualTo("employment.startDate");
    }
  }

  @Test
  void encodedSlashAndNulInThePathAreProblemsAndTheConnectionKeepsAnswering() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      java.io.InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
      for (String path : List.of(
          "/api/v1/knowledge/laws/a%2Fb",
          "/api/v1/knowledge/laws/%00", "/api/v1/%2e%2e%2Factuator", "/api/v1/ping")) {
        out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String status = line(in);
        int code = Integer.parseInt(status.split(" ")[1]);
        long length = -1;
        String type = "";
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
          String lower = line.toLowerCase(java.util.Locale.ROOT);
          if (lower.startsWith("content-length:")) {
            length = Long.parseLong(line.substring(15).strip());
          } else if (lower.startsWith("content-type:")) {
            type = lower.substring(13).strip();
          } else if (lower.startsWith("connection:")) {
            assertThat(lower).as(path).doesNotContain("close");
          }
        }
        assertThat(length).as(path + " has a body of known length").isGreaterThan(0);
        assertThat(in.readNBytes((int) length)).hasSize((int) length);
        if (path.endsWith("/ping")) {
          assertThat(code).isEqualTo(200);
        } else {
          assertThat(code).as(path).isBetween(400, 499);
          assertThat(type).as(path).startsWith("application/problem+json");
        }
      }
    }
  }

  private static String line(java.io.InputStream in) throws java.io.IOException {
    java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      assertThat(b).as("the connection answers").isNotEqualTo(-1);
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.UTF_8);
  }

  @Test
  void evidenceFileNamesLoseBidiControls() {
    String token = workerToken();
    String id = http.post()
        .uri("/api/v1/filings")
        .headers(h -> h.setBearerAuth(token))
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("id")
        .toString();
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    MultipartBodyBuilder body = new MultipartBodyBuilder();
    body.part("file", new ByteArrayResource(png) {
          @Override
          public String getFilename() {
            return "\u202egnp.exe\u2066.png";
          }
        })
        .contentType(MediaType.IMAGE_PNG);
    http.post()
        .uri("/api/v1/filings/{id}/evidence", id)
        .headers(h -> h.setBearerAuth(token))
        .body(BodyInserters.fromMultipartData(body.build()))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.fileName")
        .value(name ->
            assertThat(name.toString()).doesNotContain("\u202e", "\u2066").endsWith(".png"));
  }

  @Test
  void onlyAnAdministratorReplacesTheSensitiveWordsAndTheChangeIsAudited() throws Exception {
    String admin = login("admin", "Admin-test-2026");
    String username = "clerk-words-" + Math.abs(System.nanoTime() % 1_000_000);
    http.post()
        .uri("/api/v1/staff/accounts")
        .headers(h -> h.setBearerAuth(admin))
        .bodyValue(Map.of(
            "username",
            username,
            "displayName",
            "书记员",
            "role",
            "CLERK",
            "commissionId",
            "fancheng",
            "password",
            "staff2026pass"))
        .exchange()
        .expectStatus()
        .isCreated();
    String clerk = login(username, "staff2026pass");
    http.put()
        .uri("/api/v1/staff/assistant/sensitive-words")
        .headers(h -> h.setBearerAuth(clerk))
        .bodyValue(Map.of("words", List.of("替换全市词表")))
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    http.put()
        .uri("/api/v1/staff/assistant/sensitive-words")
        .headers(h -> h.setBearerAuth(admin))
        .bodyValue(Map.of("words", List.of("词".repeat(51))))
        .exchange()
        .expectStatus()
        .isBadRequest();
    List<?> words = (List<?>) http.get()
        .uri("/api/v1/staff/assistant/sensitive-words")
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("words");
    http.put()
        .uri("/api/v1/staff/assistant/sensitive-words")
        .headers(h -> h.setBearerAuth(admin))
        .bodyValue(Map.of("words", words))
        .exchange()
        .expectStatus()
        .isOk();
    try (var c = cn.xiangyang.portal.TestServices.jdbc();
        var rs = c.createStatement()
            .executeQuery(
                "select count(*) from audit.audit_events where action = 'assistant.sensitive-words.replaced'")) {
      rs.next();
      assertThat(rs.getInt(1)).isPositive();
    }
  }

  @Test
  void actuatorMetricsAndIndexAreNotAnonymousButHealthIs() {
    http.get().uri("/actuator/health").exchange().expectStatus().isOk();
    http.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
    http.get()
        .uri("/actuator/prometheus")
        .headers(h -> h.setBearerAuth("guess"))
        .exchange()
        .expectStatus()
        .isUnauthorized();
    http.get()
        .uri("/actuator")
        .exchange()
        .expectStatus()
        .value(s -> assertThat(s).isIn(401, 403));
    http.get()
        .uri("/actuator/prometheus")
        .headers(h -> h.setBearerAuth(login("admin", "Admin-test-2026")))
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  private String login(String account, String password) {
    return http.post()
        .uri("/api/v1/sessions")
        .bodyValue(Map.of("account", account, "password", password))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("token")
        .toString();
  }

  private String workerToken() {
    int n = (int) Math.abs(System.nanoTime() % 100_000_000L);
    String phone = String.format("133%08d", n);
    String first17 = String.format("42060219920101%03d", n % 1000);
    String id = first17 + ResidentIdNumber.checkCharacter(first17);
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(Map.of(
            "name",
            "攻击测试",
            "phone",
            phone,
            "idNumber",
            id,
            "password",
            "secret2026",
            "smsCode",
            TestSms.code(http, phone, "REGISTER")))
        .exchange()
        .expectStatus()
        .isCreated();
    return http.post()
        .uri("/api/v1/sessions")
        .bodyValue(Map.of("account", phone, "password", "secret2026"))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("token")
        .toString();
  }
}
