package cn.xiangyang.portal.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class BackendConfigurationTests {

  @Test
  void readsRetryAfterInSeconds() {
    assertThat(BackendConfiguration.retryAfter(headers("120"))).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void readsRetryAfterAsAnHttpDate() {
    String inTenMinutes = ZonedDateTime.now(ZoneOffset.UTC)
        .plusMinutes(10)
        .plusSeconds(5)
        .format(DateTimeFormatter.RFC_1123_DATE_TIME);
    assertThat(BackendConfiguration.retryAfter(headers(inTenMinutes)))
        .isBetween(Duration.ofMinutes(9), Duration.ofMinutes(11));
  }

  @Test
  void ignoresAMissingOrUnreadableRetryAfter() {
    assertThat(BackendConfiguration.retryAfter(new HttpHeaders())).isNull();
    assertThat(BackendConfiguration.retryAfter(headers("soon"))).isNull();
  }

  private static HttpHeaders headers(String retryAfter) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.RETRY_AFTER, retryAfter);
    return headers;
  }
}
