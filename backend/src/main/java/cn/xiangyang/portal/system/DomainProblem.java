package cn.xiangyang.portal.system;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An outcome of a request that is the client's to fix or to know about, answered as an RFC 9457
 * problem with a Chinese {@code detail} a person can act on. Subclasses name the outcome
 * ({@code DuplicateAccount}, {@code FilingRejected}).
 */
public abstract class DomainProblem extends RuntimeException {

  private final HttpStatus status;
  private final String title;

  protected DomainProblem(HttpStatus status, String title, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    // the detail is the message given to the constructor, which takes no null
    return java.util.Objects.requireNonNullElse(getMessage(), title);
  }

  /** Field-level messages, each {@code {field, message}}; empty when the problem is not per field. */
  public List<FieldMessage> errors() {
    return List.of();
  }

  /** Extra response headers, such as {@code Retry-After}. */
  public Map<String, String> headers() {
    return Map.of();
  }

  /** One field's problem, as listed in a problem body's {@code errors}. */
  public record FieldMessage(String field, String message) {}
}
