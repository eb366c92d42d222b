package cn.xiangyang.portal.assistant.internal.situation;

import cn.xiangyang.portal.assistant.internal.situation.Situation.Asker;
import cn.xiangyang.portal.assistant.internal.situation.Situation.Ending;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the facts of an employment out of a story told in everyday Chinese: "去年3月进的厂", "干了3年半",
 * "月薪3000", "老板欠我两个月工资", "让我明天别来了", "一直没签合同", "樊城". Relative dates resolve against
 * the day the story is told. A fact the words do not state stays unknown; the reader never fills a gap
 * with a likely value.
 *
 * <p>Stateless and thread-safe.
 */
public final class FactReader {

  private static final String NUM = "(\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十百]+)";

  private static final Pattern EMPLOYER_VOICE =
      Pattern.compile("(我们|我司|本公司|公司|单位|厂里|我们厂|我们单位|我们公司|企业).{0,12}(员工|职工|工人|新来的|技术人员|派遣工|劳动者)"
          + "|(员工|职工|工人)(自己|突然|连续|请|在|离职|入职|到|表现|年中|不愿意|试用期)"
          + "|(我们|公司|单位)(想|要|能|能不能|可以|该|应该|会有|让).{0,8}(辞退|开除|解除|裁|签|处分|用|安排|处理|追究|怎么办|风险|应对|扣|交接)"
          + "|(我们|本)(是|单位|公司|厂)[^，。]{0,12}(厂|公司|单位|企业|超市|饭店)"
          + "|员工手册|职代会|我们的员工|被我们|告我们|我们(公司|单位|厂)?是(一家|做)|我们实行|我们(要|需要)(负责|承担)"
          + "|有个(员工|服务员|工人|职工)|一个(老)?员工|(他|她)招的工人|(员工|职工)刚好");
  private static final Pattern WORKER_VOICE =
      Pattern.compile("(我|俺|本人|我老公|我老婆|我妈|我爸|我儿子|我女儿|我们几个|我们工人|我们十几个人).{0,20}"
          + "(干|做|上班|工作|入职|进|欠|辞|开|炒|工资|合同|社保|加班|怀孕|受伤|摔|被)"
          + "|老板|包工头|(公司|厂里|单位|主管|领导).{0,8}(让我|叫我|把我|不给我|没给我|欠我|扣我|要我|给我|通知我|不让我|说我)"
          + "|被(辞退|开除|炒|裁|辞)|欠我|我的(工资|岗位|合同)|能要|能拿|能不能要|还能要|该找谁|找谁要|扣我们|欠我们|我们的钱|俺");
  // the worker's own harm: with these a story is the worker's even when it also speaks of "员工"
  private static final Pattern WORKER_HARM = Pattern.compile(
      "欠我|把我|让我|给我|扣我|我被|被(辞退|开除|炒|裁)|我的(工资|岗位)|我在|我是|扣我们|欠我们|俺|(辞退|开除|解除|炒|裁|调)我|我怀孕");

  private static final Pattern LABOR_MATTER =
      Pattern.compile("工资|工钱|老板|公司|单位|厂|上班|劳动|合同|辞退|开除|辞职|离职|社保|加班|工伤|试用期|仲裁|派遣|年假|产假|怀孕|包工头|工地"
          + "|补偿|赔偿|裁员|竞业|退休|最低工资|干活|干了活|入职|用工|岗位|保安|保洁|外卖|骑手");
  private static final Pattern STILL_EMPLOYED =
      Pattern.compile("还在(上班|干|做|厂里|公司)|现在还在|仍在|照常上班|一直(照常)?上班|接着上班|在职|还上着班");
  private static final Pattern NOT_EMPLOYED =
      Pattern.compile("(已经|已)(离职|辞职|不干|走了|离开)|离职(以后|后|了|的时候|快|的)|辞职(以后|后|了)|不干了|走的|出来的|从厂里出来|已经不在"
          + "|被(辞退|开除|炒|裁|辞)|辞退了|开除了|把我(辞|开|炒)了|别来了|不用来(上班)?了|不要我了|解除(了)?(劳动)?合同");

  private static final Pattern DISMISSED =
      Pattern.compile("辞退|开除|把我开了|开了我|被炒|炒了|炒鱿鱼|解雇|别来了|不用来(上班)?了|不要我了|让我走人|叫我走人|把我辞了|被辞"
          + "|(公司|单位|厂里|老板|厂)[^，。]{0,10}(解除|终止)[^，。]{0,6}(劳动)?合同|通知我解除|口头通知我解除|裁员名单里有我|被裁"
          + "|不符合录用条件把我|让我走(?!人)|终止(劳动)?(关系|合同)|回家等通知");
  private static final Pattern RESIGNED = Pattern.compile(
      "辞职(了|以后|后|的)|已经辞职|提出辞职|写了辞职信|辞职信|自己走|我走了|不干了|离职(了|以后|后|的|快|的时候)|已经离职|自愿离职|主动离开"
          + "|辞职[^。]{0,8}(不批|不让走)");
  private static final Pattern CONTRACT_EXPIRED =
      Pattern.compile("合同(快)?到期[^，。]{0,10}(不续|不再续|没续|不签了)|到期(后)?(公司|单位)?不续签");

  private static final Pattern NO_CONTRACT =
      Pattern.compile("(没|未|没有|从来没|一直没|还没|什么都没|都没)(跟我|和我|与我|给我|跟我们|和我们|跟员工)?(签|签订|订立)(过|了)?"
          + "(书面)?(劳动)?(合同)?"
          // "不签就扣奖金", "不签就走人": refusing to sign some paper is not a missing labor contract
          + "|(不|一直不|拖着不|还不)(跟我|和我|与我|给我|跟我们|和我们|跟员工)?(签|签订|订立)(书面)?(劳动)?合同"
          + "|不愿意签|不肯签|过了再签|再签合同|没有书面合同|无合同");
  private static final Pattern HAS_CONTRACT = Pattern.compile(
      "签合同的时候|合同上写|(?<![没未不])(签了|签订了|签过|签有|订立了)[^，。没不]{0,8}(劳动)?合同|合同(上)?(约定|写了|写的)|签了[一二两三四五六七八九十\\d]+年(的)?合同");

  private static final Pattern WAGE =
      Pattern.compile("(月薪|月工资|工资|每月|每个月|一个月|一月|底薪|转正后月薪|转正后)[^\\d零一二两三四五六七八九十，。；]{0,6}"
          + "(大概|大约|左右|差不多|才给|只有|只给|是)?" + NUM + "(千|k|K|块|元)?(钱)?(左右)?"
          + "|" + NUM + "(块|元)?(钱)?(一个月|每月|一月)");
  private static final Pattern MONTHS_OWED =
      Pattern.compile("(欠|拖|搞|扣|压)[^，。；]{0,8}?" + NUM + "个多?月的?(工资|工钱|钱)?"
          + "|" + NUM + "个多?月(的)?(工资|工钱|钱)[^，。；]{0,12}(都)?(没|不|未|再|等)(发|给|结)?"
          + "|(没发|不发|没给|不给)[^，。；]{0,4}" + NUM + "个多?月"
          + "|还有" + NUM + "个多?月(的)?(工资|工钱)");
  private static final Pattern AMOUNT_OWED =
      Pattern.compile("(欠(了)?(我)?|还有|没给|没结|扣着|拖欠)[^，。；\\d零一二两三四五六七八九十]{0,8}"
          + "(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]+万[一二两三四五六七八九]?千?|[一二两三四五六七八九十]+千)(块|元|万)?"
          + "|(工资|工钱)(\\d+(?:\\.\\d+)?)(块|元)?[^，。；]{0,6}(没给|还没给|没发|不给|没结)");
  private static final Pattern SERVICE_SO_FAR =
      Pattern.compile("(都|已经|快|有)" + NUM + "(年|个多月|个月)(半|多)?了|(干了|做了|工作了)半年");
  private static final Pattern SERVICE =
      Pattern.compile("(干了|做了|工作了|上了|干|做|工作|入职|在这干了|在公司做了|在厂里干了|进厂|来了)" + NUM + "(年|个多月|个月)(半|多)?(零"
          + NUM + "个月)?");

  private static final Pattern ABSOLUTE_DATE = Pattern.compile(
      "(20\\d\\d)\\s*[年./-]\\s*(\\d{1,2})\\s*(?:月份?)?(?:\\s*[./-]?\\s*(\\d{1,2})\\s*[日号]?)?");
  private static final Pattern RELATIVE_DATE = Pattern.compile("(今年|去年|前年|大前年)(年初|年中|年底|底|初|" + NUM
      + "月份?(?:(\\d{1,2}|[一二三四五六七八九十]+)[日号])?)" + "|(上个月|上月|这个月|本月|上周|上个星期|昨天|前天|今天)");
  private static final Pattern START_CUE = Pattern.compile("入职|进|开始|来的|来到|入的职|上班的|任|做|干活");
  private static final Pattern END_CUE =
      Pattern.compile("离职|辞退|开除|走的|出来|被炒|解除|不干|辞职|离开|不续|到期|别来|不用来|通知|被裁|裁员|走人");

  /** Words that end a job, looked for in the rest of a dated sentence ({@link #dates}). */
  private static final Pattern ENDED_IN_SENTENCE = Pattern.compile(
      "别来了|不用来了|不要来了|辞退|开除|被炒|炒了|解除(了)?(劳动)?(合同|关系)|被裁|离职了|辞职了|走人|不让(我)?(进厂|上班|进门)");

  // an employer named the way it is registered ("襄阳华宇机械有限公司", "东风汽车配件厂"), not "一家公司", "厂里"
  private static final Pattern EMPLOYER_NAME = Pattern.compile(
      "(?:在|进了?|去了?|给|被)([\\p{IsHan}A-Za-z0-9（）()]{2,24}?(?:股份有限公司|有限责任公司|有限公司|集团|公司|工厂|厂|超市|酒店|饭店|物业|商场))"
          + "(?=上班|工作|干|做|打工|当|务工|的|，|。|里|，|把|让|说|辞|开|欠|没|不|一直|$)");
  private static final Pattern NOT_A_NAME =
      Pattern.compile("^(一家|一个|这家|那家|这个|那个|我们|他们|现在的|原来的|之前的|以前的|个|家|本|该|新|老|小|大|私人|外地|本地)|里$|的");
  // filler between words and a number: never a digit or numeral, or "十二天" would be read as "二天"
  private static final String FILL = "[^，。；\\d零一二两三四五六七八九十百半小]";
  private static final String HOURS = "(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十半]+)";
  // "一共加班了60个小时", "平时加班40小时", "工作日加班了二十个小时"
  private static final Pattern WEEKDAY_TOTAL =
      Pattern.compile("(工作日|平时|下班后|晚上)[^，。；]{0,4}加(了)?班" + FILL + "{0,4}" + HOURS + "个?(多)?小时"
          + "|(一共|总共|累计|加起来)" + FILL + "{0,4}加(了)?班" + FILL + "{0,4}" + HOURS + "个?(多)?小时");
  // "每天加班3小时，加了20天", "每天多干2个小时，干了一个月"
  private static final Pattern WEEKDAY_DAILY =
      Pattern.compile("每天(晚上)?(都)?(加班|多干|多上|延长)" + HOURS + "个?小时");
  private static final Pattern DAYS_COUNT =
      Pattern.compile("(加了|干了|持续了|连续|一共|总共)" + HOURS + "(个)?(天|工作日)");
  private static final String REST = "(周末|周六|周日|星期六|星期天|星期日|礼拜六|礼拜天|休息日|双休日|双休)";
  private static final Pattern REST_DAY_HOURS =
      Pattern.compile(REST + FILL + "{0,4}(加班|上班|干活)(了)?" + FILL + "{0,3}" + HOURS + "个?小时");
  private static final Pattern REST_DAY_DAYS =
      Pattern.compile(REST + FILL + "{0,4}(加班|上班|干活|值班)(了)?" + FILL + "{0,3}" + HOURS
          + "(个)?(天|个周末|个周六)" + "|(加了|上了)" + HOURS + "个(周六|周日|周末|休息日)");
  private static final String HOLIDAY = "(国庆|春节|五一|劳动节|法定节假日|法定假日|节假日|元旦|清明|端午|中秋|过年)";
  private static final Pattern HOLIDAY_HOURS =
      Pattern.compile(HOLIDAY + FILL + "{0,6}(加班|上班|值班|干活)(了)?" + FILL + "{0,3}" + HOURS + "个?小时");
  private static final Pattern HOLIDAY_DAYS =
      Pattern.compile(HOLIDAY + FILL + "{0,6}(加班|上班|值班|干活)(了)?" + FILL + "{0,3}" + HOURS + "(个)?天");
  // "年假10天一天没休", "5天年假都没休", "还有7天年休假没休", "没休的年假有5天"
  private static final Pattern LEAVE_DAYS =
      Pattern.compile(HOURS + "天(的)?(年假|年休假|带薪年假)[^，。；]{0,6}(没|未|不让|一天都没)"
          + "|(年假|年休假)" + FILL + "{0,4}" + HOURS + "天[^，。；]{0,6}(没|未|不让|一天都没)"
          + "|(没休|没有休|未休)(的)?(年假|年休假)" + FILL + "{0,3}" + HOURS + "天");

  private static final Map<String, String> AREAS = new LinkedHashMap<>();

  static {
    AREAS.put("襄城", "xiangcheng");
    AREAS.put("樊城", "fancheng");
    AREAS.put("襄州", "xiangzhou");
    AREAS.put("老河口", "laohekou");
    AREAS.put("枣阳", "zaoyang");
    AREAS.put("宜城", "yicheng");
    AREAS.put("南漳", "nanzhang");
    AREAS.put("谷城", "gucheng");
    AREAS.put("保康", "baokang");
    AREAS.put("高新区", "gaoxin");
    AREAS.put("高新技术", "gaoxin");
    AREAS.put("经开区", "jingkai");
    AREAS.put("经济技术开发区", "jingkai");
    AREAS.put("东津", "jingkai");
    AREAS.put("鱼梁洲", "yuliangzhou");
  }

  static final Pattern INJURED = Pattern.compile(
      "工伤|受伤|受了伤|摔伤|摔断|摔下来|砸伤|压断|压伤|切断|切伤|被切|手被|缝了|烫伤|骨折|被车撞|撞了|车祸|伤残|截肢|职业病|尘肺" + "|断了手指|手指断");
  private static final Pattern PREGNANT = Pattern.compile("怀孕|孕期|怀了孩子|有了身孕|孕妇|怀上");
  private static final Pattern DISPATCHED = Pattern.compile("派遣|劳务公司派|被派到|外包公司派");

  private static final Map<String, String> AREA_NAMES = Map.ofEntries(
      Map.entry("xiangcheng", "襄城区"),
      Map.entry("fancheng", "樊城区"),
      Map.entry("xiangzhou", "襄州区"),
      Map.entry("laohekou", "老河口市"),
      Map.entry("zaoyang", "枣阳市"),
      Map.entry("yicheng", "宜城市"),
      Map.entry("nanzhang", "南漳县"),
      Map.entry("gucheng", "谷城县"),
      Map.entry("baokang", "保康县"),
      Map.entry("gaoxin", "襄阳高新区"),
      Map.entry("jingkai", "襄阳经开区（东津新区）"),
      Map.entry("yuliangzhou", "鱼梁洲经济开发区"));

  /** The display name of an area code this reader returns, or the code itself. */
  public static String areaName(String code) {
    return AREA_NAMES.getOrDefault(code, code);
  }

  /** The situation that {@code text} describes, with relative dates resolved against {@code today}. */
  public Situation read(String text, LocalDate today) {
    String story = normalise(text);
    Ending ending = ending(story);
    Boolean stillEmployed = stillEmployed(story, ending);
    DateFacts dates = dates(story, today);
    return new Situation(
        asker(story),
        dates.start,
        dates.end,
        stillEmployed,
        ending,
        writtenContract(story),
        wage(story),
        monthsOwed(story),
        amountOwed(story),
        service(story),
        area(story),
        INJURED.matcher(story).find(),
        PREGNANT.matcher(story).find(),
        DISPATCHED.matcher(story).find(),
        employer(story),
        weekdayOvertime(story),
        hoursOrDays(REST_DAY_HOURS, REST_DAY_DAYS, story),
        hoursOrDays(HOLIDAY_HOURS, HOLIDAY_DAYS, story),
        unusedLeaveDays(story),
        today);
  }

  /**
   * The text with digits in ASCII and clause punctuation in its Chinese form, whichever way it was typed
   * (or normalised to NFKC on the way in, which turns "，" into ","): the rules split clauses at "，。；？".
   */
  static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (c >= 0xFF10 && c <= 0xFF19) {
        out.append((char) ('0' + (c - 0xFF10)));
      } else {
        switch (c) {
          case ',' -> out.append('，');
          case ';' -> out.append('；');
          case '?' -> out.append('？');
          case '!' -> out.append('！');
          default -> out.appendCodePoint(c);
        }
      }
    });
    return out.toString();
  }

  private static Asker asker(String story) {
    boolean employer = EMPLOYER_VOICE.matcher(story).find();
    boolean worker = WORKER_VOICE.matcher(story).find();
    if (employer && !worker) {
      return Asker.EMPLOYER;
    }
    if (worker && !employer) {
      return Asker.WORKER;
    }
    if (employer) {
      // both: "我们厂…工人离职了要告我们" speaks as the employer; "公司让我…" as the worker
      return WORKER_HARM.matcher(story).find() ? Asker.WORKER : Asker.EMPLOYER;
    }
    // Most people who ask are workers, and a story that is not told from the employer's side is
    // read as
    // the worker's own. It is an assumption the person sees ("我理解的情况") and can correct in one tap.
    return LABOR_MATTER.matcher(story).find() ? Asker.WORKER : Asker.UNKNOWN;
  }

  private static Ending ending(String story) {
    if (DISMISSED.matcher(story).find()) {
      return Ending.DISMISSED;
    }
    if (CONTRACT_EXPIRED.matcher(story).find() && !STILL_EMPLOYED.matcher(story).find()) {
      return Ending.CONTRACT_EXPIRED;
    }
    if (RESIGNED.matcher(story).find()) {
      return Ending.RESIGNED;
    }
    return Ending.UNKNOWN;
  }

  private static @Nullable Boolean stillEmployed(String story, Ending ending) {
    if (STILL_EMPLOYED.matcher(story).find()) {
      return true;
    }
    if (NOT_EMPLOYED.matcher(story).find()) {
      // "公司要辞退我" is a threat, not yet the end
      Matcher threat = Pattern.compile("(要|想|准备|打算)(辞退|开除|解除|裁)").matcher(story);
      if (ending == Ending.DISMISSED
          && threat.find()
          && !Pattern.compile("被(辞退|开除|炒|裁)|别来了|不用来").matcher(story).find()) {
        return null;
      }
      return false;
    }
    return null;
  }

  private static @Nullable Boolean writtenContract(String story) {
    if (NO_CONTRACT.matcher(story).find() && !HAS_CONTRACT.matcher(story).find()) {
      return false;
    }
    if (HAS_CONTRACT.matcher(story).find()) {
      return true;
    }
    return null;
  }

  private static @Nullable BigDecimal wage(String story) {
    Matcher m = WAGE.matcher(story);
    // a match that is no wage ("工资一" of "工资一个月3915") is retried one character on, not after its
    // end,
    // so that a wage overlapping it is still found
    for (int from = 0; from < story.length() && m.find(from); from = m.start() + 1) {
      String number = m.group(3) != null ? m.group(3) : m.group(7);
      String unit = m.group(3) != null ? m.group(4) : m.group(8);
      BigDecimal value = ChineseNumbers.amount(number);
      if (value == null) {
        continue;
      }
      if ("千".equals(unit) || "k".equalsIgnoreCase(unit)) {
        value = value.multiply(BigDecimal.valueOf(1000));
      }
      // a monthly wage is hundreds to tens of thousands of yuan; "一个月3天" or "12个小时" are not wages
      if (value.compareTo(BigDecimal.valueOf(300)) >= 0
          && value.compareTo(BigDecimal.valueOf(200_000)) <= 0) {
        return value.stripTrailingZeros().scale() < 0
            ? value.setScale(0)
            : value.stripTrailingZeros();
      }
    }
    return null;
  }

  private static @Nullable Integer monthsOwed(String story) {
    Matcher m = MONTHS_OWED.matcher(story);
    while (m.find()) {
      String number = m.group(2) != null
          ? m.group(2)
          : m.group(4) != null ? m.group(4) : m.group(11) != null ? m.group(11) : m.group(12);
      BigDecimal value = ChineseNumbers.amount(number);
      if (value != null && value.signum() > 0 && value.compareTo(BigDecimal.valueOf(120)) <= 0) {
        return value.intValue();
      }
    }
    return null;
  }

  private static @Nullable BigDecimal amountOwed(String story) {
    Matcher m = AMOUNT_OWED.matcher(story);
    while (m.find()) {
      String number = m.group(4) != null ? m.group(4) : m.group(7);
      String unit = m.group(4) != null ? m.group(5) : null;
      BigDecimal value = ChineseNumbers.amount(number);
      if (value == null) {
        continue;
      }
      if ("万".equals(unit)) {
        value = value.multiply(BigDecimal.valueOf(10_000));
      }
      if (value.compareTo(BigDecimal.valueOf(100)) >= 0) {
        return value.stripTrailingZeros().scale() < 0
            ? value.setScale(0)
            : value.stripTrailingZeros();
      }
    }
    return null;
  }

  private static @Nullable Integer service(String story) {
    Matcher m = SERVICE.matcher(story);
    while (m.find()) {
      BigDecimal n = ChineseNumbers.amount(m.group(2));
      if (n == null) {
        continue;
      }
      int months =
          "年".equals(m.group(3)) ? n.multiply(BigDecimal.valueOf(12)).intValue() : n.intValue();
      if ("半".equals(m.group(4)) && "年".equals(m.group(3))) {
        months += 6;
      }
      if (m.group(6) != null) {
        BigDecimal extra = ChineseNumbers.amount(m.group(6));
        months += extra == null ? 0 : extra.intValue();
      }
      if (months > 0 && months <= 600) {
        return months;
      }
    }
    Matcher so = SERVICE_SO_FAR.matcher(story);
    if (so.find()) {
      if (so.group(2) == null) {
        return 6;
      }
      BigDecimal n = ChineseNumbers.amount(so.group(2));
      if (n != null && n.signum() > 0) {
        int months = "年".equals(so.group(3))
            ? n.intValue() * 12 + ("半".equals(so.group(4)) ? 6 : 0)
            : n.intValue();
        return months <= 600 ? months : null;
      }
    }
    return null;
  }

  private static @Nullable String employer(String story) {
    Matcher m = EMPLOYER_NAME.matcher(story);
    while (m.find()) {
      String name = m.group(1);
      if (!NOT_A_NAME.matcher(name).find() && name.length() >= 4) {
        return name;
      }
    }
    return null;
  }

  private static @Nullable BigDecimal weekdayOvertime(String story) {
    Matcher total = WEEKDAY_TOTAL.matcher(story);
    if (total.find()) {
      return hours(lastNumber(total));
    }
    Matcher daily = WEEKDAY_DAILY.matcher(story);
    if (daily.find()) {
      BigDecimal perDay = hours(daily.group(4));
      Matcher days = DAYS_COUNT.matcher(story.substring(daily.end()));
      if (perDay != null && days.find()) {
        BigDecimal n = hours(days.group(2));
        return n == null ? null : perDay.multiply(n).stripTrailingZeros();
      }
    }
    return null;
  }

  /** The hours a pattern names, else its days at eight hours a day. */
  private static @Nullable BigDecimal hoursOrDays(Pattern hours, Pattern days, String story) {
    Matcher h = hours.matcher(story);
    if (h.find()) {
      return hours(lastNumber(h));
    }
    Matcher d = days.matcher(story);
    if (d.find()) {
      BigDecimal n = hours(lastNumber(d));
      return n == null ? null : n.multiply(BigDecimal.valueOf(8)).stripTrailingZeros();
    }
    return null;
  }

  private static @Nullable String lastNumber(Matcher m) {
    String found = null;
    for (int g = 1; g <= m.groupCount(); g++) {
      String v = m.group(g);
      if (v != null && v.matches("\\d+(?:\\.\\d+)?|[一二两三四五六七八九十半]+")) {
        found = v;
      }
    }
    return found;
  }

  private static @Nullable BigDecimal hours(@Nullable String text) {
    if (text == null) {
      return null;
    }
    BigDecimal v = "半".equals(text) ? new BigDecimal("0.5") : ChineseNumbers.amount(text);
    // more than a year's worth of overtime in one sentence is a misreading, not a claim
    return v == null || v.signum() <= 0 || v.compareTo(BigDecimal.valueOf(3000)) > 0
        ? null
        : v.stripTrailingZeros();
  }

  private static @Nullable Integer unusedLeaveDays(String story) {
    Matcher m = LEAVE_DAYS.matcher(story);
    while (m.find()) {
      if (NONE_TAKEN.matcher(m.group()).find()) {
        // "一天年假都没休" says none was taken, not that one day is left
        continue;
      }
      BigDecimal days = hours(lastNumber(m));
      if (days != null && days.scale() <= 0 && days.intValue() <= 45) {
        return days.intValue();
      }
    }
    return null;
  }

  private static final Pattern NONE_TAKEN =
      Pattern.compile("^一天(的)?(年假|年休假|带薪年假)?[^，。；]{0,2}(都|也)(没|不)");

  private static @Nullable String area(String story) {
    for (Map.Entry<String, String> e : AREAS.entrySet()) {
      if (story.contains(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  private record DateFacts(
      @Nullable LocalDate start, @Nullable LocalDate end) {}

  private record Dated(LocalDate date, int at, int until) {}

  private static DateFacts dates(String story, LocalDate today) {
    List<Dated> found = new ArrayList<>();
    Matcher a = ABSOLUTE_DATE.matcher(story);
    while (a.find()) {
      LocalDate d = date(Integer.parseInt(a.group(1)), Integer.parseInt(a.group(2)), a.group(3));
      if (d != null) {
        found.add(new Dated(d, a.start(), a.end()));
      }
    }
    Matcher r = RELATIVE_DATE.matcher(story);
    while (r.find()) {
      LocalDate d = relative(r, today);
      if (d != null
          && found.stream().noneMatch(x -> x.at() <= r.start() && r.start() < x.until())) {
        found.add(new Dated(d, r.start(), r.end()));
      }
    }
    found.sort((x, y) -> Integer.compare(x.at(), y.at()));
    LocalDate start = null;
    LocalDate end = null;
    for (Dated d : found) {
      String after = story.substring(d.until(), Math.min(story.length(), d.until() + 14));
      String before = story.substring(Math.max(0, d.at() - 6), d.at());
      String clause = clause(after);
      boolean endCue = END_CUE.matcher(clause).find() || END_CUE.matcher(before).find();
      boolean startCue = START_CUE.matcher(clause).find()
          || Pattern.compile("入职|进").matcher(before).find();
      if (endCue && !startCue) {
        end = end == null ? d.date() : end;
      } else if (startCue && !endCue) {
        start = start == null ? d.date() : start;
      } else if (startCue) {
        // "2025年1月1日入职…2025年8月31日走的": the first cue word after the date decides
        Matcher s = START_CUE.matcher(clause);
        Matcher e = END_CUE.matcher(clause);
        boolean startFirst = s.find() && (!e.find() || s.start() <= e.start());
        if (startFirst && start == null) {
          start = d.date();
        } else if (!startFirst && end == null) {
          end = d.date();
        }
      }
    }
    if (end == null) {
      // "2026年9月5号那天我又去问工资，老板说……明天别来了": the date of the day it ended, with the words that
      // ended it later in the same sentence. Only words that end a job count here (not 通知, 出来, 到期).
      for (Dated d : found) {
        String sentence =
            sentence(story.substring(d.until(), Math.min(story.length(), d.until() + 60)));
        boolean startsHere = START_CUE
            .matcher(clause(story.substring(d.until(), Math.min(story.length(), d.until() + 14))))
            .find();
        if (!startsHere
            && ENDED_IN_SENTENCE.matcher(sentence).find()
            && (start == null || !d.date().isBefore(start))) {
          end = d.date();
          break;
        }
      }
    }
    return new DateFacts(start, end);
  }

  private static String sentence(String after) {
    int stop = after.length();
    for (int i = 0; i < after.length(); i++) {
      char c = after.charAt(i);
      if (c == '。' || c == '！' || c == '？' || c == '?' || c == '!' || c == '\n') {
        stop = i;
        break;
      }
    }
    return after.substring(0, stop);
  }

  private static String clause(String after) {
    int stop = after.length();
    for (int i = 0; i < after.length(); i++) {
      char c = after.charAt(i);
      if (c == '，' || c == '。' || c == '；' || c == ',' || c == '!' || c == '？' || c == '?') {
        stop = i;
        break;
      }
    }
    return after.substring(0, stop);
  }

  private static @Nullable LocalDate relative(Matcher r, LocalDate today) {
    if (r.group(5) != null) {
      return switch (r.group(5)) {
        case "上个月", "上月" -> today.minusMonths(1).withDayOfMonth(1);
        case "这个月", "本月" -> today.withDayOfMonth(1);
        case "上周", "上个星期" -> today.minusWeeks(1);
        case "昨天" -> today.minusDays(1);
        case "前天" -> today.minusDays(2);
        default -> today;
      };
    }
    int year = switch (r.group(1)) {
      case "今年" -> today.getYear();
      case "去年" -> today.getYear() - 1;
      case "前年" -> today.getYear() - 2;
      default -> today.getYear() - 3;
    };
    String when = r.group(2);
    return switch (when) {
      case "年初", "初" -> LocalDate.of(year, 1, 1);
      case "年中" -> LocalDate.of(year, 6, 1);
      // "年底" names no day: the last month is the honest reading, its first day the conservative one
      case "年底", "底" -> LocalDate.of(year, 12, 1);
      default -> {
        BigDecimal month = ChineseNumbers.amount(r.group(3));
        yield month == null ? null : date(year, month.intValue(), r.group(4));
      }
    };
  }

  private static @Nullable LocalDate date(int year, int month, @Nullable String day) {
    try {
      if (day == null) {
        return YearMonth.of(year, month).atDay(1);
      }
      BigDecimal d = ChineseNumbers.amount(day);
      return d == null
          ? YearMonth.of(year, month).atDay(1)
          : LocalDate.of(year, month, d.intValue());
    } catch (DateTimeException e) {
      return null;
    }
  }
}
