package cn.xiangyang.portal.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

class AnswerQueueTests {

  /** An answer that finishes when the test says so: one delta, then completion. */
  static final class Work {
    final Sinks.Empty<Void> finish = Sinks.empty();
    final AtomicInteger started = new AtomicInteger();

    Flux<AnswerEvent> flux() {
      started.incrementAndGet();
      return Flux.<AnswerEvent>just(new AnswerEvent.Delta("答"))
          .concatWith(finish.asMono().then(reactor.core.publisher.Mono.empty()));
    }
  }

  @Test
  void answersUpToTheLimitAtOnceAndTellsTheOthersTheirPlaceInOrderOfArrival() {
    AnswerQueue queue = new AnswerQueue(2, 100, Duration.ofMillis(20));
    List<Work> works = new ArrayList<>();
    List<List<AnswerEvent>> received = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Work work = new Work();
      works.add(work);
      List<AnswerEvent> events = new CopyOnWriteArrayList<>();
      received.add(events);
      queue.run(work::flux).subscribe(events::add);
    }
    assertThat(works).extracting(w -> w.started.get()).containsExactly(1, 1, 0, 0, 0);
    assertThat(queue.load()).containsExactly(2, 3);
    // the places are told on a timer thread, the first at once
    waitUntil(() -> !received.get(2).isEmpty()
        && !received.get(3).isEmpty()
        && !received.get(4).isEmpty());
    // the third is next, the fifth has two people ahead of it
    assertThat(received.get(2))
        .first()
        .isEqualTo(new AnswerEvent.Queued(new AnswerQueue.Place(1, "人多，请稍等：马上轮到您。")));
    assertThat(received.get(4))
        .first()
        .isEqualTo(
            new AnswerEvent.Queued(new AnswerQueue.Place(3, "人多，请稍等：您前面还有 2 人，轮到您时会马上开始回答。")));

    works.get(0).finish.tryEmitEmpty();
    assertThat(works).extracting(w -> w.started.get()).containsExactly(1, 1, 1, 0, 0);
    // the fifth hears that it moved up (updates every 20 ms)
    waitUntil(() -> received
        .get(4)
        .contains(new AnswerEvent.Queued(new AnswerQueue.Place(2, AnswerQueue.text(2)))));
    assertThat(received.get(2)).last().isEqualTo(new AnswerEvent.Delta("答"));

    works.get(1).finish.tryEmitEmpty();
    works.get(2).finish.tryEmitEmpty();
    assertThat(works).extracting(w -> w.started.get()).containsExactly(1, 1, 1, 1, 1);
    works.get(3).finish.tryEmitEmpty();
    works.get(4).finish.tryEmitEmpty();
    assertThat(queue.load()).containsExactly(0, 0);
    for (List<AnswerEvent> events : received) {
      assertThat(events).last().isEqualTo(new AnswerEvent.Delta("答"));
    }
  }

  @Test
  void aStreamCancelledWhileWaitingGivesUpItsPlaceAndOneCancelledWhileAnsweredFreesItsTurn() {
    AnswerQueue queue = new AnswerQueue(1, 100, Duration.ofMillis(20));
    Work first = new Work();
    Work second = new Work();
    Work third = new Work();
    Disposable answering = queue.run(first::flux).subscribe();
    Disposable waiting = queue.run(second::flux).subscribe();
    queue.run(third::flux).subscribe();
    assertThat(queue.load()).containsExactly(1, 2);

    waiting.dispose();
    assertThat(queue.load()).containsExactly(1, 1);
    answering.dispose();
    // the cancelled one is skipped: the third is answered, and only it
    assertThat(second.started.get()).isZero();
    assertThat(third.started.get()).isEqualTo(1);
    assertThat(queue.load()).containsExactly(1, 0);
    third.finish.tryEmitEmpty();
    assertThat(queue.load()).containsExactly(0, 0);
  }

  @Test
  void isFullOnlyWhenEveryPlaceIsTakenAndTheLineIsAtItsLimit() {
    AnswerQueue queue = new AnswerQueue(1, 2, Duration.ofMillis(20));
    List<Work> works = List.of(new Work(), new Work(), new Work());
    queue.run(works.get(0)::flux).subscribe();
    assertThat(queue.full()).isFalse();
    queue.run(works.get(1)::flux).subscribe();
    assertThat(queue.full()).isFalse();
    queue.run(works.get(2)::flux).subscribe();
    assertThat(queue.full()).isTrue();
    works.get(0).finish.tryEmitEmpty();
    assertThat(queue.full()).isFalse();
  }

  @Test
  void aWaitingStreamThatCannotTakeItsPlaceUpdatesNowSkipsThemAndStillGetsItsAnswer() {
    AnswerQueue queue = new AnswerQueue(1, 10, Duration.ofMillis(2));
    Work first = new Work();
    Work ahead = new Work();
    Work slowWork = new Work();
    queue.run(first::flux).subscribe();
    queue.run(ahead::flux).subscribe();
    List<AnswerEvent> events = new CopyOnWriteArrayList<>();
    List<Throwable> errors = new CopyOnWriteArrayList<>();
    // a connection still busy writing: one event taken, then nothing asked for while its place
    // changes
    reactor.core.publisher.BaseSubscriber<AnswerEvent> slow =
        new reactor.core.publisher.BaseSubscriber<>() {
          @Override
          protected void hookOnSubscribe(org.reactivestreams.Subscription subscription) {
            request(1);
          }

          @Override
          protected void hookOnNext(AnswerEvent event) {
            events.add(event);
          }

          @Override
          protected void hookOnError(Throwable error) {
            errors.add(error);
          }
        };
    queue.run(slowWork::flux).subscribe(slow);
    waitUntil(() -> !events.isEmpty());
    assertThat(events.getFirst())
        .isEqualTo(new AnswerEvent.Queued(new AnswerQueue.Place(2, AnswerQueue.text(2))));
    first.finish.tryEmitEmpty();
    // its place is now 1, on every tick, and it asks for nothing
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertThat(errors).isEmpty();
    ahead.finish.tryEmitEmpty();
    slow.request(Long.MAX_VALUE);
    waitUntil(() -> events.contains(new AnswerEvent.Delta("答")));
    assertThat(errors).isEmpty();
    assertThat(slowWork.started.get()).isEqualTo(1);
  }

  @Test
  void thePlaceIsGivenToTheNextOnceTheWorkHasItsResultWhileTheAnswerStillStreams() {
    AnswerQueue queue = new AnswerQueue(1, 10, Duration.ofMillis(20));
    Sinks.Empty<Void> written = Sinks.empty();
    List<AnswerEvent> first = new CopyOnWriteArrayList<>();
    queue
        .run(
            () -> reactor.core.publisher.Mono.just("答"),
            text -> Flux.<AnswerEvent>just(new AnswerEvent.Delta(text))
                .concatWith(written.asMono().then(reactor.core.publisher.Mono.empty())))
        .subscribe(first::add);
    assertThat(first).containsExactly(new AnswerEvent.Delta("答"));
    // the first answer is still being written out, and the next one already runs
    Work next = new Work();
    queue.run(next::flux).subscribe();
    assertThat(next.started.get()).isEqualTo(1);
    assertThat(queue.load()).containsExactly(1, 0);
    next.finish.tryEmitEmpty();
    written.tryEmitEmpty();
    assertThat(queue.load()).containsExactly(0, 0);
  }

  @Test
  void aFailedAnswerFreesItsPlace() {
    AnswerQueue queue = new AnswerQueue(1, 10, Duration.ofMillis(20));
    List<Throwable> errors = new CopyOnWriteArrayList<>();
    queue.run(() -> Flux.error(new IllegalStateException("索引不可读"))).subscribe(e -> {}, errors::add);
    assertThat(errors).hasSize(1);
    assertThat(queue.load()).containsExactly(0, 0);
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met within 5 s").isLessThan(deadline);
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
