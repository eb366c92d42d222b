package cn.xiangyang.portal.assistant.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The waiting line in front of the answers: at most {@code concurrent} answers are worked on at once (search,
 * composing, storing), the others wait their turn in order of arrival, and a waiting stream is told its place
 * ({@code queue} events: "人多，请稍等", with the number of people ahead, again every two seconds while it moves)
 * instead of waiting in silence until a timeout. Beyond {@code waiting} people in line a new question is refused
 * before its stream starts (503 with {@code Retry-After}).
 *
 * <p>In a burst every answer is then finished soon after it starts, first come first served, instead of two
 * thousand answers advancing together and all finishing at the end; and the memory held by answers in progress
 * is bounded by {@code concurrent}, not by the number of people asking.
 *
 * <p>Thread-safe; its lock guards a counter and a deque for microseconds, so it never blocks a Netty thread.
 */
@Component
class AnswerQueue {

  /** What a waiting stream is told: its place in line. */
  record Place(long position, String text) {}

  /**
   * How often a waiting stream hears its place again (when it moved). Every waiting stream gets an event each time:
   * with 5,000 waiting, once a second would be 5,000 events a second taken from the answers.
   */
  static final Duration UPDATES = Duration.ofSeconds(2);

  private final int concurrent;
  private final int maxWaiting;
  private final Duration updates;

  private final Object lock = new Object();
  private final ArrayDeque<Waiter> line = new ArrayDeque<>();
  private int running;
  private int waiting;
  /** Tickets handed to waiters so far, and the ticket of the next one to be served: a place is their difference. */
  private long issued;

  private long served;

  @Autowired
  AnswerQueue(AssistantProperties properties) {
    this(properties.queue().concurrent(), properties.queue().waiting(), UPDATES);
  }

  AnswerQueue(int concurrent, int maxWaiting, Duration updates) {
    this.concurrent = concurrent;
    this.maxWaiting = maxWaiting;
    this.updates = updates;
  }

  /** Whether the line is full: a new question would be refused with 503. */
  boolean full() {
    synchronized (lock) {
      return running >= concurrent && waiting >= maxWaiting;
    }
  }

  /** Answers in progress and people waiting, for tests and logs. */
  int[] load() {
    synchronized (lock) {
      return new int[] {running, waiting};
    }
  }

  /**
   * The events of {@code work}, started once it is this stream's turn; while it waits, {@code queue} events with
   * its place. The place is taken when the stream is subscribed and given up when it ends or is cancelled.
   */
  Flux<AnswerEvent> run(Supplier<Flux<AnswerEvent>> work) {
    return Flux.defer(() -> {
      Waiter waiter = enter();
      Flux<AnswerEvent> answer = Flux.defer(work);
      if (waiter == null) {
        return answer.doFinally(signal -> release());
      }
      return Flux.concat(places(waiter), answer).doFinally(signal -> leave(waiter));
    });
  }

  /** The place of {@code waiter} now and whenever it changes, until its turn comes. */
  private Flux<AnswerEvent> places(Waiter waiter) {
    // a tick the stream cannot take now (its connection is still writing) is dropped: without this
    // the timer
    // fails with "could not emit tick" and the failure would end the stream before its answer
    return Flux.interval(Duration.ZERO, updates)
        .onBackpressureDrop()
        .map(tick -> position(waiter))
        .distinctUntilChanged()
        .<AnswerEvent>map(position -> new AnswerEvent.Queued(new Place(position, text(position))))
        .takeUntilOther(waiter.turn.asMono());
  }

  /**
   * Like {@link #run(Supplier)}, but the place is held only while {@code work} runs (the search and composing: the
   * CPU), and given to the next in line as soon as it has its result; {@code answer} then streams it (to a client
   * that may read slowly, and with the writes of the record) without holding anyone up.
   */
  <T> Flux<AnswerEvent> run(Supplier<Mono<T>> work, Function<T, Flux<AnswerEvent>> answer) {
    return Flux.defer(() -> {
      Waiter waiter = enter();
      AtomicBoolean freed = new AtomicBoolean();
      Runnable free = () -> {
        if (freed.compareAndSet(false, true)) {
          if (waiter == null) {
            release();
          } else {
            leave(waiter);
          }
        }
      };
      Flux<AnswerEvent> answered =
          Mono.defer(work).doFinally(signal -> free.run()).flatMapMany(answer);
      Flux<AnswerEvent> events = waiter == null ? answered : Flux.concat(places(waiter), answered);
      return events.doFinally(signal -> free.run());
    });
  }

  static String text(long position) {
    return position <= 1 ? "人多，请稍等：马上轮到您。" : "人多，请稍等：您前面还有 " + (position - 1) + " 人，轮到您时会马上开始回答。";
  }

  /** A place to start now (null) or a ticket in line. */
  private @Nullable Waiter enter() {
    synchronized (lock) {
      if (running < concurrent && line.isEmpty()) {
        running++;
        return null;
      }
      Waiter waiter = new Waiter(issued++);
      line.addLast(waiter);
      waiting++;
      return waiter;
    }
  }

  private long position(Waiter waiter) {
    synchronized (lock) {
      return Math.max(1, waiter.ticket - served + 1);
    }
  }

  /** The stream of {@code waiter} ended: its place goes to the next in line, or it leaves the line. */
  private void leave(Waiter waiter) {
    synchronized (lock) {
      if (waiter.state == State.WAITING) {
        // cancelled while waiting: it is skipped when its turn comes
        waiter.state = State.GONE;
        waiting--;
        return;
      }
      if (waiter.state == State.GONE) {
        return;
      }
      waiter.state = State.GONE;
    }
    release();
  }

  /** An answer finished: its place goes to the first one still waiting. */
  private void release() {
    Waiter next = null;
    synchronized (lock) {
      while (!line.isEmpty()) {
        Waiter head = line.pollFirst();
        served = head.ticket + 1;
        if (head.state == State.WAITING) {
          head.state = State.SERVED;
          waiting--;
          next = head;
          break;
        }
      }
      if (next == null) {
        running--;
      }
    }
    if (next != null) {
      next.turn.tryEmitEmpty();
    }
  }

  private enum State {
    WAITING,
    SERVED,
    GONE
  }

  private static final class Waiter {
    final long ticket;
    final Sinks.Empty<Void> turn = Sinks.empty();
    State state = State.WAITING;

    Waiter(long ticket) {
      this.ticket = ticket;
    }
  }
}
