package cn.xiangyang.portal.ui.compliance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The backend's check-up API bodies as the UI reads and sends them; unknown fields are ignored. */
final class ComplianceApi {

  private ComplianceApi() {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record QuestionnaireView(
      List<Area> areas, int questions, int rules, @Nullable String method)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Area(
      String code,
      String title,
      @Nullable Boolean scored,
      @Nullable String intro,
      @Nullable Condition applicableIf,
      List<Question> questions)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Question(
      String id,
      String text,
      String why,
      String type,
      @Nullable BigDecimal min,
      @Nullable BigDecimal max,
      @Nullable Boolean required,
      @Nullable List<Option> options,
      @Nullable Condition askIf)
      implements Serializable {

    boolean isRequired() {
      return required != null && required;
    }

    List<Option> choices() {
      return "YES_NO".equals(type) ? YES_NO : options == null ? List.of() : options;
    }
  }

  static final List<Option> YES_NO =
      List.of(new Option("yes", "是"), new Option("no", "否"), new Option("unknown", "不清楚"));

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Option(String value, String label) implements Serializable {}

  /** A branching condition sent by the backend; the wizard only uses it to show or skip questions. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Condition(
      @Nullable List<Condition> all,
      @Nullable List<Condition> any,
      @Nullable Condition not,
      @Nullable String q,
      @Nullable Ratio ratio,
      @Nullable String eq,
      @Nullable String ne,
      @Nullable List<String> in,
      @Nullable BigDecimal gt,
      @Nullable BigDecimal ge,
      @Nullable BigDecimal lt,
      @Nullable BigDecimal le)
      implements Serializable {

    /** Whether the answers given so far satisfy it; an unanswered question makes a comparison false. */
    boolean test(Map<String, Object> answers) {
      if (all != null) {
        return all.stream().allMatch(c -> c.test(answers));
      }
      if (any != null) {
        return any.stream().anyMatch(c -> c.test(answers));
      }
      if (not != null) {
        return !not.test(answers);
      }
      Object value = q == null ? null : answers.get(q);
      if (ratio != null) {
        BigDecimal of = number(answers.get(ratio.of())), to = number(answers.get(ratio.to()));
        value = of == null || to == null || to.signum() == 0
            ? null
            : of.divide(to, MathContext.DECIMAL64);
      }
      if (value == null) {
        return false;
      }
      String text =
          value instanceof BigDecimal n ? n.stripTrailingZeros().toPlainString() : value.toString();
      if (eq != null) return eq.equals(text);
      if (ne != null) return !ne.equals(text);
      if (in != null) return in.contains(text);
      BigDecimal n = number(value);
      if (n == null) return false;
      if (gt != null) return n.compareTo(gt) > 0;
      if (ge != null) return n.compareTo(ge) >= 0;
      if (lt != null) return n.compareTo(lt) < 0;
      return le != null && n.compareTo(le) <= 0;
    }

    private static @Nullable BigDecimal number(@Nullable Object v) {
      if (v instanceof BigDecimal n) return n;
      if (v instanceof Number n) return new BigDecimal(n.toString());
      try {
        return v == null ? null : new BigDecimal(v.toString());
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Ratio(String of, String to) implements Serializable {}

  record CheckupRequest(Map<String, Object> answers, boolean save, boolean share) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Report(
      @Nullable UUID id,
      Instant createdAt,
      boolean saved,
      int score,
      String level,
      String levelLabel,
      @Nullable String companyName,
      List<AreaResult> areas,
      List<Finding> findings,
      @Nullable Changes changes,
      @Nullable String method)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record AreaResult(
      String code, String title, String level, String levelLabel, int score, int findings)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Finding(
      String rule,
      String area,
      String areaTitle,
      String severity,
      String severityLabel,
      String title,
      String finding,
      List<Basis> basis,
      List<String> remedy,
      @Nullable Exposure exposure)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Basis(String citation, String law, String article, String quote, String url)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Exposure(
      @Nullable String amount,
      String formula,
      List<Input> inputs,
      boolean estimated,
      @Nullable List<String> notes)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Input(String name, String value, String source) implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Changes(
      UUID previousId,
      Instant previousAt,
      int previousScore,
      List<Change> resolved,
      @JsonProperty("new") List<Change> added,
      List<Change> unchanged)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Change(String rule, String title, String severity) implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Summary(
      UUID id,
      Instant createdAt,
      int score,
      String level,
      String levelLabel,
      int findings,
      boolean shared,
      int resolved,
      int added)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Draft(
      Map<String, Object> answers, int step, @Nullable Instant updatedAt) implements Serializable {}

  record DraftBody(Map<String, Object> answers, int step) {}

  record TrainingRequest(
      List<String> topics,
      @Nullable Integer headcount,
      List<LocalDate> preferredDates,
      String contactName,
      String contactPhone,
      @Nullable UUID checkupId,
      @Nullable String note) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Training(
      UUID id,
      String companyName,
      @Nullable String creditCode,
      @Nullable UUID checkupId,
      List<String> topics,
      int headcount,
      List<LocalDate> preferredDates,
      String contactName,
      String contactPhone,
      @Nullable String note,
      String status,
      String statusLabel,
      @Nullable LocalDate scheduledOn,
      @Nullable String location,
      @Nullable String trainer,
      @Nullable Integer attended,
      Instant createdAt)
      implements Serializable {}

  record Schedule(
      @Nullable LocalDate date, String location, @Nullable String trainer) {}

  record Attendance(@Nullable Integer attended) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Enterprise(
      UUID id,
      String commissionId,
      String creditCode,
      String name,
      @Nullable String areaCode,
      @Nullable String industry,
      @Nullable Integer headcount,
      @Nullable String contactName,
      @Nullable String contactPhone,
      @Nullable String assignedName,
      @Nullable String assignedRole,
      @Nullable String note)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record EnterpriseView(
      Enterprise enterprise,
      List<Score> scores,
      List<Training> trainings,
      @Nullable Integer latestScore,
      int trainingsDone)
      implements Serializable {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Score(UUID checkupId, Instant at, int score, String level, String levelLabel, int findings)
      implements Serializable {}

  record EnterpriseBody(
      String creditCode,
      String name,
      @Nullable String areaCode,
      @Nullable String industry,
      @Nullable Integer headcount,
      @Nullable String contactName,
      @Nullable String contactPhone,
      @Nullable String assignedName,
      @Nullable String assignedRole,
      @Nullable String note) {}

  record ChartRequest(List<AreaResult> areas) {}
}
