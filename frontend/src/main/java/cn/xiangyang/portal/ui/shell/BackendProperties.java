package cn.xiangyang.portal.ui.shell;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the backend's public HTTP API lives and how long the UI waits for it.
 *
 * @param backendUrl base address of the backend, without {@code /api/v1}
 * @param connectTimeout how long to wait for a connection before telling the user the service is unavailable
 * @param readTimeout how long to wait for an answer
 */
@ConfigurationProperties("portal.ui")
public record BackendProperties(URI backendUrl, Duration connectTimeout, Duration readTimeout) {

  public BackendProperties(
      @Nullable URI backendUrl, @Nullable Duration connectTimeout, @Nullable Duration readTimeout) {
    this.backendUrl = backendUrl != null ? backendUrl : URI.create("http://localhost:8080");
    this.connectTimeout = connectTimeout != null ? connectTimeout : Duration.ofSeconds(3);
    this.readTimeout = readTimeout != null ? readTimeout : Duration.ofSeconds(15);
  }
}
