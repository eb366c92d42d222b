package cn.xiangyang.portal.compliance.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The check-up's questions, grouped into areas that the wizard shows as steps; read from
 * {@code compliance/questionnaire.yaml}.
 */
record Questionnaire(List<Area> areas) {

  Questionnaire {
    areas = List.copyOf(areas);
  }

  /** How a question is answered. */
  enum AnswerType {
    /** {@code yes}, {@code no} or {@code unknown} (不清楚). */
    YES_NO,
    /** One of the question's options. */
    CHOICE,
    /** A whole number between min and max. */
    NUMBER,
    /** An amount in yuan, at most two decimals, between min and max. */
    MONEY
  }

  /**
   * One step of the check-up.
   *
   * @param scored false for the profile step, which has no findings of its own
   * @param applicableIf when present and false for the answers, the whole area is skipped (not applicable)
   */
  record Area(
      String code,
      String title,
      @Nullable Boolean scored,
      String intro,
      @Nullable Condition applicableIf,
      List<Question> questions) {
    Area {
      questions = List.copyOf(questions);
    }

    boolean isScored() {
      return scored == null || scored;
    }
  }

  /**
   * One question.
   *
   * @param why the plain reason the question is asked, shown beside it
   * @param askIf when present and false for the answers, the question is skipped and its answer ignored
   */
  record Question(
      String id,
      String text,
      String why,
      AnswerType type,
      @Nullable BigDecimal min,
      @Nullable BigDecimal max,
      @Nullable Boolean required,
      @Nullable List<Option> options,
      @Nullable Condition askIf) {

    boolean isRequired() {
      return required != null && required;
    }

    /** The allowed values: the options of a CHOICE, yes/no/unknown for YES_NO, empty otherwise. */
    List<Option> choices() {
      return switch (type) {
        case YES_NO -> YES_NO_OPTIONS;
        case CHOICE -> options == null ? List.of() : options;
        default -> List.of();
      };
    }
  }

  /** An allowed answer and its Chinese label. */
  record Option(String value, String label) {}

  static final List<Option> YES_NO_OPTIONS =
      List.of(new Option("yes", "是"), new Option("no", "否"), new Option("unknown", "不清楚"));

  Map<String, Question> questionsById() {
    return areas.stream()
        .flatMap(a -> a.questions().stream())
        .collect(Collectors.toMap(
            Question::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
  }

  Optional<Area> area(String code) {
    return areas.stream().filter(a -> a.code().equals(code)).findFirst();
  }
}
