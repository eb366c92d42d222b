package cn.xiangyang.portal.calculators.internal;

import cn.xiangyang.portal.calculators.FinalAward;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The entitlement calculators the HTTP API offers: name, Chinese title and description, the claim of an
 * application the result can be used for, and the input schema (JSON Schema 2020-12) that the request
 * parser follows field by field.
 */
final class CalculatorCatalog {

  private CalculatorCatalog() {}

  /**
   * @param name the path segment, e.g. economic-compensation
   * @param title the Chinese title
   * @param description what it computes, in Chinese
   * @param claimType the filing claim (ClaimType name) the amount can be claimed as; null for checks
   * @param page the portal page of the calculator
   * @param inputSchema the JSON Schema of the request body
   */
  record Entry(
      String name,
      String title,
      String description,
      @Nullable String claimType,
      String page,
      Map<String, Object> inputSchema) {}

  static final String MONEY_PATTERN = "^[0-9]{1,8}(\\.[0-9]{1,2})?$";

  static final List<Entry> ENTRIES = List.of(
      entry(
          "economic-compensation",
          "经济补偿",
          "解除或终止劳动合同的经济补偿（N）：按工作年限（满六个月按一年、不满六个月按半个月）乘以月工资，含最低工资保底、三倍封顶和12年上限、2008年以前的部分，以及未提前通知的代通知金（劳动合同法第四十条、第四十七条）。",
          "ECONOMIC_COMPENSATION",
          schema(
              List.of("start", "end", "monthlyWage"),
              date("start", "入职日期（用工之日）"),
              date("end", "劳动合同解除或终止的日期（最后一天）"),
              money("monthlyWage", "解除前12个月的平均应得月工资（税前，元）"),
              area(),
              money("averageMonthlyWage", "襄阳市上年度职工月平均工资（系统未录入时可自行填写，元）"),
              bool("withoutNotice", "用人单位依第四十条解除且未提前三十日书面通知（计算代通知金）"),
              money("lastMonthWage", "解除前上一个月的工资（代通知金，元；默认等于月工资）"))),
      entry(
          "unlawful-termination",
          "违法解除赔偿金",
          "用人单位违法解除或终止劳动合同的赔偿金：经济补偿标准的二倍（2N），年限自用工之日起计算；支付了赔偿金的不再支付经济补偿（劳动合同法第八十七条，实施条例第二十五条）。",
          "UNLAWFUL_TERMINATION_DAMAGES",
          schema(
              List.of("start", "end", "monthlyWage"),
              date("start", "入职日期（用工之日）"),
              date("end", "劳动合同被解除或终止的日期"),
              money("monthlyWage", "解除前12个月的平均应得月工资（税前，元）"),
              area(),
              money("averageMonthlyWage", "襄阳市上年度职工月平均工资（系统未录入时可自行填写，元）"))),
      entry(
          "double-wages",
          "未签劳动合同二倍工资",
          "入职超过一个月未签书面劳动合同的二倍工资差额：自满一个月的次日起，最多十一个月；满一年视为已订立无固定期限劳动合同。可能已过仲裁时效的月份单独列出（劳动合同法第八十二条，实施条例第六条、第七条）。",
          "DOUBLE_WAGES_NO_CONTRACT",
          schema(
              List.of("start", "end", "monthlyWage"),
              date("start", "入职日期（用工之日）"),
              date("end", "离职日期；仍在职的填今天"),
              money("monthlyWage", "月工资（元）"),
              date("contractSignedOn", "补签书面劳动合同的日期；从未签订的不填"),
              date("applyOn", "申请仲裁的日期（用于区分时效内外的月份；默认今天）"))),
      entry(
          "overtime-pay",
          "加班费",
          "加班工资：工作日延长按150%、休息日不能补休按200%、法定节假日按300%；小时工资 = 月工资 ÷ 21.75 ÷ 8，基数不低于当地最低工资；超过每月36小时的会提示（劳动法第四十一条、第四十四条）。",
          "OVERTIME_PAY",
          schema(
              List.of("monthlyWage"),
              money("monthlyWage", "劳动合同约定的月工资（加班费基数，元）"),
              hours("weekdayHours", "工作日延长工作的小时数"),
              hours("restDayHours", "休息日（周末）加班的小时数"),
              hours("holidayHours", "法定节假日加班的小时数"),
              bool("restDayTimeOff", "休息日加班已安排补休"),
              area(),
              month("month", "加班的月份（用于最低工资标准；默认本月）"),
              integer("months", "这些小时数共涉及几个月（默认 1）", 1, 120))),
      entry(
          "annual-leave-pay",
          "未休年休假工资",
          "应休未休年休假的工资报酬：日工资（月工资 ÷ 21.75）的300%，其中100%已随工资发放，还应另付200%；可按累计工作年限和入职、离职日期核对应休天数（职工带薪年休假条例第三条、第五条，实施办法第五条、第十条至第十二条）。",
          "ANNUAL_LEAVE_PAY",
          schema(
              List.of("monthlyWage", "unusedDays"),
              money("monthlyWage", "前12个月剔除加班工资后的月平均工资（元）"),
              integer("unusedDays", "应休未休的年休假天数", 0, 45),
              integer("cumulativeYears", "累计工作年限（所有单位合计，用于核对应休天数）", 0, 60),
              integer("year", "年休假所属年度（默认离职年度或今年）", 1990, 2100),
              date("joinedOn", "当年入职的，入职日期"),
              date("leftOn", "当年离职的，离职日期"),
              integer("takenDays", "当年已休的年休假天数", 0, 15))),
      entry(
          "minimum-wage-check",
          "最低工资标准查询",
          "某地区某月执行的最低工资标准（月标准和非全日制小时标准）、执行日期和发布文件，以及某月工资是否达标（不含加班工资和特殊津贴；劳动法第四十八条）。",
          null,
          schema(
              List.of("area", "month"),
              area(),
              month("month", "月份，例如 2026-01"),
              money("pay", "当月工资（不含加班工资和特殊条件津贴，元）"))),
      entry(
          "final-award",
          "终局裁决判断",
          "每项请求是否可能一裁终局：追索劳动报酬、工伤医疗费、经济补偿或赔偿金，每项不超过当地月最低工资标准十二个月金额的，以及执行国家劳动标准的争议（劳动争议调解仲裁法第四十七条，最高人民法院解释（一）第十九条）。",
          null,
          schema(
              List.of("claims", "area"),
              claims(),
              area(),
              date("on", "申请仲裁的日期（用于确定当时的最低工资标准；默认今天）"))));

  static Optional<Entry> find(String name) {
    return ENTRIES.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /** The input names of a calculator, in schema order. */
  @SuppressWarnings("unchecked")
  static List<String> inputs(Entry entry) {
    var properties = (Map<String, Object>) Objects.requireNonNull(
        entry.inputSchema().get("properties"), "every calculator schema lists its properties");
    return List.copyOf(properties.keySet());
  }

  private static Entry entry(
      String name,
      String title,
      String description,
      @Nullable String claimType,
      Map<String, Object> schema) {
    return new Entry(name, title, description, claimType, "/calculators/" + name, schema);
  }

  @SafeVarargs
  private static Map<String, Object> schema(
      List<String> required, Map.Entry<String, Map<String, Object>>... properties) {
    Map<String, Object> props = new LinkedHashMap<>();
    for (var p : properties) {
      props.put(p.getKey(), p.getValue());
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("type", "object");
    schema.put("properties", props);
    schema.put("required", required);
    schema.put("additionalProperties", false);
    return schema;
  }

  private static Map.Entry<String, Map<String, Object>> date(String name, String description) {
    return Map.entry(name, Map.of("type", "string", "format", "date", "description", description));
  }

  private static Map.Entry<String, Map<String, Object>> month(String name, String description) {
    return Map.entry(
        name,
        Map.of("type", "string", "pattern", "^[0-9]{4}-[0-9]{2}$", "description", description));
  }

  private static Map.Entry<String, Map<String, Object>> money(String name, String description) {
    return Map.entry(
        name,
        Map.of(
            "type",
            "string",
            "pattern",
            MONEY_PATTERN,
            "description",
            description + "；以字符串填写，最多两位小数"));
  }

  private static Map.Entry<String, Map<String, Object>> hours(String name, String description) {
    return Map.entry(
        name,
        Map.of(
            "type",
            "string",
            "pattern",
            "^[0-9]{1,5}(\\.[0-9]{1,2})?$",
            "description",
            description));
  }

  private static Map.Entry<String, Map<String, Object>> integer(
      String name, String description, int min, int max) {
    return Map.entry(
        name,
        Map.of("type", "integer", "minimum", min, "maximum", max, "description", description));
  }

  private static Map.Entry<String, Map<String, Object>> bool(String name, String description) {
    return Map.entry(name, Map.of("type", "boolean", "description", description));
  }

  private static Map.Entry<String, Map<String, Object>> area() {
    return Map.entry(
        "area",
        Map.of(
            "type",
            "string",
            "pattern",
            "^[a-z]{2,20}$",
            "description",
            "工作地区代码（见 GET /api/v1/areas），例如 fancheng"));
  }

  private static Map.Entry<String, Map<String, Object>> claims() {
    Map<String, Object> claim = Map.of(
        "type",
        "object",
        "properties",
        Map.of(
            "category",
                Map.of(
                    "type",
                    "string",
                    "enum",
                    Arrays.stream(FinalAward.Category.values()).map(Enum::name).toList(),
                    "description",
                    "请求类别：劳动报酬、工伤医疗费、经济补偿、赔偿金、执行国家劳动标准、其他"),
            "amount", Map.of("type", "string", "pattern", MONEY_PATTERN, "description", "请求金额（元）"),
            "label", Map.of("type", "string", "maxLength", 100, "description", "请求的名称（可选）")),
        "required",
        List.of("category"),
        "additionalProperties",
        false);
    return Map.entry(
        "claims",
        Map.of(
            "type", "array", "minItems", 1, "maxItems", 30, "items", claim, "description", "仲裁请求"));
  }
}
