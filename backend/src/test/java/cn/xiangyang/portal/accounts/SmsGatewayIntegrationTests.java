package cn.xiangyang.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.TestServices;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * With a provider configured, codes go to its HTTP API — here a real local HTTP server (JDK
 * {@code HttpServer}) that answers slowly, as a provider under load does — and nowhere else.
 */
@IntegrationTest
class SmsGatewayIntegrationTests {

  record Received(String authorization, String body) {}

  private static final BlockingQueue<Received> RECEIVED = new LinkedBlockingQueue<>();
  private static final HttpServer PROVIDER = provider();

  private static HttpServer provider() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/sms/send", exchange -> {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        try {
          Thread.sleep(3000); // a slow provider must not slow the portal's answer
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        RECEIVED.add(new Received(
            String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")), body));
        byte[] answer = "{\"code\":\"OK\"}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
      });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry registry) {
    TestServices.register(registry);
    registry.add(
        "portal.accounts.sms.gateway-url",
        () -> "http://127.0.0.1:" + PROVIDER.getAddress().getPort() + "/sms/send");
    registry.add("portal.accounts.sms.api-key", () -> "provider-key-123");
    registry.add("portal.accounts.sms.templates.REGISTER", () -> "SMS_100001");
  }

  @AfterAll
  static void stop() {
    PROVIDER.stop(0);
  }

  @Autowired
  WebTestClient http;

  @Test
  void sendsTheCodeThroughTheProviderWithoutWaitingForIt() throws Exception {
    // warm the request path first: the measured answer must not include class loading
    http.post()
        .uri("/api/v1/sms-codes")
        .bodyValue(Map.of("phone", "13512340000", "purpose", "CHANGE_PHONE"))
        .exchange()
        .expectStatus()
        .isAccepted();
    assertThat(RECEIVED.poll(10, TimeUnit.SECONDS)).isNotNull();
    String phone = "13512345678";
    long started = System.nanoTime();
    http.post()
        .uri("/api/v1/sms-codes")
        .bodyValue(Map.of("phone", phone, "purpose", "REGISTER"))
        .exchange()
        .expectStatus()
        .isAccepted();
    // the provider takes 3 s to answer; the portal answers without waiting for it
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2000);

    Received received = RECEIVED.poll(10, TimeUnit.SECONDS);
    assertThat(received).isNotNull();
    assertThat(received.authorization()).isEqualTo("Bearer provider-key-123");
    assertThat(received.body())
        .contains("\"phone\":\"" + phone + "\"")
        .contains("\"templateId\":\"SMS_100001\"");
    Matcher code = Pattern.compile("\"code\":\"([0-9]{6})\"").matcher(received.body());
    assertThat(code.find()).isTrue();

    // the code the provider delivered registers the phone; nothing went to the outbox
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(Map.of(
            "name",
            "网关用户",
            "phone",
            phone,
            "idNumber",
            "42060219850301001" + ResidentIdNumber.checkCharacter("42060219850301001"),
            "password",
            "Gateway-2026",
            "smsCode",
            code.group(1)))
        .exchange()
        .expectStatus()
        .isCreated();
    assertThat(TestSms.latestId(phone)).isZero();
  }

  @Test
  void theOutboxIsClosedWhenAProviderSendsTheCodes() {
    String admin = http.post()
        .uri("/api/v1/sessions")
        .bodyValue(Map.of("account", "admin", "password", "Admin-test-2026"))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("token")
        .toString();
    http.get()
        .uri("/api/v1/staff/sms-outbox?phone=13512345678")
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("已配置短信网关"));
  }
}
