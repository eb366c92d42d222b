package cn.xiangyang.portal.hearings.internal;

import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.hearings.Hearings;
import cn.xiangyang.portal.hearings.ScheduleHearing;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Everything that changes a hearing: taking schedules in from filing, and the staff actions (live status,
 * replay, listing decisions, room). Every change drops the cached schedule; a change viewers can see is
 * pushed to them on all replicas.
 */
@Service
class HearingDesk implements Hearings {

  private static final Logger log = LoggerFactory.getLogger(HearingDesk.class);

  private final HearingStore store;
  private final ScheduleCache cache;
  private final LiveStatus live;
  private final HearingsProperties properties;
  private final Clock clock;

  HearingDesk(
      HearingStore store,
      ScheduleCache cache,
      LiveStatus live,
      HearingsProperties properties,
      Clock clock) {
    this.store = store;
    this.cache = cache;
    this.live = live;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public Mono<UUID> schedule(ScheduleHearing hearing) {
    Instant now = clock.instant();
    String room = hearing.room().strip();
    String parties = PartyMask.parties(hearing.applicantName(), hearing.respondentNames());
    List<String> causes =
        Cause.ofClaimTypes(hearing.causes()).stream().map(Enum::name).toList();
    return store
        .roomNamed(hearing.commissionId(), room)
        .map(r -> java.util.Optional.of(r.id()))
        .defaultIfEmpty(java.util.Optional.empty())
        .flatMap(roomId -> store.upsert(
            hearing.hearingId(),
            hearing.caseId(),
            hearing.caseNumber(),
            hearing.commissionId(),
            roomId.orElse(null),
            room,
            hearing.startsAt(),
            causes,
            parties,
            // Parties learn of the listing with the hearing notice and may object before it is
            // listed (第二十六条).
            now.plus(properties.objectionPeriod()),
            now))
        .flatMap(changed -> changed ? cache.invalidate() : Mono.empty())
        .doOnSuccess(v -> log.info(
            "hearing {} of case {} on the schedule", hearing.hearingId(), hearing.caseNumber()))
        .thenReturn(hearing.hearingId());
  }

  @Override
  public Mono<Void> reschedule(UUID hearingId, Instant startsAt, String room) {
    return store
        .find(hearingId)
        .flatMap(h -> store
            .roomNamed(h.commissionId(), room.strip())
            .map(r -> java.util.Optional.of(r.id()))
            .defaultIfEmpty(java.util.Optional.empty())
            .flatMap(roomId -> store.move(
                hearingId, startsAt, roomId.orElse(null), room.strip(), clock.instant())))
        .flatMap(changed -> changed ? cache.invalidate() : Mono.empty());
  }

  @Override
  public Mono<Void> cancel(UUID hearingId) {
    return store
        .cancel(hearingId, clock.instant())
        .flatMap(changed -> changed ? cache.invalidate() : Mono.empty());
  }

  // ---- staff
  // --------------------------------------------------------------------------------------

  /** The hearing if it belongs to the staff member's commission; 404 otherwise. */
  Mono<HearingStore.Hearing> ofStaff(PortalUser user, UUID id) {
    return store
        .find(id)
        .filter(h -> h.commissionId().equals(user.commissionId()) && h.cancelledAt() == null)
        .switchIfEmpty(Mono.error(new HearingProblems.NoSuchHearing()));
  }

  /** Moves the live status (开庭 / 休庭 / 闭庭) and tells every viewer. */
  Mono<HearingStore.Hearing> move(PortalUser user, UUID id, HearingStatus to) {
    return ofStaff(user, id).flatMap(h -> {
      if (!h.status().canMoveTo(to)) {
        return Mono.error(new HearingProblems.NotNow(
            "当前状态不能办理",
            "庭审当前为“" + HearingStatus.label(h.status().publicCode(h.replayPublished())) + "”，不能"
                + verb(to) + "。"));
      }
      List<HearingStatus> from = java.util.Arrays.stream(HearingStatus.values())
          .filter(s -> s.canMoveTo(to))
          .toList();
      Instant now = clock.instant();
      return store
          .setStatus(id, from, to, now)
          .flatMap(moved -> moved
              ? store.record(id, to.name(), null, user.accountId(), now).then(changed(id, now))
              : Mono.error(new HearingProblems.NotNow("状态已变化", "庭审状态刚刚已被他人更改，请刷新后再操作。")));
    });
  }

  /** Publishes the replay: the given URL, or the room recorder's URL for this hearing. */
  Mono<HearingStore.Hearing> publishReplay(PortalUser user, UUID id, @Nullable String url) {
    return ofStaff(user, id).flatMap(h -> {
      if (h.status() != HearingStatus.ENDED) {
        return Mono.error(new HearingProblems.NotNow("庭审尚未结束", "庭审结束后才能发布回放。"));
      }
      Mono<String> template = h.roomId() == null
          ? Mono.empty()
          : store.room(h.roomId()).flatMap(r -> Mono.justOrEmpty(r.replayUrlTemplate()));
      return (url != null
              ? Mono.just(url)
              : template.map(t -> t.replace("{hearingId}", id.toString())))
          .switchIfEmpty(Mono.error(
              new HearingProblems.InvalidInput("url", "该审判庭没有配置回放地址，请填写回放视频的 HLS 地址（.m3u8）。")))
          .flatMap(u -> {
            Instant now = clock.instant();
            return store
                .setReplay(id, u, "PUBLISHED", now)
                .then(store.record(id, "REPLAY_PUBLISHED", u, user.accountId(), now))
                .then(changed(id, now));
          });
    });
  }

  /** Withdraws a published replay; it disappears from the public page at once. */
  Mono<HearingStore.Hearing> withdrawReplay(PortalUser user, UUID id, String reason) {
    return ofStaff(user, id).flatMap(h -> {
      if (!h.replayPublished()) {
        return Mono.error(new HearingProblems.NotNow("没有已发布的回放", "该庭审没有已发布的回放。"));
      }
      Instant now = clock.instant();
      return store
          .setReplay(id, null, "WITHDRAWN", now)
          .then(store.record(id, "REPLAY_WITHDRAWN", reason, user.accountId(), now))
          .then(changed(id, now));
    });
  }

  /** Records a party's objection to the public listing; the hearing leaves the listing until staff decide. */
  Mono<HearingStore.Hearing> recordObjection(
      PortalUser user, UUID id, String party, String reason) {
    return ofStaff(user, id).flatMap(h -> {
      Instant now = clock.instant();
      return store
          .addObjection(UUID.randomUUID(), id, party, reason, user.accountId(), now)
          .then(store.record(id, "OBJECTION_RECORDED", party + "：" + reason, user.accountId(), now))
          .then(cache.invalidate())
          .then(store.find(id));
    });
  }

  /**
   * Decides an objection: upheld, the hearing is not held in public on the stated ground; dismissed, it is
   * listed again (when no other objection waits). The decision and its reason are recorded.
   */
  Mono<HearingStore.Hearing> decide(
      PortalUser user,
      UUID id,
      UUID objectionId,
      boolean upheld,
      @Nullable String ground,
      String reason) {
    if (upheld && ground == null) {
      return Mono.error(new HearingProblems.InvalidInput(
          "ground", "支持异议时请选择不公开的理由：当事人协议不公开，或涉及国家秘密、商业秘密、个人隐私（劳动争议调解仲裁法第二十六条）。"));
    }
    return ofStaff(user, id).flatMap(h -> {
      Instant now = clock.instant();
      return store
          .decide(
              id,
              objectionId,
              upheld ? "UPHELD" : "DISMISSED",
              upheld ? ground : null,
              reason,
              user.accountId(),
              now)
          .flatMap(
              done -> done ? Mono.<Void>empty() : Mono.error(new HearingProblems.NoSuchObjection()))
          .then(upheld ? store.setPrivacy(id, false, ground, now) : Mono.empty())
          .then(store.record(
              id,
              upheld ? "OBJECTION_UPHELD" : "OBJECTION_DISMISSED",
              reason,
              user.accountId(),
              now))
          .then(cache.invalidate())
          .then(store.find(id));
    });
  }

  /** Staff decide on their own that a hearing is (not) public, with a ground when not (第二十六条). */
  Mono<HearingStore.Hearing> setPublic(
      PortalUser user, UUID id, boolean publicHearing, @Nullable String ground, String reason) {
    if (!publicHearing && ground == null) {
      return Mono.error(new HearingProblems.InvalidInput(
          "ground", "不公开审理须有法定理由：当事人协议不公开，或涉及国家秘密、商业秘密、个人隐私（劳动争议调解仲裁法第二十六条）。"));
    }
    return ofStaff(user, id).flatMap(h -> {
      Instant now = clock.instant();
      return store
          .setPrivacy(id, publicHearing, publicHearing ? null : ground, now)
          .then(store.record(
              id, publicHearing ? "MADE_PUBLIC" : "MADE_NOT_PUBLIC", reason, user.accountId(), now))
          .then(cache.invalidate())
          .then(store.find(id));
    });
  }

  Mono<HearingStore.Hearing> assignRoom(PortalUser user, UUID id, UUID roomId) {
    return ofStaff(user, id)
        .flatMap(h -> store
            .room(roomId)
            .filter(r -> r.commissionId().equals(h.commissionId()))
            .switchIfEmpty(Mono.error(new HearingProblems.NoSuchRoom()))
            .flatMap(r -> {
              Instant now = clock.instant();
              return store
                  .setRoom(id, r, now)
                  .then(store.record(id, "ROOM", r.name(), user.accountId(), now))
                  .then(changed(id, now));
            }));
  }

  /** After a change: drop cached pages, push the new status to viewers when the hearing is listed. */
  private Mono<HearingStore.Hearing> changed(UUID id, Instant now) {
    return cache
        .invalidate()
        .then(store.find(id))
        .flatMap(
            h -> h.listed(now) ? live.publish(Views.change(h, now)).thenReturn(h) : Mono.just(h));
  }

  private static String verb(HearingStatus to) {
    return switch (to) {
      case LIVE -> "开始直播";
      case PAUSED -> "休庭";
      case ENDED -> "结束庭审";
      case SCHEDULED -> "改回预告";
    };
  }
}
