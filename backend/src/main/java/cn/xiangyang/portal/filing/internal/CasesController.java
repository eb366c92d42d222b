package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.accounts.PortalUser;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A party's cases: a worker's own (drafts included), an employer's once the copy was served; the
 * printable application; the employer's defence and evidence. Staff use the same case and PDF
 * endpoints for their commission's cases.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CasesController {

  private final CaseAccess access;
  private final Defences defences;
  private final EvidenceUploads uploads;
  private final EvidenceFiles files;
  private final ApplicationPdf pdf;

  CasesController(
      CaseAccess access,
      Defences defences,
      EvidenceUploads uploads,
      EvidenceFiles files,
      ApplicationPdf pdf) {
    this.access = access;
    this.defences = defences;
    this.uploads = uploads;
    this.files = files;
    this.pdf = pdf;
  }

  @GetMapping
  Flux<Views.CaseView> mine(@AuthenticationPrincipal PortalUser user) {
    return access.mine(user).concatMap(access::view);
  }

  @GetMapping("/{id}")
  Mono<Views.CaseView> one(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    return access.visibleView(user, id);
  }

  @GetMapping(path = "/{id}/application.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  Mono<ResponseEntity<byte[]>> applicationPdf(
      @PathVariable UUID id,
      @RequestParam(name = "copy", required = false) @Nullable String copy,
      @AuthenticationPrincipal PortalUser user) {
    // The employer always gets the served (masked) copy; the applicant and staff the commission's,
    // or the served one when they ask for it (?copy=respondent) to see what the employer receives.
    return access.visible(user, id).flatMap(v -> {
      ApplicationPdf.Copy which =
          v.role().equals("RESPONDENT") || "respondent".equalsIgnoreCase(copy)
              ? ApplicationPdf.Copy.RESPONDENT
              : ApplicationPdf.Copy.COMMISSION;
      return pdf.render(v.record(), which)
          .map(bytes -> Pdf.response(bytes, ApplicationPdf.fileName(v.record(), which)));
    });
  }

  /**
   * One document of the case as a PDF (开庭通知书, 应诉通知书…), for its addressee and staff only: the same
   * text as on the case page, with the case number, the commission and the service line.
   */
  @GetMapping(
      path = "/{id}/documents/{documentId}/notice.pdf",
      produces = MediaType.APPLICATION_PDF_VALUE)
  Mono<ResponseEntity<byte[]>> documentPdf(
      @PathVariable UUID id,
      @PathVariable UUID documentId,
      @AuthenticationPrincipal PortalUser user) {
    return access
        .visible(user, id)
        .flatMap(v -> access
            .view(v)
            .flatMap(view -> Mono.justOrEmpty(
                view.documents().stream().filter(d -> d.id().equals(documentId)).findFirst()))
            .switchIfEmpty(Mono.error(new FilingProblems.NoSuchDocument()))
            .flatMap(d -> pdf.render(v.record(), d)
                .map(bytes -> Pdf.response(bytes, ApplicationPdf.fileName(v.record(), d)))));
  }

  @GetMapping("/{id}/evidence/{evidenceId}")
  Mono<ResponseEntity<byte[]>> evidence(
      @PathVariable UUID id,
      @PathVariable UUID evidenceId,
      @AuthenticationPrincipal PortalUser user) {
    return access
        .visible(user, id)
        .flatMap(v -> files.content(id, evidenceId))
        .switchIfEmpty(Mono.error(new FilingProblems.NoSuchEvidence()))
        .map(content -> ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(content.mediaType()))
            .header(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                    .filename(content.fileName(), StandardCharsets.UTF_8)
                    .build()
                    .toString())
            .header("X-Content-Type-Options", "nosniff")
            .body(content.bytes()));
  }

  @PostMapping("/{id}/defence")
  @PreAuthorize("hasRole('EMPLOYER')")
  Mono<Views.CaseView> defence(
      @PathVariable UUID id,
      @Valid @RequestBody Requests.Defence body,
      @AuthenticationPrincipal PortalUser user) {
    return defences.submit(user, id, body);
  }

  @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("hasRole('EMPLOYER')")
  Mono<ResponseEntity<Views.EvidenceView>> respondentEvidence(
      @PathVariable UUID id, ServerWebExchange exchange, @AuthenticationPrincipal PortalUser user) {
    return uploads
        .respondentUpload(user, id, exchange)
        .map(v -> ResponseEntity.status(HttpStatus.CREATED).body(v));
  }

  /** PDF responses with a download name in UTF-8. */
  static final class Pdf {
    private Pdf() {}

    static ResponseEntity<byte[]> response(byte[] bytes, String fileName) {
      return ResponseEntity.ok()
          .contentType(MediaType.APPLICATION_PDF)
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.inline()
                  .filename(fileName, StandardCharsets.UTF_8)
                  .build()
                  .toString())
          .body(bytes);
    }
  }
}
