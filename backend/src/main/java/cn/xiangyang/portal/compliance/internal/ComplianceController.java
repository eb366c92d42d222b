package cn.xiangyang.portal.compliance.internal;

import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.system.DomainProblem.FieldMessage;
import cn.xiangyang.portal.system.Idempotency;
import cn.xiangyang.portal.system.IdempotencyKeys;
import cn.xiangyang.portal.system.KeysetPage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The employer check-up API: the questionnaire and anonymous check-ups for everyone; saved check-ups, drafts
 * and training requests for verified employer accounts (403 with how to get verified otherwise).
 */
@RestController
@RequestMapping("/api/v1/compliance")
class ComplianceController {

  private final ComplianceRules rules;
  private final CheckupService checkups;
  private final ReportPdf pdf;
  private final Trainings trainings;
  private final Clock clock;
  private final Idempotency idempotency;

  ComplianceController(
      ComplianceRules rules,
      CheckupService checkups,
      ReportPdf pdf,
      Trainings trainings,
      Clock clock,
      Idempotency idempotency) {
    this.idempotency = idempotency;
    this.rules = rules;
    this.checkups = checkups;
    this.pdf = pdf;
    this.trainings = trainings;
    this.clock = clock;
  }

  /** The questionnaire: areas (the wizard's steps), questions, answer types and the branching conditions. */
  record QuestionnaireView(
      List<Questionnaire.Area> areas, int questions, int rules, String method) {}

  @GetMapping("/questionnaire")
  ResponseEntity<QuestionnaireView> questionnaire() {
    RuleBook book = rules.book();
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(10)).cachePublic())
        .body(new QuestionnaireView(
            book.questionnaire().areas(),
            book.questions().size(),
            book.rules().size(),
            Reports.METHOD));
  }

  /**
   * @param answers question id → answer ({@code "yes"}, an option's value, a number)
   * @param save keep the check-up (employer accounts only)
   * @param share consent to show the score to the commissions serving the employer
   */
  record CheckupRequest(
      @Nullable Map<String, Object> answers,
      @Nullable Boolean save,
      @Nullable Boolean share) {}

  @PostMapping("/checkups")
  Mono<ResponseEntity<Report>> checkup(
      @RequestBody CheckupRequest request, @AuthenticationPrincipal @Nullable PortalUser user) {
    if (request.answers() == null) {
      return Mono.error(ComplianceProblems.Invalid.of("answers", "请提交体检答案（answers）"));
    }
    boolean save = Boolean.TRUE.equals(request.save());
    return checkups
        .run(user, request.answers(), save, Boolean.TRUE.equals(request.share()))
        .map(r -> r.id() == null
            ? ResponseEntity.ok(r)
            : ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/v1/compliance/checkups/" + r.id())
                .body(r));
  }

  /** The report of answers as a PDF, without storing anything (anonymous or not saved). */
  @PostMapping(path = "/checkups/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  Mono<ResponseEntity<byte[]>> unsavedPdf(
      @RequestBody CheckupRequest request, @AuthenticationPrincipal @Nullable PortalUser user) {
    if (request.answers() == null) {
      return Mono.error(ComplianceProblems.Invalid.of("answers", "请提交体检答案（answers）"));
    }
    return checkups
        .run(user, request.answers(), false, false)
        .flatMap(pdf::render)
        .map(ComplianceController::pdfResponse);
  }

  /** The page size of the employer's lists when the request gives no {@code limit}; at most {@link #MAX_LIMIT}. */
  static final int DEFAULT_LIMIT = 50;

  static final int MAX_LIMIT = 200;

  /**
   * The employer's saved check-ups, newest first, a page at a time (issue 18): {@code limit} (default 50, at
   * most 200) older than the {@code before} cursor; when more remain, {@code Link: <…?before=…&limit=…>;
   * rel="next"}.
   */
  @GetMapping("/checkups")
  @PreAuthorize("hasRole('EMPLOYER')")
  Mono<ResponseEntity<List<CheckupService.Summary>>> mine(
      @RequestParam(name = "before", required = false) @Nullable String before,
      @RequestParam(name = "limit", required = false) @Nullable String limit,
      @AuthenticationPrincipal PortalUser user) {
    int n = KeysetPage.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
    KeysetPage.Cursor after = KeysetPage.Cursor.parse(before, "before");
    return checkups
        .mine(user, after, n + 1)
        .collectList()
        .map(rows -> KeysetPage.of(
            rows,
            n,
            "/api/v1/compliance/checkups",
            "before",
            s -> KeysetPage.Cursor.of(s.createdAt(), s.id())));
  }

  @GetMapping("/checkups/{id}")
  @PreAuthorize("hasRole('EMPLOYER')")
  Mono<Report> one(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    return checkups.own(user, id).map(Checkups.Saved::report);
  }

  @GetMapping(path = "/checkups/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @PreAuthorize("hasRole('EMPLOYER')")
  Mono<ResponseEntity<byte[]>> reportPdf(
      @PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    return checkups
        .own(user, id)
        .flatMap(s -> pdf.render(s.report()))
        .map(ComplianceController::pdfResponse);
  }

  @GetMapping(path = "/checkups/{id}/chart.png", produces = MediaType.IMAGE_PNG_VALUE)
  @PreAuthorize("hasRole('EMPLOYER')")
  Mono<byte[]> chart(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    return checkups
        .own(user, id)
        .flatMap(s -> pdf.chart(s.report().areas(), 720, 40 * s.report().areas().size() + 120));
  }

  /** The chart of an unsaved report's areas (anonymous check-ups have no id to ask by). */
  record ChartRequest(@Nullable List<Report.AreaResult> areas) {}

  @PostMapping(path = "/risk-chart", produces = MediaType.IMAGE_PNG_VALUE)
  Mono<byte[]> riskChart(@RequestBody ChartRequest request) {
    List<Report.AreaResult> areas = request.areas();
    if (areas == null || areas.isEmpty() || areas.size() > 30) {
      return Mono.error(ComplianceProblems.Invalid.of("areas", "请提供 1 到 30 个领域的结果"));
    }
    for (Report.AreaResult a : areas) {
      if (a == null
          || a.title() == null
          || a.title().length() > 40
          || a.level() == null
          || a.levelLabel() == null
          || a.score() < 0
          || a.score() > 100) {
        return Mono.error(
            ComplianceProblems.Invalid.of("areas", "每个领域需要名称（不超过 40 字）、等级和 0 到 100 的得分"));
      }
    }
    return pdf.chart(areas, 720, 40 * areas.size() + 120);
  }

  record ShareRequest(boolean share) {}

  @PutMapping("/checkups/{id}/share")
  @PreAuthorize("hasRole('EMPLOYER')")
  Mono<ResponseEntity<Void>> share(
      @PathVariable UUID id,
      @RequestBody ShareRequest request,
      @AuthenticationPrincipal PortalUser user) {
    return checkups
        .share(user, id, request.share())
        .thenReturn(ResponseEntity.noContent().build());
  }

  /** "Save and continue later": the unfinished answers and the step the wizard was on. */
  record DraftBody(
      @Nullable Map<String, Object> answers, @Nullable Integer step) {}

  @GetMapping("/draft")
  @PreAuthorize("hasRole('EMPLOYER')")
  Mono<ResponseEntity<Checkups.Draft>> draft(@AuthenticationPrincipal PortalUser user) {
    return checkups
        .draft(user)
        .map(ResponseEntity::ok)
        .defaultIfEmpty(ResponseEntity.noContent().build());
  }

  @PutMapping("/draft")
  @PreAuthorize("hasRole('EMPLOYER')")
  Mono<ResponseEntity<Void>> saveDraft(
      @RequestBody DraftBody body, @AuthenticationPrincipal PortalUser user) {
    return Mono.defer(() -> checkups.saveDraft(
            user,
            body.answers() == null ? Map.of() : body.answers(),
            body.step() == null ? 0 : body.step()))
        .thenReturn(ResponseEntity.noContent().build());
  }

  @DeleteMapping("/draft")
  @PreAuthorize("hasRole('EMPLOYER')")
  Mono<ResponseEntity<Void>> deleteDraft(@AuthenticationPrincipal PortalUser user) {
    return checkups.deleteDraft(user).thenReturn(ResponseEntity.noContent().build());
  }

  /** A training request (订单式培训); topics usually pre-filled from the report's weak areas. */
  record TrainingRequest(
      @Nullable List<String> topics,
      @Nullable Integer headcount,
      @Nullable List<LocalDate> preferredDates,
      @Nullable String contactName,
      @Nullable String contactPhone,
      @Nullable UUID checkupId,
      @Nullable String note) {}

  @PostMapping("/training-requests")
  @PreAuthorize("hasRole('EMPLOYER')")
  Mono<ResponseEntity<Trainings.Training>> requestTraining(
      @RequestBody TrainingRequest body,
      @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
      @AuthenticationPrincipal PortalUser user) {
    LocalDate today = LocalDate.now(clock);
    List<FieldMessage> errors = new ArrayList<>();
    List<String> topics = body.topics() == null
        ? List.of()
        : body.topics().stream()
            .filter(t -> t != null && !t.isBlank())
            .map(String::strip)
            .distinct()
            .toList();
    if (topics.isEmpty() || topics.size() > 20 || topics.stream().anyMatch(t -> t.length() > 60)) {
      errors.add(new FieldMessage("topics", "请选择或填写 1 到 20 个培训主题（每个不超过 60 字）"));
    }
    if (body.headcount() == null || body.headcount() < 1 || body.headcount() > 10000) {
      errors.add(new FieldMessage("headcount", "请填写参加培训的人数（1 到 10000 人）"));
    }
    List<LocalDate> dates = body.preferredDates() == null
        ? List.of()
        : body.preferredDates().stream()
            .filter(d -> d != null)
            .distinct()
            .sorted()
            .toList();
    if (dates.isEmpty() || dates.size() > 5) {
      errors.add(new FieldMessage("preferredDates", "请选择 1 到 5 个希望的培训日期"));
    } else if (dates.get(0).isBefore(today.plusDays(1))) {
      errors.add(new FieldMessage("preferredDates", "希望的培训日期应在今天之后，方便工作人员安排"));
    } else if (dates.get(dates.size() - 1).isAfter(today.plusYears(1))) {
      errors.add(new FieldMessage("preferredDates", "希望的培训日期应在一年之内"));
    }
    if (body.contactName() == null
        || body.contactName().isBlank()
        || body.contactName().strip().length() > 40) {
      errors.add(new FieldMessage("contactName", "请填写联系人姓名（不超过 40 字）"));
    }
    if (body.contactPhone() == null
        || !body.contactPhone().strip().matches("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}")) {
      errors.add(new FieldMessage("contactPhone", "请填写 11 位手机号或带区号的固定电话，如 0710-3456789"));
    }
    if (body.note() != null && body.note().length() > 500) {
      errors.add(new FieldMessage("note", "备注不超过 500 字"));
    }
    if (key != null && !IdempotencyKeys.valid(key)) {
      errors.add(new FieldMessage(IdempotencyKeys.HEADER, IdempotencyKeys.MESSAGE));
    }
    if (!errors.isEmpty()) {
      return Mono.error(new ComplianceProblems.Invalid(errors));
    }
    Mono<Boolean> checkupOk = body.checkupId() == null
        ? Mono.just(true)
        : checkups.own(user, body.checkupId()).thenReturn(true);
    return checkups
        .verifiedEmployer(user)
        .flatMap(company -> checkupOk.then(Mono.defer(() -> {
          UUID id = UUID.randomUUID();
          // the key's first request made the training request; a repetition answers with that one
          return idempotency.once(
              user.accountId(),
              "compliance.training",
              key,
              null,
              id,
              () -> trainings.insert(new Trainings.NewTraining(
                  id,
                  user.accountId(),
                  company.creditCode(),
                  company.companyName(),
                  body.checkupId(),
                  // checked above: an answer without them has been refused
                  topics,
                  Objects.requireNonNull(body.headcount()),
                  dates,
                  Objects.requireNonNull(body.contactName()).strip(),
                  Objects.requireNonNull(body.contactPhone()).strip(),
                  body.note() == null || body.note().isBlank()
                      ? null
                      : body.note().strip(),
                  clock.instant())));
        })))
        .flatMap(trainings::find)
        .map(t -> ResponseEntity.status(HttpStatus.CREATED)
            .header("Location", "/api/v1/compliance/training-requests/" + t.id())
            .body(t));
  }

  /**
   * The employer's training requests, newest first, a page at a time (issue 18): {@code limit} (default 50,
   * at most 200) older than the {@code before} cursor; when more remain, {@code Link: <…?before=…&limit=…>;
   * rel="next"}.
   */
  @GetMapping("/training-requests")
  @PreAuthorize("hasRole('EMPLOYER')")
  Mono<ResponseEntity<List<Trainings.Training>>> myTrainings(
      @RequestParam(name = "before", required = false) @Nullable String before,
      @RequestParam(name = "limit", required = false) @Nullable String limit,
      @AuthenticationPrincipal PortalUser user) {
    int n = KeysetPage.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
    KeysetPage.Cursor after = KeysetPage.Cursor.parse(before, "before");
    return checkups
        .verifiedEmployer(user)
        .thenMany(trainings.ofAccount(user.accountId(), after, n + 1))
        .collectList()
        .map(rows -> KeysetPage.of(
            rows,
            n,
            "/api/v1/compliance/training-requests",
            "before",
            t -> KeysetPage.Cursor.of(t.createdAt(), t.id())));
  }

  static ResponseEntity<byte[]> pdfResponse(byte[] bytes) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            "Content-Disposition",
            ContentDisposition.inline()
                .filename("用工体检报告.pdf", java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(bytes);
  }
}
