package cn.xiangyang.portal.accounts.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import cn.xiangyang.portal.accounts.AccountKind;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * The accounts endpoints alone (web layer, security and error handling; the services behind them
 * replaced): what reaches the service, and what the client sees when input is bad.
 */
@WebFluxTest(
    controllers = AccountsController.class,
    includeFilters =
        @ComponentScan.Filter(
            type = FilterType.REGEX,
            pattern =
                "cn\\.xiangyang\\.portal\\.system\\.(ApiErrors|ProblemWriter|SecurityConfiguration|FallbackProblems)"))
class AccountsControllerSliceTests {

  @Autowired
  WebTestClient http;

  @MockitoBean
  Registration registration;

  @MockitoBean
  Sessions sessions;

  @MockitoBean
  Accounts accounts;

  @MockitoBean
  SmsCodes smsCodes;

  @Test
  void invalidRegistrationNeverReachesTheService() {
    http.post()
        .uri("/api/v1/accounts/workers")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of(
            "name",
            "张三",
            "phone",
            "1390000",
            "idNumber",
            "11010519491231002X",
            "password",
            "abc12345",
            "smsCode",
            "123456"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("phone")
        .jsonPath("$.errors[0].message")
        .isEqualTo("请填写 11 位手机号码");
    verifyNoInteractions(registration);
  }

  @Test
  void validRegistrationIsCreated() {
    UUID id = UUID.randomUUID();
    given(registration.registerWorker(any(), any()))
        .willReturn(Mono.just(new AccountView(
            id,
            AccountKind.WORKER,
            "劳动者",
            "张三",
            "139****0000",
            "1101**********002X",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null)));
    http.post()
        .uri("/api/v1/accounts/workers")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of(
            "name",
            "张三",
            "phone",
            "13900000000",
            "idNumber",
            "11010519491231002X",
            "password",
            "abc12345",
            "smsCode",
            "123456"))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.id")
        .isEqualTo(id.toString())
        .jsonPath("$.idNumberMasked")
        .isEqualTo("1101**********002X");
  }

  @Test
  void profileNeedsASession() {
    http.get()
        .uri("/api/v1/accounts/me")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }
}
