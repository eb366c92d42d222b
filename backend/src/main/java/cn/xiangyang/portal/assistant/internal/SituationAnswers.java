package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.assistant.ApplicationDraft;
import cn.xiangyang.portal.assistant.Citation;
import cn.xiangyang.portal.assistant.Fact;
import cn.xiangyang.portal.assistant.SuggestedAction;
import cn.xiangyang.portal.assistant.internal.IssueGuides.Guide;
import cn.xiangyang.portal.assistant.internal.situation.Corrections;
import cn.xiangyang.portal.assistant.internal.situation.FactReader;
import cn.xiangyang.portal.assistant.internal.situation.IssueSpotting.Diagnosis;
import cn.xiangyang.portal.assistant.internal.situation.LegalIssue;
import cn.xiangyang.portal.assistant.internal.situation.Situation;
import cn.xiangyang.portal.assistant.internal.situation.Situation.Asker;
import cn.xiangyang.portal.assistant.internal.situation.Situation.Ending;
import cn.xiangyang.portal.calculators.Calculation;
import cn.xiangyang.portal.calculators.Entitlements;
import cn.xiangyang.portal.kb.Article;
import cn.xiangyang.portal.kb.ArticleRef;
import cn.xiangyang.portal.kb.Corpus;
import cn.xiangyang.portal.kb.Law;
import cn.xiangyang.portal.knowledge.KnowledgeLibrary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Answers a diagnosed situation, one block per legal issue in the order that matters to the person: the
 * rule, what can be claimed, the amount computed from the person's own numbers by the entitlement
 * calculators (or the one fact still missing), the deadline counted from the facts, the evidence to keep,
 * the next step, and the articles of that block quoted word for word. It begins with the facts as
 * understood, so that a misreading can be corrected, and ends with at most two questions whose answers
 * would change the result.
 *
 * <p>Citations belong to the block they support: a block quotes only the articles of its own issue's
 * guide, so an article from another topic never stands beside it.
 */
@Component
class SituationAnswers {

  static final int MAX_BLOCKS = 5;
  private static final int MAX_QUOTES_PER_BLOCK = 3;
  private static final int QUOTE_CHARS = 120;
  private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

  private final IssueGuides guides;
  private final Entitlements entitlements;
  private final Corpus corpus;

  SituationAnswers(IssueGuides guides, Entitlements entitlements, KnowledgeLibrary library) {
    this.guides = guides;
    this.entitlements = entitlements;
    this.corpus = library.corpus();
  }

  /** A block's amount: the figure and how it was reached, or what is missing to reach it. */
  record Amount(
      @Nullable BigDecimal amount,
      String text,
      List<String> assumptions,
      @Nullable String claimType) {}

  /** The answer to {@code diagnosis}; only called when it is answerable and has at least one issue. */
  Mono<Draft> compose(Diagnosis diagnosis) {
    return compose(diagnosis, Corrections.NONE);
  }

  /** The answer to {@code diagnosis}, whose facts the person corrected as in {@code corrections}. */
  Mono<Draft> compose(Diagnosis diagnosis, Corrections corrections) {
    return blocks(diagnosis).map(amounts -> draft(diagnosis, amounts, corrections));
  }

  /**
   * Whether {@code draft} (an FAQ answer, say) opens with an article of one of {@code issues}: an answer
   * whose first article belongs to another topic answers a different question than the one asked.
   */
  boolean opensOnTopic(Draft draft, List<LegalIssue> issues) {
    return draft.citations().stream()
        .filter(Citation::refersToArticle)
        .findFirst()
        .map(first -> topical(issues).contains(first.key()))
        .orElse(true);
  }

  /** The articles that belong to {@code issues}: their governing articles and their guides' citations. */
  Set<String> topical(List<LegalIssue> issues) {
    Set<String> articles = new HashSet<>();
    for (LegalIssue issue : issues) {
      articles.addAll(issue.citations());
      articles.addAll(guides.of(issue).citations());
    }
    return articles;
  }

  /** The amount of each block of the answer to {@code diagnosis}, in the blocks' order. */
  Mono<Map<LegalIssue, Amount>> amounts(Diagnosis diagnosis) {
    return blocks(diagnosis).map(blocks -> {
      Map<LegalIssue, Amount> amounts = new LinkedHashMap<>();
      blocks.forEach(b -> amounts.put(b.getKey(), b.getValue()));
      return amounts;
    });
  }

  private Mono<List<Map.Entry<LegalIssue, Amount>>> blocks(Diagnosis diagnosis) {
    Situation s = diagnosis.situation();
    List<LegalIssue> issues = diagnosis.issues().stream().limit(MAX_BLOCKS).toList();
    return Flux.fromIterable(issues)
        .concatMap(issue ->
            amount(issue, s).map(a -> Map.entry(issue, a)).defaultIfEmpty(Map.entry(issue, none())))
        .collectList();
  }

  private Draft draft(
      Diagnosis diagnosis, List<Map.Entry<LegalIssue, Amount>> blocks, Corrections corrections) {
    Situation s = diagnosis.situation();
    StringBuilder text = new StringBuilder();
    text.append("我理解的情况：")
        .append(understood(s))
        .append("如有不对，点一下对应的情况就能更正，或直接告诉我（例如“我还没离职”“签过合同”）。\n\n");
    Map<LegalIssue, Citation> firstQuote = new LinkedHashMap<>();
    List<Citation> citations = new ArrayList<>();
    Map<String, String> claims = new LinkedHashMap<>();
    int n = 0;
    for (Map.Entry<LegalIssue, Amount> block : blocks) {
      LegalIssue issue = block.getKey();
      Amount amount = block.getValue();
      Guide guide = guides.of(issue);
      text.append(NUMERALS[Math.min(n++, NUMERALS.length - 1)])
          .append("、")
          .append(issue.title())
          .append('\n');
      text.append(guide.rule()).append('\n');
      text.append("您可以：").append(guide.claim()).append('\n');
      if (!amount.text().isEmpty()) {
        text.append(amount.text()).append('\n');
      }
      String deadline = deadline(guide, s);
      if (!deadline.isEmpty()) {
        text.append("时效：").append(deadline).append('\n');
      }
      text.append("要留的证据：").append(String.join("；", guide.evidence())).append("。\n");
      text.append("下一步：").append(guide.next()).append('\n');
      List<Citation> quoted = quotes(guide);
      if (!quoted.isEmpty()) {
        text.append("依据：");
        for (Citation c : quoted) {
          text.append(c.label()).append("：“").append(c.quote()).append("”");
          text.append(c == quoted.getLast() ? "\n" : "；");
        }
        citations.addAll(quoted);
        firstQuote.put(issue, quoted.getFirst());
      }
      text.append('\n');
      if (amount.claimType() != null && amount.amount() != null && s.asker() != Asker.EMPLOYER) {
        claims.putIfAbsent(
            amount.claimType(),
            amount.amount().setScale(2, RoundingMode.HALF_UP).toPlainString());
      }
    }
    List<Asked> questions = questions(s, blocks);
    if (!questions.isEmpty()) {
      text.append("为了算得更准，请告诉我：")
          .append(String.join(" ", questions.stream().map(Asked::text).toList()))
          .append("\n\n");
    }
    Citation free = Notices.freeOfCharge(corpus);
    if (free != null) {
      citations.add(free);
    }
    LocalDate asOf = Notices.asOf(corpus, citations);
    if (asOf != null) {
      text.append(Notices.asOfLine(asOf)).append('\n');
    }
    text.append(Notices.DISCLAIMER);
    ApplicationDraft application =
        s.asker() == Asker.EMPLOYER ? null : application(s, blocks, firstQuote);
    List<BigDecimal> amounts = blocks.stream()
        .map(b -> b.getValue().amount())
        .filter(java.util.Objects::nonNull)
        .toList();
    return new Draft(
        text.toString(),
        citations,
        chips(s, blocks),
        actions(claims),
        asOf,
        facts(s, corrections, questions),
        application,
        amounts);
  }

  private static Amount none() {
    return new Amount(null, "", List.of(), null);
  }

  private Mono<Amount> amount(LegalIssue issue, Situation s) {
    if (s.asker() == Asker.EMPLOYER) {
      return Mono.just(none());
    }
    return switch (issue) {
      case UNPAID_WAGES -> Mono.just(unpaidWages(s));
      case DOUBLE_WAGES -> doubleWages(s);
      case UNLAWFUL_DISMISSAL -> service(s, true);
      case ECONOMIC_COMPENSATION, RESIGN_FOR_CAUSE ->
        issue == LegalIssue.RESIGN_FOR_CAUSE ? Mono.just(none()) : service(s, false);
      case OVERTIME_PAY -> overtime(s);
      case ANNUAL_LEAVE -> annualLeave(s);
      default -> Mono.just(none());
    };
  }

  private Mono<Amount> overtime(Situation s) {
    if (s.overtimeHours() == null || s.overtimeHours().signum() == 0) {
      return Mono.just(new Amount(
          null,
          s.monthlyWage() == null
              ? "金额：告诉我月工资和加班的小时数（平时、休息日、法定节假日分开），就能算出加班费。"
              : "金额：按月工资" + yuan(s.monthlyWage()) + "元，时薪约为 "
                  + yuan(s.monthlyWage().divide(new BigDecimal("174"), 2, RoundingMode.HALF_UP))
                  + " 元（月工资÷21.75÷8）；告诉我一共加班了多少小时（平时、休息日、法定节假日分开）就能算出总额。",
          List.of(),
          null));
    }
    if (s.monthlyWage() == null) {
      return Mono.just(new Amount(
          null, "金额：您说加班 " + plain(s.overtimeHours()) + " 小时，再告诉我月工资，就能算出加班费。", List.of(), null));
    }
    List<String> told = new ArrayList<>();
    if (s.weekdayOvertimeHours() != null) {
      told.add("工作日延长 " + plain(s.weekdayOvertimeHours()) + " 小时");
    }
    if (s.restDayOvertimeHours() != null) {
      told.add("休息日 " + plain(s.restDayOvertimeHours()) + " 小时（没有补休）");
    }
    if (s.holidayOvertimeHours() != null) {
      told.add("法定节假日 " + plain(s.holidayOvertimeHours()) + " 小时");
    }
    List<String> ours = List.of("按您说的加班：" + String.join("、", told) + "；按天说的每天按 8 小时计");
    return entitlements
        .overtimePay(new Entitlements.OvertimeInput(
            s.monthlyWage(),
            s.weekdayOvertimeHours(),
            s.restDayOvertimeHours(),
            s.holidayOvertimeHours(),
            null,
            s.area(),
            null,
            null))
        .map(c -> calculated("加班费", withoutMonthlyHoursAssumption(c), ours, "OVERTIME_PAY"))
        .onErrorResume(e -> Mono.just(none()));
  }

  /** The story's hours are a total over the whole time, not one month's: that assumption of the calculator does not hold. */
  private static Calculation withoutMonthlyHoursAssumption(Calculation c) {
    List<String> kept =
        c.assumptions().stream().filter(a -> !a.startsWith("加班小时数是")).toList();
    return new Calculation(
        c.amount(),
        c.currency(),
        c.formula(),
        c.steps(),
        kept,
        c.citations(),
        c.figuresUsed(),
        c.parts(),
        c.gaps());
  }

  private Mono<Amount> annualLeave(Situation s) {
    if (s.monthlyWage() == null) {
      return Mono.just(new Amount(null, "金额：告诉我月工资和没休的天数，就能算出年休假工资。", List.of(), null));
    }
    if (s.unusedLeaveDays() != null) {
      return entitlements
          .annualLeavePay(Entitlements.AnnualLeaveInput.of(s.monthlyWage(), s.unusedLeaveDays()))
          .map(c -> calculated(
              "未休年休假工资", c, List.of("按您说的没休 " + s.unusedLeaveDays() + " 天"), "ANNUAL_LEAVE_PAY"))
          .onErrorResume(e -> Mono.just(none()));
    }
    Integer months = s.monthsOfService();
    if (months == null || months < 12) {
      return Mono.just(new Amount(null, "金额：告诉我没休的年假天数（累计工作满1年才有年假），就能算出年休假工资。", List.of(), null));
    }
    int years = months / 12;
    // 职工带薪年休假条例 第三条: 5 days from 1 year of cumulative work, 10 from 10 years, 15 from 20 years
    int days = years >= 20 ? 15 : years >= 10 ? 10 : 5;
    List<String> ours = List.of("您没说没休几天：按在这家单位工作 " + years + " 年计累计工作年限（在别的单位工作的年限也算，可能更多），一年应休 "
        + days + " 天，按一年的年假一天都没休计算；没休的年份不止一年的，每年分别计算");
    return entitlements
        .annualLeavePay(new Entitlements.AnnualLeaveInput(
            s.monthlyWage(), days, years, s.today().getYear(), null, null, null))
        .map(c -> calculated("一年未休年休假工资", c, ours, "ANNUAL_LEAVE_PAY"))
        .onErrorResume(e -> Mono.just(none()));
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static Amount unpaidWages(Situation s) {
    if (s.unpaidAmount() != null) {
      return new Amount(
          s.unpaidAmount(),
          "金额：您说被拖欠 " + yuan(s.unpaidAmount()) + " 元，可以全额主张。",
          List.of(),
          "UNPAID_WAGES");
    }
    if (s.unpaidMonths() != null && s.monthlyWage() != null) {
      BigDecimal total = s.monthlyWage()
          .multiply(BigDecimal.valueOf(s.unpaidMonths()))
          .setScale(2, RoundingMode.HALF_UP);
      return new Amount(
          total,
          "金额：月工资 " + yuan(s.monthlyWage()) + " 元 × " + s.unpaidMonths() + " 个月 = " + yuan(total)
              + " 元（按您说的月工资和欠薪月数估算；以实际应发工资为准）。",
          List.of(),
          "UNPAID_WAGES");
    }
    return new Amount(null, "金额：告诉我被拖欠了几个月、每月应发多少，就能算出总额。", List.of(), null);
  }

  private Mono<Amount> doubleWages(Situation s) {
    Span span = span(s);
    if (span == null || s.monthlyWage() == null) {
      return Mono.just(
          new Amount(null, "金额：告诉我入职日期、离职日期（还在上班可不说）和月工资，就能算出二倍工资差额。", List.of(), null));
    }
    return entitlements
        .doubleWages(new Entitlements.DoubleWagesInput(
            span.start(), span.end(), s.monthlyWage(), null, s.today()))
        .map(c -> calculated("二倍工资差额", c, span.assumptions(), "DOUBLE_WAGES_NO_CONTRACT"))
        .onErrorResume(e -> Mono.just(none()));
  }

  private Mono<Amount> service(Situation s, boolean damages) {
    Span span = span(s);
    if (span == null || s.monthlyWage() == null) {
      return Mono.just(new Amount(
          null,
          "金额：告诉我入职日期（或干了多久）、离职日期和离职前的月工资，就能算出" + (damages ? "赔偿金" : "经济补偿") + "。",
          List.of(),
          null));
    }
    Entitlements.ServiceInput in =
        Entitlements.ServiceInput.of(span.start(), span.end(), s.monthlyWage(), s.area());
    Mono<Calculation> calculation =
        damages ? entitlements.unlawfulTermination(in) : entitlements.economicCompensation(in);
    return calculation
        .map(c -> calculated(
            damages ? "违法解除赔偿金" : "经济补偿",
            c,
            span.assumptions(),
            damages ? "UNLAWFUL_TERMINATION_DAMAGES" : "ECONOMIC_COMPENSATION"))
        .onErrorResume(e -> Mono.just(none()));
  }

  private static Amount calculated(
      String what, Calculation c, List<String> ours, String claimType) {
    List<String> assumptions = new ArrayList<>(ours);
    assumptions.addAll(c.assumptions());
    StringBuilder text = new StringBuilder("金额：")
        .append(what)
        .append("约 ")
        .append(yuan(c.amount()))
        .append(" 元，")
        .append(c.formula())
        .append("。");
    if (!assumptions.isEmpty()) {
      text.append("（按以下情况计算：").append(String.join("；", assumptions)).append("）");
    }
    for (String gap : c.gaps()) {
      text.append(gap);
    }
    return new Amount(c.amount(), text.toString(), assumptions, claimType);
  }

  /** Start and end of the employment as far as the story gives them, with what was assumed to get there. */
  private record Span(LocalDate start, LocalDate end, List<String> assumptions) {}

  private static @Nullable Span span(Situation s) {
    List<String> assumptions = new ArrayList<>();
    LocalDate end = s.end();
    if (end == null) {
      // "干了8个月" with nothing said of leaving counts to today; someone who has left without saying
      // when gets asked the date instead of a guess
      boolean toDate = Boolean.TRUE.equals(s.stillEmployed())
          || s.ending() != Ending.UNKNOWN
          || (s.stillEmployed() == null && s.start() == null && s.serviceMonths() != null);
      if (!toDate) {
        return null;
      }
      end = s.today();
      assumptions.add("截止到今天（" + Notices.chineseDate(s.today()) + "）");
    }
    LocalDate start = s.start();
    if (start == null) {
      if (s.serviceMonths() == null) {
        return null;
      }
      // "干了8个月" up to today: the first day of work is the day after the same date eight months ago
      start = end.minusMonths(s.serviceMonths()).plusDays(1);
      assumptions.add("按您说的工作时长，入职日期推算为 " + Notices.chineseDate(start));
    }
    return start.isBefore(end) ? new Span(start, end, assumptions) : null;
  }

  private static String deadline(Guide guide, Situation s) {
    return switch (guide.deadline()) {
      case WAGES -> {
        if (Boolean.TRUE.equals(s.stillEmployed())) {
          yield "还在上班期间，拖欠的劳动报酬不受一年时效限制；离职后要在一年内申请。";
        }
        if (s.end() != null && Boolean.FALSE.equals(s.stillEmployed())) {
          // 劳动争议调解仲裁法 第二十七条第四款: one year from the end of the employment
          yield "离职后一年内申请，按您说的离职时间，最晚约在 " + Notices.chineseDate(s.end().plusYears(1))
              + "（遇节假日顺延；向单位催讨过的，时效从催讨之日重新计算）。";
        }
        yield "在职期间不受一年时效限制；已经离职的，要在离职之日起一年内申请。";
      }
      case ONE_YEAR -> {
        if (s.end() != null) {
          LocalDate last = s.end().plusYears(1);
          boolean expired = last.isBefore(s.today());
          yield "一年，从知道权利被侵害之日起算。按您说的 " + Notices.chineseDate(s.end()) + " 计算，最晚约在 "
              + Notices.chineseDate(last)
              + (expired
                  ? "，看起来已经超过；但仲裁委员会仍会受理，中间向单位主张过权利、向有关部门求助过的，时效重新计算，请尽快申请并说明这些经过。"
                  : "（遇节假日顺延）。");
        }
        yield "一年，从知道或应当知道权利被侵害之日起算。";
      }
      case INJURY -> "单位应在事故发生之日起30日内申请工伤认定；单位没申请的，您或近亲属可以在1年内自己申请。";
      case NONE -> "";
    };
  }

  private static String understood(Situation s) {
    List<String> parts = new ArrayList<>();
    parts.add(
        s.asker() == Asker.EMPLOYER
            ? "您是用人单位一方"
            : s.asker() == Asker.WORKER ? "您是劳动者" : "没说明您是哪一方");
    if (s.start() != null) {
      parts.add(Notices.chineseDate(s.start()) + "入职");
    }
    if (s.serviceMonths() != null) {
      parts.add("工作了约 " + months(s.serviceMonths()));
    }
    if (s.writtenContract() != null) {
      parts.add(s.writtenContract() ? "签了书面劳动合同" : "没签书面劳动合同");
    }
    if (s.monthlyWage() != null) {
      parts.add("月工资 " + yuan(s.monthlyWage()) + " 元");
    }
    if (s.unpaidMonths() != null) {
      parts.add("被拖欠 " + s.unpaidMonths() + " 个月工资");
    }
    if (s.unpaidAmount() != null) {
      parts.add("被拖欠 " + yuan(s.unpaidAmount()) + " 元");
    }
    if (s.ending() != Ending.UNKNOWN) {
      parts.add(s.ending().label());
    }
    if (s.end() != null) {
      parts.add(Notices.chineseDate(s.end()) + (s.ending() == Ending.DISMISSED ? "被解除" : "离开"));
    }
    if (Boolean.TRUE.equals(s.stillEmployed())) {
      parts.add("现在还在上班");
    }
    if (Boolean.FALSE.equals(s.stillEmployed())
        && s.ending() == Ending.UNKNOWN
        && s.end() == null) {
      parts.add("已经离职");
    }
    if (s.injured()) {
      parts.add("因工作受了伤");
    }
    if (s.pregnant()) {
      parts.add("怀孕");
    }
    if (s.dispatched()) {
      parts.add("劳务派遣");
    }
    if (s.area() != null) {
      parts.add("工作地在" + Notices.areaName(s.area()));
    }
    if (s.employer() != null) {
      parts.add("单位是" + s.employer());
    }
    if (s.overtimeHours() != null) {
      parts.add("加班约 " + plain(s.overtimeHours()) + " 小时");
    }
    if (s.unusedLeaveDays() != null) {
      parts.add("有 " + s.unusedLeaveDays() + " 天年假没休");
    }
    return String.join("，", parts) + "。";
  }

  /** A question the answer asks, and the fact ({@link Fact#key()}) it asks for. */
  record Asked(String key, String text) {}

  /** At most two questions, those whose answers change the result most. */
  private static List<Asked> questions(Situation s, List<Map.Entry<LegalIssue, Amount>> blocks) {
    List<Asked> asked = new ArrayList<>();
    boolean money = blocks.stream()
        .anyMatch(b -> b.getValue().amount() == null && !b.getValue().text().isEmpty());
    if (s.asker() != Asker.EMPLOYER
        && s.stillEmployed() == null
        && s.ending() == Ending.UNKNOWN
        && s.end() == null) {
      asked.add(new Asked("stillEmployed", "您现在已经离职了吗？离职的话是哪天？"));
    }
    if (blocks.stream().anyMatch(b -> b.getKey() == LegalIssue.DOUBLE_WAGES)
        && s.start() == null
        && s.serviceMonths() == null) {
      asked.add(new Asked("start", "您是哪天入职的？"));
    }
    if (money
        && s.monthlyWage() != null
        && asked.isEmpty()
        && s.start() == null
        && s.serviceMonths() == null) {
      asked.add(new Asked("start", "您是哪天入职的？"));
    }
    if (money && s.monthlyWage() == null) {
      asked.add(new Asked("monthlyWage", "您每月工资大约多少？"));
    }
    if (s.writtenContract() == null
        && s.asker() != Asker.EMPLOYER
        && blocks.stream()
            .anyMatch(b -> b.getKey() == LegalIssue.UNPAID_WAGES
                || b.getKey() == LegalIssue.UNLAWFUL_DISMISSAL)) {
      asked.add(new Asked("writtenContract", "签过书面劳动合同吗？"));
    }
    return asked.stream().distinct().limit(2).toList();
  }

  /** Quick replies for the questions asked: tapping one answers it in the person's words. */
  private static List<String> chips(Situation s, List<Map.Entry<LegalIssue, Amount>> blocks) {
    List<String> chips = new ArrayList<>();
    for (Asked q : questions(s, blocks)) {
      if (q.key().equals("stillEmployed")) {
        chips.add("我已经离职了");
        chips.add("我还在上班");
      } else if (q.key().equals("writtenContract")) {
        chips.add("没签书面合同");
        chips.add("签了书面合同");
      }
    }
    return chips;
  }

  private static final List<Fact.Option> EMPLOYED =
      List.of(new Fact.Option("false", "已离职"), new Fact.Option("true", "仍在职"));
  private static final List<Fact.Option> CONTRACT =
      List.of(new Fact.Option("true", "签了书面合同"), new Fact.Option("false", "没签书面合同"));
  private static final List<Fact.Option> ENDINGS = List.of(
      new Fact.Option("DISMISSED", Ending.DISMISSED.label()),
      new Fact.Option("RESIGNED", Ending.RESIGNED.label()),
      new Fact.Option("CONTRACT_EXPIRED", Ending.CONTRACT_EXPIRED.label()));
  private static final List<Fact.Option> ASKERS = List.of(
      new Fact.Option("WORKER", Asker.WORKER.label()),
      new Fact.Option("EMPLOYER", Asker.EMPLOYER.label()));

  /**
   * The facts as understood, in {@link Corrections#KEYS} order: the decisive ones (who asks, still employed,
   * how it ended, written contract) always, as chips that flip them, even when the story does not say
   * them; the others when the story gives them or the answer asks for them.
   */
  static List<Fact> facts(Situation s, Corrections corrections, List<Asked> questions) {
    Map<String, String> asked = new LinkedHashMap<>();
    questions.forEach(q -> asked.put(q.key(), q.text()));
    List<Fact> facts = new ArrayList<>();
    boolean worker = s.asker() != Asker.EMPLOYER;
    facts.add(fact(
        "asker",
        "您是",
        s.asker() == Asker.UNKNOWN ? null : s.asker().name(),
        s.asker() == Asker.UNKNOWN ? "" : s.asker().label(),
        ASKERS,
        corrections,
        asked));
    if (worker) {
      facts.add(fact(
          "stillEmployed",
          "是否在职",
          s.stillEmployed() == null ? null : s.stillEmployed().toString(),
          s.stillEmployed() == null ? "" : s.stillEmployed() ? "仍在职" : "已离职",
          EMPLOYED,
          corrections,
          asked));
      // how it ended matters once it has ended; while that is still asked, the question comes first
      if (Boolean.FALSE.equals(s.stillEmployed()) || s.ending() != Ending.UNKNOWN) {
        facts.add(fact(
            "ending",
            "怎么结束的",
            s.ending() == Ending.UNKNOWN ? null : s.ending().name(),
            s.ending() == Ending.UNKNOWN ? "" : s.ending().label(),
            ENDINGS,
            corrections,
            asked));
      }
      facts.add(fact(
          "writtenContract",
          "书面劳动合同",
          s.writtenContract() == null ? null : s.writtenContract().toString(),
          s.writtenContract() == null ? "" : s.writtenContract() ? "签了书面合同" : "没签书面合同",
          CONTRACT,
          corrections,
          asked));
    }
    typed(
        facts,
        "start",
        "入职时间",
        s.start() == null ? null : s.start().toString(),
        s.start() == null ? "" : Notices.chineseDate(s.start()),
        corrections,
        asked);
    typed(
        facts,
        "end",
        "离职时间",
        s.end() == null ? null : s.end().toString(),
        s.end() == null ? "" : Notices.chineseDate(s.end()),
        corrections,
        asked);
    typed(
        facts,
        "serviceMonths",
        "工作时长",
        s.serviceMonths() == null ? null : s.serviceMonths().toString(),
        s.serviceMonths() == null ? "" : months(s.serviceMonths()),
        corrections,
        asked);
    typed(
        facts,
        "monthlyWage",
        "月工资",
        s.monthlyWage() == null ? null : s.monthlyWage().toPlainString(),
        s.monthlyWage() == null ? "" : yuan(s.monthlyWage()) + " 元",
        corrections,
        asked);
    typed(
        facts,
        "unpaidMonths",
        "欠薪月数",
        s.unpaidMonths() == null ? null : s.unpaidMonths().toString(),
        s.unpaidMonths() == null ? "" : s.unpaidMonths() + " 个月",
        corrections,
        asked);
    typed(
        facts,
        "unpaidAmount",
        "欠薪金额",
        s.unpaidAmount() == null ? null : s.unpaidAmount().toPlainString(),
        s.unpaidAmount() == null ? "" : yuan(s.unpaidAmount()) + " 元",
        corrections,
        asked);
    typed(
        facts,
        "area",
        "工作地",
        s.area(),
        s.area() == null ? "" : FactReader.areaName(s.area()),
        corrections,
        asked);
    typed(
        facts,
        "weekdayOvertimeHours",
        "工作日加班",
        hours(s.weekdayOvertimeHours()),
        s.weekdayOvertimeHours() == null ? "" : plain(s.weekdayOvertimeHours()) + " 小时",
        corrections,
        asked);
    typed(
        facts,
        "restDayOvertimeHours",
        "休息日加班",
        hours(s.restDayOvertimeHours()),
        s.restDayOvertimeHours() == null ? "" : plain(s.restDayOvertimeHours()) + " 小时",
        corrections,
        asked);
    typed(
        facts,
        "holidayOvertimeHours",
        "法定节假日加班",
        hours(s.holidayOvertimeHours()),
        s.holidayOvertimeHours() == null ? "" : plain(s.holidayOvertimeHours()) + " 小时",
        corrections,
        asked);
    typed(
        facts,
        "unusedLeaveDays",
        "没休的年假",
        s.unusedLeaveDays() == null ? null : s.unusedLeaveDays().toString(),
        s.unusedLeaveDays() == null ? "" : s.unusedLeaveDays() + " 天",
        corrections,
        asked);
    return facts;
  }

  private static @Nullable String hours(@Nullable BigDecimal h) {
    return h == null ? null : plain(h);
  }

  private static Fact fact(
      String key,
      String label,
      @Nullable String value,
      String shown,
      List<Fact.Option> options,
      Corrections corrections,
      Map<String, String> asked) {
    return new Fact(
        key,
        label,
        value,
        shown.isEmpty() ? "未说明" : shown,
        options,
        corrections.corrects(key),
        asked.containsKey(key),
        asked.get(key));
  }

  /** A fact that is typed, not flipped: listed when stated or asked for. */
  private static void typed(
      List<Fact> facts,
      String key,
      String label,
      @Nullable String value,
      String shown,
      Corrections corrections,
      Map<String, String> asked) {
    if (value != null || asked.containsKey(key)) {
      facts.add(new Fact(
          key,
          label,
          value,
          value == null ? "未说明" : shown,
          List.of(),
          corrections.corrects(key),
          asked.containsKey(key),
          asked.get(key)));
    }
  }

  // issue -> filing claim type (filing.ClaimType names); damages and compensation exclude each
  // other
  private static final Map<LegalIssue, String> CLAIMS = new java.util.EnumMap<>(Map.of(
      LegalIssue.UNPAID_WAGES, "UNPAID_WAGES",
      LegalIssue.DOUBLE_WAGES, "DOUBLE_WAGES_NO_CONTRACT",
      LegalIssue.UNLAWFUL_DISMISSAL, "UNLAWFUL_TERMINATION_DAMAGES",
      LegalIssue.ECONOMIC_COMPENSATION, "ECONOMIC_COMPENSATION",
      LegalIssue.OVERTIME_PAY, "OVERTIME_PAY",
      LegalIssue.ANNUAL_LEAVE, "ANNUAL_LEAVE_PAY",
      LegalIssue.SOCIAL_INSURANCE, "SOCIAL_INSURANCE",
      LegalIssue.CONFIRM_RELATIONSHIP, "CONFIRM_LABOR_RELATIONSHIP"));

  /**
   * The application the situation gives: the employer when named, the employment facts, one claim per
   * issue that has one (with its computed amount), and a 事实与理由 draft element by element; {@code null}
   * when no issue gives a claim.
   */
  static @Nullable ApplicationDraft application(
      Situation s, List<Map.Entry<LegalIssue, Amount>> blocks, Map<LegalIssue, Citation> basis) {
    List<Map.Entry<LegalIssue, Amount>> claimed = new ArrayList<>();
    boolean damages = blocks.stream().anyMatch(b -> b.getKey() == LegalIssue.UNLAWFUL_DISMISSAL)
        && s.ending() == Ending.DISMISSED;
    for (Map.Entry<LegalIssue, Amount> b : blocks) {
      LegalIssue issue = b.getKey();
      if (!CLAIMS.containsKey(issue)
          || issue == LegalIssue.ECONOMIC_COMPENSATION && damages
          || issue == LegalIssue.UNLAWFUL_DISMISSAL && !damages) {
        continue;
      }
      claimed.add(b);
    }
    if (claimed.isEmpty()) {
      return null;
    }
    List<ApplicationDraft.Claim> claims = new ArrayList<>();
    for (Map.Entry<LegalIssue, Amount> b : claimed) {
      Amount a = b.getValue();
      BigDecimal amount = a.amount() == null ? null : a.amount().setScale(2, RoundingMode.HALF_UP);
      String description =
          a.amount() == null ? null : clip(a.text().replaceFirst("^金额：", ""), 1000);
      // only issues CLAIMS has a claim type for were claimed above
      String type = Objects.requireNonNull(CLAIMS.get(b.getKey()), "claim type");
      claims.add(new ApplicationDraft.Claim(type, amount, null, null, description));
    }
    List<ApplicationDraft.Respondent> respondents =
        s.employer() == null ? List.of() : List.of(new ApplicationDraft.Respondent(s.employer()));
    Span span = span(s);
    LocalDate start = s.start() != null
        ? s.start()
        : span != null && s.serviceMonths() != null ? span.start() : null;
    ApplicationDraft.Employment employment = new ApplicationDraft.Employment(
        start, s.end(), s.monthlyWage(), s.writtenContract(), s.area(), s.stillEmployed());
    LocalDate knewOn = Boolean.FALSE.equals(s.stillEmployed()) ? s.end() : null;
    return new ApplicationDraft(
        respondents, employment, claims, factsAndReasons(s, claimed, basis), knewOn);
  }

  /** 事实与理由 in the 要素式 style: one numbered element per fact, then the claims each with its basis. */
  private static String factsAndReasons(
      Situation s, List<Map.Entry<LegalIssue, Amount>> claimed, Map<LegalIssue, Citation> basis) {
    List<String> elements = new ArrayList<>();
    String employer = s.employer() != null ? "被申请人" + s.employer() : "被申请人";
    if (s.start() != null) {
      elements.add("入职时间：申请人于" + Notices.chineseDate(s.start()) + "入职" + employer + "处工作。");
    } else if (s.serviceMonths() != null) {
      elements.add(
          "工作时长：申请人在" + employer + "处工作约" + months(s.serviceMonths()).replace(" ", "") + "。");
    }
    if (s.area() != null) {
      elements.add("工作地点：" + FactReader.areaName(s.area()) + "。");
    }
    if (s.writtenContract() != null) {
      elements.add("劳动合同签订情况：" + (s.writtenContract() ? "双方签订了书面劳动合同。" : "被申请人未与申请人签订书面劳动合同。"));
    }
    if (s.monthlyWage() != null) {
      elements.add("工资标准：月工资" + yuan(s.monthlyWage()) + "元。");
    }
    if (s.unpaidAmount() != null || s.unpaidMonths() != null) {
      elements.add(
          "欠薪情况：被申请人拖欠申请人" + (s.unpaidMonths() != null ? s.unpaidMonths() + "个月" : "") + "工资"
              + (s.unpaidAmount() != null ? "共计" + yuan(s.unpaidAmount()) + "元" : "") + "，至今未支付。");
    }
    if (s.overtimeHours() != null) {
      List<String> parts = new ArrayList<>();
      if (s.weekdayOvertimeHours() != null) {
        parts.add("工作日延长工作时间" + plain(s.weekdayOvertimeHours()) + "小时");
      }
      if (s.restDayOvertimeHours() != null) {
        parts.add("休息日加班" + plain(s.restDayOvertimeHours()) + "小时");
      }
      if (s.holidayOvertimeHours() != null) {
        parts.add("法定节假日加班" + plain(s.holidayOvertimeHours()) + "小时");
      }
      elements.add("加班情况：申请人" + String.join("，", parts) + "，被申请人未支付加班费。");
    }
    if (s.unusedLeaveDays() != null) {
      elements.add("年休假情况：申请人有" + s.unusedLeaveDays() + "天年休假未休，被申请人未安排也未支付未休年休假工资报酬。");
    }
    if (Boolean.TRUE.equals(s.stillEmployed())) {
      elements.add("劳动关系现状：申请人现仍在被申请人处工作。");
    } else if (s.ending() != Ending.UNKNOWN || s.end() != null) {
      String how = switch (s.ending()) {
        case DISMISSED -> "被申请人解除了与申请人的劳动关系";
        case RESIGNED -> "申请人离职";
        case CONTRACT_EXPIRED -> "劳动合同期满，被申请人不再续订";
        case UNKNOWN -> "申请人离职";
      };
      elements.add("劳动关系解除情况：" + (s.end() != null ? Notices.chineseDate(s.end()) : "") + how + "。");
    }
    StringBuilder text = new StringBuilder("事实与理由（要素式）：\n");
    int n = 0;
    for (String e : elements) {
      text.append(NUMERALS[Math.min(n++, NUMERALS.length - 1)])
          .append("、")
          .append(e)
          .append('\n');
    }
    text.append(NUMERALS[Math.min(n, NUMERALS.length - 1)]).append("、请求及理由：\n");
    int k = 1;
    for (Map.Entry<LegalIssue, Amount> b : claimed) {
      text.append(k++).append(". ").append(b.getKey().title());
      if (b.getValue().amount() != null) {
        text.append("：请求支付 ")
            .append(b.getValue().amount().setScale(2, RoundingMode.HALF_UP).toPlainString())
            .append(" 元");
      }
      Citation cited = basis.get(b.getKey());
      if (cited != null && cited.label() != null) {
        text.append("，依据").append(cited.label());
      }
      text.append("。\n");
    }
    text.append("综上，为维护申请人的合法权益，特向贵委申请仲裁，请依法支持申请人的仲裁请求。");
    return text.toString();
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static List<SuggestedAction> actions(Map<String, String> claims) {
    List<SuggestedAction> actions = new ArrayList<>();
    if (!claims.isEmpty()) {
      Map.Entry<String, String> first = claims.entrySet().iterator().next();
      Map<String, String> params = new LinkedHashMap<>();
      params.put("claim", first.getKey());
      params.put("amount", first.getValue());
      actions.add(new SuggestedAction(
          "file-application",
          "按这个情况申请",
          "/filing/new?claim=" + first.getKey() + "&amount=" + first.getValue(),
          params));
    } else {
      actions.add(new SuggestedAction("file-application", "在线申请劳动仲裁", "/filing/new", Map.of()));
    }
    actions.add(new SuggestedAction("call-12333", "拨打 12333 咨询", "tel:12333", Map.of()));
    actions.add(new SuggestedAction("visit-commission", "到仲裁委员会咨询", "/commissions", Map.of()));
    return actions;
  }

  private List<Citation> quotes(Guide guide) {
    List<Citation> quoted = new ArrayList<>();
    for (String ref : guide.citations()) {
      if (quoted.size() >= MAX_QUOTES_PER_BLOCK) {
        break;
      }
      Optional<Article> article = corpus.article(ArticleRef.parse(ref));
      if (article.isEmpty()) {
        continue;
      }
      Law law = corpus.law(article.get().lawId()).orElseThrow();
      String quote =
          Quotes.excerpt(article.get().text(), guide.rule() + guide.claim(), QUOTE_CHARS);
      quoted.add(CitationCheck.articleCitation(law, article.get(), quote));
    }
    return quoted;
  }

  private static String months(int months) {
    if (months < 12) {
      return months + " 个月";
    }
    return months % 12 == 0 ? months / 12 + " 年" : months / 12 + " 年 " + months % 12 + " 个月";
  }

  private static String yuan(BigDecimal amount) {
    BigDecimal scaled = amount.setScale(2, RoundingMode.HALF_UP);
    return scaled.stripTrailingZeros().scale() <= 0
        ? scaled.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
        : scaled.toPlainString();
  }
}
