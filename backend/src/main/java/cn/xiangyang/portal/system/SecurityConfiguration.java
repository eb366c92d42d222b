package cn.xiangyang.portal.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import reactor.core.publisher.Mono;

/**
 * Who may call what. Requests carry an opaque bearer token ({@code Authorization: Bearer …}) that
 * the accounts module resolves against the sessions in Redis; nothing is kept in the server's memory,
 * so any replica can serve any request. Everything under {@code /api/v1} needs a session except the
 * public paths listed here; finer rules sit on the endpoints ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
class SecurityConfiguration {

  private static final String[] PUBLIC_GET = {
    "/api/v1/ping",
    "/api/v1/commissions",
    "/api/v1/areas",
    "/api/v1/knowledge/**",
    "/api/v1/local-figures/**",
    "/api/v1/calendar/**",
    "/api/v1/calculators/**",
    "/api/v1/hearings/public/**",
    "/api/v1/compliance/questionnaire",
    "/api/v1/hearings",
    "/api/v1/hearings.ics",
    "/api/v1/hearings/**",
    "/api/v1/open-days",
    "/api/v1/open-days/*",
    "/api/v1/openapi/**",
    "/api/v1/docs/**",
    "/webjars/**",
  };

  private static final String[] PUBLIC_POST = {
    "/api/v1/accounts/workers",
    "/api/v1/accounts/employers",
    "/api/v1/sessions",
    // the check-up without an account (nothing stored), its PDF and its chart
    "/api/v1/compliance/checkups",
    "/api/v1/compliance/checkups/report.pdf",
    "/api/v1/compliance/risk-chart",
    "/api/v1/knowledge/search",
    "/api/v1/sms-codes",
    "/api/v1/accounts/password-reset",
    "/api/v1/accounts/visitors",
    "/api/v1/calculators/**",
  };

  @Bean
  SecurityWebFilterChain api(
      ServerHttpSecurity http, ReactiveAuthenticationManager sessions, ProblemWriter problems) {
    AuthenticationWebFilter bearer = new AuthenticationWebFilter(sessions);
    bearer.setServerAuthenticationConverter(bearerToken());
    bearer.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
    bearer.setAuthenticationFailureHandler(
        (exchange, e) -> problems.write(exchange.getExchange(), HttpStatus.UNAUTHORIZED));
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .addFilterAt(bearer, SecurityWebFiltersOrder.AUTHENTICATION)
        .authorizeExchange(rules -> rules
            .pathMatchers(HttpMethod.OPTIONS)
            .permitAll()
            .pathMatchers(HttpMethod.GET, PUBLIC_GET)
            .permitAll()
            .pathMatchers(HttpMethod.HEAD, PUBLIC_GET)
            .permitAll()
            .pathMatchers(HttpMethod.POST, PUBLIC_POST)
            .permitAll()
            .pathMatchers("/api/v1/assistant/**")
            .permitAll()
            .pathMatchers("/api/v1/**")
            .authenticated()
            .anyExchange()
            .permitAll())
        .exceptionHandling(handling -> handling
            .authenticationEntryPoint(
                (exchange, e) -> problems.write(exchange, HttpStatus.UNAUTHORIZED))
            .accessDeniedHandler((exchange, e) -> problems.write(exchange, HttpStatus.FORBIDDEN)))
        .build();
  }

  /**
   * Answers a request the firewall refuses (an encoded slash, NUL or backslash in the path) with a
   * Chinese problem, not an empty 400, and leaves the connection open for the next request.
   */
  @Bean
  static BeanPostProcessor rejectedRequests(ObjectProvider<ProblemWriter> problems) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof WebFilterChainProxy proxy) {
          proxy.setExchangeRejectedHandler((exchange, rejected) -> problems
              .getObject()
              .write(
                  exchange,
                  HttpStatus.BAD_REQUEST,
                  Problems.of(
                      HttpStatus.BAD_REQUEST, "地址无效", "请求的地址含有不允许的字符（例如编码的斜杠或空字符），请检查地址后重试。")));
        }
        return bean;
      }
    };
  }

  /** Reads {@code Authorization: Bearer <token>}; requests without one stay anonymous. */
  static ServerAuthenticationConverter bearerToken() {
    return exchange -> {
      String header = exchange.getRequest().getHeaders().getFirst("Authorization");
      if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
        return Mono.empty();
      }
      String token = header.substring(7).strip();
      return token.isEmpty()
          ? Mono.empty()
          : Mono.just(UsernamePasswordAuthenticationToken.unauthenticated(token, token));
    };
  }
}
