package cn.xiangyang.committed;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Test only (outside {@code cn.xiangyang.portal}, so neither the application nor the bench coverage scans it):
 * a JSON array whose first element is written, committing the response, before the stream fails the way a
 * connection reset by the client does under load (issue 18: {@code GET accounts/employers/colleagues}).
 */
@RestController
public class BrokenStreamController {

  @GetMapping("/test-only/broken-stream")
  Flux<Map<String, String>> broken() {
    return Flux.concat(
        Flux.just(Map.of("name", "第一行")),
        Mono.delay(Duration.ofMillis(200))
            .then(Mono.error(new IOException("Connection reset by peer (test)"))));
  }
}
