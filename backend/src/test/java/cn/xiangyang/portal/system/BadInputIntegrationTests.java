package cn.xiangyang.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.accounts.ResidentIdNumber;
import cn.xiangyang.portal.accounts.TestSms;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks the OpenAPI document and sends every write operation the bad input of issue 9 — malformed
 * JSON, wrong types, huge strings, deep nesting, control characters, lone surrogates, absurd numbers
 * and dates, bad path ids — as a worker, or as the administrator for staff operations. Every answer must be a 4xx
 * problem+json (or a success): never a 5xx, never a 4xx with another body.
 */
@IntegrationTest
class BadInputIntegrationTests extends IntegrationTestBase {

  /** Would end the test's own sessions. */
  private static final Set<String> SKIPPED = Set.of("DELETE /api/v1/sessions/current");

  @Autowired
  WebTestClient http;

  @Autowired
  JsonMapper json;

  @org.springframework.boot.test.web.server.LocalServerPort
  int port;

  @Test
  @SuppressWarnings("unchecked")
  void everyWriteOperationAnswersBadInputWithAProblemNeverA5xx() {
    // Its own connections, one per request: the walk sends bodies the server rejects before reading
    // them all
    // (size limit, unknown path), and a pooled connection another test left half-open (a cancelled
    // SSE stream)
    // must not take one of its requests.
    http = WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.newConnection()))
        .baseUrl("http://127.0.0.1:" + port)
        .responseTimeout(Duration.ofSeconds(60))
        .build();
    Map<String, Object> document = json.readValue(
        http.get()
            .uri("/api/v1/openapi")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody(),
        Map.class);
    Map<String, Object> schemas =
        (Map<String, Object>) ((Map<String, Object>) document.getOrDefault("components", Map.of()))
            .getOrDefault("schemas", Map.of());
    String worker = workerToken();
    String admin = login("admin", "Admin-test-2026");

    AtomicInteger sent = new AtomicInteger();
    List<String> failures = new ArrayList<>();
    int operations = 0;
    for (var path : ((Map<String, Map<String, Object>>) document.get("paths")).entrySet()) {
      for (var op : path.getValue().entrySet()) {
        HttpMethod method = HttpMethod.valueOf(op.getKey().toUpperCase());
        if (method == HttpMethod.GET
            || method == HttpMethod.HEAD
            || method == HttpMethod.OPTIONS
            || SKIPPED.contains(method + " " + path.getKey())) {
          continue;
        }
        operations++;
        List<String> properties = properties((Map<String, Object>) op.getValue(), schemas);
        // staff and administrator operations as the administrator, so that the body is read at all
        String token = path.getKey().startsWith("/api/v1/staff")
                || path.getKey().contains("local-figures")
                || path.getKey().contains("calendar")
            ? admin
            : worker;
        for (var body : bodies(properties).entrySet()) {
          send(
              method,
              uri(path.getKey(), UUID.randomUUID().toString()),
              token,
              body.getKey(),
              body.getValue(),
              sent,
              failures);
        }
        if (path.getKey().contains("{")) {
          for (String badId :
              List.of("not-a-uuid", "%00", "..%2F..%2Fetc", "9999999999999999999999")) {
            send(
                method,
                uri(path.getKey(), badId),
                token,
                "bad path id " + badId,
                "{}",
                sent,
                failures);
          }
        }
      }
    }
    System.out.printf(
        "bad input: %d write operations, %d requests, %d failures%n",
        operations, sent.get(), failures.size());
    assertThat(operations).isGreaterThan(20);
    assertThat(failures).isEmpty();
  }

  private void send(
      HttpMethod method,
      String uri,
      String token,
      String kind,
      String body,
      AtomicInteger sent,
      List<String> failures) {
    EntityExchangeResult<byte[]> result = http.method(method)
        .uri(java.net.URI.create("http://127.0.0.1:" + port + uri))
        .headers(h -> {
          h.setBearerAuth(token);
          // a fresh address each time: the walk must not use up the per-address limits other tests
          // count on
          h.set("X-Forwarded-For", "198.51.100." + (1 + sent.get() % 250));
        })
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange()
        .expectBody()
        .returnResult();
    sent.incrementAndGet();
    int status = result.getStatus().value();
    MediaType type = result.getResponseHeaders().getContentType();
    if (status >= 500
        || (status >= 400
            && (type == null || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)))) {
      failures.add(method + " " + uri + " [" + kind + "] → " + status + " " + type);
    }
  }

  private static String uri(String template, String id) {
    return template.replaceAll("\\{[^}]+}", id);
  }

  /** The top-level properties of the operation's JSON body, from its schema; none when it has no body. */
  @SuppressWarnings("unchecked")
  private static List<String> properties(
      Map<String, Object> operation, Map<String, Object> schemas) {
    Map<String, Object> requestBody = (Map<String, Object>) operation.get("requestBody");
    if (requestBody == null) {
      return List.of();
    }
    Map<String, Object> content =
        (Map<String, Object>) requestBody.getOrDefault("content", Map.of());
    Map<String, Object> media = (Map<String, Object>) content.getOrDefault(
        "application/json", content.values().stream().findFirst().orElse(Map.of()));
    Map<String, Object> schema = (Map<String, Object>) media.getOrDefault("schema", Map.of());
    Object ref = schema.get("$ref");
    if (ref != null) {
      schema = (Map<String, Object>) schemas.getOrDefault(
          ref.toString().substring(ref.toString().lastIndexOf('/') + 1), Map.of());
    }
    Map<String, Object> props = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
    return new ArrayList<>(props.keySet());
  }

  /** One body per class of bad input. */
  private static Map<String, String> bodies(List<String> properties) {
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("malformed JSON", "{\"a\": ");
    bodies.put("not an object", "[1, 2, 3]");
    bodies.put("deep nesting", "[".repeat(5000) + "]".repeat(5000));
    bodies.put("wrong types", object(properties, "{\"x\": [true]}"));
    bodies.put("numbers as strings", object(properties, "\"abc\""));
    bodies.put(
        "huge strings",
        object(
            properties.isEmpty() ? List.of("text") : properties.subList(0, 1),
            "\"" + "长".repeat(60_000) + "\""));
    bodies.put("NUL", object(properties, "\"a\\u0000b\""));
    bodies.put("control characters", object(properties, "\"\\u001b[31m\\u0007\""));
    bodies.put("lone surrogate", object(properties, "\"\\ud800x\""));
    bodies.put("absurd numbers", object(properties, "1e999999"));
    bodies.put("huge integers", object(properties, "-99999999999999999999999999999"));
    bodies.put("absurd dates", object(properties, "\"-0001-01-01\""));
    bodies.put("far-future dates", object(properties, "\"+999999999-12-31\""));
    bodies.put("nulls in arrays", object(properties, "[null]"));
    return bodies;
  }

  private static String object(List<String> properties, String value) {
    List<String> names = properties.isEmpty() ? List.of("text", "id", "date") : properties;
    StringBuilder body = new StringBuilder("{");
    for (String name : names) {
      if (body.length() > 1) {
        body.append(',');
      }
      body.append('"').append(name).append("\":").append(value);
    }
    return body.append('}').toString();
  }

  private String workerToken() {
    int n = (int) Math.abs(System.nanoTime() % 100_000_000L);
    String phone = String.format("135%08d", n);
    String first17 = String.format("42060219910101%03d", n % 1000);
    String id = first17 + ResidentIdNumber.checkCharacter(first17);
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(Map.of(
            "name",
            "输入测试",
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
    return login(phone, "secret2026");
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
}
