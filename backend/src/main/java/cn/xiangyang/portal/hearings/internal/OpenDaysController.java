package cn.xiangyang.portal.hearings.internal;

import cn.xiangyang.portal.accounts.PortalUser;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Open days for the public: the upcoming sessions, and booking a seat with a signed-in account. */
@RestController
class OpenDaysController {

  /** A session as the public sees it; {@code mine} is the caller's booking when signed in. */
  record OpenDayView(
      UUID id,
      Views.CommissionView commission,
      String title,
      java.time.Instant startsAt,
      int capacity,
      String audience,
      String audienceLabel,
      int confirmed,
      int waitlisted,
      int seatsLeft,
      List<Views.PublicHearing> hearings,
      OpenDays.@Nullable Booking mine) {}

  private final OpenDays openDays;
  private final HearingStore store;
  private final Clock clock;

  OpenDaysController(OpenDays openDays, HearingStore store, Clock clock) {
    this.openDays = openDays;
    this.store = store;
    this.clock = clock;
  }

  @GetMapping("/api/v1/open-days")
  Mono<List<OpenDayView>> upcoming(@AuthenticationPrincipal @Nullable PortalUser user) {
    return openDays.upcoming(null).concatMap(d -> view(d, user)).collectList();
  }

  @GetMapping("/api/v1/open-days/{id}")
  Mono<OpenDayView> one(@PathVariable UUID id, @AuthenticationPrincipal @Nullable PortalUser user) {
    return openDays.find(id).flatMap(d -> view(d, user));
  }

  /** Books a seat: 201 with {@code {status, position}} for a new booking, 200 with the same for an existing one. */
  @PostMapping("/api/v1/open-days/{id}/bookings")
  Mono<ResponseEntity<OpenDays.Booking>> book(
      @PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    return openDays
        .book(user, id)
        .map(b -> ResponseEntity.status(b.created() ? HttpStatus.CREATED : HttpStatus.OK)
            .body(b.booking()));
  }

  /** The caller's bookings (我的预约): each session as listed, with {@code mine} set. */
  @GetMapping("/api/v1/open-days/bookings/mine")
  Mono<List<OpenDayView>> myBookings(@AuthenticationPrincipal PortalUser user) {
    return openDays
        .bookingsOf(user.accountId())
        .concatMap(b -> view(b.openDay(), user))
        .collectList();
  }

  @GetMapping("/api/v1/open-days/{id}/bookings/mine")
  Mono<OpenDays.Booking> mine(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    return openDays
        .find(id)
        .then(openDays.mine(id, user.accountId()))
        .switchIfEmpty(Mono.error(new HearingProblems.NoBooking()));
  }

  /** Cancels the caller's booking (204); the first on the waitlist takes the seat. */
  @DeleteMapping("/api/v1/open-days/{id}/bookings/mine")
  Mono<ResponseEntity<Void>> cancel(
      @PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
    return openDays.cancel(user, id).thenReturn(ResponseEntity.noContent().<Void>build());
  }

  private Mono<OpenDayView> view(OpenDays.OpenDay d, @Nullable PortalUser user) {
    java.time.Instant now = clock.instant();
    Mono<List<Views.PublicHearing>> hearings = openDays
        .hearingIds(d.id())
        .concatMap(h -> store.findListed(h, now))
        .map(Views::publicView)
        .collectList();
    Mono<java.util.Optional<OpenDays.Booking>> mine = user == null
        ? Mono.just(java.util.Optional.empty())
        : openDays
            .mine(d.id(), user.accountId())
            .map(java.util.Optional::of)
            .defaultIfEmpty(java.util.Optional.empty());
    return Mono.zip(hearings, mine)
        .map(t -> new OpenDayView(
            d.id(),
            new Views.CommissionView(d.commissionId(), d.commissionName()),
            d.title(),
            d.startsAt(),
            d.capacity(),
            d.audience(),
            OpenDays.audienceLabel(d.audience()),
            d.confirmed(),
            d.waitlisted(),
            Math.max(0, d.capacity() - d.confirmed()),
            t.getT1(),
            t.getT2().orElse(null)));
  }
}
