package cn.xiangyang.portal.system;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body larger than any endpoint accepts ({@code portal.http.max-request-size}) with
 * 413: at once when its {@code Content-Length} says so, otherwise — chunked, or a length that lies —
 * by counting the bytes as they arrive and failing the body the moment the count passes the limit,
 * so nothing past it is decoded or written to disk. JSON bodies have a smaller limit still ({@code
 * spring.codec.max-in-memory-size}), multipart parts their own ({@code spring.webflux.multipart}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit implements WebFilter {

  private final long maxBytes;
  private final ProblemWriter problems;

  RequestSizeLimit(
      @Value("${portal.http.max-request-size:25MB}") DataSize max, ProblemWriter problems) {
    this.maxBytes = max.toBytes();
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    long length = request.getHeaders().getContentLength();
    if (length > maxBytes) {
      exchange.getResponse().getHeaders().set("Connection", "close");
      return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE);
    }
    ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
      @Override
      public Flux<DataBuffer> getBody() {
        AtomicLong received = new AtomicLong();
        return super.getBody().handle((buffer, sink) -> {
          if (received.addAndGet(buffer.readableByteCount()) > maxBytes) {
            DataBufferUtils.release(buffer);
            sink.error(new DataBufferLimitException("request body exceeds " + maxBytes + " bytes"));
          } else {
            sink.next(buffer);
          }
        });
      }
    };
    // Refused mid-body: close the connection after the answer instead of reading the rest to keep
    // it alive.
    exchange.getResponse().beforeCommit(() -> {
      if (exchange.getResponse().getStatusCode() == HttpStatus.CONTENT_TOO_LARGE) {
        exchange.getResponse().getHeaders().set("Connection", "close");
      }
      return Mono.empty();
    });
    return chain.filter(exchange.mutate().request(counted).build());
  }
}
