package cn.xiangyang.portal.hearings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The JSON bodies of the hearings API. Public ones carry only masked parties. */
final class Views {

  static final ZoneId ZONE = cn.xiangyang.portal.system.PortalClock.ZONE;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private Views() {}

  record CommissionView(String id, String name) {}

  record RoomView(
      @Nullable UUID id,
      String name,
      @Nullable String address,
      @Nullable String floor,
      @Nullable String visitorNote) {}

  record CauseView(String code, String label) {}

  /** A hearing as the public sees it: masked parties, the live link only while live, the replay only when published. */
  record PublicHearing(
      UUID id,
      String caseNumber,
      Instant startsAt,
      LocalDate date,
      String time,
      CommissionView commission,
      RoomView room,
      String caseType,
      List<CauseView> causes,
      String parties,
      String status,
      String statusLabel,
      @Nullable String liveUrl,
      @Nullable String replayUrl) {}

  record Page(List<PublicHearing> items, int page, int size, long total) {}

  /** A status change pushed to viewers. */
  record StatusChange(
      UUID id,
      String status,
      String statusLabel,
      @Nullable String liveUrl,
      @Nullable String replayUrl,
      Instant at) {}

  record ObjectionView(
      UUID id,
      String party,
      String partyLabel,
      String reason,
      Instant receivedAt,
      @Nullable String decision,
      @Nullable String privacyGround,
      @Nullable String decisionReason,
      @Nullable Instant decidedAt) {}

  /** A hearing as its commission's staff see it: listing state, privacy decision and objections. */
  record StaffHearing(
      PublicHearing hearing,
      UUID caseId,
      String liveStatus,
      boolean publicHearing,
      @Nullable String privacyGround,
      @Nullable String privacyGroundLabel,
      Instant listedFrom,
      boolean listed,
      String replayState,
      List<ObjectionView> objections) {}

  record RoomDetail(
      UUID id,
      String commissionId,
      String name,
      String address,
      String floor,
      String visitorNote,
      @Nullable String liveUrl,
      @Nullable String replayUrlTemplate) {}

  static PublicHearing publicView(HearingStore.Hearing h) {
    String code = h.status().publicCode(h.replayPublished());
    boolean live = h.status() == HearingStatus.LIVE || h.status() == HearingStatus.PAUSED;
    return new PublicHearing(
        h.id(),
        h.caseNumber(),
        h.startsAt(),
        LocalDate.ofInstant(h.startsAt(), ZONE),
        TIME.format(h.startsAt().atZone(ZONE)),
        new CommissionView(h.commissionId(), h.commissionName()),
        new RoomView(
            h.roomId(),
            PartyMask.scrub(h.roomName()),
            h.roomAddress(),
            h.roomFloor(),
            h.visitorNote()),
        "劳动争议",
        h.causes().stream().map(Views::cause).toList(),
        h.parties(),
        code,
        HearingStatus.label(code),
        live ? h.liveUrl() : null,
        h.replayPublished() ? h.replayUrl() : null);
  }

  static StatusChange change(HearingStore.Hearing h, Instant at) {
    PublicHearing p = publicView(h);
    return new StatusChange(h.id(), p.status(), p.statusLabel(), p.liveUrl(), p.replayUrl(), at);
  }

  static CauseView cause(String code) {
    try {
      return new CauseView(code, Cause.valueOf(code).label());
    } catch (IllegalArgumentException e) {
      return new CauseView(Cause.OTHER.name(), Cause.OTHER.label());
    }
  }

  static @Nullable String groundLabel(@Nullable String ground) {
    if (ground == null) {
      return null;
    }
    // 劳动争议调解仲裁法 第二十六条: the grounds on which a hearing is not held in public.
    return switch (ground) {
      case "PARTIES_AGREED" -> "当事人协议不公开（劳动争议调解仲裁法第二十六条）";
      case "STATE_SECRET" -> "涉及国家秘密（劳动争议调解仲裁法第二十六条）";
      case "TRADE_SECRET" -> "涉及商业秘密（劳动争议调解仲裁法第二十六条）";
      case "PERSONAL_PRIVACY" -> "涉及个人隐私（劳动争议调解仲裁法第二十六条）";
      default -> ground;
    };
  }

  static ObjectionView objection(HearingStore.Objection o) {
    return new ObjectionView(
        o.id(),
        o.party(),
        "APPLICANT".equals(o.party()) ? "申请人" : "被申请人",
        o.reason(),
        o.receivedAt(),
        o.decision(),
        o.privacyGround(),
        o.decisionReason(),
        o.decidedAt());
  }

  static RoomDetail room(HearingStore.Room r) {
    return new RoomDetail(
        r.id(),
        r.commissionId(),
        r.name(),
        r.address(),
        r.floor(),
        r.visitorNote(),
        r.liveUrl(),
        r.replayUrlTemplate());
  }
}
