package cn.xiangyang.portal.system;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/**
 * Turns every error of the HTTP API into an RFC 9457 problem with a Chinese {@code detail}; bad
 * input is a 4xx, and only a fault of ours is a 500 (logged, without the request body).
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  /**
   * An error after the response's first bytes were sent (a stream that failed part-way, a client gone, a
   * connection reset) cannot be answered any more: its status line is out and its headers are read-only, so an
   * entity with headers (Retry-After, WWW-Authenticate) failed in {@code ReadOnlyHttpHeaders.putAll} (issue 18).
   * The error is left to the server, which closes the connection: the client sees a broken body, not a wrong one.
   */
  private static <T> @Nullable Mono<T> ifCommitted(Throwable e, ServerWebExchange exchange) {
    if (!exchange.getResponse().isCommitted()) {
      return null;
    }
    log.warn(
        "{} {}: failed after the response was committed: {}",
        exchange.getRequest().getMethod(),
        exchange.getRequest().getPath(),
        e.toString());
    return Mono.error(e);
  }

  @ExceptionHandler(DomainProblem.class)
  Mono<ResponseEntity<ProblemDetail>> domain(DomainProblem problem, ServerWebExchange exchange) {
    Mono<ResponseEntity<ProblemDetail>> committed = ifCommitted(problem, exchange);
    if (committed != null) {
      return committed;
    }
    ProblemDetail body = Problems.of(problem.status(), problem.title(), problem.detail());
    if (!problem.errors().isEmpty()) {
      body.setProperty("errors", problem.errors());
    }
    HttpHeaders headers = new HttpHeaders();
    problem.headers().forEach(headers::add);
    return Mono.just(ResponseEntity.status(problem.status()).headers(headers).body(body));
  }

  @ExceptionHandler(DataBufferLimitException.class)
  Mono<ResponseEntity<ProblemDetail>> tooLarge(DataBufferLimitException e) {
    return Mono.just(tooLargeResponse());
  }

  /**
   * The knowledge library's own refusals (empty or too long query, unknown result type) speak Chinese.
   * Any other {@link IllegalArgumentException} is a bug of ours: a 500, logged (issue 8).
   */
  @ExceptionHandler(cn.xiangyang.portal.kb.search.InvalidQuery.class)
  Mono<ResponseEntity<ProblemDetail>> invalidQuery(cn.xiangyang.portal.kb.search.InvalidQuery e) {
    return Mono.just(ResponseEntity.badRequest()
        .body(Problems.of(
            HttpStatus.BAD_REQUEST,
            "请求参数不正确",
            java.util.Objects.requireNonNullElse(e.getMessage(), "请求参数不正确"))));
  }

  @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
  Mono<ResponseEntity<ProblemDetail>> denied(Exception e) {
    return Mono.just(
        ResponseEntity.status(HttpStatus.FORBIDDEN).body(Problems.standard(HttpStatus.FORBIDDEN)));
  }

  @ExceptionHandler(org.springframework.security.core.AuthenticationException.class)
  Mono<ResponseEntity<ProblemDetail>> unauthenticated(Exception e, ServerWebExchange exchange) {
    Mono<ResponseEntity<ProblemDetail>> committed = ifCommitted(e, exchange);
    if (committed != null) {
      return committed;
    }
    return Mono.just(ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .header("WWW-Authenticate", "Bearer")
        .body(Problems.standard(HttpStatus.UNAUTHORIZED)));
  }

  private static Mono<ResponseEntity<ProblemDetail>> unavailable(
      Exception e, ServerWebExchange exchange) {
    // Redis or the database did not answer in time: the request may be retried; nothing was
    // written.
    log.warn(
        "{} {}: {}",
        exchange.getRequest().getMethod(),
        exchange.getRequest().getPath(),
        e.toString());
    return Mono.just(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", Unavailable.RETRY_AFTER)
        .body(Unavailable.problem()));
  }

  @ExceptionHandler(Exception.class)
  Mono<ResponseEntity<ProblemDetail>> unexpected(Exception e, ServerWebExchange exchange) {
    Mono<ResponseEntity<ProblemDetail>> committed = ifCommitted(e, exchange);
    if (committed != null) {
      return committed;
    }
    if (Unavailable.is(e)) {
      return unavailable(e, exchange);
    }
    log.error(
        "处理 {} {} 时出错", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), e);
    return Mono.just(ResponseEntity.internalServerError()
        .body(Problems.of(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "服务器内部错误",
            "服务器处理请求时出错，您提交的内容没有保存。请稍后重试；如多次出现，请拨打 12333 咨询。")));
  }

  @Override
  protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(
      WebExchangeBindException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      ServerWebExchange exchange) {
    List<DomainProblem.FieldMessage> errors = ex.getFieldErrors().stream()
        .sorted(Comparator.comparing(FieldError::getField))
        .map(f -> new DomainProblem.FieldMessage(f.getField(), message(f)))
        .distinct()
        .toList();
    ProblemDetail body = Problems.of(
        HttpStatus.BAD_REQUEST, "填写内容有误", "有 " + errors.size() + " 处填写内容需要修改，请按提示更正后再提交。");
    body.setProperty("errors", errors);
    return Mono.just(ResponseEntity.badRequest().body(body));
  }

  @Override
  protected Mono<ResponseEntity<Object>> handleServerWebInputException(
      ServerWebInputException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      ServerWebExchange exchange) {
    if (causedBy(ex, DataBufferLimitException.class)) {
      return Mono.just(ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
          .body(tooLargeResponse().getBody()));
    }
    InputGuard.Rejected rejected = cause(ex, InputGuard.Rejected.class);
    if (rejected != null) {
      ProblemDetail body =
          Problems.of(HttpStatus.BAD_REQUEST, "填写内容有误", "有 1 处填写内容需要修改，请按提示更正后再提交。");
      body.setProperty(
          "errors", List.of(new DomainProblem.FieldMessage(rejected.field(), rejected.reason())));
      return Mono.just(ResponseEntity.badRequest().body(body));
    }
    String detail = causedBy(ex, DecodingException.class)
        ? "请求内容不是有效的 JSON，或字段类型不对（例如日期应写成 2026-01-31，金额应为数字）。"
        : "请求参数不正确：" + Problems.describeInput(ex);
    return Mono.just(
        ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "请求内容有误", detail)));
  }

  @Override
  protected Mono<ResponseEntity<Object>> handleExceptionInternal(
      Exception ex,
      @Nullable Object body,
      @Nullable HttpHeaders headers,
      HttpStatusCode status,
      ServerWebExchange exchange) {
    // Framework errors (404, 405, 406, 415 …) keep their status; people get a Chinese explanation.
    ProblemDetail problem =
        Problems.of(status, Problems.titleFor(status), Problems.detailFor(status));
    if (body instanceof ProblemDetail framework && framework.getInstance() != null) {
      problem.setInstance(framework.getInstance());
    }
    return Mono.just(ResponseEntity.status(status).headers(headers).body(problem));
  }

  private static ResponseEntity<ProblemDetail> tooLargeResponse() {
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
        .body(Problems.of(
            HttpStatus.CONTENT_TOO_LARGE,
            "提交内容过大",
            Problems.detailFor(HttpStatus.CONTENT_TOO_LARGE)));
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    return cause(e, type) != null;
  }

  private static <T extends Throwable> @Nullable T cause(Throwable e, Class<T> type) {
    int depth = 0;
    for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String message(FieldError error) {
    String message = error.getDefaultMessage();
    if (message == null || message.isBlank() || !Problems.hasChinese(message)) {
      return "该项填写不正确";
    }
    return message;
  }
}
