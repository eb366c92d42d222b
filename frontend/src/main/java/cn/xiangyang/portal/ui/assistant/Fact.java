package cn.xiangyang.portal.ui.assistant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One fact of the situation as the assistant understood it ("我理解的情况"): the backend's {@code Fact}.
 * Tapping one of its {@code options} asks the same story again with the fact corrected.
 *
 * @param value the value in API form; {@code null} when unknown (then {@code asked} may say the answer asks it)
 * @param shown the value in words, e.g. 已离职 or 未说明
 * @param corrected true when the person corrected it: sent again with every later correction of the story
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Fact(
    String key,
    String label,
    @Nullable String value,
    @Nullable String shown,
    List<Option> options,
    boolean corrected,
    boolean asked,
    @Nullable String question)
    implements Serializable {

  public Fact {
    options = options == null ? List.of() : List.copyOf(options);
  }

  /** A value the fact can be set to in one tap. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Option(String value, String label) implements Serializable {}
}
