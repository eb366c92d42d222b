package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.accounts.PortalUser;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** A worker's application: drafts, checks, evidence, submission, withdrawal. Only workers file. */
@RestController
@RequestMapping("/api/v1/filings")
@PreAuthorize("hasRole('WORKER')")
class FilingController {

  private final FilingService filings;
  private final EvidenceUploads uploads;

  FilingController(FilingService filings, EvidenceUploads uploads) {
    this.filings = filings;
    this.uploads = uploads;
  }

  @PostMapping
  Mono<ResponseEntity<Views.FilingView>> create(
      @Valid @RequestBody(required = false) @Nullable ApplicationForm form,
      @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
      @AuthenticationPrincipal PortalUser user) {
    return filings
        .create(user, form == null ? ApplicationForm.empty() : form, key)
        .map(v -> ResponseEntity.status(HttpStatus.CREATED)
            .header("Location", "/api/v1/filings/" + v.id())
            .body(v));
  }

  @PutMapping("/{id}")
  Mono<Views.FilingView> update(
      @PathVariable UUID id,
      @Valid @RequestBody ApplicationForm form,
      @AuthenticationPrincipal PortalUser user) {
    return filings.update(user, id, form);
  }

  @GetMapping("/{id}")
  Mono<Views.FilingView> get(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    return filings.view(user, id);
  }

  /** The checks before submission; advice only, nothing is stored. */
  record Checks(List<CheckResult> checks) {}

  @PostMapping("/{id}/checks")
  Mono<Checks> checks(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    return filings.checks(user, id).map(Checks::new);
  }

  @PostMapping("/{id}/submit")
  Mono<Views.Receipt> submit(
      @PathVariable UUID id,
      @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
      @AuthenticationPrincipal PortalUser user) {
    return filings.submit(user, id, key);
  }

  /** Withdraws a filed application; the optional body gives the reason (e.g. 已和解). */
  @PostMapping("/{id}/withdraw")
  Mono<Views.FilingView> withdraw(
      @PathVariable UUID id,
      @Valid @RequestBody(required = false) Requests.@Nullable Withdrawal body,
      @AuthenticationPrincipal PortalUser user) {
    return filings.withdraw(
        user,
        id,
        body == null || body.reason() == null || body.reason().isBlank()
            ? null
            : body.reason().strip());
  }

  /** What withdrawing means (撤回 and the limitation period), to show before the worker confirms. */
  record WithdrawalNotice(String consequence) {}

  @GetMapping("/withdrawal-consequence")
  Mono<WithdrawalNotice> withdrawalConsequence() {
    return Mono.just(new WithdrawalNotice(FilingService.WITHDRAWAL_CONSEQUENCE));
  }

  /** Deletes a draft that was never submitted (204); a filed application is withdrawn instead (409). */
  @DeleteMapping("/{id}")
  Mono<ResponseEntity<Void>> deleteDraft(
      @PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    return filings.deleteDraft(user, id).thenReturn(ResponseEntity.noContent().build());
  }

  @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Mono<ResponseEntity<Views.EvidenceView>> upload(
      @PathVariable UUID id, ServerWebExchange exchange, @AuthenticationPrincipal PortalUser user) {
    return uploads
        .applicantUpload(user, id, exchange)
        .map(v -> ResponseEntity.status(HttpStatus.CREATED).body(v));
  }

  @DeleteMapping("/{id}/evidence/{evidenceId}")
  Mono<ResponseEntity<Void>> deleteEvidence(
      @PathVariable UUID id,
      @PathVariable UUID evidenceId,
      @AuthenticationPrincipal PortalUser user) {
    return uploads
        .applicantDelete(user, id, evidenceId)
        .thenReturn(ResponseEntity.noContent().build());
  }
}
