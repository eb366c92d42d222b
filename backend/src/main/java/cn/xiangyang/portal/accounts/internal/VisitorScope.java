package cn.xiangyang.portal.accounts.internal;

import cn.xiangyang.portal.accounts.AccountKind;
import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.system.ProblemWriter;
import cn.xiangyang.portal.system.Problems;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Keeps a 公众 visitor account to what it is for: the public pages, its own account, its messages and its
 * open-day bookings. Any worker, employer or staff endpoint answers a visitor 403 here, before a request body
 * is read, so the answer never depends on what the body holds. Runs after Spring Security has put the
 * signed-in person in the context; every other kind of account passes untouched.
 */
@Component
class VisitorScope implements WebFilter, Ordered {

  private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

  /** The areas of the API that belong to workers, employers or staff. */
  private static final List<PathPattern> NOT_FOR_VISITORS = List.of(
          "/api/v1/staff/**",
          "/api/v1/filings/**",
          "/api/v1/cases/**",
          "/api/v1/accounts/employers/**",
          "/api/v1/compliance/checkups/*",
          "/api/v1/compliance/checkups/*/**",
          "/api/v1/compliance/draft",
          "/api/v1/compliance/training-requests",
          "/api/v1/inbox/consent")
      .stream()
      .map(PARSER::parse)
      .toList();

  /** Exceptions inside those areas: the public check-up and the public registrations. */
  private static final List<PathPattern> PUBLIC_INSIDE =
      List.of("/api/v1/compliance/checkups/report.pdf", "/api/v1/accounts/employers").stream()
          .map(PARSER::parse)
          .toList();

  private final ProblemWriter problems;

  VisitorScope(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  public int getOrder() {
    // after the security filter chain (-100), before the handlers
    return 0;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
    boolean guarded = NOT_FOR_VISITORS.stream().anyMatch(p -> p.matches(path))
        || (isListOfCheckups(exchange, path));
    if (!guarded || PUBLIC_INSIDE.stream().anyMatch(p -> p.matches(path))) {
      return chain.filter(exchange);
    }
    return ReactiveSecurityContextHolder.getContext()
        .map(c -> c.getAuthentication() != null
            && c.getAuthentication().getPrincipal() instanceof PortalUser u
            && u.kind() == AccountKind.VISITOR)
        .defaultIfEmpty(false)
        .flatMap(visitor -> visitor
            ? problems.write(
                exchange,
                HttpStatus.FORBIDDEN,
                Problems.of(
                    HttpStatus.FORBIDDEN,
                    "公众账号不能办理",
                    "公众账号只能预约开放日、查看自己的预约和消息。申请仲裁请注册劳动者账号，单位事务请使用用人单位账号。"))
            : chain.filter(exchange));
  }

  /** {@code GET /api/v1/compliance/checkups} lists an employer's saved check-ups; POST is the public check-up. */
  private static boolean isListOfCheckups(ServerWebExchange exchange, PathContainer path) {
    return HttpMethod.GET.equals(exchange.getRequest().getMethod())
        && path.value().equals("/api/v1/compliance/checkups");
  }
}
