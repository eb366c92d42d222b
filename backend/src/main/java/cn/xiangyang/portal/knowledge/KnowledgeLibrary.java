package cn.xiangyang.portal.knowledge;

import cn.xiangyang.portal.kb.ArticleRef;
import cn.xiangyang.portal.kb.Corpus;
import cn.xiangyang.portal.kb.Faq;
import cn.xiangyang.portal.kb.search.HitType;
import cn.xiangyang.portal.kb.search.KnowledgeSearch;
import cn.xiangyang.portal.kb.search.QueryAnalysis;
import cn.xiangyang.portal.kb.search.SearchHit;
import cn.xiangyang.portal.kb.search.SearchQuery;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The knowledge base of the running application: the corpus and the search index, each opened once
 * from the knowledge-base jar and shared by every request; closed at shutdown.
 *
 * <p>This is the one blocking boundary of the knowledge library: a search (embedding and Lucene) runs
 * on a bounded-elastic scheduler of its own with {@code searchThreads} workers, so at most that many
 * searches run at once however many requests wait, and no Netty thread ever blocks. Identical searches
 * share one result (in flight and for {@code cacheTtl} afterwards), so a thousand people asking the same
 * question cost one search. The corpus itself is immutable and in memory: reading it never blocks.
 */
@Component
@EnableConfigurationProperties(KnowledgeProperties.class)
public class KnowledgeLibrary implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(KnowledgeLibrary.class);

  private final Corpus corpus;
  private final KnowledgeSearch search;
  private final Scheduler workers;
  /**
   * Searches in flight and done within the cache time, by query; a search that fails is dropped at once
   * (Caffeine removes an entry whose future completes exceptionally), so the next caller searches again.
   */
  private final AsyncCache<SearchQuery, List<SearchHit>> cache;

  private final List<Faq> suggestions;

  private static final int SUGGESTIONS = 6;

  KnowledgeLibrary(KnowledgeProperties properties, Clock clock) {
    long start = System.nanoTime();
    this.corpus = Corpus.loadFromClasspath();
    this.search = KnowledgeSearch.openClasspathIndex();
    this.suggestions = suggestionsOf(corpus);
    this.workers = Schedulers.newBoundedElastic(
        properties.searchThreads(), properties.searchQueue(), "knowledge-search");
    this.cache = Caffeine.newBuilder()
        .maximumSize(properties.cacheEntries())
        .expireAfterWrite(properties.cacheTtl())
        .ticker(() -> nanos(clock.instant()))
        .buildAsync();
    log.info(
        "知识库已加载：{} 部法律法规，{} 个案例，{} 条问答，索引 {}（{} 条），用时 {} ms",
        corpus.laws().size(),
        corpus.cases().size(),
        corpus.faqs().size(),
        search.indexKey(),
        search.entries(),
        Duration.ofNanos(System.nanoTime() - start).toMillis());
  }

  /**
   * What to offer when a search finds nothing: the first question of each of the largest FAQ topics, so the
   * suggestions follow the corpus (the topics people ask most are the ones with the most answers).
   */
  public List<Faq> suggestions() {
    return suggestions;
  }

  private static List<Faq> suggestionsOf(Corpus corpus) {
    Map<String, List<Faq>> byTopic = new LinkedHashMap<>();
    corpus
        .faqs()
        .forEach(faq -> byTopic
            .computeIfAbsent(faq.topicSlug(), t -> new java.util.ArrayList<>())
            .add(faq));
    return byTopic.values().stream()
        .sorted(java.util.Comparator.comparingInt((List<Faq> topic) -> -topic.size())
            .thenComparing(topic -> topic.getFirst().topicSlug()))
        .limit(SUGGESTIONS)
        .map(List::getFirst)
        .toList();
  }

  /** The corpus: laws article by article, case digests and FAQ; immutable, safe to read on any thread. */
  public Corpus corpus() {
    return corpus;
  }

  /**
   * The hits for a query, searched on a worker thread; an identical query asked within the cache time
   * gets the same hits without searching again.
   */
  public Mono<List<SearchHit>> search(SearchQuery query) {
    return Mono.defer(() -> Mono.fromFuture(
            cache.get(
                query,
                (q, executor) -> Mono.fromCallable(() -> search.search(q))
                    .subscribeOn(workers)
                    .onErrorMap(RejectedExecutionException.class, KnowledgeBusy::new)
                    .toFuture()),
            true)) // one caller giving up must not cancel the search the others wait for
        // Callers continue on the parallel scheduler, not on the search worker: everyone waiting
        // for
        // the same search would otherwise run their own work (composing, encoding) on one of the
        // few
        // search threads.
        .publishOn(Schedulers.parallel());
  }

  private static long nanos(Instant instant) {
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }

  /** How a text is understood (colloquial phrases, legal issues); cheap pattern matching, no I/O. */
  public QueryAnalysis analyze(String text) {
    return search.analyze(text);
  }

  /** The names of the legal issues spotted in a text: {@link #analyze}'s issues alone; cheap pattern matching. */
  public List<String> issues(String text) {
    return search.issues(text);
  }

  /** The portal page of an article: {@code /laws/{lawId}#第{number}条}. */
  public static String articleUrl(String lawId, int number) {
    return "/laws/" + lawId + "#第" + number + "条";
  }

  /** The portal page of an article. */
  public static String articleUrl(ArticleRef ref) {
    return articleUrl(ref.lawId(), ref.number());
  }

  /** The portal page of a case digest. */
  public static String caseUrl(String caseId) {
    return "/cases/" + caseId;
  }

  /** The portal page of a FAQ entry. */
  public static String faqUrl(String faqId) {
    return "/faq#" + faqId;
  }

  /** The portal page of a search hit. */
  public static String url(SearchHit hit) {
    return switch (hit.type()) {
      case ARTICLE ->
        hit.lawId() != null && hit.articleNumber() != null
            ? articleUrl(hit.lawId(), hit.articleNumber())
            : "/laws";
      case CASE -> caseUrl(hit.id());
      case FAQ -> faqUrl(hit.id());
    };
  }

  /** All kinds of hits. */
  public static java.util.Set<HitType> allTypes() {
    return java.util.EnumSet.allOf(HitType.class);
  }

  @Override
  public void destroy() {
    workers.dispose();
    search.close();
  }

  /** Every search worker is busy and the waiting line is full. */
  static final class KnowledgeBusy extends cn.xiangyang.portal.system.DomainProblem {
    KnowledgeBusy(Throwable cause) {
      super(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE, "服务繁忙", "当前查询的人数较多，请稍等片刻后再试。");
    }

    @Override
    public Map<String, String> headers() {
      return Map.of("Retry-After", "5");
    }
  }
}
