package cn.xiangyang.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class ClientAddressTests {

  private final ClientAddress filter =
      new ClientAddress(List.of("127.0.0.1", "::1", "10.0.0.0/8"), "");
  private final ClientAddress keyed =
      new ClientAddress(List.of("127.0.0.1", "::1"), "frontend-secret");

  private String seenAddress(String peer, String forwardedFor) {
    return seenAddress(filter, peer, forwardedFor, null);
  }

  private String seenAddress(ClientAddress filter, String peer, String forwardedFor, String key) {
    MockServerHttpRequest.BaseBuilder<?> request =
        MockServerHttpRequest.get("/api/v1/ping").remoteAddress(new InetSocketAddress(peer, 40000));
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    if (key != null) {
      request.header(ClientAddress.PROXY_KEY_HEADER, key);
    }
    AtomicReference<String> seen = new AtomicReference<>();
    StepVerifier.create(filter.filter(MockServerWebExchange.from(request), exchange -> {
          seen.set(exchange.getRequest().getRemoteAddress().getAddress().getHostAddress());
          return Mono.empty();
        }))
        .verifyComplete();
    return seen.get();
  }

  @Test
  void takesTheVisitorsAddressFromTheTrustedFrontend() {
    assertThat(seenAddress("127.0.0.1", "203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(seenAddress("10.1.2.3", "198.51.100.1, 203.0.113.9")).isEqualTo("203.0.113.9");
  }

  @Test
  void ignoresTheHeaderFromAnyoneElse() {
    assertThat(seenAddress("192.0.2.44", "127.0.0.1")).isEqualTo("192.0.2.44");
  }

  @Test
  void withAProxyKeyOnlyTheFrontendThatShowsItIsBelievedEvenFromLoopback() {
    assertThat(seenAddress(keyed, "127.0.0.1", "203.0.113.7", "frontend-secret"))
        .isEqualTo("203.0.113.7");
    assertThat(seenAddress(keyed, "127.0.0.1", "203.0.113.7", null)).isEqualTo("127.0.0.1");
    assertThat(seenAddress(keyed, "127.0.0.1", "203.0.113.7", "guess")).isEqualTo("127.0.0.1");
  }

  @Test
  void neverResolvesANameGivenAsAnAddress() {
    assertThat(seenAddress("127.0.0.1", "evil.example.com")).isEqualTo("127.0.0.1");
    assertThat(ClientAddress.literal("abcd")).isNull();
    assertThat(ClientAddress.literal("2001:db8::1")).isNotNull();
  }
}
