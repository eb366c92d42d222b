package cn.xiangyang.portal.hearings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.accounts.AccountKind;
import cn.xiangyang.portal.accounts.PortalUser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Bookings arriving at once against the real PostgreSQL: signing in 200 people over HTTP would measure
 * the password hash, so the 200 accounts call the booking service directly, all in flight together.
 */
@IntegrationTest
@TestPropertySource(properties = "portal.hearings.objection-period=0s")
class OpenDaysConcurrencyIntegrationTests extends IntegrationTestBase {

  @Autowired
  OpenDays openDays;

  @Test
  void twoHundredSimultaneousBookingsForFiftySeatsConfirmExactlyFifty() {
    PortalUser staff = new PortalUser(
        UUID.randomUUID(),
        AccountKind.STAFF,
        "书记员",
        cn.xiangyang.portal.accounts.StaffRole.CLERK,
        "fancheng");
    UUID id = openDays
        .create(staff, "并发开放日", Instant.now().plus(Duration.ofDays(3)), 50, "PUBLIC", List.of())
        .block();
    List<PortalUser> people = IntStream.range(0, 200)
        .mapToObj(i -> new PortalUser(
            UUID.randomUUID(),
            i % 2 == 0 ? AccountKind.WORKER : AccountKind.EMPLOYER,
            "预约人" + i,
            null,
            null))
        .toList();

    List<OpenDays.Booking> answers = Flux.fromIterable(people)
        .flatMap(
            p -> Mono.defer(() -> openDays.book(p, id))
                .subscribeOn(Schedulers.parallel())
                .map(OpenDays.Booked::booking),
            200)
        .collectList()
        .block(Duration.ofSeconds(60));

    Map<String, List<OpenDays.Booking>> byStatus =
        answers.stream().collect(Collectors.groupingBy(OpenDays.Booking::status));
    assertThat(byStatus.get("CONFIRMED")).hasSize(50);
    assertThat(byStatus.get("WAITLISTED")).hasSize(150);
    assertThat(byStatus.get("CONFIRMED").stream().map(OpenDays.Booking::position))
        .containsExactlyInAnyOrderElementsOf(
            IntStream.rangeClosed(1, 50).boxed().toList());
    assertThat(byStatus.get("WAITLISTED").stream().map(OpenDays.Booking::position))
        .doesNotHaveDuplicates()
        .allMatch(p -> p >= 1 && p <= 150);
    assertThat(openDays.find(id).block().confirmed()).isEqualTo(50);

    // 30 confirmed people cancel at once while 20 more book: still never more than 50 confirmed.
    Map<UUID, OpenDays.Booking> mine = people.stream()
        .collect(Collectors.toMap(PortalUser::accountId, Function.identity(), (a, b) -> a))
        .values()
        .stream()
        .collect(Collectors.toMap(
            PortalUser::accountId, p -> openDays.mine(id, p.accountId()).block()));
    List<PortalUser> cancelling = people.stream()
        .filter(p -> mine.get(p.accountId()).status().equals("CONFIRMED"))
        .limit(30)
        .toList();
    List<PortalUser> late = IntStream.range(0, 20)
        .mapToObj(i -> new PortalUser(UUID.randomUUID(), AccountKind.WORKER, "后来者" + i, null, null))
        .toList();
    Flux.merge(
            Flux.fromIterable(cancelling)
                .flatMap(p ->
                    Mono.defer(() -> openDays.cancel(p, id)).subscribeOn(Schedulers.parallel())),
            Flux.fromIterable(late)
                .flatMap(p -> Mono.defer(() -> openDays.book(p, id))
                    .subscribeOn(Schedulers.parallel())
                    .then()))
        .then()
        .block(Duration.ofSeconds(60));
    OpenDays.OpenDay after = openDays.find(id).block();
    assertThat(after.confirmed()).isEqualTo(50);
    assertThat(after.waitlisted()).isEqualTo(150 - 30 + 20);
  }
}
