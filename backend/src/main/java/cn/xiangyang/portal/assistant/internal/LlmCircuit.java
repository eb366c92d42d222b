package cn.xiangyang.portal.assistant.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A circuit breaker for the language model: after {@code threshold} failures in a row the model is
 * skipped for {@code coolDown}; then one question tries it again, and a success closes the circuit.
 * Per replica, on purpose: each replica learns for itself whether it can reach the model.
 */
final class LlmCircuit {

  private final int threshold;
  private final Duration coolDown;
  private final Clock clock;
  private int failures;
  private Instant openUntil = Instant.MIN;

  LlmCircuit(int threshold, Duration coolDown, Clock clock) {
    this.threshold = threshold;
    this.coolDown = coolDown;
    this.clock = clock;
  }

  synchronized boolean allows() {
    return !clock.instant().isBefore(openUntil);
  }

  synchronized void succeeded() {
    failures = 0;
    openUntil = Instant.MIN;
  }

  synchronized void failed() {
    failures++;
    if (failures >= threshold) {
      openUntil = clock.instant().plus(coolDown);
    }
  }

  synchronized boolean open() {
    return !allows();
  }
}
