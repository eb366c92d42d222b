package cn.xiangyang.portal.ui.hearings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The bodies of the backend's hearings API as this UI reads them. */
public final class HearingsApi {

  private HearingsApi() {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Commission(String id, String name) implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Room(
      @Nullable UUID id,
      String name,
      @Nullable String address,
      @Nullable String floor,
      @Nullable String visitorNote)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Code(String code, String label) implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Hearing(
      UUID id,
      String caseNumber,
      Instant startsAt,
      LocalDate date,
      String time,
      Commission commission,
      Room room,
      String caseType,
      List<Code> causes,
      String parties,
      String status,
      String statusLabel,
      @Nullable String liveUrl,
      @Nullable String replayUrl)
      implements Serializable {

    public Hearing withStatus(StatusChange change) {
      return new Hearing(
          id,
          caseNumber,
          startsAt,
          date,
          time,
          commission,
          room,
          caseType,
          causes,
          parties,
          change.status(),
          change.statusLabel(),
          change.liveUrl(),
          change.replayUrl());
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Page(List<Hearing> items, int page, int size, long total) implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record StatusChange(
      UUID id,
      String status,
      String statusLabel,
      @Nullable String liveUrl,
      @Nullable String replayUrl,
      @Nullable Instant at)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Venue(String commissionId, String name, List<String> areaCodes)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Filters(List<Venue> commissions, List<Code> causes, List<Code> statuses)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Booking(String status, int position) implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record OpenDay(
      UUID id,
      Commission commission,
      String title,
      Instant startsAt,
      int capacity,
      String audience,
      String audienceLabel,
      int confirmed,
      int waitlisted,
      int seatsLeft,
      List<Hearing> hearings,
      @Nullable Booking mine)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Objection(
      UUID id,
      String party,
      String partyLabel,
      String reason,
      Instant receivedAt,
      @Nullable String decision,
      @Nullable String privacyGround,
      @Nullable String decisionReason,
      @Nullable Instant decidedAt)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record StaffHearing(
      Hearing hearing,
      UUID caseId,
      String liveStatus,
      boolean publicHearing,
      @Nullable String privacyGround,
      @Nullable String privacyGroundLabel,
      Instant listedFrom,
      boolean listed,
      String replayState,
      List<Objection> objections)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RoomDetail(
      UUID id,
      String commissionId,
      String name,
      String address,
      String floor,
      String visitorNote,
      @Nullable String liveUrl,
      @Nullable String replayUrlTemplate)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record StaffOpenDay(
      UUID id,
      String commissionId,
      String commissionName,
      String title,
      Instant startsAt,
      int capacity,
      String audience,
      int confirmed,
      int waitlisted)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Attendee(
      UUID bookingId,
      String name,
      String accountKind,
      String status,
      int position,
      Instant bookedAt,
      @Nullable Boolean attended)
      implements Serializable {}
}
