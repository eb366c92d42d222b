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

/** Registration, SMS codes, login, logout, password reset and "me". */
@RestController
@RequestMapping("/api/v1")
class AccountsController {

  private final Registration registration;
  private final Sessions sessions;
  private final Accounts accounts;
  private final SmsCodes smsCodes;

  AccountsController(
      Registration registration, Sessions sessions, Accounts accounts, SmsCodes smsCodes) {
    this.registration = registration;
    this.sessions = sessions;
    this.accounts = accounts;
    this.smsCodes = smsCodes;
  }

  @PostMapping("/accounts/workers")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<AccountView> registerWorker(
      @Valid @RequestBody Requests.WorkerRegistration request, ServerWebExchange exchange) {
    return registration.registerWorker(request, clientAddress(exchange));
  }

  @PostMapping("/accounts/employers")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<AccountView> registerEmployer(
      @Valid @RequestBody Requests.EmployerRegistration request, ServerWebExchange exchange) {
    return registration.registerEmployer(request, clientAddress(exchange));
  }

  /** 公众注册: a visitor account for open-day bookings, with the phone verified by an SMS code. */
  @PostMapping("/accounts/visitors")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<AccountView> registerVisitor(
      @Valid @RequestBody Requests.VisitorRegistration request, ServerWebExchange exchange) {
    return registration.registerVisitor(request, clientAddress(exchange));
  }

  /**
   * Sends a 6-digit code to the phone. The answer is the same whether or not the phone is registered
   * (202, "如果该手机号可以注册/已注册，验证码已发送"); 429 with Retry-After past the limits.
   */
  @PostMapping("/sms-codes")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Mono<SmsCodes.Accepted> requestSmsCode(
      @Valid @RequestBody Requests.SmsCodeRequest request, ServerWebExchange exchange) {
    return smsCodes.request(request.phone().strip(), request.purpose(), clientAddress(exchange));
  }

  /** The answer to a finished password reset or change. */
  record Done(String detail) {}

  /** 忘记密码: new password with the code sent to the phone; all sessions of the account end. */
  @PostMapping("/accounts/password-reset")
  Mono<Done> resetPassword(
      @Valid @RequestBody Requests.PasswordReset request, ServerWebExchange exchange) {
    return registration
        .resetPassword(request, clientAddress(exchange))
        .thenReturn(new Done("密码已重设，请用新密码登录。其他设备上的登录已全部退出。"));
  }

  /** Changes the signed-in person's password; their other sessions end. */
  @PostMapping("/accounts/me/password")
  Mono<Done> changePassword(
      @Valid @RequestBody Requests.PasswordChange request,
      @AuthenticationPrincipal PortalUser user,
      Authentication authentication) {
    return registration
        .changePassword(user, request, String.valueOf(authentication.getCredentials()))
        .thenReturn(new Done("密码已修改。其他设备上的登录已全部退出。"));
  }

  /** Moves the account to a new phone, verified by the code sent to that phone (purpose CHANGE_PHONE). */
  @PostMapping("/accounts/me/phone")
  Mono<AccountView> changePhone(
      @Valid @RequestBody Requests.PhoneChange request, @AuthenticationPrincipal PortalUser user) {
    return registration.changePhone(user, request);
  }

  @PostMapping("/staff/accounts")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasRole('ADMIN')")
  Mono<AccountView> registerStaff(
      @Valid @RequestBody Requests.StaffRegistration request,
      @AuthenticationPrincipal PortalUser admin) {
    return registration.registerStaff(request, admin);
  }

  /** The new session's bearer token and its owner. */
  record SessionCreated(String token, Instant expiresAt, AccountView account) {}

  @PostMapping("/sessions")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<SessionCreated> login(
      @Valid @RequestBody Requests.Login request, ServerWebExchange exchange) {
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

  static String clientAddress(ServerWebExchange exchange) {
    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
    return remote == null || remote.getAddress() == null
        ? "unknown"
        : remote.getAddress().getHostAddress();
  }
}
