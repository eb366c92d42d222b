package cn.xiangyang.portal.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Serves the OpenAPI document off the event loop. springdoc builds it under a lock, reading class files
 * and reflecting over every controller; its pre-loading starts that work after start-up, and a request
 * arriving in those seconds waited on the lock on a Netty thread (BlockHound: 500; without it, every
 * connection of that event loop stalled). The document is read rarely, by tools: a worker thread is the
 * right place for it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class OpenApiOffEventLoop implements WebFilter {

  private final String docsPath;

  OpenApiOffEventLoop(@Value("${springdoc.api-docs.path:/v3/api-docs}") String docsPath) {
    this.docsPath = docsPath;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String path = exchange.getRequest().getPath().pathWithinApplication().value();
    if (path.equals(docsPath)
        || path.startsWith(docsPath + "/")
        || path.startsWith(docsPath + ".")) {
      return chain.filter(exchange).subscribeOn(Schedulers.boundedElastic());
    }
    return chain.filter(exchange);
  }
}
