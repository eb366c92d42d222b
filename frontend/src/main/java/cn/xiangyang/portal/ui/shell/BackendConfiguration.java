package cn.xiangyang.portal.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one HTTP client for the backend API: JDK HttpClient with timeouts; 4xx answers become
 * {@link BackendProblem}, 5xx answers and I/O failures become {@link BackendUnavailable}.
 */
@Configuration(proxyBeanMethods = false)
class BackendConfiguration {

  private static final Logger log = LoggerFactory.getLogger(BackendConfiguration.class);

  @Bean
  RestClient backendRestClient(BackendProperties properties) {
    HttpClient http = HttpClient.newBuilder()
        .connectTimeout(properties.connectTimeout())
        // The backend speaks HTTP/1.1 on a plain port; skip the h2c upgrade dance.
        .version(HttpClient.Version.HTTP_1_1)
        .build();
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
    requests.setReadTimeout(properties.readTimeout());
    JsonMapper json = JsonMapper.builder().build();
    return RestClient.builder()
        .baseUrl(properties.backendUrl().toString())
        .requestFactory(requests)
        .requestInterceptor((request, body, execution) -> {
          String visitor = ClientAddress.current();
          if (visitor != null) {
            request.getHeaders().set(ClientAddress.HEADER, visitor);
            if (ClientAddress.PROXY_KEY != null) {
              request.getHeaders().set(ClientAddress.PROXY_KEY_HEADER, ClientAddress.PROXY_KEY);
            }
          }
          try {
            return execution.execute(request, body);
          } catch (IOException e) {
            log.warn(
                "backend unreachable: {} {}: {}",
                request.getMethod(),
                request.getURI(),
                e.toString());
            throw new BackendUnavailable("backend unreachable", e);
          }
        })
        .defaultStatusHandler(status -> status.is5xxServerError(), (request, response) -> {
          log.warn(
              "backend failed: {} {} -> {}",
              request.getMethod(),
              request.getURI(),
              response.getStatusCode());
          throw new BackendUnavailable(
              "backend answered " + response.getStatusCode().value());
        })
        .defaultStatusHandler(status -> status.is4xxClientError(), (request, response) -> {
          throw problemOf(request, response, json);
        })
        .build();
  }

  private static BackendProblem problemOf(
      HttpRequest request, ClientHttpResponse response, JsonMapper json) throws IOException {
    int status = response.getStatusCode().value();
    Problem problem;
    try (InputStream body = response.getBody()) {
      @Nullable Problem sent = json.readValue(body, Problem.class);
      problem = sent == null
          ? new Problem(null, null, status, null, List.of())
          : new Problem(sent.type(), sent.title(), status, sent.detail(), sent.errors());
    } catch (JacksonException e) {
      // A proxy or an old endpoint may answer without a problem body: keep the status, drop the
      // text.
      problem = new Problem(null, null, status, null, List.of());
    }
    log.debug("backend refused: {} {} -> {}", request.getMethod(), request.getURI(), status);
    return new BackendProblem(problem, retryAfter(response.getHeaders()));
  }

  /** Reads {@code Retry-After} as seconds or as an HTTP date; {@code null} when absent or unreadable. */
  static @Nullable Duration retryAfter(HttpHeaders headers) {
    String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration left = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return left.isNegative() ? Duration.ZERO : left;
      } catch (DateTimeParseException unreadable) {
        return null;
      }
    }
  }
}
