package cn.xiangyang.portal.hearings.internal;

import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.system.KeysetPage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
 * The staff side of hearings, for the staff of the hearing's commission (others get 404): the commission's
 * hearings with their listing state, live status (go live, pause, end), replays, objections and privacy
 * decisions, rooms, and open days with their attendees.
 */
@RestController
@PreAuthorize("hasRole('STAFF')")
class StaffHearingsController {

  private static final String URL = "^https?://\\S{1,1000}$";
  private static final String GROUND =
      "^(PARTIES_AGREED|STATE_SECRET|TRADE_SECRET|PERSONAL_PRIVACY)$";
  private static final String GROUND_MESSAGE =
      "理由应为 PARTIES_AGREED（当事人协议不公开）、STATE_SECRET（国家秘密）、TRADE_SECRET（商业秘密）或 PERSONAL_PRIVACY（个人隐私）";

  record Replay(
      @Nullable @Pattern(regexp = URL, message = "回放地址应为 http(s) 开头的 HLS 地址（.m3u8）")
      String url) {}

  record Withdrawal(
      @NotBlank(message = "请写明撤回回放的原因") @Size(max = 500, message = "原因不能超过 500 字")
      String reason) {}

  record ObjectionRequest(
      @NotBlank(message = "请选择提出异议的当事人")
      @Pattern(
          regexp = "^(APPLICANT|RESPONDENT)$",
          message = "当事人应为 APPLICANT（申请人）或 RESPONDENT（被申请人）")
      String party,

      @NotBlank(message = "请填写异议理由") @Size(max = 2000, message = "理由不能超过 2000 字")
      String reason) {}

  record Decision(
      @NotNull(message = "请选择支持或驳回异议") Boolean upheld,

      @Nullable @Pattern(regexp = GROUND, message = GROUND_MESSAGE)
      String ground,

      @NotBlank(message = "请写明决定理由") @Size(max = 2000, message = "理由不能超过 2000 字")
      String reason) {}

  record Privacy(
      @NotNull(message = "请选择是否公开审理") Boolean publicHearing,

      @Nullable @Pattern(regexp = GROUND, message = GROUND_MESSAGE)
      String ground,

      @NotBlank(message = "请写明决定理由") @Size(max = 2000, message = "理由不能超过 2000 字")
      String reason) {}

  /** The room's building as the 开庭通知书 prints it: a Chinese address, on one line. */
  static final String ROOM_ADDRESS = "^(?=.*\\p{IsHan})[^\\p{Cntrl}]+$";

  static final String ROOM_ADDRESS_MESSAGE =
      "地址应写明楼宇所在的中文地址，例如“襄阳市樊城区××路××号××大楼”，不能只有数字或字母，也不能含有换行等不可见字符";
  static final String NO_CONTROL = "^[^\\p{Cntrl}]*$";

  record RoomAssignment(@NotNull(message = "请选择审判庭") UUID roomId) {}

  record RoomRequest(
      @NotBlank(message = "请填写审判庭名称") @Size(max = 50, message = "名称不能超过 50 字")
      String name,

      @NotBlank(message = "请填写地址")
      @Size(max = 200, message = "地址不能超过 200 字")
      @Pattern(regexp = ROOM_ADDRESS, message = ROOM_ADDRESS_MESSAGE)
      String address,

      @NotBlank(message = "请填写楼层")
      @Size(max = 50, message = "楼层不能超过 50 字")
      @Pattern(regexp = NO_CONTROL, message = "楼层含有换行等不可见字符，请只写楼层和房间，例如“三楼 302 室”")
      String floor,

      @Nullable @Size(max = 1000, message = "旁听须知不能超过 1000 字")
      String visitorNote,

      @Nullable @Pattern(regexp = URL, message = "直播地址应为 http(s) 开头的 HLS 地址（.m3u8）")
      String liveUrl,

      @Nullable @Pattern(regexp = URL, message = "回放地址模板应为 http(s) 开头的地址，可含 {hearingId}")
      String replayUrlTemplate) {}

  record OpenDayRequest(
      @NotBlank(message = "请填写开放日名称") @Size(max = 100, message = "名称不能超过 100 字")
      String title,

      @NotNull(message = "请填写开放日时间") @Future(message = "开放日时间必须在将来")
      Instant startsAt,

      @NotNull(message = "请填写可预约人数")
      @Min(value = 1, message = "可预约人数至少为 1")
      @Max(value = 10000, message = "可预约人数不能超过 10000")
      Integer capacity,

      @NotBlank(message = "请选择面向对象")
      @Pattern(
          regexp = "^(PUBLIC|EMPLOYERS|WORKERS|STUDENTS)$",
          message = "面向对象应为 PUBLIC（社会公众）、EMPLOYERS（用人单位）、WORKERS（劳动者）或 STUDENTS（学生）")
      String audience,

      @Nullable @Size(max = 20, message = "一场开放日最多安排 20 场庭审")
      List<UUID> hearingIds) {}

  record Attendance(
      @NotNull(message = "请选择预约") UUID bookingId,
      @NotNull(message = "请选择是否到场") Boolean attended) {}

  private final HearingDesk desk;
  private final HearingStore store;
  private final OpenDays openDays;
  private final Clock clock;

  StaffHearingsController(HearingDesk desk, HearingStore store, OpenDays openDays, Clock clock) {
    this.desk = desk;
    this.store = store;
    this.openDays = openDays;
    this.clock = clock;
  }

  /** The page size of the staff lists when the request gives no {@code limit}; at most {@link #MAX_LIMIT}. */
  static final int DEFAULT_LIMIT = 100;

  static final int MAX_LIMIT = 500;

  /**
   * The commission's hearings from yesterday on (and any still live), listed or not, in start order, a page at a
   * time (issue 18): {@code limit} (default 100, at most 500) after the {@code after} cursor; when more remain,
   * {@code Link: <…?after=…&limit=…>; rel="next"}.
   */
  @GetMapping("/api/v1/staff/hearings")
  Mono<ResponseEntity<List<Views.StaffHearing>>> hearings(
      @RequestParam(name = "after", required = false) @Nullable String after,
      @RequestParam(name = "limit", required = false) @Nullable String limit,
      @AuthenticationPrincipal PortalUser user) {
    int n = KeysetPage.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
    KeysetPage.Cursor cursor = KeysetPage.Cursor.parse(after, "after");
    Instant from = LocalDate.now(clock.withZone(Views.ZONE))
        .minusDays(1)
        .atStartOfDay(Views.ZONE)
        .toInstant();
    return store
        .ofCommission(commission(user), from, cursor, n + 1)
        .collectList()
        .flatMap(rows -> {
          var page = KeysetPage.of(
              rows,
              n,
              "/api/v1/staff/hearings",
              "after",
              h -> KeysetPage.Cursor.of(h.startsAt(), h.id()));
          return Flux.fromIterable(java.util.Objects.requireNonNull(page.getBody()))
              .concatMap(this::staffView)
              .collectList()
              .map(views -> ResponseEntity.ok().headers(page.getHeaders()).body(views));
        });
  }

  @GetMapping("/api/v1/staff/hearings/{id}")
  Mono<Views.StaffHearing> hearing(
      @PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    return desk.ofStaff(user, id).flatMap(this::staffView);
  }

  @GetMapping("/api/v1/staff/hearings/{id}/actions")
  Mono<List<HearingStore.Action>> actions(
      @PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    return desk.ofStaff(user, id).flatMap(h -> store.actions(id).collectList());
  }

  @PostMapping("/api/v1/staff/hearings/{id}/live")
  Mono<Views.StaffHearing> goLive(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    return desk.move(user, id, HearingStatus.LIVE).flatMap(this::staffView);
  }

  @PostMapping("/api/v1/staff/hearings/{id}/pause")
  Mono<Views.StaffHearing> pause(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    return desk.move(user, id, HearingStatus.PAUSED).flatMap(this::staffView);
  }

  @PostMapping("/api/v1/staff/hearings/{id}/end")
  Mono<Views.StaffHearing> end(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    return desk.move(user, id, HearingStatus.ENDED).flatMap(this::staffView);
  }

  @PostMapping("/api/v1/staff/hearings/{id}/replay")
  Mono<Views.StaffHearing> replay(
      @PathVariable UUID id,
      @Valid @RequestBody(required = false) @Nullable Replay body,
      @AuthenticationPrincipal PortalUser user) {
    return desk.publishReplay(user, id, body == null ? null : body.url()).flatMap(this::staffView);
  }

  @PostMapping("/api/v1/staff/hearings/{id}/replay/withdraw")
  Mono<Views.StaffHearing> withdraw(
      @PathVariable UUID id,
      @Valid @RequestBody Withdrawal body,
      @AuthenticationPrincipal PortalUser user) {
    return desk.withdrawReplay(user, id, body.reason().strip()).flatMap(this::staffView);
  }

  /** Records a party's objection to the public listing (received in writing or at the counter). */
  @PostMapping("/api/v1/staff/hearings/{id}/objections")
  Mono<ResponseEntity<Views.StaffHearing>> object(
      @PathVariable UUID id,
      @Valid @RequestBody ObjectionRequest body,
      @AuthenticationPrincipal PortalUser user) {
    return desk.recordObjection(user, id, body.party(), body.reason().strip())
        .flatMap(this::staffView)
        .map(v -> ResponseEntity.status(HttpStatus.CREATED).body(v));
  }

  @PostMapping("/api/v1/staff/hearings/{id}/objections/{objectionId}/decision")
  Mono<Views.StaffHearing> decide(
      @PathVariable UUID id,
      @PathVariable UUID objectionId,
      @Valid @RequestBody Decision body,
      @AuthenticationPrincipal PortalUser user) {
    return desk.decide(
            user, id, objectionId, body.upheld(), body.ground(), body.reason().strip())
        .flatMap(this::staffView);
  }

  @PostMapping("/api/v1/staff/hearings/{id}/privacy")
  Mono<Views.StaffHearing> privacy(
      @PathVariable UUID id,
      @Valid @RequestBody Privacy body,
      @AuthenticationPrincipal PortalUser user) {
    return desk.setPublic(
            user, id, body.publicHearing(), body.ground(), body.reason().strip())
        .flatMap(this::staffView);
  }

  @PutMapping("/api/v1/staff/hearings/{id}/room")
  Mono<Views.StaffHearing> room(
      @PathVariable UUID id,
      @Valid @RequestBody RoomAssignment body,
      @AuthenticationPrincipal PortalUser user) {
    return desk.assignRoom(user, id, body.roomId()).flatMap(this::staffView);
  }

  // ---- rooms
  // --------------------------------------------------------------------------------------

  /**
   * The commission's hearing rooms by name, a page at a time (issue 18): {@code limit} (default 100, at most 500)
   * after the {@code after} cursor; when more remain, {@code Link: <…?after=…&limit=…>; rel="next"}.
   */
  @GetMapping("/api/v1/staff/hearings/rooms")
  Mono<ResponseEntity<List<Views.RoomDetail>>> rooms(
      @RequestParam(name = "after", required = false) @Nullable String after,
      @RequestParam(name = "limit", required = false) @Nullable String limit,
      @AuthenticationPrincipal PortalUser user) {
    int n = KeysetPage.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
    KeysetPage.Cursor cursor = KeysetPage.Cursor.parse(after, "after");
    return store
        .rooms(commission(user), cursor == null ? null : cursor.key(), n + 1)
        .collectList()
        .map(rows -> KeysetPage.of(
            rows,
            n,
            "/api/v1/staff/hearings/rooms",
            "after",
            r -> new KeysetPage.Cursor(r.name(), r.id())))
        .map(page -> ResponseEntity.ok()
            .headers(page.getHeaders())
            .body(java.util.Objects.requireNonNull(page.getBody()).stream()
                .map(Views::room)
                .toList()));
  }

  @PostMapping("/api/v1/staff/hearings/rooms")
  Mono<ResponseEntity<Views.RoomDetail>> addRoom(
      @Valid @RequestBody RoomRequest body, @AuthenticationPrincipal PortalUser user) {
    return saveRoom(UUID.randomUUID(), body, user)
        .map(r -> ResponseEntity.status(HttpStatus.CREATED).body(r));
  }

  @PutMapping("/api/v1/staff/hearings/rooms/{roomId}")
  Mono<Views.RoomDetail> updateRoom(
      @PathVariable UUID roomId,
      @Valid @RequestBody RoomRequest body,
      @AuthenticationPrincipal PortalUser user) {
    return store
        .room(roomId)
        .filter(r -> r.commissionId().equals(user.commissionId()))
        .switchIfEmpty(Mono.error(new HearingProblems.NoSuchRoom()))
        .flatMap(r -> saveRoom(roomId, body, user));
  }

  private Mono<Views.RoomDetail> saveRoom(UUID id, RoomRequest body, PortalUser user) {
    HearingStore.Room room = new HearingStore.Room(
        id,
        commission(user),
        body.name().strip(),
        body.address().strip(),
        body.floor().strip(),
        body.visitorNote() == null ? "" : body.visitorNote().strip(),
        body.liveUrl(),
        body.replayUrlTemplate());
    return store
        .saveRoom(room, clock.instant())
        .flatMap(saved -> saved
            ? Mono.just(Views.room(room))
            : Mono.error(new HearingProblems.InvalidInput(
                "name", "本委员会已有名为“" + room.name() + "”的审判庭，请换一个名称。")));
  }

  // ---- open days
  // ----------------------------------------------------------------------------------

  @PostMapping("/api/v1/staff/open-days")
  Mono<ResponseEntity<Map<String, UUID>>> createOpenDay(
      @Valid @RequestBody OpenDayRequest body, @AuthenticationPrincipal PortalUser user) {
    return openDays
        .create(
            user,
            body.title().strip(),
            body.startsAt(),
            body.capacity(),
            body.audience(),
            body.hearingIds() == null ? List.of() : body.hearingIds())
        .map(id -> ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id)));
  }

  @GetMapping("/api/v1/staff/open-days")
  Mono<List<OpenDays.OpenDay>> openDays(@AuthenticationPrincipal PortalUser user) {
    return openDays.upcoming(commission(user)).collectList();
  }

  @GetMapping("/api/v1/staff/open-days/{id}/attendees")
  Mono<List<OpenDays.Attendee>> attendees(
      @PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    return ownOpenDay(id, user).thenMany(openDays.attendees(id)).collectList();
  }

  @PostMapping("/api/v1/staff/open-days/{id}/attendance")
  Mono<List<OpenDays.Attendee>> attendance(
      @PathVariable UUID id,
      @Valid @RequestBody Attendance body,
      @AuthenticationPrincipal PortalUser user) {
    return ownOpenDay(id, user)
        .then(openDays.markAttendance(id, body.bookingId(), body.attended()))
        .flatMap(ok -> ok
            ? openDays.attendees(id).collectList()
            : Mono.error(new HearingProblems.InvalidInput("bookingId", "只能为已确认的预约登记到场情况。")));
  }

  private Mono<OpenDays.OpenDay> ownOpenDay(UUID id, PortalUser user) {
    return openDays
        .find(id)
        .filter(d -> d.commissionId().equals(user.commissionId()))
        .switchIfEmpty(Mono.error(new HearingProblems.NoSuchOpenDay()));
  }

  private Mono<Views.StaffHearing> staffView(HearingStore.Hearing h) {
    Instant now = clock.instant();
    return store
        .objections(h.id())
        .map(Views::objection)
        .collectList()
        .map(objections -> new Views.StaffHearing(
            Views.publicView(h),
            h.caseId(),
            h.status().name(),
            h.publicHearing(),
            h.privacyGround(),
            Views.groundLabel(h.privacyGround()),
            h.listedFrom(),
            h.listed(now),
            h.replayState(),
            objections));
  }

  private static String commission(PortalUser user) {
    if (user.commissionId() == null) {
      throw new HearingProblems.NotForYou("您的账号不属于任何仲裁委员会。");
    }
    return user.commissionId();
  }
}
