package cn.xiangyang.portal.knowledge.internal;

import cn.xiangyang.portal.kb.Article;
import cn.xiangyang.portal.kb.ArticleRef;
import cn.xiangyang.portal.kb.CaseDigest;
import cn.xiangyang.portal.kb.Corpus;
import cn.xiangyang.portal.kb.Faq;
import cn.xiangyang.portal.kb.Law;
import cn.xiangyang.portal.kb.search.SearchHit;
import cn.xiangyang.portal.knowledge.KnowledgeLibrary;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON bodies of the knowledge API. */
final class KnowledgeViews {

  private KnowledgeViews() {}

  /**
   * The hits of a search; when there are none, {@code found} is false and {@code suggestions} offers questions
   * the knowledge base does answer.
   */
  record SearchResult(String query, boolean found, List<Hit> hits, List<Suggestion> suggestions) {

    static SearchResult of(String query, List<Hit> hits, List<Suggestion> suggestions) {
      return new SearchResult(
          query, !hits.isEmpty(), hits, hits.isEmpty() ? suggestions : List.of());
    }
  }

  /** A question the knowledge base answers, offered when a search finds nothing. */
  record Suggestion(String question, String topic, String url) {}

  record Hit(
      String type,
      String id,
      @Nullable String law,
      @Nullable String lawId,
      @Nullable Integer article,
      String title,
      String snippet,
      double score,
      String url) {

    static Hit of(SearchHit hit) {
      return new Hit(
          hit.type().id(),
          hit.id(),
          hit.lawShortName(),
          hit.lawId(),
          hit.articleNumber(),
          hit.title(),
          hit.snippet(),
          Math.round(hit.score() * 10000) / 10000.0,
          KnowledgeLibrary.url(hit));
    }
  }

  record LawSummary(
      String id,
      String title,
      String shortName,
      String level,
      String levelLabel,
      String validity,
      String validityLabel,
      LocalDate effective,
      @Nullable LocalDate lastAmended,
      LocalDate asOf,
      int articleCount) {

    static LawSummary of(Law law) {
      return new LawSummary(
          law.id(),
          law.title(),
          law.shortName(),
          law.level().name(),
          law.level().label(),
          law.validity().name(),
          law.validity().label(),
          law.effective(),
          law.lastAmended(),
          law.asOf(),
          law.articles().size());
    }
  }

  record LawDetail(
      String id,
      String title,
      String shortName,
      List<String> aliases,
      String level,
      String levelLabel,
      String issuer,
      LocalDate adopted,
      @Nullable LocalDate lastAmended,
      LocalDate effective,
      String validity,
      String validityLabel,
      @Nullable String replacedBy,
      LocalDate asOf,
      String source,
      int articleCount,
      @Nullable String preamble,
      List<Chapter> chapters,
      @Nullable String appendix,
      boolean verified,
      @Nullable String verification) {}

  /** A chapter (title null for a law without chapters) and its sections. */
  record Chapter(@Nullable String title, List<Section> sections) {}

  /** A section (title null for the articles of a chapter that stand in no section). */
  record Section(@Nullable String title, List<ArticleText> articles) {}

  record ArticleText(int number, String label, String text, String url) {
    static ArticleText of(Article article) {
      return new ArticleText(
          article.number(),
          article.label(),
          article.text(),
          KnowledgeLibrary.articleUrl(article.lawId(), article.number()));
    }
  }

  record ArticleDetail(
      String lawId,
      String law,
      String lawTitle,
      int number,
      String label,
      @Nullable String chapter,
      @Nullable String section,
      String text,
      List<String> topics,
      String level,
      String levelLabel,
      String validity,
      String validityLabel,
      LocalDate effective,
      @Nullable LocalDate lastAmended,
      LocalDate asOf,
      String url) {

    static ArticleDetail of(Law law, Article a) {
      return new ArticleDetail(
          law.id(),
          law.shortName(),
          law.title(),
          a.number(),
          a.label(),
          a.chapter(),
          a.section(),
          a.text(),
          a.topics(),
          law.level().name(),
          law.level().label(),
          law.validity().name(),
          law.validity().label(),
          law.effective(),
          law.lastAmended(),
          law.asOf(),
          KnowledgeLibrary.articleUrl(law.id(), a.number()));
    }
  }

  /** A resolved citation of an article. */
  record CitedArticle(String lawId, String law, int article, String label, String url) {

    static @Nullable CitedArticle of(Corpus corpus, ArticleRef ref) {
      return corpus
          .law(ref.lawId())
          .flatMap(law -> law.article(ref.number())
              .map(a -> new CitedArticle(
                  law.id(),
                  law.shortName(),
                  a.number(),
                  "《" + law.shortName() + "》" + a.label(),
                  KnowledgeLibrary.articleUrl(ref))))
          .orElse(null);
    }

    static List<CitedArticle> all(Corpus corpus, List<ArticleRef> refs) {
      return refs.stream()
          .map(ref -> of(corpus, ref))
          .filter(java.util.Objects::nonNull)
          .toList();
    }
  }

  record CaseSummary(
      String id,
      String title,
      String source,
      LocalDate published,
      @Nullable Integer caseNumber,
      List<String> topics,
      String url) {

    static CaseSummary of(CaseDigest c) {
      return new CaseSummary(
          c.id(),
          c.title(),
          c.source(),
          c.published(),
          c.caseNumber(),
          c.topics(),
          KnowledgeLibrary.caseUrl(c.id()));
    }
  }

  record CaseList(List<String> topics, List<CaseSummary> cases) {}

  record CaseSection(String heading, String text) {}

  record CaseDetail(
      String id,
      String title,
      String source,
      LocalDate published,
      @Nullable Integer caseNumber,
      List<String> topics,
      List<CaseSection> sections,
      List<CitedArticle> cites,
      String url) {

    static CaseDetail of(Corpus corpus, CaseDigest c) {
      return new CaseDetail(
          c.id(),
          c.title(),
          c.source(),
          c.published(),
          c.caseNumber(),
          c.topics(),
          c.sections().entrySet().stream()
              .map(e -> new CaseSection(e.getKey(), e.getValue()))
              .toList(),
          CitedArticle.all(corpus, c.cites()),
          KnowledgeLibrary.caseUrl(c.id()));
    }
  }

  record FaqEntry(
      String id,
      String question,
      List<String> variants,
      String answer,
      List<CitedArticle> citations,
      List<String> tags,
      String url) {

    static FaqEntry of(Corpus corpus, Faq f) {
      return new FaqEntry(
          f.id(),
          f.question(),
          f.variants(),
          f.answer().strip(),
          CitedArticle.all(corpus, f.citations()),
          f.tags(),
          KnowledgeLibrary.faqUrl(f.id()));
    }
  }

  record FaqTopic(String slug, String topic, List<FaqEntry> entries) {}

  record FaqList(List<FaqTopic> topics) {}
}
