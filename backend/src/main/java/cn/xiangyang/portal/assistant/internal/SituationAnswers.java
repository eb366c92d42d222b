package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.assistant.Citation;
import cn.xiangyang.portal.assistant.SuggestedAction;
import cn.xiangyang.portal.assistant.internal.IssueGuides.Guide;
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
  record Amount(@Nullable BigDecimal amount, String text, List<String> assumptions, @Nullable String claimType) {}

  /** The answer to {@code diagnosis}; only called when it is answerable and has at least one issue. */
  Mono<Draft> compose(Diagnosis diagnosis) {
    return blocks(diagnosis).map(amounts -> draft(diagnosis, amounts));
  }

  /**
   * Whether {@code draft} (an FAQ answer, say) opens with an article of one of {@code issues}: an answer
   * whose first article belongs to another topic answers a different question than the one asked.
   */
  boolean opensOnTopic(Draft draft, List<LegalIssue> issues) {
    return draft.citations().stream().filter(Citation::refersToArticle).findFirst()
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
        .concatMap(issue -> amount(issue, s).map(a -> Map.entry(issue, a)).defaultIfEmpty(Map.entry(issue, none())))
        .collectList();
  }

  private Draft draft(Diagnosis diagnosis, List<Map.Entry<LegalIssue, Amount>> blocks) {
    Situation s = diagnosis.situation();
    StringBuilder text = new StringBuilder();
    text.append("我理解的情况：").append(understood(s)).append("如有不对，请直接告诉我（例如“我还没离职”“签过合同”）。\n\n");
    List<Citation> citations = new ArrayList<>();
    Map<String, String> claims = new LinkedHashMap<>();
    int n = 0;
    for (Map.Entry<LegalIssue, Amount> block : blocks) {
      LegalIssue issue = block.getKey();
      Amount amount = block.getValue();
      Guide guide = guides.of(issue);
      text.append(NUMERALS[Math.min(n++, NUMERALS.length - 1)]).append("、").append(issue.title()).append('\n');
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
      }
      text.append('\n');
      if (amount.claimType() != null && amount.amount() != null && s.asker() != Asker.EMPLOYER) {
        claims.putIfAbsent(amount.claimType(), amount.amount().setScale(2, RoundingMode.HALF_UP).toPlainString());
      }
    }
    List<String> questions = questions(s, blocks);
    if (!questions.isEmpty()) {
      text.append("为了算得更准，请告诉我：").append(String.join(" ", questions)).append("\n\n");
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
    return new Draft(text.toString(), citations, chips(s, blocks), actions(claims), asOf);
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
      case ECONOMIC_COMPENSATION, RESIGN_FOR_CAUSE -> issue == LegalIssue.RESIGN_FOR_CAUSE ? Mono.just(none()) : service(s, false);
      case OVERTIME_PAY -> Mono.just(new Amount(null,
          s.monthlyWage() == null ? "金额：告诉我月工资和加班的小时数（平时、休息日、法定节假日分开），就能算出加班费。"
              : "金额：按月工资" + yuan(s.monthlyWage()) + "元，时薪约为 " + yuan(s.monthlyWage().divide(new BigDecimal("174"), 2, RoundingMode.HALF_UP))
                  + " 元（月工资÷21.75÷8）；告诉我加班的小时数就能算出总额。",
          List.of(), null));
      case ANNUAL_LEAVE -> Mono.just(new Amount(null, "金额：告诉我月工资和没休的天数，就能算出年休假工资。", List.of(), null));
      default -> Mono.just(none());
    };
  }

  private static Amount unpaidWages(Situation s) {
    if (s.unpaidAmount() != null) {
      return new Amount(s.unpaidAmount(), "金额：您说被拖欠 " + yuan(s.unpaidAmount()) + " 元，可以全额主张。", List.of(), "UNPAID_WAGES");
    }
    if (s.unpaidMonths() != null && s.monthlyWage() != null) {
      BigDecimal total = s.monthlyWage().multiply(BigDecimal.valueOf(s.unpaidMonths())).setScale(2, RoundingMode.HALF_UP);
      return new Amount(total, "金额：月工资 " + yuan(s.monthlyWage()) + " 元 × " + s.unpaidMonths() + " 个月 = " + yuan(total)
          + " 元（按您说的月工资和欠薪月数估算；以实际应发工资为准）。", List.of(), "UNPAID_WAGES");
    }
    return new Amount(null, "金额：告诉我被拖欠了几个月、每月应发多少，就能算出总额。", List.of(), null);
  }

  private Mono<Amount> doubleWages(Situation s) {
    Span span = span(s);
    if (span == null || s.monthlyWage() == null) {
      return Mono.just(new Amount(null, "金额：告诉我入职日期、离职日期（还在上班可不说）和月工资，就能算出二倍工资差额。", List.of(), null));
    }
    return entitlements.doubleWages(new Entitlements.DoubleWagesInput(span.start(), span.end(), s.monthlyWage(), null, s.today()))
        .map(c -> calculated("二倍工资差额", c, span.assumptions(), "DOUBLE_WAGES_NO_CONTRACT"))
        .onErrorResume(e -> Mono.just(none()));
  }

  private Mono<Amount> service(Situation s, boolean damages) {
    Span span = span(s);
    if (span == null || s.monthlyWage() == null) {
      return Mono.just(new Amount(null, "金额：告诉我入职日期（或干了多久）、离职日期和离职前的月工资，就能算出"
          + (damages ? "赔偿金" : "经济补偿") + "。", List.of(), null));
    }
    Entitlements.ServiceInput in = Entitlements.ServiceInput.of(span.start(), span.end(), s.monthlyWage(), s.area());
    Mono<Calculation> calculation = damages ? entitlements.unlawfulTermination(in) : entitlements.economicCompensation(in);
    return calculation
        .map(c -> calculated(damages ? "违法解除赔偿金" : "经济补偿", c, span.assumptions(),
            damages ? "UNLAWFUL_TERMINATION_DAMAGES" : "ECONOMIC_COMPENSATION"))
        .onErrorResume(e -> Mono.just(none()));
  }

  private static Amount calculated(String what, Calculation c, List<String> ours, String claimType) {
    List<String> assumptions = new ArrayList<>(ours);
    assumptions.addAll(c.assumptions());
    StringBuilder text = new StringBuilder("金额：").append(what).append("约 ").append(yuan(c.amount())).append(" 元，")
        .append(c.formula()).append("。");
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
      boolean toDate = Boolean.TRUE.equals(s.stillEmployed()) || s.ending() != Ending.UNKNOWN
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
              + Notices.chineseDate(last) + (expired
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
    parts.add(s.asker() == Asker.EMPLOYER ? "您是用人单位一方" : s.asker() == Asker.WORKER ? "您是劳动者" : "没说明您是哪一方");
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
    return String.join("，", parts) + "。";
  }

  /** At most two questions, those whose answers change the result most. */
  private static List<String> questions(Situation s, List<Map.Entry<LegalIssue, Amount>> blocks) {
    List<String> asked = new ArrayList<>();
    boolean money = blocks.stream().anyMatch(b -> b.getValue().amount() == null && !b.getValue().text().isEmpty());
    if (s.asker() != Asker.EMPLOYER && s.stillEmployed() == null && s.ending() == Ending.UNKNOWN && s.end() == null) {
      asked.add("您现在已经离职了吗？离职的话是哪天？");
    }
    if (blocks.stream().anyMatch(b -> b.getKey() == LegalIssue.DOUBLE_WAGES) && s.start() == null && s.serviceMonths() == null) {
      asked.add("您是哪天入职的？");
    }
    if (money && s.monthlyWage() != null && asked.isEmpty() && s.start() == null && s.serviceMonths() == null) {
      asked.add("您是哪天入职的？");
    }
    if (money && s.monthlyWage() == null) {
      asked.add("您每月工资大约多少？");
    }
    if (s.writtenContract() == null && s.asker() != Asker.EMPLOYER
        && blocks.stream().anyMatch(b -> b.getKey() == LegalIssue.UNPAID_WAGES || b.getKey() == LegalIssue.UNLAWFUL_DISMISSAL)) {
      asked.add("签过书面劳动合同吗？");
    }
    return asked.stream().distinct().limit(2).toList();
  }

  /** Quick replies for the questions asked: tapping one answers it in the person's words. */
  private static List<String> chips(Situation s, List<Map.Entry<LegalIssue, Amount>> blocks) {
    List<String> chips = new ArrayList<>();
    for (String q : questions(s, blocks)) {
      if (q.startsWith("您现在已经离职了吗")) {
        chips.add("我已经离职了");
        chips.add("我还在上班");
      } else if (q.startsWith("签过书面劳动合同")) {
        chips.add("没签书面合同");
        chips.add("签了书面合同");
      }
    }
    return chips;
  }

  private static List<SuggestedAction> actions(Map<String, String> claims) {
    List<SuggestedAction> actions = new ArrayList<>();
    if (!claims.isEmpty()) {
      Map.Entry<String, String> first = claims.entrySet().iterator().next();
      Map<String, String> params = new LinkedHashMap<>();
      params.put("claim", first.getKey());
      params.put("amount", first.getValue());
      actions.add(new SuggestedAction("file-application", "按这个情况申请",
          "/filing/new?claim=" + first.getKey() + "&amount=" + first.getValue(), params));
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
      String quote = Quotes.excerpt(article.get().text(), guide.rule() + guide.claim(), QUOTE_CHARS);
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
    return scaled.stripTrailingZeros().scale() <= 0 ? scaled.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : scaled.toPlainString();
  }
}
