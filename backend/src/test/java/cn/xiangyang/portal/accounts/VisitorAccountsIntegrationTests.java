package cn.xiangyang.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.hearings.People;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import reactor.netty.http.client.HttpClient;

/**
 * 公众 visitor accounts: registration with a phone proved by an SMS code, sign-in with the phone, and the
 * role matrix for the new role — every endpoint of the API that needs an account answers a visitor 403,
 * except the visitor's own account, messages and open-day bookings. The endpoints are read from the
 * application's request mappings, so a new worker, employer or staff endpoint is covered without editing
 * this test.
 */
@IntegrationTest
class VisitorAccountsIntegrationTests extends IntegrationTestBase {

  /** What a visitor may do once signed in, beyond what anybody may: method and pattern as mapped. */
  static final Set<String> VISITORS_OWN = Set.of(
      "GET /api/v1/accounts/me",
      "POST /api/v1/accounts/me/password",
      "POST /api/v1/accounts/me/phone",
      "DELETE /api/v1/sessions/current",
      "GET /api/v1/inbox",
      "POST /api/v1/inbox/{id}/read",
      "POST /api/v1/open-days/{id}/bookings",
      "GET /api/v1/open-days/{id}/bookings/mine",
      "DELETE /api/v1/open-days/{id}/bookings/mine",
      "GET /api/v1/open-days/bookings/mine");

  @Autowired
  WebTestClient http;

  @LocalServerPort
  int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  People people;

  @BeforeEach
  void setUp() {
    http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    people = new People(http);
  }

  @Test
  void registersAVisitorWithAVerifiedPhoneWhoSignsInWithIt() {
    String phone = "13612345670";
    http.post()
        .uri("/api/v1/accounts/visitors")
        .bodyValue(
            Map.of("name", "王小明", "phone", phone, "password", "visit2026", "smsCode", "000000"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("smsCode");
    http.post()
        .uri("/api/v1/accounts/visitors")
        .bodyValue(Map.of("name", "", "phone", "12", "password", "short", "smsCode", "x"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors.length()")
        .isEqualTo(4);

    http.post()
        .uri("/api/v1/accounts/visitors")
        .bodyValue(Map.of(
            "name",
            "王小明",
            "phone",
            phone,
            "password",
            "visit2026",
            "smsCode",
            TestSms.code(http, phone, "REGISTER")))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.kind")
        .isEqualTo("VISITOR")
        .jsonPath("$.kindLabel")
        .isEqualTo("公众")
        .jsonPath("$.displayName")
        .isEqualTo("王小明")
        .jsonPath("$.phoneMasked")
        .isEqualTo("136****5670")
        .jsonPath("$.idNumberMasked")
        .doesNotExist();

    String token = people.login(phone, "visit2026");
    http.get()
        .uri("/api/v1/accounts/me")
        .headers(h -> h.setBearerAuth(token))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.kind")
        .isEqualTo("VISITOR");

    // One visitor account per phone.
    sleep(Duration.ofMillis(2100)); // the test profile's wait between two codes to one phone
    http.post()
        .uri("/api/v1/accounts/visitors")
        .bodyValue(Map.of(
            "name",
            "王小明",
            "phone",
            phone,
            "password",
            "visit2027",
            "smsCode",
            TestSms.code(http, phone, "REGISTER")))
        .exchange()
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("公众账号"));
  }

  @Test
  void aVisitorGets403OnEveryWorkerEmployerAndStaffEndpoint() {
    People.Session visitor = people.visitor("赵公众");
    List<String> checked = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    Set<String> own = new TreeSet<>();
    mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
      if (!handler.getBeanType().getPackageName().startsWith("cn.xiangyang.portal")
          || info.getProducesCondition()
              .getProducibleMediaTypes()
              .contains(MediaType.TEXT_EVENT_STREAM)) {
        return; // springdoc's own pages; streams stay open
      }
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (PathPattern pattern : info.getPatternsCondition().getPatterns()) {
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          String key = method + " " + pattern.getPatternString();
          if (key.equals("DELETE /api/v1/sessions/current")) {
            continue; // would sign the visitor out
          }
          String uri = pattern
              .getPatternString()
              .replaceAll("\\{year}", "2026")
              .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
          int anonymous = call(method, uri, null);
          if (anonymous < 0) {
            wrong.add(key + " → no answer within 10 s (anonymous)");
            continue;
          }
          if (anonymous != 401) {
            continue; // open to everybody, visitors included
          }
          int status = call(method, uri, visitor.token());
          if (status < 0) {
            wrong.add(key + " → no answer within 10 s (visitor)");
            continue;
          }
          checked.add(key);
          if (VISITORS_OWN.contains(key)) {
            own.add(key);
            if (status == 403 || status == 401) {
              wrong.add(key + " → " + status + " (a visitor's own)");
            }
          } else if (status != 403) {
            wrong.add(key + " → " + status);
          }
        }
      }
    });
    assertThat(wrong)
        .as("endpoints that answer a visitor otherwise than expected")
        .isEmpty();
    assertThat(checked)
        .hasSizeGreaterThan(60)
        .contains(
            "POST /api/v1/filings",
            "GET /api/v1/cases",
            "POST /api/v1/staff/hearings/{id}/live",
            "GET /api/v1/compliance/checkups",
            "PUT /api/v1/compliance/draft",
            "GET /api/v1/inbox/consent");
    assertThat(own).hasSize(VISITORS_OWN.size() - 1);
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The status of the request with an empty JSON body where one is expected; -1 when no answer comes. */
  private int call(RequestMethod method, String uri, String token) {
    // A connection of its own for each call: a refused request's unread body must not stall the
    // next one.
    WebTestClient client = WebTestClient.bindToServer(
            new ReactorClientHttpConnector(HttpClient.newConnection()))
        .baseUrl("http://127.0.0.1:" + port)
        .responseTimeout(Duration.ofSeconds(10))
        .codecs(c -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
        .build();
    WebTestClient.RequestBodySpec spec =
        client.method(HttpMethod.valueOf(method.name())).uri(uri);
    if (token != null) {
      spec.headers(h -> h.setBearerAuth(token));
    }
    WebTestClient.RequestHeadersSpec<?> request =
        method == RequestMethod.POST || method == RequestMethod.PUT
            ? spec.contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
            : spec;
    try {
      return request.exchange().expectBody().returnResult().getStatus().value();
    } catch (IllegalStateException timeout) {
      return -1;
    }
  }
}
