package cn.xiangyang.portal.knowledge.internal;

import cn.xiangyang.portal.kb.Article;
import cn.xiangyang.portal.kb.CaseDigest;
import cn.xiangyang.portal.kb.Corpus;
import cn.xiangyang.portal.kb.Faq;
import cn.xiangyang.portal.kb.Law;
import cn.xiangyang.portal.kb.search.HitType;
import cn.xiangyang.portal.kb.search.SearchQuery;
import cn.xiangyang.portal.knowledge.KnowledgeLibrary;
import cn.xiangyang.portal.knowledge.internal.KnowledgeViews.ArticleDetail;
import cn.xiangyang.portal.knowledge.internal.KnowledgeViews.ArticleText;
import cn.xiangyang.portal.knowledge.internal.KnowledgeViews.CaseDetail;
import cn.xiangyang.portal.knowledge.internal.KnowledgeViews.CaseList;
import cn.xiangyang.portal.knowledge.internal.KnowledgeViews.CaseSummary;
import cn.xiangyang.portal.knowledge.internal.KnowledgeViews.Chapter;
import cn.xiangyang.portal.knowledge.internal.KnowledgeViews.FaqEntry;
import cn.xiangyang.portal.knowledge.internal.KnowledgeViews.FaqList;
import cn.xiangyang.portal.knowledge.internal.KnowledgeViews.FaqTopic;
import cn.xiangyang.portal.knowledge.internal.KnowledgeViews.Hit;
import cn.xiangyang.portal.knowledge.internal.KnowledgeViews.LawDetail;
import cn.xiangyang.portal.knowledge.internal.KnowledgeViews.LawSummary;
import cn.xiangyang.portal.knowledge.internal.KnowledgeViews.SearchResult;
import cn.xiangyang.portal.knowledge.internal.KnowledgeViews.Section;
import cn.xiangyang.portal.knowledge.internal.KnowledgeViews.Suggestion;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The public knowledge API: search, laws with their articles, typical cases and FAQ. Read only, no
 * login; everything but search is answered from the in-memory corpus.
 */
@RestController
@RequestMapping("/api/v1/knowledge")
class KnowledgeController {

  private final KnowledgeLibrary library;
  private final Corpus corpus;

  KnowledgeController(KnowledgeLibrary library) {
    this.library = library;
    this.corpus = library.corpus();
  }

  /** Hybrid search; {@code types} is a comma-separated subset of article, case, faq. */
  @GetMapping("/search")
  Mono<SearchResult> search(
      @RequestParam(name = "q", required = false) @Nullable String q,
      @RequestParam(name = "k", defaultValue = "10") int k,
      @RequestParam(name = "types", required = false) @Nullable String types) {
    return search(new SearchQuery(q == null ? "" : q, k, parseTypes(types)));
  }

  /**
   * The same search with the query in a JSON body, for narratives too long for a URL (up to 3,000 characters:
   * a whole 基本案情 with its claims).
   */
  @PostMapping("/search")
  Mono<SearchResult> searchNarrative(
      @RequestBody(required = false) @Nullable SearchRequest request) {
    SearchRequest body = request == null ? new SearchRequest(null, null, null) : request;
    return search(new SearchQuery(
        body.q() == null ? "" : body.q(),
        body.k() == null ? SearchQuery.DEFAULT_K : body.k(),
        parseTypes(body.types())));
  }

  /** A search in a request body: {@code q} the text, {@code k} how many hits, {@code types} e.g. "article,faq". */
  record SearchRequest(
      @Nullable String q, @Nullable Integer k, @Nullable String types) {}

  private Mono<SearchResult> search(SearchQuery query) {
    List<Suggestion> suggestions = library.suggestions().stream()
        .map(faq -> new Suggestion(faq.question(), faq.topic(), KnowledgeLibrary.faqUrl(faq.id())))
        .toList();
    return library
        .search(query)
        .map(hits ->
            SearchResult.of(query.text(), hits.stream().map(Hit::of).toList(), suggestions));
  }

  @GetMapping("/laws")
  List<LawSummary> laws() {
    return corpus.laws().stream().map(LawSummary::of).toList();
  }

  @GetMapping("/laws/{lawId}")
  LawDetail law(@PathVariable String lawId) {
    Law law = corpus.law(lawId).orElseThrow(() -> KnowledgeNotFound.law(lawId));
    return new LawDetail(
        law.id(),
        law.title(),
        law.shortName(),
        law.aliases(),
        law.level().name(),
        law.level().label(),
        law.issuer(),
        law.adopted(),
        law.lastAmended(),
        law.effective(),
        law.validity().name(),
        law.validity().label(),
        law.replacedBy(),
        law.asOf(),
        law.source(),
        law.articles().size(),
        corpus.preamble(law.id()).orElse(null),
        chapters(law.articles()),
        corpus.appendix(law.id()).orElse(null),
        law.verified(),
        law.verification());
  }

  @GetMapping("/laws/{lawId}/articles/{number}")
  ArticleDetail article(@PathVariable String lawId, @PathVariable int number) {
    Law law = corpus.law(lawId).orElseThrow(() -> KnowledgeNotFound.law(lawId));
    Article article =
        law.article(number).orElseThrow(() -> KnowledgeNotFound.article(law.shortName(), number));
    return ArticleDetail.of(law, article);
  }

  /** Case digests, optionally those tagged with {@code topic}; {@code topics} lists every tag in use. */
  @GetMapping("/cases")
  CaseList cases(@RequestParam(name = "topic", required = false) @Nullable String topic) {
    Set<String> topics = new LinkedHashSet<>();
    corpus.cases().forEach(c -> topics.addAll(c.topics()));
    List<CaseSummary> cases = corpus.cases().stream()
        .filter(c -> topic == null || topic.isBlank() || c.topics().contains(topic.strip()))
        .map(CaseSummary::of)
        .toList();
    return new CaseList(List.copyOf(topics), cases);
  }

  @GetMapping("/cases/{id}")
  CaseDetail caseDigest(@PathVariable String id) {
    CaseDigest digest = corpus.caseDigest(id).orElseThrow(() -> KnowledgeNotFound.caseDigest(id));
    return CaseDetail.of(corpus, digest);
  }

  /** FAQ grouped by topic; {@code topic} selects one group by its slug (e.g. wages) or Chinese name. */
  @GetMapping("/faq")
  FaqList faq(@RequestParam(name = "topic", required = false) @Nullable String topic) {
    Map<String, List<Faq>> groups = new LinkedHashMap<>();
    for (Faq faq : corpus.faqs()) {
      groups.computeIfAbsent(faq.topicSlug(), s -> new ArrayList<>()).add(faq);
    }
    List<FaqTopic> topics = new ArrayList<>();
    groups.forEach((slug, entries) -> {
      String name = entries.getFirst().topic();
      if (topic == null
          || topic.isBlank()
          || topic.strip().equals(slug)
          || topic.strip().equals(name)) {
        topics.add(new FaqTopic(
            slug, name, entries.stream().map(f -> FaqEntry.of(corpus, f)).toList()));
      }
    });
    if (topics.isEmpty() && topic != null && !topic.isBlank()) {
      throw new KnowledgeNotFound(
          "没有名为“" + (topic.length() > 30 ? topic.substring(0, 30) : topic) + "”的问答主题。");
    }
    return new FaqList(topics);
  }

  private static Set<HitType> parseTypes(@Nullable String types) {
    if (types == null || types.isBlank()) {
      return EnumSet.allOf(HitType.class);
    }
    Set<HitType> parsed = EnumSet.noneOf(HitType.class);
    for (String part : types.split(",")) {
      if (!part.isBlank()) {
        parsed.add(HitType.fromId(part.strip().toLowerCase(java.util.Locale.ROOT)));
      }
    }
    return parsed;
  }

  /** Groups articles by chapter and section in their order; laws without chapters get one null chapter. */
  private static List<Chapter> chapters(List<Article> articles) {
    List<Chapter> chapters = new ArrayList<>();
    String chapter = null;
    String section = null;
    List<Section> sections = null;
    List<ArticleText> current = null;
    for (Article a : articles) {
      if (sections == null || !Objects.equals(a.chapter(), chapter)) {
        chapter = a.chapter();
        sections = new ArrayList<>();
        chapters.add(new Chapter(chapter, sections));
        section = a.section();
        current = new ArrayList<>();
        sections.add(new Section(section, current));
      } else if (!Objects.equals(a.section(), section)) {
        section = a.section();
        current = new ArrayList<>();
        sections.add(new Section(section, current));
      }
      java.util.Objects.requireNonNull(current, "a section was opened above")
          .add(ArticleText.of(a));
    }
    return chapters;
  }
}
