package cn.xiangyang.portal.accounts.internal;

import cn.xiangyang.portal.accounts.PortalUser;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Employer verification (employer and staff sides) and the administrators' SMS outbox. */
@RestController
@RequestMapping("/api/v1")
class VerificationController {

  private static final List<String> QUEUE_STATES =
      List.of("PENDING", "UNVERIFIED", "VERIFIED", "REJECTED", "SUSPENDED", "REPORTED");

  private final EmployerVerifications verifications;
  private final SmsGateway gateway;

  VerificationController(EmployerVerifications verifications, SmsGateway gateway) {
    this.verifications = verifications;
    this.gateway = gateway;
  }

  @GetMapping("/accounts/employers/verification")
  Mono<EmployerVerifications.Status> status(@AuthenticationPrincipal PortalUser user) {
    return verifications.status(user);
  }

  /** Multipart: {@code licence} (required) and {@code authorization} (an agent's 授权委托书). */
  @PostMapping(
      path = "/accounts/employers/verification",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  Mono<EmployerVerifications.Status> submit(
      @AuthenticationPrincipal PortalUser user, ServerWebExchange exchange) {
    return exchange.getMultipartData().flatMap(parts -> verifications.submitDocuments(user, parts));
  }

  @PostMapping("/accounts/employers/case-codes")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<EmployerVerifications.CaseCodeEntered> caseCode(
      @Valid @RequestBody Requests.CaseCode request, @AuthenticationPrincipal PortalUser user) {
    return verifications.enterCaseCode(user, request.code());
  }

  @PostMapping("/accounts/employers/invitations")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<EmployerVerifications.Invitation> invite(@AuthenticationPrincipal PortalUser user) {
    return verifications.invite(user);
  }

  /** Collected before it is written (a few accounts): a failure is answered as a problem, not a broken array. */
  @GetMapping("/accounts/employers/colleagues")
  Mono<List<EmployerVerifications.Colleague>> colleagues(@AuthenticationPrincipal PortalUser user) {
    return verifications.colleagues(user).collectList();
  }

  @PostMapping("/accounts/employers/impostor-reports")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<Map<String, Object>> report(
      @Valid @RequestBody Requests.ImpostorReport request,
      @AuthenticationPrincipal PortalUser user) {
    return verifications.reportImpostor(user, request.accountId(), request.reason());
  }

  // ---- staff ----------------------------------------------------------------------------------

  @GetMapping("/staff/employers")
  @PreAuthorize("hasRole('STAFF')")
  Flux<EmployerVerifications.QueueItem> queue(
      @RequestParam(defaultValue = "PENDING") String state) {
    if (!QUEUE_STATES.contains(state)) {
      return Flux.error(new AccountProblems.FieldProblem(
          "状态不正确", "state", "state 只能是 " + String.join("、", QUEUE_STATES) + " 之一。"));
    }
    return verifications.queue(state);
  }

  @GetMapping("/staff/employers/{id}/documents/{documentId}")
  @PreAuthorize("hasRole('STAFF')")
  Mono<ResponseEntity<byte[]>> document(@PathVariable UUID id, @PathVariable UUID documentId) {
    return verifications
        .document(id, documentId)
        .map(d -> ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(d.mediaType()))
            .header(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline()
                    .filename(d.fileName(), StandardCharsets.UTF_8)
                    .build()
                    .toString())
            .header("X-Content-Type-Options", "nosniff")
            .body(d.content()));
  }

  @PostMapping("/staff/employers/{id}/verification")
  @PreAuthorize("hasRole('STAFF')")
  Mono<EmployerVerifications.Status> decide(
      @PathVariable UUID id,
      @Valid @RequestBody Requests.Decision request,
      @AuthenticationPrincipal PortalUser staff) {
    return verifications.decide(staff, id, request.decision(), request.reason());
  }

  @PostMapping("/staff/employers/{id}/suspension")
  @PreAuthorize("hasRole('STAFF')")
  Mono<EmployerVerifications.Status> suspend(
      @PathVariable UUID id,
      @Valid @RequestBody Requests.Suspension request,
      @AuthenticationPrincipal PortalUser staff) {
    return verifications.suspend(staff, id, request.reason());
  }

  /**
   * The embedded default's SMS outbox for one phone, newest first; 404 when a real gateway sends the
   * messages, 400 naming {@code phone} when it is missing or not a phone number.
   */
  @GetMapping("/staff/sms-outbox")
  @PreAuthorize("hasRole('ADMIN')")
  Flux<SmsOutbox.Message> outbox(@RequestParam(required = false) @Nullable String phone) {
    if (!(gateway instanceof SmsOutbox outbox)) {
      return Flux.error(new AccountProblems.NotFound("没有短信发件箱", "已配置短信网关，验证码直接发到用户手机，平台不保存验证码。"));
    }
    if (phone == null || phone.isBlank()) {
      return Flux.error(new AccountProblems.FieldProblem(
          "缺少手机号",
          "phone",
          "请用参数 phone 给出要查看的 11 位手机号，例如 /api/v1/staff/sms-outbox?phone=13800000000；发件箱只按手机号查看。"));
    }
    if (!phone.strip().matches(Requests.PHONE)) {
      return Flux.error(
          new AccountProblems.FieldProblem("手机号不正确", "phone", Requests.PHONE_MESSAGE));
    }
    return outbox.to(phone.strip());
  }
}
