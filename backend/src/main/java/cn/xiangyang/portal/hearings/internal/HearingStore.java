package cn.xiangyang.portal.hearings.internal;

import static cn.xiangyang.portal.system.Rows.required;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The stored hearings, rooms, objections and staff actions (schema {@code hearings}). */
@Component
class HearingStore {

  /** A hearing with its commission's name and its room's details. */
  record Hearing(
      UUID id,
      UUID caseId,
      String caseNumber,
      String commissionId,
      String commissionName,
      @Nullable UUID roomId,
      String roomName,
      @Nullable String roomAddress,
      @Nullable String roomFloor,
      @Nullable String visitorNote,
      @Nullable String liveUrl,
      Instant startsAt,
      List<String> causes,
      String parties,
      boolean publicHearing,
      @Nullable String privacyGround,
      Instant listedFrom,
      HearingStatus status,
      @Nullable String replayUrl,
      String replayState,
      @Nullable Instant cancelledAt,
      int pendingObjections) {

    boolean replayPublished() {
      return "PUBLISHED".equals(replayState) && replayUrl != null;
    }

    /** Listed in public: public, not cancelled, past the objection period, no objection waiting for a decision. */
    boolean listed(Instant now) {
      return publicHearing
          && cancelledAt == null
          && !listedFrom.isAfter(now)
          && pendingObjections == 0;
    }
  }

  record Room(
      UUID id,
      String commissionId,
      String name,
      String address,
      String floor,
      String visitorNote,
      @Nullable String liveUrl,
      @Nullable String replayUrlTemplate) {}

  record Objection(
      UUID id,
      UUID hearingId,
      String party,
      String reason,
      Instant receivedAt,
      @Nullable String decision,
      @Nullable String privacyGround,
      @Nullable String decisionReason,
      @Nullable Instant decidedAt) {}

  /** The public filters; null means no filter. */
  record Filter(
      @Nullable String commissionId,
      @Nullable String areaCode,
      @Nullable Instant from,
      @Nullable Instant until,
      @Nullable String cause,
      @Nullable String status) {}

  private static final String SELECT = """
      select h.id, h.case_id, h.case_number, h.commission_id, v.name as commission_name, h.room_id, h.room_name,
             r.address, r.floor, r.visitor_note, r.live_url, h.starts_at, h.causes, h.parties_masked,
             h.public_hearing, h.privacy_ground, h.listed_from, h.status, h.replay_url, h.replay_state,
             h.cancelled_at,
             (select count(*) from hearings.objections o where o.hearing_id = h.id and o.decision is null) as pending
        from hearings.hearings h
        join hearings.venues v on v.commission_id = h.commission_id
        left join hearings.rooms r on r.id = h.room_id
      """;

  private static final String LISTED = """
       h.cancelled_at is null and h.public_hearing and h.listed_from <= :now
       and not exists (select 1 from hearings.objections o where o.hearing_id = h.id and o.decision is null)
      """;

  private final DatabaseClient db;

  HearingStore(DatabaseClient db) {
    this.db = db;
  }

  // ---- hearings
  // ----------------------------------------------------------------------------------

  /**
   * Inserts the hearing, or updates time and room when it exists; cancels the case's other hearings that
   * have not started (a new notice replaces them). Answers true when something changed.
   */
  Mono<Boolean> upsert(
      UUID id,
      UUID caseId,
      String caseNumber,
      String commissionId,
      @Nullable UUID roomId,
      String roomName,
      Instant startsAt,
      List<String> causes,
      String parties,
      Instant listedFrom,
      Instant now) {
    return db.sql("""
            insert into hearings.hearings (id, case_id, case_number, commission_id, room_id, room_name, starts_at,
                   causes, parties_masked, listed_from, scheduled_at, updated_at)
            values (:id, :c, :n, :com, :room, :roomName, :at, :causes, :parties, :listed, :now, :now)
            on conflict (id) do update set starts_at = excluded.starts_at, room_id = excluded.room_id,
                   room_name = excluded.room_name, updated_at = excluded.updated_at, cancelled_at = null
             where hearings.hearings.starts_at <> excluded.starts_at or hearings.hearings.room_name <> excluded.room_name
                   or hearings.hearings.cancelled_at is not null
            """)
        .bind("id", id)
        .bind("c", caseId)
        .bind("n", caseNumber)
        .bind("com", commissionId)
        .bind("room", Params.uuid(roomId))
        .bind("roomName", roomName)
        .bind("at", startsAt)
        .bind("causes", causes.toArray(String[]::new))
        .bind("parties", parties)
        .bind("listed", listedFrom)
        .bind("now", now)
        .fetch()
        .rowsUpdated()
        .flatMap(n -> db.sql(
                "update hearings.hearings set cancelled_at = :now, updated_at = :now where case_id = :c and id <> :id"
                    + " and cancelled_at is null and status = 'SCHEDULED'")
            .bind("now", now)
            .bind("c", caseId)
            .bind("id", id)
            .fetch()
            .rowsUpdated()
            .map(m -> n + m > 0));
  }

  Mono<Boolean> move(
      UUID id, Instant startsAt, @Nullable UUID roomId, String roomName, Instant now) {
    return db.sql(
            "update hearings.hearings set starts_at = :at, room_id = :room, room_name = :name, updated_at = :now"
                + " where id = :id and cancelled_at is null and status = 'SCHEDULED'")
        .bind("at", startsAt)
        .bind("room", Params.uuid(roomId))
        .bind("name", roomName)
        .bind("now", now)
        .bind("id", id)
        .fetch()
        .rowsUpdated()
        .map(n -> n > 0);
  }

  Mono<Boolean> cancel(UUID id, Instant now) {
    return db.sql(
            "update hearings.hearings set cancelled_at = :now, updated_at = :now where id = :id and cancelled_at is null")
        .bind("now", now)
        .bind("id", id)
        .fetch()
        .rowsUpdated()
        .map(n -> n > 0);
  }

  Mono<Hearing> find(UUID id) {
    return db.sql(SELECT + " where h.id = :id")
        .bind("id", id)
        .map(HearingStore::hearing)
        .one();
  }

  /** A listed hearing, or empty when it does not exist or is not listed. */
  Mono<Hearing> findListed(UUID id, Instant now) {
    return db.sql(SELECT + " where h.id = :id and " + LISTED)
        .bind("id", id)
        .bind("now", now)
        .map(HearingStore::hearing)
        .one();
  }

  /** One page of the listed hearings matching the filter, by start time, and the number of all matches. */
  Mono<Map.Entry<List<Hearing>, Long>> listed(Filter filter, Instant now, int page, int size) {
    StringBuilder where = new StringBuilder(" where " + LISTED);
    Map<String, Object> binds = new LinkedHashMap<>();
    binds.put("now", now);
    if (filter.commissionId() != null) {
      where.append(" and h.commission_id = :commission");
      binds.put("commission", filter.commissionId());
    }
    if (filter.areaCode() != null) {
      where.append(
          " and h.commission_id in (select commission_id from hearings.venues where :area = any(area_codes))");
      binds.put("area", filter.areaCode());
    }
    if (filter.from() != null) {
      where.append(" and h.starts_at >= :from");
      binds.put("from", filter.from());
    }
    if (filter.until() != null) {
      where.append(" and h.starts_at < :until");
      binds.put("until", filter.until());
    }
    if (filter.cause() != null) {
      where.append(" and :cause = any(h.causes)");
      binds.put("cause", filter.cause());
    }
    if (filter.status() != null) {
      switch (filter.status()) {
        case "REPLAY" -> where.append(" and h.status = 'ENDED' and h.replay_state = 'PUBLISHED'");
        case "ENDED" -> where.append(" and h.status = 'ENDED' and h.replay_state <> 'PUBLISHED'");
        default -> {
          where.append(" and h.status = :status");
          binds.put("status", filter.status());
        }
      }
    }
    var count = bindAll(db.sql("select count(*) from hearings.hearings h" + where), binds)
        .map(r -> Objects.requireNonNull(r.get(0, Long.class), "count(*) is never null"))
        .one();
    var items = bindAll(
            db.sql(SELECT + where + " order by h.starts_at, h.id limit :size offset :offset"),
            binds)
        .bind("size", size)
        .bind("offset", (long) page * size)
        .map(HearingStore::hearing)
        .all()
        .collectList();
    return Mono.zip(items, count).map(t -> Map.entry(t.getT1(), t.getT2()));
  }

  /** The commission's hearings from {@code from} on (all, listed or not), by start time. */
  /** At most {@code n} of the commission's hearings in start order, after {@code after} (null: the first). */
  Flux<Hearing> ofCommission(
      String commissionId,
      Instant from,
      cn.xiangyang.portal.system.KeysetPage.@Nullable Cursor after,
      int n) {
    var spec = db.sql(SELECT
            + " where h.commission_id = :c and h.cancelled_at is null and (h.starts_at >= :from or h.status in ('LIVE','PAUSED'))"
            + (after == null ? "" : " and (h.starts_at, h.id) > (:at, :id)")
            + " order by h.starts_at, h.id limit :n")
        .bind("c", commissionId)
        .bind("from", from)
        .bind("n", n);
    if (after != null) {
      spec = spec.bind("at", after.instant("after")).bind("id", after.id());
    }
    return spec.map(HearingStore::hearing).all();
  }

  /** Moves the live status when the hearing is in one of {@code from}; answers false otherwise. */
  Mono<Boolean> setStatus(UUID id, List<HearingStatus> from, HearingStatus to, Instant now) {
    return db.sql(
            "update hearings.hearings set status = :to, updated_at = :now where id = :id and status = any(:from)")
        .bind("to", to.name())
        .bind("now", now)
        .bind("id", id)
        .bind("from", from.stream().map(Enum::name).toArray(String[]::new))
        .fetch()
        .rowsUpdated()
        .map(n -> n > 0);
  }

  Mono<Void> setReplay(UUID id, @Nullable String url, String state, Instant now) {
    return db.sql(
            "update hearings.hearings set replay_url = coalesce(:url, replay_url), replay_state = :state, updated_at = :now where id = :id")
        .bind("url", Params.text(url))
        .bind("state", state)
        .bind("now", now)
        .bind("id", id)
        .then();
  }

  Mono<Void> setPrivacy(UUID id, boolean publicHearing, @Nullable String ground, Instant now) {
    return db.sql(
            "update hearings.hearings set public_hearing = :p, privacy_ground = :g, updated_at = :now where id = :id")
        .bind("p", publicHearing)
        .bind("g", Params.text(ground))
        .bind("now", now)
        .bind("id", id)
        .then();
  }

  Mono<Void> setRoom(UUID id, Room room, Instant now) {
    return db.sql(
            "update hearings.hearings set room_id = :r, room_name = :n, updated_at = :now where id = :id")
        .bind("r", room.id())
        .bind("n", room.name())
        .bind("now", now)
        .bind("id", id)
        .then();
  }

  Mono<Void> record(
      UUID hearingId, String action, @Nullable String detail, @Nullable UUID actor, Instant at) {
    return db.sql(
            "insert into hearings.actions (hearing_id, action, detail, actor_id, at) values (:h, :a, :d, :actor, :at)")
        .bind("h", hearingId)
        .bind("a", action)
        .bind("d", Params.text(detail))
        .bind("actor", Params.uuid(actor))
        .bind("at", at)
        .then();
  }

  record Action(
      String action, @Nullable String detail, @Nullable UUID actorId, Instant at) {}

  Flux<Action> actions(UUID hearingId) {
    return db.sql(
            "select action, detail, actor_id, at from hearings.actions where hearing_id = :h order by at, id")
        .bind("h", hearingId)
        .map(r -> new Action(
            required(r, "action", String.class),
            r.get("detail", String.class),
            r.get("actor_id", UUID.class),
            required(r, "at", Instant.class)))
        .all();
  }

  private static Hearing hearing(Readable r) {
    String[] causes = r.get("causes", String[].class);
    Long pending = r.get("pending", Long.class);
    return new Hearing(
        required(r, "id", UUID.class),
        required(r, "case_id", UUID.class),
        required(r, "case_number", String.class),
        required(r, "commission_id", String.class),
        required(r, "commission_name", String.class),
        r.get("room_id", UUID.class),
        required(r, "room_name", String.class),
        r.get("address", String.class),
        r.get("floor", String.class),
        r.get("visitor_note", String.class),
        r.get("live_url", String.class),
        required(r, "starts_at", Instant.class),
        causes == null ? List.of() : Arrays.asList(causes),
        required(r, "parties_masked", String.class),
        Boolean.TRUE.equals(r.get("public_hearing", Boolean.class)),
        r.get("privacy_ground", String.class),
        required(r, "listed_from", Instant.class),
        HearingStatus.valueOf(required(r, "status", String.class)),
        r.get("replay_url", String.class),
        required(r, "replay_state", String.class),
        r.get("cancelled_at", Instant.class),
        pending == null ? 0 : pending.intValue());
  }

  private static DatabaseClient.GenericExecuteSpec bindAll(
      DatabaseClient.GenericExecuteSpec spec, Map<String, Object> binds) {
    for (var e : binds.entrySet()) {
      spec = spec.bind(e.getKey(), e.getValue());
    }
    return spec;
  }

  // ---- venues and rooms
  // ---------------------------------------------------------------------------

  record Venue(String commissionId, String name, List<String> areaCodes) {}

  Flux<Venue> venues() {
    return db.sql("select commission_id, name, area_codes from hearings.venues order by sort_order")
        .map((Readable r) -> {
          String[] areas = r.get("area_codes", String[].class);
          return new Venue(
              required(r, "commission_id", String.class),
              required(r, "name", String.class),
              areas == null ? List.of() : Arrays.asList(areas));
        })
        .all();
  }

  private static final String ROOM_COLUMNS =
      "id, commission_id, name, address, floor, visitor_note, live_url, replay_url_template";

  /** At most {@code n} of the commission's rooms by name, after the room named {@code afterName} (null: the first). */
  Flux<Room> rooms(String commissionId, @Nullable String afterName, int n) {
    var spec = db.sql("select " + ROOM_COLUMNS + " from hearings.rooms where commission_id = :c"
            + (afterName == null ? "" : " and name > :after")
            + " order by name limit :n")
        .bind("c", commissionId)
        .bind("n", n);
    if (afterName != null) {
      spec = spec.bind("after", afterName);
    }
    return spec.map((Readable r) -> room(r)).all();
  }

  Mono<Room> room(UUID id) {
    return db.sql("select " + ROOM_COLUMNS + " from hearings.rooms where id = :id")
        .bind("id", id)
        .map((Readable r) -> room(r))
        .one();
  }

  Mono<Room> roomNamed(String commissionId, String name) {
    return db.sql("select " + ROOM_COLUMNS
            + " from hearings.rooms where commission_id = :c and name = :n")
        .bind("c", commissionId)
        .bind("n", name)
        .map((Readable r) -> room(r))
        .one();
  }

  /** Inserts or replaces a room; answers false when another room of the commission has that name. */
  Mono<Boolean> saveRoom(Room room, Instant now) {
    return db.sql("""
            insert into hearings.rooms (id, commission_id, name, address, floor, visitor_note, live_url, replay_url_template, created_at)
            values (:id, :c, :n, :a, :f, :note, :live, :replay, :now)
            on conflict (id) do update set name = excluded.name, address = excluded.address, floor = excluded.floor,
                   visitor_note = excluded.visitor_note, live_url = excluded.live_url, replay_url_template = excluded.replay_url_template
            """)
        .bind("id", room.id())
        .bind("c", room.commissionId())
        .bind("n", room.name())
        .bind("a", room.address())
        .bind("f", room.floor())
        .bind("note", room.visitorNote())
        .bind("live", Params.text(room.liveUrl()))
        .bind("replay", Params.text(room.replayUrlTemplate()))
        .bind("now", now)
        .fetch()
        .rowsUpdated()
        .map(n -> n > 0)
        .onErrorResume(org.springframework.dao.DuplicateKeyException.class, e -> Mono.just(false));
  }

  private static Room room(Readable r) {
    return new Room(
        required(r, "id", UUID.class),
        required(r, "commission_id", String.class),
        required(r, "name", String.class),
        required(r, "address", String.class),
        required(r, "floor", String.class),
        required(r, "visitor_note", String.class),
        r.get("live_url", String.class),
        r.get("replay_url_template", String.class));
  }

  // ---- objections
  // ---------------------------------------------------------------------------------

  Mono<Void> addObjection(
      UUID id, UUID hearingId, String party, String reason, UUID recordedBy, Instant now) {
    return db.sql(
            "insert into hearings.objections (id, hearing_id, party, reason, received_at, recorded_by) values (:id, :h, :p, :r, :now, :by)")
        .bind("id", id)
        .bind("h", hearingId)
        .bind("p", party)
        .bind("r", reason)
        .bind("now", now)
        .bind("by", recordedBy)
        .then();
  }

  Flux<Objection> objections(UUID hearingId) {
    return db.sql(
            "select id, hearing_id, party, reason, received_at, decision, privacy_ground, decision_reason, decided_at"
                + " from hearings.objections where hearing_id = :h order by received_at")
        .bind("h", hearingId)
        .map(r -> new Objection(
            required(r, "id", UUID.class),
            required(r, "hearing_id", UUID.class),
            required(r, "party", String.class),
            required(r, "reason", String.class),
            required(r, "received_at", Instant.class),
            r.get("decision", String.class),
            r.get("privacy_ground", String.class),
            r.get("decision_reason", String.class),
            r.get("decided_at", Instant.class)))
        .all();
  }

  /** Records the decision on an undecided objection; answers false when it is unknown or decided. */
  Mono<Boolean> decide(
      UUID hearingId,
      UUID objectionId,
      String decision,
      @Nullable String ground,
      String reason,
      UUID by,
      Instant now) {
    return db.sql(
            "update hearings.objections set decision = :d, privacy_ground = :g, decision_reason = :r, decided_by = :by, decided_at = :now"
                + " where id = :id and hearing_id = :h and decision is null")
        .bind("d", decision)
        .bind("g", Params.text(ground))
        .bind("r", reason)
        .bind("by", by)
        .bind("now", now)
        .bind("id", objectionId)
        .bind("h", hearingId)
        .fetch()
        .rowsUpdated()
        .map(n -> n > 0);
  }

  /** Binds null for absent values with their SQL type. */
  static final class Params {
    private Params() {}

    static io.r2dbc.spi.Parameter uuid(@Nullable UUID value) {
      return io.r2dbc.spi.Parameters.in(io.r2dbc.postgresql.codec.PostgresqlObjectId.UUID, value);
    }

    static io.r2dbc.spi.Parameter text(@Nullable String value) {
      return io.r2dbc.spi.Parameters.in(io.r2dbc.spi.R2dbcType.VARCHAR, value);
    }
  }
}
