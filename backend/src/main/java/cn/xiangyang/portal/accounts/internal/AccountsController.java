package cn.xiangyang.portal.accounts.internal;

import cn.xiangyang.portal.accounts.PortalUser;
import jakarta.validation.Valid;
import java.net.InetSocketAddress;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Registration, login, logout and "me". */
@RestController
@RequestMapping("/api/v1")
class AccountsController {

  private final Registration registration;
  private final Sessions sessions;
  private final Accounts accounts;

  AccountsController(Registration registration, Sessions sessions, Accounts accounts) {
    this.registration = registration;
    this.sessions = sessions;
    this.accounts = accounts;
  }

  @PostMapping("/accounts/workers")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<AccountView> registerWorker(@Valid @RequestBody Requests.WorkerRegistration request) {
    return registration.registerWorker(request);
  }

  @PostMapping("/accounts/employers")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<AccountView> registerEmployer(@Valid @RequestBody Requests.EmployerRegistration request) {
    return registration.registerEmployer(request);
  }

  @PostMapping("/staff/accounts")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasRole('ADMIN')")
  Mono<AccountView> registerStaff(
      @Valid @RequestBody Requests.StaffRegistration request, @AuthenticationPrincipal PortalUser admin) {
    return registration.registerStaff(request, admin);
  }

  /** The new session's bearer token and its owner. */
  record SessionCreated(String token, Instant expiresAt, AccountView account) {}

  @PostMapping("/sessions")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<SessionCreated> login(@Valid @RequestBody Requests.Login request, ServerWebExchange exchange) {
    return registration
        .login(request, clientAddress(exchange))
        .map(l -> new SessionCreated(l.token(), l.expiresAt(), l.account()));
  }

  @DeleteMapping("/sessions/current")
  Mono<ResponseEntity<Void>> logout(Authentication authentication) {
    return sessions
        .close(String.valueOf(authentication.getCredentials()))
        .thenReturn(ResponseEntity.noContent().build());
  }

  @GetMapping("/accounts/me")
  Mono<AccountView> me(@AuthenticationPrincipal PortalUser user) {
    return accounts.view(user.accountId());
  }

  private static String clientAddress(ServerWebExchange exchange) {
    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
    return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
  }
}
