package cn.xiangyang.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.committed.BrokenStreamController;
import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 18: under load {@code GET accounts/employers/colleagues} logged {@code UnsupportedOperationException} at
 * {@code ReadOnlyHttpHeaders.putAll}: a stream failed after its first bytes were sent (a client gone, a connection
 * reset: "data store unavailable" by its {@code IOException}), and the error handler answered with a 503 entity
 * carrying {@code Retry-After}, whose headers Spring copies into the response, read-only once committed. A committed
 * response cannot be answered again: the handler leaves the error to close the connection.
 */
@IntegrationTest
@Import(BrokenStreamController.class)
@ExtendWith(OutputCaptureExtension.class)
class CommittedResponseIntegrationTests extends IntegrationTestBase {

  @Autowired
  WebTestClient http;

  @Test
  void aStreamThatFailsAfterItsFirstBytesIsNotAnsweredAgain(CapturedOutput output)
      throws Exception {
    try {
      http.mutate()
          .responseTimeout(Duration.ofSeconds(20))
          .build()
          .get()
          .uri("/test-only/broken-stream")
          .exchange()
          .expectBody(String.class)
          .returnResult();
    } catch (RuntimeException | AssertionError truncated) {
      // the body breaks off: that is all a client can be told once the status line is sent
    }
    Thread.sleep(500);
    assertThat(output.getAll())
        .contains("Connection reset by peer (test)")
        .doesNotContain("ReadOnlyHttpHeaders")
        .doesNotContain("UnsupportedOperationException");
  }
}
