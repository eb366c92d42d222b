package cn.xiangyang.portal.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.ui.UiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The HTML page the browser receives, served by the real embedded server. */
class AppShellTests extends UiTest {

  @LocalServerPort
  int port;

  @Test
  void pagesAreDeclaredChineseAndZoomable() throws Exception {
    String html = get("/login").body();

    assertThat(html)
        .contains("<html lang=\"zh-CN\"", "width=device-width, initial-scale=1")
        .doesNotContain("user-scalable=no", "maximum-scale");
  }

  @Test
  void stylesheetIsServedWithoutAFrontendBuild() throws Exception {
    HttpResponse<String> css = get("/styles/portal.css");

    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.body()).contains("--portal-blue");
  }

  private HttpResponse<String> get(String path) throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }
}
