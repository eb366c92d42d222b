package cn.xiangyang.portal.system;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The framework ceiling for benchmarks: no I/O, a constant tiny body. */
@RestController
class PingController {

  private static final Pong PONG = new Pong("ok");

  @GetMapping("/api/v1/ping")
  Mono<Pong> ping() {
    return Mono.just(PONG);
  }

  record Pong(String status) {}
}
