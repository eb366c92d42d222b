package cn.xiangyang.portal.knowledge;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the knowledge module ({@code portal.knowledge}).
 *
 * @param searchThreads searches that run at once (each embeds and reads Lucene on a worker thread)
 * @param searchQueue searches that may wait for a worker; beyond it a search fails fast with 503
 * @param cacheEntries identical searches remembered in memory (question text, k and types)
 * @param cacheTtl how long a remembered search is reused
 */
@ConfigurationProperties("portal.knowledge")
public record KnowledgeProperties(
    int searchThreads, int searchQueue, int cacheEntries, Duration cacheTtl) {

  public KnowledgeProperties {
    searchThreads =
        searchThreads > 0 ? searchThreads : Math.max(2, Runtime.getRuntime().availableProcessors());
    searchQueue = searchQueue > 0 ? searchQueue : 10_000;
    cacheEntries = cacheEntries > 0 ? cacheEntries : 2_000;
    cacheTtl = cacheTtl == null ? Duration.ofMinutes(30) : cacheTtl;
  }
}
