package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.assistant.Citation;
import cn.xiangyang.portal.assistant.internal.situation.FactReader;
import cn.xiangyang.portal.kb.Article;
import cn.xiangyang.portal.kb.ArticleRef;
import cn.xiangyang.portal.kb.CaseDigest;
import cn.xiangyang.portal.kb.Corpus;
import cn.xiangyang.portal.kb.Faq;
import cn.xiangyang.portal.kb.Law;
import cn.xiangyang.portal.kb.search.HitType;
import cn.xiangyang.portal.kb.search.SearchHit;
import cn.xiangyang.portal.knowledge.KnowledgeLibrary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Composes an answer without any language model, from the knowledge base alone: the best matching FAQ
 * answer, the governing articles quoted word for word (abridged to their relevant sentences), a related
 * case, the as-of date and the disclaimer. Deterministic: the same grounds give the same answer.
 */
@Component
class OfflineComposer {

  static final int MAX_ARTICLES = 4;
  private static final int QUOTE_CHARS = 160;
  private static final int FAQ_CHARS = 700;
  private static final int CASE_RANK = 8;

  private final Corpus corpus;

  // What the person said (dates, wage, area) pre-fills the calculator links.
  private final FactReader facts = new FactReader();
  private final Clock clock;

  OfflineComposer(KnowledgeLibrary library, Clock clock) {
    this.corpus = library.corpus();
    this.clock = clock;
  }

  Draft compose(Grounds grounds, String question) {
    if (!grounds.answerable()) {
      return refusal(grounds);
    }
    Faq faq = firstOf(grounds.hits(), HitType.FAQ, grounds.hits().size())
        .flatMap(h -> corpus.faq(h.id()))
        .orElse(null);
    CaseDigest related = firstOf(grounds.hits(), HitType.CASE, CASE_RANK)
        .flatMap(h -> corpus.caseDigest(h.id()))
        .orElse(null);

    List<Citation> citations = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    if (faq != null) {
      text.append(abridge(faq.answer().strip(), FAQ_CHARS)).append("\n\n");
    } else {
      text.append("根据检索到的法律规定，与您的问题相关的条文如下。\n\n");
    }

    List<Article> articles = governing(grounds.hits(), faq);
    if (!articles.isEmpty()) {
      text.append("【法律依据】\n");
      int n = 1;
      for (Article article : articles) {
        Law law = corpus.law(article.lawId()).orElseThrow();
        String quote = Quotes.excerpt(article.text(), grounds.query(), QUOTE_CHARS);
        boolean whole = quote.length() >= article.text().strip().length();
        text.append(n++)
            .append(". 《")
            .append(law.shortName())
            .append("》")
            .append(article.label())
            .append("：“")
            .append(quote)
            .append(whole ? "" : "……")
            .append("”\n");
        citations.add(CitationCheck.articleCitation(law, article, quote));
      }
      text.append('\n');
    }
    if (faq != null) {
      citations.add(
          Citation.entry("faq", faq.id(), faq.question(), KnowledgeLibrary.faqUrl(faq.id())));
    }
    if (related != null) {
      text.append("【相关案例】\n《").append(related.title()).append("》");
      String point = casePoint(related);
      if (point != null) {
        text.append("：").append(point);
      }
      text.append("\n\n");
      citations.add(Citation.entry(
          "case", related.id(), related.title(), KnowledgeLibrary.caseUrl(related.id())));
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
    return new Draft(
        text.toString(),
        citations,
        followUps(grounds.hits(), faq),
        Actions.forAnswer(grounds.issues(), facts.read(question, LocalDate.now(clock))),
        asOf);
  }

  Draft refusal(Grounds grounds) {
    String text = Notices.refusal(grounds.verdict()) + "\n\n" + Notices.handOff() + "\n\n"
        + Notices.DISCLAIMER;
    List<Citation> citations = new ArrayList<>();
    // a question outside labor law gets no statute beside its refusal: an article there would
    // suggest
    // the law covers it
    Citation free =
        grounds.verdict() == Grounds.Verdict.OFF_TOPIC ? null : Notices.freeOfCharge(corpus);
    if (free != null) {
      citations.add(free);
    }
    List<String> followUps = grounds.verdict() == Grounds.Verdict.OFF_TOPIC
        ? List.of("没签劳动合同能要双倍工资吗？", "公司拖欠工资怎么办？", "申请劳动仲裁要花钱吗？")
        : List.of();
    return new Draft(
        text, citations, followUps, Notices.handOffActions(), Notices.asOf(corpus, citations));
  }

  /**
   * The articles to quote: the two best article hits, then the articles the FAQ answer rests on, then
   * further article hits; four at most.
   */
  private List<Article> governing(List<SearchHit> hits, @Nullable Faq faq) {
    Map<String, Article> chosen = new LinkedHashMap<>();
    List<Article> ranked = new ArrayList<>();
    for (SearchHit hit : hits) {
      if (hit.type() == HitType.ARTICLE && hit.lawId() != null && hit.articleNumber() != null) {
        corpus.article(new ArticleRef(hit.lawId(), hit.articleNumber())).ifPresent(ranked::add);
      }
    }
    ranked.stream().limit(2).forEach(a -> chosen.putIfAbsent(a.ref().toString(), a));
    if (faq != null) {
      faq.citations().stream()
          .limit(2)
          .forEach(
              ref -> corpus.article(ref).ifPresent(a -> chosen.putIfAbsent(ref.toString(), a)));
    }
    for (Article a : ranked) {
      if (chosen.size() >= MAX_ARTICLES) {
        break;
      }
      chosen.putIfAbsent(a.ref().toString(), a);
    }
    return chosen.values().stream().limit(MAX_ARTICLES).toList();
  }

  private static List<String> followUps(List<SearchHit> hits, @Nullable Faq used) {
    List<String> questions = new ArrayList<>();
    for (SearchHit hit : hits) {
      if (hit.type() == HitType.FAQ
          && (used == null || !hit.id().equals(used.id()))
          && questions.size() < 3) {
        questions.add(hit.title());
      }
    }
    return questions;
  }

  private static @Nullable String casePoint(CaseDigest digest) {
    for (String heading : List.of("典型意义", "裁判理由", "处理结果")) {
      String section = digest.sections().get(heading);
      if (section != null && !section.isBlank()) {
        List<String> sentences = Quotes.sentences(section.strip());
        String first = sentences.getFirst().strip();
        return first.length() > 150 ? first.substring(0, 150) + "……" : first;
      }
    }
    return null;
  }

  /** Whole paragraphs up to about {@code max} characters. */
  private static String abridge(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    StringBuilder kept = new StringBuilder();
    for (String paragraph : text.split("\n")) {
      if (!kept.isEmpty() && kept.length() + paragraph.length() > max) {
        break;
      }
      kept.append(kept.isEmpty() ? "" : "\n").append(paragraph);
    }
    return kept.toString();
  }

  private static Optional<SearchHit> firstOf(List<SearchHit> hits, HitType type, int within) {
    return hits.stream().limit(within).filter(h -> h.type() == type).findFirst();
  }
}
