package cn.xiangyang.portal.accounts.internal;

import java.time.Duration;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * An SMS provider's HTTP API: {@code POST <url>} with {@code Authorization: Bearer <key>} and the JSON
 * body {@code {"phone", "signName", "templateId", "params": {"code", "minutes"}}}, the shape that the
 * common Chinese providers' template APIs take (a provider-specific signature is added by a relay or
 * a subclass of this adapter). Any 2xx answer is success; anything else is an error.
 */
class HttpSmsGateway implements SmsGateway {

  private final WebClient client;
  private final AccountsProperties.Sms settings;

  HttpSmsGateway(WebClient.Builder builder, AccountsProperties.Sms settings) {
    this.settings = settings;
    this.client = builder.baseUrl(settings.gatewayUrl()).build();
  }

  @Override
  public Mono<Void> send(String phone, SmsPurpose purpose, String code) {
    String template =
        settings.templates() == null ? null : settings.templates().get(purpose.name());
    return client
        .post()
        .contentType(MediaType.APPLICATION_JSON)
        .headers(h -> {
          if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
            h.setBearerAuth(settings.apiKey());
          }
        })
        .bodyValue(Map.of(
            "phone",
            phone,
            "signName",
            settings.signName(),
            "templateId",
            template == null ? "" : template,
            "params",
            Map.of("code", code, "minutes", Long.toString(settings.codeTtl().toMinutes()))))
        .retrieve()
        .toBodilessEntity()
        .timeout(Duration.ofSeconds(10))
        .then();
  }
}
