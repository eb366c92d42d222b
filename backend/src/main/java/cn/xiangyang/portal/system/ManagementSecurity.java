package cn.xiangyang.portal.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import reactor.core.publisher.Mono;

/**
 * Who may read the actuator: the health probes anyone (they say only UP or DOWN); the Prometheus
 * metrics only the scraper, with {@code Authorization: Bearer} and the token in {@code
 * PORTAL_METRICS_TOKEN} (without one set, nobody); every other actuator path nobody.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurity {

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityWebFilterChain actuator(
      ServerHttpSecurity http,
      @Value("${portal.metrics.token:}") String token,
      ProblemWriter problems) {
    byte[] expected = token.getBytes(StandardCharsets.UTF_8);
    AuthenticationWebFilter scraper =
        new AuthenticationWebFilter((ReactiveAuthenticationManager) authentication -> {
          byte[] given =
              String.valueOf(authentication.getCredentials()).getBytes(StandardCharsets.UTF_8);
          if (expected.length == 0 || !MessageDigest.isEqual(expected, given)) {
            return Mono.error(new BadCredentialsException("wrong metrics token"));
          }
          return Mono.just(UsernamePasswordAuthenticationToken.authenticated(
              "metrics", given, List.of(new SimpleGrantedAuthority("ROLE_METRICS"))));
        });
    scraper.setServerAuthenticationConverter(SecurityConfiguration.bearerToken());
    scraper.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
    scraper.setAuthenticationFailureHandler(
        (exchange, e) -> problems.write(exchange.getExchange(), HttpStatus.UNAUTHORIZED));
    return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/actuator", "/actuator/**"))
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .addFilterAt(scraper, SecurityWebFiltersOrder.AUTHENTICATION)
        .authorizeExchange(rules -> rules
            .pathMatchers("/actuator/health", "/actuator/health/**")
            .permitAll()
            .pathMatchers("/actuator/prometheus")
            .hasRole("METRICS")
            .anyExchange()
            .denyAll())
        .exceptionHandling(handling -> handling
            .authenticationEntryPoint(
                (exchange, e) -> problems.write(exchange, HttpStatus.UNAUTHORIZED))
            .accessDeniedHandler((exchange, e) -> problems.write(exchange, HttpStatus.FORBIDDEN)))
        .build();
  }
}
