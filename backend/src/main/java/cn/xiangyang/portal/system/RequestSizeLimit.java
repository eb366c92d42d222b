package cn.xiangyang.portal.system;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a request whose declared body is larger than any endpoint accepts, with 413 before a byte
 * of it is read. JSON bodies have a smaller limit still ({@code spring.codec.max-in-memory-size}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit implements WebFilter {

  private final long maxBytes;
  private final ProblemWriter problems;

  RequestSizeLimit(@Value("${portal.http.max-request-size:25MB}") DataSize max, ProblemWriter problems) {
    this.maxBytes = max.toBytes();
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    long length = exchange.getRequest().getHeaders().getContentLength();
    if (length > maxBytes) {
      return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE);
    }
    return chain.filter(exchange);
  }
}
