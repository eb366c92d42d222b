package cn.xiangyang.portal.assistant.internal;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import java.time.Clock;
import java.time.Duration;
import reactor.core.publisher.Flux;

/**
 * The language model's circuit breaker (Resilience4j): after {@code threshold} failed answers in a row
 * the model is skipped for {@code coolDown}; then one question tries it again, and a success closes the
 * circuit. Per replica, on purpose: each replica learns for itself whether it can reach the model. An
 * answer cut short by its reader (cancelled) counts neither way.
 */
final class LlmCircuit {

  private final CircuitBreaker breaker;

  LlmCircuit(int threshold, Duration coolDown, Clock clock) {
    CircuitBreakerConfig config = CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(threshold)
        .minimumNumberOfCalls(threshold)
        .failureRateThreshold(100f) // every call in the window failed: "failures in a row"
        .waitDurationInOpenState(coolDown)
        .permittedNumberOfCallsInHalfOpenState(1)
        .automaticTransitionFromOpenToHalfOpenEnabled(false)
        .clock(clock)
        .build();
    this.breaker = CircuitBreaker.of("llm", config);
  }

  /** True when a question may go to the model now (closed, or open long enough to try once more). */
  boolean allows() {
    if (!breaker.tryAcquirePermission()) {
      return false;
    }
    breaker.releasePermission(); // the answer's own subscription takes the permission
    return true;
  }

  boolean open() {
    return breaker.getState() == CircuitBreaker.State.OPEN;
  }

  /** The answer, counted by the breaker: completion a success, an error a failure. */
  <T> Flux<T> guard(Flux<T> answer) {
    return answer.transformDeferred(CircuitBreakerOperator.of(breaker));
  }
}
