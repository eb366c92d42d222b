package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.filing.CaseAction;
import cn.xiangyang.portal.filing.CaseStatus;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The staff console's API: the commission's queue and the actions on a case. A case of another
 * commission, and any case for a non-staff caller, is answered with 404.
 */
@RestController
@RequestMapping("/api/v1/staff/cases")
class StaffCasesController {

  private final StaffCases cases;
  private final CaseAccess access;
  private final Filings filings;

  StaffCasesController(StaffCases cases, CaseAccess access, Filings filings) {
    this.cases = cases;
    this.access = access;
    this.filings = filings;
  }

  /**
   * The commission's filed cases, oldest first, each with deadline flags (NEAR or OVERDUE). With {@code number}:
   * the case of that 案号 or 申请编号 (spaces and the case of letters ignored), whatever its state.
   */
  @GetMapping
  @PreAuthorize("hasRole('STAFF')")
  Flux<Views.QueueItem> queue(
      @RequestParam(name = "status", required = false) @Nullable List<String> status,
      @RequestParam(name = "number", required = false) @Nullable String number,
      @AuthenticationPrincipal PortalUser user) {
    if (number != null && !number.isBlank()) {
      String typed = number.strip();
      String application = ApplicationNumbers.normalized(typed);
      if (application != null && !ApplicationNumbers.checks(application)) {
        return Flux.error(new cn.xiangyang.portal.system.InvalidInput(
            "申请编号 " + application + " 的最后一位校验码不符，请核对后重新输入（可能有数字听错或顺序颠倒）。"));
      }
      return filings
          .byNumber(
              user.commissionId() == null ? "" : user.commissionId(),
              application != null ? application : typed.replaceAll("\\s+", ""))
          .concatMap(access::queueItem);
    }
    List<CaseStatus> statuses = new ArrayList<>();
    if (status != null) {
      for (String s : status) {
        for (String one : s.split(",")) {
          try {
            statuses.add(CaseStatus.valueOf(one.strip()));
          } catch (IllegalArgumentException e) {
            return Flux.error(
                new cn.xiangyang.portal.system.InvalidInput(
                    "状态 " + one
                        + " 不存在，可选：SUBMITTED、CORRECTION_REQUESTED、ACCEPTED、IN_MEDIATION、IN_ARBITRATION、HEARING_SCHEDULED 等。"));
          }
        }
      }
    }
    return filings
        .queue(user.commissionId() == null ? "" : user.commissionId(), statuses)
        .concatMap(access::queueItem);
  }

  @GetMapping("/{id}")
  Mono<Views.CaseView> one(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    return cases.staffView(user, id);
  }

  /** The colleagues the case can be assigned to (ASSIGN), to pick from rather than type an id. */
  @GetMapping("/{id}/assignees")
  Mono<List<Views.Assignee>> assignees(
      @PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    return cases.assignees(user, id);
  }

  @GetMapping("/{id}/audit")
  Mono<List<Filings.AuditEntry>> audit(
      @PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    return cases.audit(user, id);
  }

  @PostMapping("/{id}/accept")
  Mono<Views.CaseView> accept(
      @PathVariable UUID id,
      @Valid @RequestBody(required = false) Requests.@Nullable Accept body,
      @AuthenticationPrincipal PortalUser user) {
    return cases.accept(user, id, body == null ? null : body.note());
  }

  @PostMapping("/{id}/reject")
  Mono<Views.CaseView> reject(
      @PathVariable UUID id,
      @Valid @RequestBody Requests.Reject body,
      @AuthenticationPrincipal PortalUser user) {
    return cases.reject(user, id, body.reasons().strip());
  }

  @PostMapping("/{id}/request-correction")
  Mono<Views.CaseView> requestCorrection(
      @PathVariable UUID id,
      @Valid @RequestBody Requests.CorrectionRequest body,
      @AuthenticationPrincipal PortalUser user) {
    return cases.requestCorrection(
        user, id, body.items().stream().map(String::strip).toList(), body.note());
  }

  @PostMapping("/{id}/assign")
  Mono<Views.CaseView> assign(
      @PathVariable UUID id,
      @Valid @RequestBody Requests.Assign body,
      @AuthenticationPrincipal PortalUser user) {
    return cases.assign(user, id, body.staffId());
  }

  @PostMapping("/{id}/mediation")
  Mono<Views.CaseView> mediation(
      @PathVariable UUID id,
      @Valid @RequestBody Requests.Mediation body,
      @AuthenticationPrincipal PortalUser user) {
    if (body.action().equals("START")) {
      return cases.startMediation(user, id);
    }
    if (body.terms() == null || body.terms().isBlank()) {
      return Mono.error(new StaffCases.BadStaffInput("terms", "请填写调解协议的内容。"));
    }
    return cases.recordAgreement(user, id, body.terms().strip());
  }

  @PostMapping("/{id}/arbitration")
  Mono<Views.CaseView> arbitration(
      @PathVariable UUID id,
      @Valid @RequestBody(required = false) Requests.@Nullable Arbitration body,
      @AuthenticationPrincipal PortalUser user) {
    return cases.toArbitration(user, id, body == null ? null : body.reason());
  }

  @PostMapping("/{id}/hearings")
  Mono<Views.CaseView> hearing(
      @PathVariable UUID id,
      @Valid @RequestBody Requests.Hearing body,
      @AuthenticationPrincipal PortalUser user) {
    return cases.scheduleHearing(user, id, body.room().strip(), body.startsAt());
  }

  /** Records the respondent's receipt of the application copy; the defence period runs from that day. */
  @PostMapping("/{id}/service")
  Mono<Views.CaseView> service(
      @PathVariable UUID id,
      @Valid @RequestBody Requests.Service body,
      @AuthenticationPrincipal PortalUser user) {
    return cases.recordService(
        user,
        id,
        java.util.Objects.requireNonNull(body.servedOn()),
        body.method() == null ? "PAPER" : body.method());
  }

  /** Records the day a party signed for the paper copy of one document (书面送达); the application copy's is {@code /service}. */
  @PostMapping("/{id}/documents/{documentId}/service")
  Mono<Views.CaseView> documentService(
      @PathVariable UUID id,
      @PathVariable UUID documentId,
      @Valid @RequestBody Requests.DocumentService body,
      @AuthenticationPrincipal PortalUser user) {
    return cases.recordDocumentService(
        user,
        id,
        documentId,
        java.util.Objects.requireNonNull(body.party()),
        java.util.Objects.requireNonNull(body.servedOn()));
  }

  /** Any staff member asks the director for the award extension; only the director approves it ({@code /extension}). */
  @PostMapping("/{id}/extension-request")
  Mono<Views.CaseView> extensionRequest(
      @PathVariable UUID id,
      @Valid @RequestBody Requests.ExtensionRequest body,
      @AuthenticationPrincipal PortalUser user) {
    return cases.requestAwardExtension(user, id, body.reason().strip());
  }

  @PostMapping("/{id}/extension")
  Mono<Views.CaseView> extension(
      @PathVariable UUID id,
      @Valid @RequestBody Requests.Extension body,
      @AuthenticationPrincipal PortalUser user) {
    return cases.extendAwardDeadline(user, id, body.reason().strip());
  }

  /**
   * Records an event after which the award period is counted anew or paused (办案规则 第四十六条): accepted
   * added or changed claims, an added party, a merged counter-application, a transfer and its acceptance,
   * a suspension and its resumption. The award deadline is recomputed; the audit trail says why.
   */
  @PostMapping("/{id}/period-events")
  Mono<Views.CaseView> periodEvent(
      @PathVariable UUID id,
      @Valid @RequestBody Requests.PeriodEvent body,
      @AuthenticationPrincipal PortalUser user) {
    return cases.periodEvent(
        user,
        id,
        new StaffCases.PeriodEvent(
            CaseAction.valueOf(java.util.Objects.requireNonNull(body.action())),
            java.util.Objects.requireNonNull(body.on()),
            java.util.Objects.requireNonNull(body.reason()).strip(),
            body.receivedOn(),
            body.party(),
            body.commissionId()));
  }

  @PostMapping("/{id}/award")
  Mono<Views.CaseView> award(
      @PathVariable UUID id,
      @Valid @RequestBody Requests.Award body,
      @AuthenticationPrincipal PortalUser user) {
    return cases.award(user, id, body.summary().strip(), body.finalAward());
  }

  @PostMapping("/{id}/close")
  Mono<Views.CaseView> close(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    return cases.close(user, id);
  }
}
