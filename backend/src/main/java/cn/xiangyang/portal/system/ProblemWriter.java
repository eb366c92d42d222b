package cn.xiangyang.portal.system;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem body directly, for errors raised outside controllers (filters, security). */
@Component
public class ProblemWriter {

  private final JsonMapper json;

  ProblemWriter(JsonMapper json) {
    this.json = json;
  }

  /** Writes the standard Chinese problem for this status. */
  public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status) {
    return write(
        exchange,
        status,
        Problems.of(status, Problems.titleFor(status), Problems.detailFor(status)));
  }

  /** Writes the given problem with this status, unless the response is already committed. */
  public Mono<Void> write(
      ServerWebExchange exchange, HttpStatusCode status, ProblemDetail problem) {
    ServerHttpResponse response = exchange.getResponse();
    if (response.isCommitted()) {
      return Mono.empty();
    }
    problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
    response.setStatusCode(status);
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    if (status.value() == 401) {
      response.getHeaders().set("WWW-Authenticate", "Bearer");
    }
    byte[] bytes = json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
    return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
  }
}
