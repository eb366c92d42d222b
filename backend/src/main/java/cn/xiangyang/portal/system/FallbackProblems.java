package cn.xiangyang.portal.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Answers errors that never reached a controller (no such route, a filter's refusal) with the same
 * Chinese problem bodies as the controllers; runs before Spring Boot's default error handler.
 */
@Component
@Order(-2)
class FallbackProblems implements WebExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(FallbackProblems.class);
  private final ProblemWriter writer;

  FallbackProblems(ProblemWriter writer) {
    this.writer = writer;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
    if (exchange.getResponse().isCommitted()) {
      // nothing can be answered any more (headers read-only): the server closes the connection
      return Mono.error(ex);
    }
    HttpStatusCode status;
    if (ex instanceof ErrorResponse response) {
      status = response.getStatusCode();
    } else if (causedBy(ex, DataBufferLimitException.class)) {
      status = HttpStatus.CONTENT_TOO_LARGE;
    } else if (Unavailable.is(ex)) {
      // e.g. the bearer session could not be looked up because Redis is down
      log.warn(
          "{} {}: {}",
          exchange.getRequest().getMethod(),
          exchange.getRequest().getPath(),
          ex.toString());
      exchange.getResponse().getHeaders().set("Retry-After", Unavailable.RETRY_AFTER);
      return writer.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, Unavailable.problem());
    } else {
      log.error(
          "处理 {} {} 时出错",
          exchange.getRequest().getMethod(),
          exchange.getRequest().getPath(),
          ex);
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    return writer.write(exchange, status);
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    int depth = 0;
    for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
