package cn.xiangyang.portal.assistant.internal.situation;

import cn.xiangyang.portal.assistant.internal.situation.Situation.Asker;
import cn.xiangyang.portal.assistant.internal.situation.Situation.Ending;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Facts the person corrected ("我理解的情况" showed 已离职, he tapped 仍在职), by the keys of the answer's
 * facts: they replace what the words of the story were read as, before any issue is inferred from them.
 *
 * @param values the corrected value of each key, as the API carries it (e.g. {@code stillEmployed=true})
 */
public record Corrections(Map<String, String> values) {

  /** The facts a person can correct, in the order the answer shows them. */
  public static final List<String> KEYS = List.of(
      "asker",
      "stillEmployed",
      "ending",
      "writtenContract",
      "start",
      "end",
      "serviceMonths",
      "monthlyWage",
      "unpaidMonths",
      "unpaidAmount",
      "area",
      "weekdayOvertimeHours",
      "restDayOvertimeHours",
      "holidayOvertimeHours",
      "unusedLeaveDays");

  public static final Corrections NONE = new Corrections(Map.of());

  public Corrections {
    values = Map.copyOf(values);
  }

  /** Why a correction cannot be used: the key and a message a person can act on. */
  public static final class Invalid extends IllegalArgumentException {
    private final String key;

    private final String detail;

    Invalid(String key, String message) {
      super(message);
      this.key = key;
      this.detail = message;
    }

    /** What is wrong with the corrected fact, in Chinese. */
    public String detail() {
      return detail;
    }

    public String key() {
      return key;
    }
  }

  /**
   * The corrections in {@code raw}, each checked: an unknown key or a value of the wrong form is an
   * {@link Invalid} naming it. {@code null} or empty is {@link #NONE}.
   */
  public static Corrections parse(@Nullable Map<String, String> raw) {
    if (raw == null || raw.isEmpty()) {
      return NONE;
    }
    Map<String, String> checked = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : raw.entrySet()) {
      String key = e.getKey();
      String value = e.getValue() == null ? "" : e.getValue().strip();
      if (!KEYS.contains(key)) {
        throw new Invalid(key, "无法更正“" + key + "”：可以更正的情况是 " + String.join("、", KEYS) + "。");
      }
      check(key, value);
      checked.put(key, value);
    }
    return new Corrections(checked);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** True when the person corrected {@code key}. */
  public boolean corrects(String key) {
    return values.containsKey(key);
  }

  /** {@code s} with the corrected facts in place of those read from the words. */
  public Situation apply(Situation s) {
    if (values.isEmpty()) {
      return s;
    }
    Asker asker = has("asker") ? Asker.valueOf(given("asker")) : s.asker();
    Boolean stillEmployed =
        has("stillEmployed") ? Boolean.valueOf(given("stillEmployed")) : s.stillEmployed();
    Ending ending = has("ending") ? Ending.valueOf(given("ending")) : s.ending();
    LocalDate end = has("end") ? LocalDate.parse(given("end")) : s.end();
    if (Boolean.TRUE.equals(stillEmployed) && has("stillEmployed")) {
      // still working there: no day of leaving, and no ending unless one is only threatened or
      // corrected
      end = has("end") ? end : null;
      ending = has("ending") || ending == Ending.DISMISSED ? ending : Ending.UNKNOWN;
    }
    if (has("ending") && ending != Ending.UNKNOWN && !has("stillEmployed")) {
      stillEmployed = false;
    }
    return new Situation(
        asker,
        has("start") ? LocalDate.parse(given("start")) : s.start(),
        end,
        stillEmployed,
        ending,
        has("writtenContract") ? Boolean.valueOf(given("writtenContract")) : s.writtenContract(),
        has("monthlyWage") ? new BigDecimal(given("monthlyWage")) : s.monthlyWage(),
        has("unpaidMonths") ? Integer.valueOf(given("unpaidMonths")) : s.unpaidMonths(),
        has("unpaidAmount") ? new BigDecimal(given("unpaidAmount")) : s.unpaidAmount(),
        has("serviceMonths") ? Integer.valueOf(given("serviceMonths")) : s.serviceMonths(),
        has("area") ? given("area") : s.area(),
        s.injured(),
        s.pregnant(),
        s.dispatched(),
        s.employer(),
        has("weekdayOvertimeHours")
            ? new BigDecimal(given("weekdayOvertimeHours"))
            : s.weekdayOvertimeHours(),
        has("restDayOvertimeHours")
            ? new BigDecimal(given("restDayOvertimeHours"))
            : s.restDayOvertimeHours(),
        has("holidayOvertimeHours")
            ? new BigDecimal(given("holidayOvertimeHours"))
            : s.holidayOvertimeHours(),
        has("unusedLeaveDays") ? Integer.valueOf(given("unusedLeaveDays")) : s.unusedLeaveDays(),
        s.today());
  }

  private boolean has(String key) {
    return values.containsKey(key);
  }

  /** The corrected value of a key {@link #has} answered true for (the copied map holds no nulls). */
  private String given(String key) {
    return Objects.requireNonNull(values.get(key), () -> "no corrected value for " + key);
  }

  private static void check(String key, String value) {
    switch (key) {
      case "asker" -> oneOf(key, value, "WORKER", "EMPLOYER");
      case "stillEmployed", "writtenContract" -> oneOf(key, value, "true", "false");
      case "ending" -> oneOf(key, value, "DISMISSED", "RESIGNED", "CONTRACT_EXPIRED");
      case "start", "end" -> {
        try {
          LocalDate d = LocalDate.parse(value);
          if (d.getYear() < 1950 || d.getYear() > 2100) {
            throw new Invalid(key, "日期“" + value + "”不在 1950 到 2100 年之间，请检查。");
          }
        } catch (DateTimeParseException e) {
          throw new Invalid(key, "日期请写成 2026-03-01 这样的格式。");
        }
      }
      case "monthlyWage", "unpaidAmount" -> money(key, value, new BigDecimal("10000000"));
      case "weekdayOvertimeHours", "restDayOvertimeHours", "holidayOvertimeHours" ->
        money(key, value, new BigDecimal("10000"));
      case "unpaidMonths" -> whole(key, value, 1, 120);
      case "serviceMonths" -> whole(key, value, 1, 600);
      case "unusedLeaveDays" -> whole(key, value, 0, 45);
      case "area" -> {
        if (FactReader.areaName(value).equals(value)) {
          throw new Invalid(key, "没有代码为“" + value + "”的襄阳地区。");
        }
      }
      default -> throw new Invalid(key, "无法更正“" + key + "”。");
    }
  }

  private static void oneOf(String key, String value, String... allowed) {
    if (!List.of(allowed).contains(value)) {
      throw new Invalid(key, "“" + key + "”只能是 " + String.join("、", allowed) + " 之一。");
    }
  }

  private static void money(String key, String value, BigDecimal max) {
    try {
      BigDecimal v = new BigDecimal(value);
      if (v.signum() < 0 || v.compareTo(max) >= 0 || v.stripTrailingZeros().scale() > 2) {
        throw new Invalid(key, "“" + key + "”应是不超过两位小数的非负数，且小于 " + max.toPlainString() + "。");
      }
    } catch (NumberFormatException e) {
      throw new Invalid(key, "“" + key + "”应是数字，例如 4500。");
    }
  }

  private static void whole(String key, String value, int min, int max) {
    try {
      int v = Integer.parseInt(value);
      if (v < min || v > max) {
        throw new Invalid(key, "“" + key + "”应在 " + min + " 到 " + max + " 之间。");
      }
    } catch (NumberFormatException e) {
      throw new Invalid(key, "“" + key + "”应是整数。");
    }
  }
}
