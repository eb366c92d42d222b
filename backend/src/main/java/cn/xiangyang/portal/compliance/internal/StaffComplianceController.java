package cn.xiangyang.portal.compliance.internal;

import cn.xiangyang.portal.accounts.CreditCode;
import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.system.DomainProblem.FieldMessage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Staff side of the check-up: training requests (schedule, record attendance) and the served-enterprise
 * registry of the staff member's commission, with the check-up scores the enterprises agreed to share.
 */
@RestController
@PreAuthorize("hasRole('STAFF')")
class StaffComplianceController {

  private static final Set<String> STATUSES = Set.of("REQUESTED", "SCHEDULED", "DONE", "CANCELLED");

  private final Trainings trainings;
  private final Enterprises enterprises;
  private final Checkups checkups;
  private final Clock clock;

  StaffComplianceController(
      Trainings trainings, Enterprises enterprises, Checkups checkups, Clock clock) {
    this.trainings = trainings;
    this.enterprises = enterprises;
    this.checkups = checkups;
    this.clock = clock;
  }

  @GetMapping("/api/v1/staff/compliance/training-requests")
  Flux<Trainings.Training> trainingRequests(
      @RequestParam(required = false) @Nullable String status,
      @AuthenticationPrincipal PortalUser user) {
    if (status != null && !STATUSES.contains(status)) {
      return Flux.error(
          ComplianceProblems.Invalid.of("status", "状态只能是 REQUESTED、SCHEDULED、DONE 或 CANCELLED"));
    }
    return trainings.ofCommission(commission(user), status);
  }

  record Schedule(
      @Nullable LocalDate date,
      @Nullable String location,
      @Nullable String trainer) {}

  @PostMapping("/api/v1/staff/compliance/training-requests/{id}/schedule")
  Mono<Trainings.Training> schedule(
      @PathVariable UUID id, @RequestBody Schedule body, @AuthenticationPrincipal PortalUser user) {
    List<FieldMessage> errors = new ArrayList<>();
    if (body.date() == null || body.date().isBefore(LocalDate.now(clock))) {
      errors.add(new FieldMessage("date", "请选择今天或以后的培训日期"));
    }
    if (body.location() == null || body.location().isBlank() || body.location().length() > 100) {
      errors.add(new FieldMessage("location", "请填写培训地点（不超过 100 字）"));
    }
    if (body.trainer() != null && body.trainer().length() > 60) {
      errors.add(new FieldMessage("trainer", "授课人不超过 60 字"));
    }
    if (!errors.isEmpty()) {
      return Mono.error(new ComplianceProblems.Invalid(errors));
    }
    return trainings
        .findFor(id, commission(user))
        .switchIfEmpty(Mono.error(ComplianceProblems.NoSuchTraining::new))
        .flatMap(t -> trainings.schedule(
            id,
            Objects.requireNonNull(body.date()),
            Objects.requireNonNull(body.location()).strip(), // checked above
            body.trainer() == null || body.trainer().isBlank()
                ? null
                : body.trainer().strip(),
            clock.instant()))
        .flatMap(n -> n == 0
            ? Mono.error(new ComplianceProblems.TrainingNotOpen("已完成或已取消的培训不能再安排。"))
            : trainings.find(id));
  }

  record Attendance(@Nullable Integer attended) {}

  @PostMapping("/api/v1/staff/compliance/training-requests/{id}/attendance")
  Mono<Trainings.Training> attendance(
      @PathVariable UUID id,
      @RequestBody Attendance body,
      @AuthenticationPrincipal PortalUser user) {
    if (body.attended() == null || body.attended() < 0 || body.attended() > 10000) {
      return Mono.error(ComplianceProblems.Invalid.of("attended", "请填写实际参加的人数（0 到 10000）"));
    }
    return trainings
        .findFor(id, commission(user))
        .switchIfEmpty(Mono.error(ComplianceProblems.NoSuchTraining::new))
        .flatMap(t -> trainings.recordAttendance(
            id, Objects.requireNonNull(body.attended()), clock.instant()))
        .flatMap(n -> n == 0
            ? Mono.error(new ComplianceProblems.TrainingNotOpen("请先安排培训的日期和地点，再登记参加人数。"))
            : trainings.find(id));
  }

  /** An enterprise of the registry with its latest shared score and its trainings. */
  record EnterpriseView(
      Enterprises.Enterprise enterprise,
      List<Score> scores,
      List<Trainings.Training> trainings,
      @Nullable Integer latestScore,
      int trainingsDone) {}

  /** A shared check-up's score on its day. */
  record Score(
      UUID checkupId, Instant at, int score, String level, String levelLabel, int findings) {}

  record EnterpriseBody(
      @Nullable String creditCode,
      @Nullable String name,
      @Nullable String areaCode,
      @Nullable String industry,
      @Nullable Integer headcount,
      @Nullable String contactName,
      @Nullable String contactPhone,
      @Nullable String assignedName,
      @Nullable String assignedRole,
      @Nullable String note) {}

  @GetMapping("/api/v1/staff/enterprises")
  Flux<EnterpriseView> registry(@AuthenticationPrincipal PortalUser user) {
    return enterprises.ofCommission(commission(user)).concatMap(this::view);
  }

  @GetMapping("/api/v1/staff/enterprises/{id}")
  Mono<EnterpriseView> enterprise(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    return own(user, id).flatMap(this::view);
  }

  @PostMapping("/api/v1/staff/enterprises")
  Mono<ResponseEntity<EnterpriseView>> add(
      @RequestBody EnterpriseBody body, @AuthenticationPrincipal PortalUser user) {
    Instant now = clock.instant();
    return validated(body)
        .flatMap(b -> enterprises.upsert(new Enterprises.Enterprise(
            UUID.randomUUID(),
            commission(user),
            Objects.requireNonNull(b.creditCode()).strip(),
            Objects.requireNonNull(b.name()).strip(),
            blank(b.areaCode()),
            blank(b.industry()),
            b.headcount(),
            blank(b.contactName()),
            blank(b.contactPhone()),
            blank(b.assignedName()),
            blank(b.assignedRole()),
            blank(b.note()),
            now,
            now)))
        .flatMap(this::view)
        .map(v -> ResponseEntity.status(HttpStatus.CREATED)
            .header("Location", "/api/v1/staff/enterprises/" + v.enterprise().id())
            .body(v));
  }

  @PutMapping("/api/v1/staff/enterprises/{id}")
  Mono<EnterpriseView> update(
      @PathVariable UUID id,
      @RequestBody EnterpriseBody body,
      @AuthenticationPrincipal PortalUser user) {
    return own(user, id)
        .flatMap(existing -> validated(body).flatMap(b -> {
          if (!existing
              .creditCode()
              .equals(Objects.requireNonNull(b.creditCode()).strip())) {
            return Mono.error(
                ComplianceProblems.Invalid.of("creditCode", "统一社会信用代码不能修改；如填错了，请新增一家企业"));
          }
          return enterprises.upsert(new Enterprises.Enterprise(
              existing.id(),
              existing.commissionId(),
              existing.creditCode(),
              Objects.requireNonNull(b.name()).strip(),
              blank(b.areaCode()),
              blank(b.industry()),
              b.headcount(),
              blank(b.contactName()),
              blank(b.contactPhone()),
              blank(b.assignedName()),
              blank(b.assignedRole()),
              blank(b.note()),
              existing.createdAt(),
              clock.instant()));
        }))
        .flatMap(this::view);
  }

  @GetMapping(path = "/api/v1/staff/enterprises/export.csv", produces = "text/csv")
  Mono<ResponseEntity<byte[]>> export(@AuthenticationPrincipal PortalUser user) {
    return registry(user).collectList().map(list -> {
      StringWriter out = new StringWriter();
      // A byte-order mark so that spreadsheet programs on Chinese Windows read the file as UTF-8.
      out.write('\uFEFF');
      try (CSVPrinter csv = new CSVPrinter(
          out,
          CSVFormat.DEFAULT
              .builder()
              .setHeader(
                  "统一社会信用代码",
                  "企业名称",
                  "所在地区",
                  "行业",
                  "职工人数",
                  "联系人",
                  "联系电话",
                  "联系仲裁员/调解员",
                  "角色",
                  "最近体检得分",
                  "体检次数",
                  "已完成培训",
                  "备注")
              .get())) {
        for (EnterpriseView v : list) {
          Enterprises.Enterprise e = v.enterprise();
          csv.printRecord(
              e.creditCode(),
              e.name(),
              e.areaCode(),
              e.industry(),
              e.headcount(),
              e.contactName(),
              e.contactPhone(),
              e.assignedName(),
              e.assignedRole() == null
                  ? null
                  : e.assignedRole().equals("ARBITRATOR") ? "仲裁员" : "调解员",
              v.latestScore(),
              v.scores().size(),
              v.trainingsDone(),
              e.note());
        }
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      return ResponseEntity.ok()
          .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
          .header(
              "Content-Disposition",
              ContentDisposition.attachment()
                  .filename("服务企业名册.csv", StandardCharsets.UTF_8)
                  .build()
                  .toString())
          .body(out.toString().getBytes(StandardCharsets.UTF_8));
    });
  }

  private Mono<EnterpriseView> view(Enterprises.Enterprise e) {
    return Mono.zip(
            checkups
                .sharedBy(e.creditCode())
                .map(s -> new Score(
                    s.id(),
                    s.createdAt(),
                    s.report().score(),
                    s.report().level(),
                    s.report().levelLabel(),
                    s.report().findings().size()))
                .collectList(),
            trainings.ofEnterprise(e.creditCode()).collectList())
        .map(t -> new EnterpriseView(
            e,
            t.getT1(),
            t.getT2(),
            t.getT1().isEmpty() ? null : t.getT1().get(t.getT1().size() - 1).score(),
            (int) t.getT2().stream().filter(x -> x.status().equals("DONE")).count()));
  }

  private Mono<Enterprises.Enterprise> own(PortalUser user, UUID id) {
    return enterprises
        .find(id)
        .filter(e -> e.commissionId().equals(commission(user)))
        .switchIfEmpty(Mono.error(ComplianceProblems.NoSuchEnterprise::new));
  }

  private static String commission(PortalUser user) {
    // Administrators without a commission keep the city commission's registry.
    return user.commissionId() == null ? Trainings.CITY_COMMISSION : user.commissionId();
  }

  private static Mono<EnterpriseBody> validated(EnterpriseBody b) {
    List<FieldMessage> errors = new ArrayList<>();
    if (b.creditCode() == null || !CreditCode.isValid(b.creditCode().strip())) {
      errors.add(new FieldMessage("creditCode", "请填写正确的 18 位统一社会信用代码"));
    }
    if (b.name() == null || b.name().isBlank() || b.name().length() > 100) {
      errors.add(new FieldMessage("name", "请填写企业名称（不超过 100 字）"));
    }
    if (b.headcount() != null && (b.headcount() < 0 || b.headcount() > 1_000_000)) {
      errors.add(new FieldMessage("headcount", "职工人数应在 0 到 1000000 之间"));
    }
    if (b.assignedRole() != null
        && !b.assignedRole().isBlank()
        && !Set.of("ARBITRATOR", "MEDIATOR").contains(b.assignedRole())) {
      errors.add(new FieldMessage("assignedRole", "联系人角色只能是仲裁员（ARBITRATOR）或调解员（MEDIATOR）"));
    }
    if (b.contactPhone() != null
        && !b.contactPhone().isBlank()
        && !b.contactPhone().strip().matches("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}")) {
      errors.add(new FieldMessage("contactPhone", "请填写 11 位手机号或带区号的固定电话"));
    }
    for (String[] f : new String[][] {
      {"areaCode", b.areaCode()},
      {"industry", b.industry()},
      {"contactName", b.contactName()},
      {"assignedName", b.assignedName()}
    }) {
      if (f[1] != null && f[1].length() > 60) {
        errors.add(new FieldMessage(f[0], "不超过 60 字"));
      }
    }
    if (b.note() != null && b.note().length() > 500) {
      errors.add(new FieldMessage("note", "备注不超过 500 字"));
    }
    return errors.isEmpty() ? Mono.just(b) : Mono.error(new ComplianceProblems.Invalid(errors));
  }

  private static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
