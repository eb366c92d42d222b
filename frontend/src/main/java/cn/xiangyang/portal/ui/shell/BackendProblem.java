package cn.xiangyang.portal.ui.shell;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The backend refused a request (a 4xx answer): the request has to change, or the user has to wait
 * ({@link #retryAfter()}).
 */
public class BackendProblem extends RuntimeException {

  private final Problem problem;
  private final @Nullable Duration retryAfter;

  public BackendProblem(Problem problem, @Nullable Duration retryAfter) {
    super("backend answered " + problem.status() + ": " + problem.title());
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  public Problem problem() {
    return problem;
  }

  public int status() {
    return problem.status();
  }

  /** The backend's explanation, or {@code fallback} when it sent none. */
  public String detailOr(String fallback) {
    String detail = problem.detail();
    return detail == null || detail.isBlank() ? fallback : detail;
  }

  /** How long the backend asked the client to wait (429 with {@code Retry-After}). */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
