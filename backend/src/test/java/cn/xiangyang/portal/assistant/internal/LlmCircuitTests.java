package cn.xiangyang.portal.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** The model is skipped after three failed answers in a row, tried once after the cool-down, and trusted again after a success. */
class LlmCircuitTests {

  /** A clock the test moves by hand. */
  static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-12-07T02:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final MovableClock clock = new MovableClock();
  private final LlmCircuit circuit = new LlmCircuit(3, Duration.ofMinutes(1), clock);
  private final AtomicInteger calls = new AtomicInteger();

  private Flux<String> failing() {
    return circuit.guard(Flux.defer(() -> {
      calls.incrementAndGet();
      return Flux.error(new IllegalStateException("model unreachable"));
    }));
  }

  private Flux<String> answering() {
    return circuit.guard(Flux.defer(() -> {
      calls.incrementAndGet();
      return Flux.just("答：", "可以。");
    }));
  }

  @Test
  void opensAfterThreeFailuresInARowAndTriesOnceAfterTheCoolDown() {
    for (int i = 0; i < 3; i++) {
      assertThat(circuit.allows()).isTrue();
      StepVerifier.create(failing()).expectError(IllegalStateException.class).verify();
    }
    assertThat(circuit.allows()).as("open after three failures").isFalse();
    assertThat(circuit.open()).isTrue();
    StepVerifier.create(answering())
        .expectError(CallNotPermittedException.class)
        .verify();
    assertThat(calls).as("the model is not called while open").hasValue(3);

    clock.advance(Duration.ofSeconds(59));
    assertThat(circuit.allows()).as("still cooling down").isFalse();
    clock.advance(Duration.ofSeconds(2));
    assertThat(circuit.allows()).as("one try after the cool-down").isTrue();
    StepVerifier.create(answering()).expectNext("答：", "可以。").verifyComplete();
    assertThat(circuit.open()).isFalse();
    assertThat(circuit.allows()).isTrue();
  }

  @Test
  void aSuccessInBetweenMeansTheFailuresWereNotInARow() {
    StepVerifier.create(failing()).expectError().verify();
    StepVerifier.create(failing()).expectError().verify();
    StepVerifier.create(answering()).expectNextCount(2).verifyComplete();
    StepVerifier.create(failing()).expectError().verify();
    StepVerifier.create(failing()).expectError().verify();
    assertThat(circuit.allows()).isTrue();
    StepVerifier.create(failing()).expectError().verify();
    assertThat(circuit.allows()).isFalse();
  }

  @Test
  void aFailedRetryAfterTheCoolDownOpensItAgain() {
    for (int i = 0; i < 3; i++) {
      StepVerifier.create(failing()).expectError().verify();
    }
    clock.advance(Duration.ofMinutes(2));
    assertThat(circuit.allows()).isTrue();
    StepVerifier.create(failing()).expectError(IllegalStateException.class).verify();
    assertThat(circuit.allows()).as("open again for another cool-down").isFalse();
  }

  @Test
  void anAnswerCutShortAfterItsFirstWordsStillShowsTheModelAnswered() {
    // e.g. an answer withdrawn because its amount disagreed with the calculators: the model was
    // reachable
    for (int i = 0; i < 2; i++) {
      StepVerifier.create(failing()).expectError().verify();
    }
    StepVerifier.create(answering().take(1)).expectNext("答：").verifyComplete();
    StepVerifier.create(failing()).expectError().verify();
    StepVerifier.create(failing()).expectError().verify();
    assertThat(circuit.allows())
        .as("the run of failures was broken by the answer")
        .isTrue();
  }

  @Test
  void anAnswerCancelledBeforeAnyWordCountsNeitherWay() {
    for (int i = 0; i < 2; i++) {
      StepVerifier.create(failing()).expectError().verify();
    }
    StepVerifier.create(circuit.guard(Flux.<String>never())).thenCancel().verify();
    StepVerifier.create(failing()).expectError().verify();
    assertThat(circuit.allows()).as("still three failures in a row").isFalse();
  }
}
