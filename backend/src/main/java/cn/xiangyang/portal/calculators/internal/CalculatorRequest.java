package cn.xiangyang.portal.calculators.internal;

import cn.xiangyang.portal.calculators.CalculationRejected;
import cn.xiangyang.portal.calculators.Entitlements;
import cn.xiangyang.portal.calculators.FinalAward;
import cn.xiangyang.portal.system.DomainProblem.FieldMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A calculator's JSON body read field by field, so that every malformed value is answered with its
 * field's name and a Chinese message (a 400 problem), never a generic decoding error.
 */
final class CalculatorRequest {

  private final Map<String, @Nullable Object> body;
  private final String prefix;
  private final List<FieldMessage> errors;

  private CalculatorRequest(
      Map<String, @Nullable Object> body, String prefix, List<FieldMessage> errors) {
    this.body = body;
    this.prefix = prefix;
    this.errors = errors;
  }

  /** Reads the body of the calculator {@code entry}: fields outside its schema are rejected. */
  static CalculatorRequest of(CalculatorCatalog.Entry entry, Map<String, @Nullable Object> body) {
    CalculatorRequest r = new CalculatorRequest(body, "", new ArrayList<>());
    Set<String> known = Set.copyOf(CalculatorCatalog.inputs(entry));
    body.keySet().stream()
        .filter(k -> !known.contains(k))
        .sorted()
        .forEach(k -> r.error(
            k,
            "不认识的字段 " + k + "，可用的字段：" + String.join("、", CalculatorCatalog.inputs(entry)) + "。"));
    return r;
  }

  Entitlements.ServiceInput service() {
    return done(new Entitlements.ServiceInput(
        date("start"),
        date("end"),
        money("monthlyWage"),
        text("area"),
        money("averageMonthlyWage"),
        bool("withoutNotice"),
        money("lastMonthWage")));
  }

  Entitlements.DoubleWagesInput doubleWages() {
    return done(new Entitlements.DoubleWagesInput(
        date("start"),
        date("end"),
        money("monthlyWage"),
        date("contractSignedOn"),
        date("applyOn")));
  }

  Entitlements.OvertimeInput overtime() {
    return done(new Entitlements.OvertimeInput(
        money("monthlyWage"),
        decimal("weekdayHours"),
        decimal("restDayHours"),
        decimal("holidayHours"),
        bool("restDayTimeOff"),
        text("area"),
        month("month"),
        integer("months")));
  }

  Entitlements.AnnualLeaveInput annualLeave() {
    return done(new Entitlements.AnnualLeaveInput(
        money("monthlyWage"),
        integer("unusedDays"),
        integer("cumulativeYears"),
        integer("year"),
        date("joinedOn"),
        date("leftOn"),
        integer("takenDays")));
  }

  Entitlements.MinimumWageInput minimumWage() {
    return done(new Entitlements.MinimumWageInput(text("area"), month("month"), money("pay")));
  }

  Entitlements.FinalAwardInput finalAward() {
    List<Entitlements.Claim> claims = null;
    Object raw = body.get("claims");
    if (raw instanceof List<?> list) {
      claims = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        String field = "claims[" + i + "]";
        if (!(list.get(i) instanceof Map<?, ?> m)) {
          error(field, "每项请求应是一个对象，包含 category 和 amount。");
          continue;
        }
        @SuppressWarnings("unchecked")
        CalculatorRequest item =
            new CalculatorRequest((Map<String, @Nullable Object>) m, field + ".", errors);
        FinalAward.Category category = null;
        String name = item.text("category");
        if (name != null) {
          try {
            category = FinalAward.Category.valueOf(name);
          } catch (IllegalArgumentException e) {
            item.error(
                "category",
                "请求类别不正确，应为 LABOR_REMUNERATION、WORK_INJURY_MEDICAL_COSTS、ECONOMIC_COMPENSATION、DAMAGES、LABOR_STANDARDS 或 OTHER。");
          }
        }
        String label = item.text("label");
        if (label != null && label.length() > 100) {
          item.error("label", "请求名称不能超过 100 字。");
        }
        claims.add(new Entitlements.Claim(category, item.money("amount"), label));
      }
    } else if (raw != null) {
      error("claims", "claims 应是请求的列表。");
    }
    return done(new Entitlements.FinalAwardInput(claims, text("area"), date("on")));
  }

  private <T> T done(T input) {
    if (!errors.isEmpty()) {
      throw new CalculationRejected(errors);
    }
    return input;
  }

  private void error(String field, String message) {
    String name = prefix + field;
    if (errors.stream().noneMatch(e -> e.field().equals(name))) {
      errors.add(new FieldMessage(name, message));
    }
  }

  private @Nullable String text(String field) {
    Object v = body.get(field);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String s)) {
      error(field, field + " 应是文字。");
      return null;
    }
    return s.isBlank() ? null : s.strip();
  }

  private @Nullable LocalDate date(String field) {
    String s = textOf(field, "日期应写成 2025-07-01 这样的格式。");
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      error(field, "日期“" + s + "”不正确，应写成 2025-07-01 这样的格式。");
      return null;
    }
  }

  private @Nullable YearMonth month(String field) {
    String s = textOf(field, "月份应写成 2026-01 这样的格式。");
    if (s == null) {
      return null;
    }
    try {
      return YearMonth.parse(s);
    } catch (DateTimeParseException e) {
      error(field, "月份“" + s + "”不正确，应写成 2026-01 这样的格式。");
      return null;
    }
  }

  /** Money in yuan: a decimal string (or a JSON number) with at most two decimals. */
  private @Nullable BigDecimal money(String field) {
    BigDecimal v = decimal(field);
    if (v != null && v.stripTrailingZeros().scale() > 2) {
      error(field, "金额最多两位小数（元、角、分）。");
      return null;
    }
    return v;
  }

  private @Nullable BigDecimal decimal(String field) {
    Object v = body.get(field);
    if (v == null || v instanceof String s && s.isBlank()) {
      return null;
    }
    String s = v instanceof String str
        ? str.strip().replace(",", "")
        : v instanceof Number ? v.toString() : null;
    if (s == null || !s.matches("-?[0-9]{1,12}(\\.[0-9]{1,10})?")) {
      error(field, "“" + v + "”不是一个数字，请只填写数字，例如 3000.00。");
      return null;
    }
    return new BigDecimal(s);
  }

  private @Nullable Integer integer(String field) {
    Object v = body.get(field);
    if (v == null || v instanceof String s && s.isBlank()) {
      return null;
    }
    String s = v instanceof String str
        ? str.strip()
        : v instanceof Integer || v instanceof Long ? v.toString() : null;
    if (s == null || !s.matches("-?[0-9]{1,6}")) {
      error(field, "“" + v + "”不是整数，请填写整数。");
      return null;
    }
    return Integer.parseInt(s);
  }

  private @Nullable Boolean bool(String field) {
    Object v = body.get(field);
    if (v == null) {
      return null;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if ("true".equals(v) || "false".equals(v)) {
      return Boolean.parseBoolean((String) v);
    }
    error(field, field + " 应为 true 或 false。");
    return null;
  }

  private @Nullable String textOf(String field, String message) {
    Object v = body.get(field);
    if (v == null || v instanceof String s && s.isBlank()) {
      return null;
    }
    if (!(v instanceof String s)) {
      error(field, message);
      return null;
    }
    return s.strip();
  }
}
