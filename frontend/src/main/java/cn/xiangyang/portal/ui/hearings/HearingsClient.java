package cn.xiangyang.portal.ui.hearings;

import cn.xiangyang.portal.ui.hearings.HearingsApi.Attendee;
import cn.xiangyang.portal.ui.hearings.HearingsApi.Booking;
import cn.xiangyang.portal.ui.hearings.HearingsApi.Filters;
import cn.xiangyang.portal.ui.hearings.HearingsApi.Hearing;
import cn.xiangyang.portal.ui.hearings.HearingsApi.OpenDay;
import cn.xiangyang.portal.ui.hearings.HearingsApi.Page;
import cn.xiangyang.portal.ui.hearings.HearingsApi.RoomDetail;
import cn.xiangyang.portal.ui.hearings.HearingsApi.StaffHearing;
import cn.xiangyang.portal.ui.hearings.HearingsApi.StaffOpenDay;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/**
 * The backend's hearings and open-day API. Throws {@link BackendProblem} when the backend refuses (the
 * problem's Chinese detail says why) and {@link BackendUnavailable} when it cannot answer.
 */
@Component
public class HearingsClient {

  private static final MediaType[] JSON = {
    MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON
  };

  /** The public filters; null or blank means no filter. */
  public record Query(
      @Nullable String commission,
      @Nullable String cause,
      @Nullable String status,
      java.time.@Nullable LocalDate from,
      java.time.@Nullable LocalDate to) {

    java.net.URI apply(UriBuilder b, String path, int page, int size) {
      b.path(path);
      if (commission != null && !commission.isBlank()) b.queryParam("commission", commission);
      if (cause != null && !cause.isBlank()) b.queryParam("cause", cause);
      if (status != null && !status.isBlank()) b.queryParam("status", status);
      if (from != null) b.queryParam("from", from);
      if (to != null) b.queryParam("to", to);
      if (size > 0) b.queryParam("page", page).queryParam("size", size);
      return b.build();
    }
  }

  private final RestClient backend;

  HearingsClient(RestClient backend) {
    this.backend = backend;
  }

  public Page schedule(Query query, int page, int size) {
    return Objects.requireNonNull(backend
        .get()
        .uri(b -> query.apply(b, "/api/v1/hearings", page, size))
        .accept(JSON)
        .retrieve()
        .body(Page.class));
  }

  public Hearing hearing(UUID id) {
    return Objects.requireNonNull(
        backend.get().uri("/api/v1/hearings/{id}", id).accept(JSON).retrieve().body(Hearing.class));
  }

  /** The iCalendar feed of the filtered schedule. */
  public byte[] calendar(Query query) {
    byte[] body = backend
        .get()
        .uri(b -> query.apply(b, "/api/v1/hearings.ics", 0, 0))
        .retrieve()
        .body(byte[].class);
    return body == null ? new byte[0] : body;
  }

  public Filters filters() {
    return Objects.requireNonNull(
        backend.get().uri("/api/v1/hearings/filters").accept(JSON).retrieve().body(Filters.class));
  }

  public List<OpenDay> openDays(@Nullable String token) {
    List<OpenDay> days = backend
        .get()
        .uri("/api/v1/open-days")
        .headers(h -> {
          if (token != null) h.setBearerAuth(token);
        })
        .accept(JSON)
        .retrieve()
        .body(new ParameterizedTypeReference<List<OpenDay>>() {});
    return days == null ? List.of() : days;
  }

  public Booking book(String token, UUID openDay) {
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/open-days/{id}/bookings", openDay)
        .headers(h -> h.setBearerAuth(token))
        .accept(JSON)
        .retrieve()
        .body(Booking.class));
  }

  public void cancelBooking(String token, UUID openDay) {
    backend
        .delete()
        .uri("/api/v1/open-days/{id}/bookings/mine", openDay)
        .headers(h -> h.setBearerAuth(token))
        .accept(JSON)
        .retrieve()
        .toBodilessEntity();
  }

  // ---- staff
  // --------------------------------------------------------------------------------------

  public List<StaffHearing> staffHearings(String token) {
    List<StaffHearing> list = backend
        .get()
        .uri("/api/v1/staff/hearings?limit=500") // the list's largest page, the page's old cap
        .headers(h -> h.setBearerAuth(token))
        .accept(JSON)
        .retrieve()
        .body(new ParameterizedTypeReference<List<StaffHearing>>() {});
    return list == null ? List.of() : list;
  }

  /**
   * Runs one staff action on a hearing ({@code live}, {@code pause}, {@code end}, {@code replay},
   * {@code replay/withdraw}, {@code objections}, {@code objections/{id}/decision}, {@code privacy}) and
   * answers the hearing as it is now.
   */
  public StaffHearing act(String token, UUID hearing, String action, Map<String, ?> body) {
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/staff/hearings/" + hearing + "/" + action)
        .headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(JSON)
        .body(body)
        .retrieve()
        .body(StaffHearing.class));
  }

  public StaffHearing assignRoom(String token, UUID hearing, UUID room) {
    return Objects.requireNonNull(backend
        .put()
        .uri("/api/v1/staff/hearings/{id}/room", hearing)
        .headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(JSON)
        .body(Map.of("roomId", room))
        .retrieve()
        .body(StaffHearing.class));
  }

  public List<RoomDetail> rooms(String token) {
    List<RoomDetail> rooms = backend
        .get()
        .uri("/api/v1/staff/hearings/rooms?limit=500")
        .headers(h -> h.setBearerAuth(token))
        .accept(JSON)
        .retrieve()
        .body(new ParameterizedTypeReference<List<RoomDetail>>() {});
    return rooms == null ? List.of() : rooms;
  }

  public RoomDetail addRoom(String token, Map<String, ?> room) {
    return Objects.requireNonNull(backend
        .post()
        .uri("/api/v1/staff/hearings/rooms")
        .headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(JSON)
        .body(room)
        .retrieve()
        .body(RoomDetail.class));
  }

  /** Saves a room's details (name, building address, floor…); the backend refuses bad input at the field. */
  public RoomDetail updateRoom(String token, UUID room, Map<String, ?> body) {
    return Objects.requireNonNull(backend
        .put()
        .uri("/api/v1/staff/hearings/rooms/{id}", room)
        .headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(JSON)
        .body(body)
        .retrieve()
        .body(RoomDetail.class));
  }

  public UUID createOpenDay(String token, Map<String, ?> openDay) {
    Map<?, ?> created = backend
        .post()
        .uri("/api/v1/staff/open-days")
        .headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(JSON)
        .body(openDay)
        .retrieve()
        .body(Map.class);
    Map<?, ?> answer =
        Objects.requireNonNull(created, "the backend answers a created open day with a body");
    return UUID.fromString(Objects.requireNonNull(
            answer.get("id"), "the backend answers a created open day with its id")
        .toString());
  }

  public List<StaffOpenDay> staffOpenDays(String token) {
    List<StaffOpenDay> days = backend
        .get()
        .uri("/api/v1/staff/open-days")
        .headers(h -> h.setBearerAuth(token))
        .accept(JSON)
        .retrieve()
        .body(new ParameterizedTypeReference<List<StaffOpenDay>>() {});
    return days == null ? List.of() : days;
  }

  public List<Attendee> attendees(String token, UUID openDay) {
    List<Attendee> list = backend
        .get()
        .uri("/api/v1/staff/open-days/{id}/attendees", openDay)
        .headers(h -> h.setBearerAuth(token))
        .accept(JSON)
        .retrieve()
        .body(new ParameterizedTypeReference<List<Attendee>>() {});
    return list == null ? List.of() : list;
  }

  public List<Attendee> markAttendance(String token, UUID openDay, UUID booking, boolean attended) {
    List<Attendee> list = backend
        .post()
        .uri("/api/v1/staff/open-days/{id}/attendance", openDay)
        .headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON)
        .accept(JSON)
        .body(Map.of("bookingId", booking, "attended", attended))
        .retrieve()
        .body(new ParameterizedTypeReference<List<Attendee>>() {});
    return list == null ? List.of() : list;
  }
}
