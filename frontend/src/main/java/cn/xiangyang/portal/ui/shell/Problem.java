package cn.xiangyang.portal.ui.shell;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 9457 problem detail as the backend sends it ({@code application/problem+json}).
 *
 * @param detail what went wrong, in Chinese, written for the person who has to act on it
 * @param errors one entry per rejected input field; empty when the problem is not about a field
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(
    @Nullable String type,
    @Nullable String title,
    int status,
    @Nullable String detail,
    List<FieldProblem> errors) {

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** One rejected field: {@code field} is the JSON property name of the request body. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FieldProblem(
      @Nullable String field, @Nullable String message) {}
}
