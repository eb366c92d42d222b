package cn.xiangyang.portal.ui.accounts;

import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The backend's accounts API. Every method throws {@link BackendProblem} when the backend refuses the
 * request (4xx, with its problem detail) and {@link BackendUnavailable} when it cannot answer.
 */
@Component
public class AccountsClient {

  private final RestClient backend;

  AccountsClient(RestClient backend) {
    this.backend = backend;
  }

  /**
   * Registers a worker. A retry with the same {@code idempotencyKey} creates nothing twice.
   *
   * @throws BackendProblem 400 with field errors, 409 when the phone or ID number is already registered
   */
  public Account registerWorker(WorkerRegistration registration, String idempotencyKey) {
    return create("/api/v1/accounts/workers", registration, idempotencyKey);
  }

  /**
   * Registers a 公众 visitor (open-day bookings). A retry with the same {@code idempotencyKey} creates nothing twice.
   *
   * @throws BackendProblem 400 with field errors, 409 when the phone already has a visitor account
   */
  public Account registerVisitor(VisitorRegistration registration, String idempotencyKey) {
    return create("/api/v1/accounts/visitors", registration, idempotencyKey);
  }

  /**
   * Registers an employer. A retry with the same {@code idempotencyKey} creates nothing twice.
   *
   * @throws BackendProblem 400 with field errors, 409 when the credit code or phone is already registered
   */
  public Account registerEmployer(EmployerRegistration registration, String idempotencyKey) {
    return create("/api/v1/accounts/employers", registration, idempotencyKey);
  }

  /**
   * Opens a session.
   *
   * @throws BackendProblem 401 for wrong credentials, 429 (with {@code retryAfter}) after too many attempts
   */
  public SignedIn signIn(Credentials credentials) {
    return Objects.requireNonNull(
        backend
            .post()
            .uri("/api/v1/sessions")
            .contentType(MediaType.APPLICATION_JSON)
            .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
            .body(credentials)
            .retrieve()
            .body(SignedIn.class),
        "empty session body");
  }

  /** Closes the session the token belongs to; an already closed or expired one is not an error. */
  public void signOut(String token) {
    try {
      backend
          .delete()
          .uri("/api/v1/sessions/current")
          .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
          .retrieve()
          .toBodilessEntity();
    } catch (BackendProblem e) {
      if (e.status() != 401) {
        throw e;
      }
    }
  }

  /**
   * The account the token belongs to, as the backend shows it now.
   *
   * @throws BackendProblem 401 when the token is invalid or expired
   */
  public Account me(String token) {
    return Objects.requireNonNull(
        backend
            .get()
            .uri("/api/v1/accounts/me")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
            .retrieve()
            .body(Account.class),
        "empty account body");
  }

  /** The backend's answer to a code request: the same words whether or not the phone is registered. */
  @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
  record SmsAccepted(String detail) {}

  record SmsCodeRequest(String phone, String purpose) {
    @Override
    public String toString() {
      return "SmsCodeRequest[" + purpose + "]";
    }
  }

  record PasswordReset(String phone, String code, String newPassword) {
    @Override
    public String toString() {
      return "PasswordReset[redacted]";
    }
  }

  /**
   * Asks the backend to send a 6-digit code to the phone.
   *
   * @param purpose {@code REGISTER}, {@code RESET_PASSWORD} or {@code CHANGE_PHONE}
   * @return the backend's answer, to show as it is
   * @throws BackendProblem 429 (with {@code retryAfter}) past the limits, 400 for a malformed phone
   */
  public String requestSmsCode(String phone, String purpose) {
    return Objects.requireNonNull(
            backend
                .post()
                .uri("/api/v1/sms-codes")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .body(new SmsCodeRequest(phone, purpose))
                .retrieve()
                .body(SmsAccepted.class),
            "empty answer")
        .detail();
  }

  /**
   * 忘记密码: sets a new password with the code sent to the phone; every session of the account ends.
   *
   * @throws BackendProblem 400 for a wrong or expired code (field {@code code}) or a too common password
   */
  public String resetPassword(String phone, String code, String newPassword) {
    return Objects.requireNonNull(
            backend
                .post()
                .uri("/api/v1/accounts/password-reset")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .body(new PasswordReset(phone, code, newPassword))
                .retrieve()
                .body(SmsAccepted.class),
            "empty answer")
        .detail();
  }

  record PasswordChange(String currentPassword, String newPassword) {
    @Override
    public String toString() {
      return "PasswordChange[redacted]";
    }
  }

  record PhoneChange(String phone, String code) {
    @Override
    public String toString() {
      return "PhoneChange[redacted]";
    }
  }

  /**
   * 修改密码: the signed-in person's new password; their other sessions end.
   *
   * @throws BackendProblem 400 for a wrong current password or a too common new one, 429 past the limits
   */
  public String changePassword(String token, String currentPassword, String newPassword) {
    return Objects.requireNonNull(
            backend
                .post()
                .uri("/api/v1/accounts/me/password")
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .body(new PasswordChange(currentPassword, newPassword))
                .retrieve()
                .body(SmsAccepted.class),
            "empty answer")
        .detail();
  }

  /**
   * 更换手机号: moves the account to the new phone with the code sent to it (purpose {@code CHANGE_PHONE}).
   *
   * @throws BackendProblem 400 for a wrong or expired code, 409 when the phone belongs to another account
   */
  public Account changePhone(String token, String phone, String code) {
    return Objects.requireNonNull(
        backend
            .post()
            .uri("/api/v1/accounts/me/phone")
            .headers(h -> h.setBearerAuth(token))
            .contentType(MediaType.APPLICATION_JSON)
            .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
            .body(new PhoneChange(phone, code))
            .retrieve()
            .body(Account.class),
        "empty account body");
  }

  private Account create(String path, Object body, String idempotencyKey) {
    return Objects.requireNonNull(
        backend
            .post()
            .uri(path)
            .contentType(MediaType.APPLICATION_JSON)
            .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
            .header("Idempotency-Key", idempotencyKey)
            .body(body)
            .retrieve()
            .body(Account.class),
        "empty account body");
  }
}
