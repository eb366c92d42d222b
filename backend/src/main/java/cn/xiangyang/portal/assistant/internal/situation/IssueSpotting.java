package cn.xiangyang.portal.assistant.internal.situation;

import cn.xiangyang.portal.assistant.internal.situation.Situation.Asker;
import cn.xiangyang.portal.assistant.internal.situation.Situation.Ending;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds every legal issue a story raises, not only the one its words lean on most: cue words (including
 * the colloquial and dialect ways workers put things, "搞了我三个月的钱", "让我明天别来了") and rules over the
 * facts read from it (no written contract → double wages; wages owed and the worker wants to leave →
 * the right to resign under 第三十八条 with compensation; a job that ended long ago → limitation).
 *
 * <p>Stateless and thread-safe.
 */
public final class IssueSpotting {

  /** Why a question is outside what the assistant answers. */
  public enum OutOfScope {
    FOREIGN_LAW("外国或港澳台地区的法律"),
    FAMILY("婚姻家庭、继承"),
    CRIMINAL("刑事案件"),
    TAX("税务"),
    OTHER_CIVIL("其他民事纠纷"),
    NOT_LEGAL("与法律无关");

    private final String label;

    OutOfScope(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * What the story raises.
   *
   * @param situation the facts read from it
   * @param issues the issues, in the order an answer should take them
   * @param outOfScope why the assistant should not answer it, or {@code null} when it should
   */
  public record Diagnosis(
      Situation situation,
      List<LegalIssue> issues,
      @Nullable OutOfScope outOfScope) {
    public boolean answerable() {
      return outOfScope == null;
    }
  }

  // the order of the answer: money owed now first, then how the job ended and what follows, then
  // the rest
  private static final List<LegalIssue> ORDER = List.of(
      LegalIssue.UNPAID_WAGES,
      LegalIssue.UNLAWFUL_DISMISSAL,
      LegalIssue.RESIGN_FOR_CAUSE,
      LegalIssue.ECONOMIC_COMPENSATION,
      LegalIssue.DOUBLE_WAGES,
      LegalIssue.WORK_INJURY,
      LegalIssue.PREGNANCY,
      LegalIssue.OVERTIME_PAY,
      LegalIssue.SOCIAL_INSURANCE,
      LegalIssue.WAIVER,
      LegalIssue.DEPOSIT,
      LegalIssue.ANNUAL_LEAVE,
      LegalIssue.PROBATION,
      LegalIssue.TRANSFER_PAY_CUT,
      LegalIssue.RULES_PROCEDURE,
      LegalIssue.DISPATCH,
      LegalIssue.NON_COMPETE,
      LegalIssue.RESIGNATION_NOTICE,
      LegalIssue.MINIMUM_WAGE,
      LegalIssue.RETIREMENT,
      LegalIssue.CONFIRM_RELATIONSHIP,
      LegalIssue.LIMITATION);

  // Broad issues that many words touch ("不给钱", "记过", "补偿给多少"): when the story gives no fact that
  // makes one of them its point, the narrower issue it is really about comes first, so that the
  // answer
  // opens with the question asked ("周六加班给调休不给钱" is about overtime, not wage arrears).
  private static final Set<LegalIssue> BROAD = EnumSet.of(
      LegalIssue.UNPAID_WAGES,
      LegalIssue.UNLAWFUL_DISMISSAL,
      LegalIssue.ECONOMIC_COMPENSATION,
      LegalIssue.DOUBLE_WAGES);
  private static final Pattern WAGES_OWED = Pattern.compile(
      "欠(了)?(我|我们)?[^，。]{0,8}(工资|工钱)|拖欠|欠薪|讨薪|(工资|工钱)[^，。]{0,10}(没发|不发|没结|未发|不给|没给)|不按时发");
  private static final Pattern NOTICE_POINT =
      Pattern.compile("提前|通知|不批|不让走|不让我走|不辞而别|没打招呼|突然不来|违约金|赔(钱|偿)|扣着档案|交接|自动离职");
  // Issues that set the frame the others are judged in: who the employer is (派遣), whether labor law
  // still applies in full (退休).
  private static final Set<LegalIssue> FRAME =
      EnumSet.of(LegalIssue.DISPATCH, LegalIssue.RETIREMENT);
  // "站长说我们是劳务关系不是劳动关系": whether labor law applies at all comes before what it gives
  private static final Pattern RELATIONSHIP_DISPUTED =
      Pattern.compile("不是劳动关系|劳务关系|合作关系|不是(他们|我们|公司|平台)的?(员工|人)|说我不是(员工|他们的人)|不承认(我|是)");
  private static final Pattern NOT_RETIRED = Pattern.compile("(没|未|不)到退休|还没(有)?退休|没有领养老金|没领养老金");
  private static final Pattern COMPENSATION_POINT =
      Pattern.compile("经济补偿|补偿金|裁员|工龄|[Nn]\\s*(加|\\+)\\s*[1一]");

  private static final Map<LegalIssue, Pattern> CUES = new EnumMap<>(LegalIssue.class);

  static {
    CUES.put(
        LegalIssue.UNPAID_WAGES,
        Pattern.compile(
            "欠(了)?(我|我们)?[^，。]{0,8}(工资|工钱|钱|薪)|拖欠|拖(了)?[^，。]{0,6}(工资|工钱)|工资[^，。]{0,10}(没发|不发|没给|不给|没结|未发|拖|欠|晚发|克扣)"
                + "|(不给|没给|不结|没结|不发|没发)[^，。]{0,4}(钱|工钱|工资)|干了活不给钱|搞了我[^，。]{0,8}钱|钱不给|工钱[^，。]{0,6}(没结|不给)"
                + "|克扣|扣(了|着)?[^，。]{0,6}(工资|钱|块|元)|工资里(面)?扣|扣我|工资(还)?(要|用|需要|得)给(吗|吧|不)|工资先欠|晚发工资|不按时发|只发[\\d一二三四五六七八九]|每月只发|按这个扣"
                + "|包工头跑了|老板跑了|人找不到了|年底(一起|统一)?(结|发)|不认账|没要到|工资被|要工资|讨薪|欠薪"
                + "|一分钱(工资)?(都)?(没|没有|不)(结|给|发)?|工资一分钱没有|(不发|只发)生活费|只按平时算|压着|年终奖|工资还能要|要回来|考核了再发"
                + "|工资[^，。]{0,12}(等|再给|再发)|没有工资|扣(他|她|我)?[^，。]{0,6}工资|购物卡|算不算工资|不给钱|折成钱"));
    CUES.put(
        LegalIssue.DOUBLE_WAGES,
        Pattern.compile(
            "(没|未|不|没有|一直没|拖着不|还不)(跟我|和我|跟员工)?签[^，。]{0,4}合同|合同[^，。]{0,4}(没签|不签|未签)|不签合同|二倍工资|双倍工资"
                + "|(没|未)[^，。]{0,4}续签|不愿意签[^，。]{0,4}合同|没签过合同"));
    CUES.put(
        LegalIssue.UNLAWFUL_DISMISSAL,
        Pattern.compile(
            "辞退|开除|把我开了|被炒|炒了我|炒鱿鱼|解雇|别来了|不用来(上班)?了|不要(我|我们|他|她)们?了|(算|视为|按|当作?)(你|我|我们|他|她)?(是)?自动离职|让我走人|被辞|违法解除|赔偿金|辞了我|把我辞了"
                + "|(公司|单位|厂里|老板)[^，。]{0,10}(解除|终止)[^，。]{0,6}(劳动)?合同|通知我解除|直接解除|能不能[^，。]{0,6}解除|可以解除|能解除"
                + "|不符合录用条件|随时辞退|处分员工|追究|记过|旷工|能力不行|不服从安排|让我走(?!人)|终止劳动关系|终止(劳动)?合同"
                + "|回家等通知|算不算被辞退|不给转正|让我(自己)?写辞职|逼(我)?辞职|劝退|就走人|要我们[^，。]{0,6}走|缩减人员|人员优化"));
    CUES.put(
        LegalIssue.ECONOMIC_COMPENSATION,
        Pattern.compile("经济补偿|补偿金|裁员|裁掉|能拿补偿|有没有补偿|给多少补偿|要补偿|补偿给|工龄不算|给我一个月工资的补偿|搬到外地|搬迁|重新签合同"
            + "|不续签|有补偿吗|拿补偿|[Nn]\\s*(加|\\+)\\s*[1一]|优化|补偿怎么算|被收购|工龄从头算"
            + "|关门|倒闭|停产|关了|不安排就解除|外包|(场子|厂子|店|公司|厂|场)[^，。]{0,4}(卖了|转让|转手|被卖)|新老板|换了老板|给补偿|补偿吗"));
    CUES.put(
        LegalIssue.RESIGN_FOR_CAUSE,
        Pattern.compile("(因为|以)(这个|公司|单位|老板|欠|拖|没交|不交|没给|不给)[^，。]{0,12}(辞职|离职)|被迫(辞职|离职|解除)"));
    CUES.put(
        LegalIssue.OVERTIME_PAY,
        Pattern.compile(
            "加班|干(到|了)?(晚上)?[^，。]{0,4}(十|10|11|12|十一|十二)(个)?(小时|点)|每天[^，。]{0,6}(\\d{2}|十[一二三四]?)个?小时|一个月只休|只休[一两二]天"
                + "|休息日|周末上班|节假日上班|国庆节[^，。]{0,6}上班|综合工时|调休|工时|早上[^，。]{0,6}干到晚上"
                + "|值班|三倍工资|单休|双休|(\\d{2}|十[一二三四]?)个?小时(的)?班|春节[^，。]{0,6}(上班|值班)"));
    CUES.put(
        LegalIssue.DEPOSIT, Pattern.compile("押金|扣(了|着|押)?[^，。]{0,4}(身份证|证件|毕业证|档案|原件)|担保金|保证金"));
    CUES.put(LegalIssue.ANNUAL_LEAVE, Pattern.compile("年假|年休假|带薪休假"));
    CUES.put(LegalIssue.SOCIAL_INSURANCE, Pattern.compile("社保|社会保险|五险|养老保险|医保|医疗保险|失业保险|工伤保险|公积金"));
    CUES.put(LegalIssue.WORK_INJURY, FactReader.INJURED);
    CUES.put(LegalIssue.PREGNANCY, Pattern.compile("怀孕|孕期|产假|产检|哺乳|喂奶|生孩子|生育|流产|三期"));
    CUES.put(LegalIssue.PROBATION, Pattern.compile("试用期|转正|录用条件"));
    CUES.put(LegalIssue.NON_COMPETE, Pattern.compile("竞业|保密协议|竞争对手|商业秘密|违约金"));
    CUES.put(LegalIssue.DISPATCH, Pattern.compile("派遣|退回|用工单位|劳务公司派|劳务外包|外包公司(派|招|签)|跟外包公司|外包到"));
    CUES.put(
        LegalIssue.RULES_PROCEDURE,
        Pattern.compile("规章制度|员工手册|考勤制度|职代会|职工代表大会|职工大会|民主程序|公示|制度里写|规定[^，。]{0,4}有效"));
    CUES.put(
        LegalIssue.RESIGNATION_NOTICE,
        Pattern.compile(
            "(想|要|我|写了|提交|提前)[^，。]{0,6}(辞职|离职)(?!以后|后)|不批|不让走|不让我走|扣着档案|提前[^，。]{0,6}(说|通知|天)|突然不来了|自己辞职"
                + "|辞职信|辞职报告(?!，我没写)|干满|不来了|没打招呼|不辞而别|自动离职|提出辞职|交接"));
    CUES.put(
        LegalIssue.LIMITATION,
        Pattern.compile(
            "时效|还能(申请|告|要|仲裁)|还来得及|(现在|如今)?还(可以|能)[^，。]{0,4}(申请|告|要|仲裁)|过了[^，。]{0,4}(多久|时间)|[一二三两\\d]年前|拖着没去|一直没去告"));
    CUES.put(
        LegalIssue.CONFIRM_RELATIONSHIP,
        Pattern.compile("证明[^，。]{0,6}(我是|劳动关系|是他们)|确认劳动关系|劳动关系|没有工牌|包工头|承包|挂靠|转包|分包"
            + "|不是(他们|我们|平台)的?(员工|人)|平台|外卖|骑手|网约车|快递员"));
    CUES.put(
        LegalIssue.TRANSFER_PAY_CUT,
        Pattern.compile(
            "调岗|调到|调成|调我|降薪|降工资|工资从[^，。]{0,8}降|岗位被|顶了|做保洁|搬货|全员降|降到|待岗|岗位(已经)?取消|调(了)?(我的)?岗位"));
    CUES.put(LegalIssue.MINIMUM_WAGE, Pattern.compile("最低工资|低于最低|最低标准"));
    CUES.put(
        LegalIssue.RETIREMENT, Pattern.compile("退休|超龄|(今年|已经)?([6-9]\\d|六十|七十)[多几]?(岁|了)|养老金|领退休"));
    CUES.put(
        LegalIssue.WAIVER,
        Pattern.compile(
            "放弃|承诺书|不要社保|不交社保的声明|声明|(社保|保险)[^，。]{0,6}(加到|折成|发给)[^，。]{0,4}工资|加到工资里|结清|签了个单子|自愿离职的申请|多发[^。]{0,12}不(再)?(交|缴)(社保|保险)|(协议|承诺)[^。]{0,16}不(再)?(交|缴)(社保|保险)"));
  }

  private static final Pattern FOREIGN =
      Pattern.compile("美国|加州|日本|韩国|英国|德国|法国|新加坡|澳大利亚|加拿大|香港|澳门|台湾|国外|外国|海外");
  private static final Pattern FAMILY = Pattern.compile("离婚|抚养权|孩子归谁|彩礼|继承|遗产|遗嘱|赡养");
  private static final Pattern CRIMINAL = Pattern.compile("判几年|判刑|坐牢|报警|刑事|犯罪|诈骗|被人打了|拘留");
  private static final Pattern TAX = Pattern.compile("个人所得税|个税|专项附加扣除|偷税|漏税|发票|增值税");
  private static final Pattern OTHER_CIVIL = Pattern.compile(
      "开发商|房子漏水|装修|邻居|网购|商家|退货|借给|借钱|不还钱|他不还|交通事故|保险公司赔|股票|信用卡|逾期|房东|押金(?!.*工资)|择校|上学");
  private static final Pattern LABOR = Pattern.compile(
      "工资|工钱|老板|公司|单位|厂|上班|劳动|合同|辞退|开除|辞职|离职|社保|加班|工伤|试用期|仲裁|员工|工人|派遣|年假|产假|怀孕|包工头|工地"
          + "|补偿|赔偿|裁员|竞业|退休|最低工资|干活|干了活|不给钱|入职|用工|押金");
  private static final Pattern STRONG_LABOR =
      Pattern.compile("工资|工钱|上班|劳动|员工|离职|辞职|辞退|入职|社保|加班|工伤|老板|厂|干活|干了活");

  private final FactReader facts = new FactReader();

  /** The diagnosis of {@code text} told on {@code today}. */
  public Diagnosis diagnose(String story, LocalDate today) {
    return diagnose(story, today, Corrections.NONE);
  }

  /**
   * The diagnosis of {@code story} with the facts the person corrected in place of those read from the
   * words: issues that follow from facts are inferred from the corrected ones, and an issue whose only
   * ground was a fact the person contradicted is dropped (签了书面合同 → no double wages; 自己辞职 → no
   * unlawful dismissal).
   */
  public Diagnosis diagnose(String story, LocalDate today, Corrections corrections) {
    String text = FactReader.normalise(story);
    Situation situation = corrections.apply(facts.read(text, today));
    OutOfScope out = outOfScope(text);
    if (out != null) {
      return new Diagnosis(situation, List.of(), out);
    }
    Set<LegalIssue> found = EnumSet.noneOf(LegalIssue.class);
    CUES.forEach((issue, cue) -> {
      if (cue.matcher(text).find()) {
        found.add(issue);
      }
    });
    infer(text, situation, found);
    contradicted(situation, corrections, found);
    List<LegalIssue> ordered = ORDER.stream().filter(found::contains).toList();
    return new Diagnosis(situation, focusFirst(ordered, text, situation, found), null);
  }

  /**
   * The issues in {@link #ORDER}, except that a broad issue the story gives no fact for goes after the
   * narrower issues: the money owed comes first when money is owed, not whenever "钱" is said.
   */
  private static List<LegalIssue> focusFirst(
      List<LegalIssue> ordered, String text, Situation s, Set<LegalIssue> found) {
    List<LegalIssue> frame = new ArrayList<>();
    List<LegalIssue> first = new ArrayList<>();
    List<LegalIssue> narrow = new ArrayList<>();
    List<LegalIssue> last = new ArrayList<>();
    List<LegalIssue> after = new ArrayList<>();
    for (LegalIssue issue : ordered) {
      if (FRAME.contains(issue)
              && !(issue == LegalIssue.RETIREMENT && NOT_RETIRED.matcher(text).find())
          || issue == LegalIssue.CONFIRM_RELATIONSHIP
              && RELATIONSHIP_DISPUTED.matcher(text).find()) {
        frame.add(issue);
      } else if (issue == LegalIssue.LIMITATION
          || issue == LegalIssue.RESIGNATION_NOTICE
              && !NOTICE_POINT.matcher(text).find()) {
        // "还能要回来吗" asks about the claim first and its time limit second; "我辞职了" is how the story
        // goes, not a question about the notice period
        after.add(issue);
      } else if (!BROAD.contains(issue)) {
        narrow.add(issue);
      } else if (pointOfTheStory(issue, text, s, found)) {
        first.add(issue);
      } else {
        last.add(issue);
      }
    }
    if (first.contains(LegalIssue.ECONOMIC_COMPENSATION)
        && first.contains(LegalIssue.UNLAWFUL_DISMISSAL)
        && COMPENSATION_POINT.matcher(text).find()
        && !Pattern.compile("违法|赔偿金").matcher(text).find()) {
      // "裁员名单里有我，只给一个月补偿": the question is the compensation owed; whether the layoff was
      // lawful follows
      first.remove(LegalIssue.UNLAWFUL_DISMISSAL);
      first.add(first.indexOf(LegalIssue.ECONOMIC_COMPENSATION) + 1, LegalIssue.UNLAWFUL_DISMISSAL);
    }
    List<LegalIssue> result = new ArrayList<>(frame);
    result.addAll(first);
    result.addAll(narrow);
    result.addAll(last);
    result.addAll(after);
    return List.copyOf(result);
  }

  private static boolean pointOfTheStory(
      LegalIssue issue, String text, Situation s, Set<LegalIssue> found) {
    return switch (issue) {
      case UNPAID_WAGES ->
        s.unpaidMonths() != null
            || s.unpaidAmount() != null
            || WAGES_OWED.matcher(text).find();
      case UNLAWFUL_DISMISSAL -> s.ending() == Ending.DISMISSED;
      case ECONOMIC_COMPENSATION ->
        found.contains(LegalIssue.RESIGN_FOR_CAUSE)
            || s.ending() == Ending.CONTRACT_EXPIRED
            || COMPENSATION_POINT.matcher(text).find();
      case DOUBLE_WAGES -> Boolean.FALSE.equals(s.writtenContract());
      default -> true;
    };
  }

  private static @Nullable OutOfScope outOfScope(String text) {
    if (FOREIGN.matcher(text).find()) {
      return OutOfScope.FOREIGN_LAW;
    }
    if (FAMILY.matcher(text).find()) {
      return OutOfScope.FAMILY;
    }
    if (CRIMINAL.matcher(text).find()
        && !Pattern.compile("工资|工伤|老板|公司").matcher(text).find()) {
      return OutOfScope.CRIMINAL;
    }
    if (TAX.matcher(text).find()) {
      return OutOfScope.TAX;
    }
    if (!LABOR.matcher(text).find()) {
      return OTHER_CIVIL.matcher(text).find() ? OutOfScope.OTHER_CIVIL : OutOfScope.NOT_LEGAL;
    }
    if (OTHER_CIVIL.matcher(text).find() && !STRONG_LABOR.matcher(text).find()) {
      return OutOfScope.OTHER_CIVIL;
    }
    return null;
  }

  /** Drops the issues whose ground the person corrected away. */
  private static void contradicted(Situation s, Corrections corrections, Set<LegalIssue> found) {
    if (corrections.corrects("writtenContract") && Boolean.TRUE.equals(s.writtenContract())) {
      found.remove(LegalIssue.DOUBLE_WAGES);
    }
    if (corrections.corrects("ending") && s.ending() != Ending.DISMISSED) {
      found.remove(LegalIssue.UNLAWFUL_DISMISSAL);
    }
    if (corrections.corrects("stillEmployed") && Boolean.TRUE.equals(s.stillEmployed())) {
      found.remove(LegalIssue.LIMITATION);
    }
    if (corrections.corrects("asker") && s.asker() == Asker.EMPLOYER) {
      found.remove(LegalIssue.RESIGN_FOR_CAUSE);
    }
  }

  /** Issues that follow from the facts rather than from any one word. */
  private static void infer(String text, Situation s, Set<LegalIssue> found) {
    if (Boolean.FALSE.equals(s.writtenContract())
        && !found.contains(LegalIssue.CONFIRM_RELATIONSHIP)) {
      // 劳动合同法 第八十二条: a month without a written contract and the double wage starts
      found.add(LegalIssue.DOUBLE_WAGES);
    }
    if (s.ending() == Ending.DISMISSED && s.asker() != Asker.EMPLOYER) {
      found.add(LegalIssue.UNLAWFUL_DISMISSAL);
    }
    boolean wantsToLeave =
        Pattern.compile("想(辞职|走|离职|走人)|不想干了|以这个理由辞职|能不能因为这个辞职").matcher(text).find();
    boolean employerAtFault = found.contains(LegalIssue.UNPAID_WAGES)
        || found.contains(LegalIssue.SOCIAL_INSURANCE)
            && Pattern.compile("没交|不交|不给[^，。]{0,3}交|没给[^，。]{0,3}交|没有交")
                .matcher(text)
                .find();
    if (wantsToLeave
        && employerAtFault
        && s.asker() != Asker.EMPLOYER
        && (found.contains(LegalIssue.UNPAID_WAGES)
            || Pattern.compile("辞职|走").matcher(text).find())) {
      // 劳动合同法 第三十八条, 第四十六条: the worker may leave at once and is owed compensation
      found.add(LegalIssue.RESIGN_FOR_CAUSE);
      found.add(LegalIssue.ECONOMIC_COMPENSATION);
      found.remove(LegalIssue.RESIGNATION_NOTICE);
    }
    if (found.contains(LegalIssue.RESIGN_FOR_CAUSE)) {
      found.add(LegalIssue.ECONOMIC_COMPENSATION);
      found.remove(LegalIssue.RESIGNATION_NOTICE);
    }
    if (s.ending() == Ending.DISMISSED
        && found.contains(LegalIssue.RESIGNATION_NOTICE)
        && !Pattern.compile("不批|不让走|提前[^，。]{0,6}(说|通知)").matcher(text).find()) {
      // "让我写辞职报告，我没写" is how a dismissal is dressed up, not a resignation
      found.remove(LegalIssue.RESIGNATION_NOTICE);
    }
    if (s.ending() == Ending.CONTRACT_EXPIRED) {
      found.add(LegalIssue.ECONOMIC_COMPENSATION);
    }
    if (s.injured()) {
      found.add(LegalIssue.WORK_INJURY);
    }
    if (s.pregnant()) {
      found.add(LegalIssue.PREGNANCY);
    }
    if (s.dispatched()) {
      found.add(LegalIssue.DISPATCH);
    }
    if (s.end() != null
        && s.stillEmployed() != Boolean.TRUE
        && s.end().plusMonths(6).isBefore(s.today().plusDays(1))) {
      // 劳动争议调解仲裁法 第二十七条: one year; past half of it, the worker should be told how long is left
      found.add(LegalIssue.LIMITATION);
    }
    if (found.contains(LegalIssue.WAIVER)
        && !found.contains(LegalIssue.SOCIAL_INSURANCE)
        && !found.contains(LegalIssue.OVERTIME_PAY)
        && !found.contains(LegalIssue.UNPAID_WAGES)
        && !Pattern.compile("放弃|承诺|结清|自愿").matcher(text).find()) {
      found.remove(LegalIssue.WAIVER);
    }
    if (found.contains(LegalIssue.WAIVER)
        && found.contains(LegalIssue.UNLAWFUL_DISMISSAL)
        && Pattern.compile("自愿离职的申请").matcher(text).find()) {
      found.remove(LegalIssue.WAIVER);
    }
  }
}
