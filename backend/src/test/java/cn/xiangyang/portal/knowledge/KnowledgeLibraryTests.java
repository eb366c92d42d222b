package cn.xiangyang.portal.knowledge;

import cn.xiangyang.portal.kb.search.SearchQuery;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class KnowledgeLibraryTests {

  private static KnowledgeLibrary library;

  @BeforeAll
  static void open() {
    library = new KnowledgeLibrary(
        new KnowledgeProperties(1, 100, 10, Duration.ofMinutes(5)), Clock.systemUTC());
  }

  @AfterAll
  static void close() {
    library.destroy();
  }

  @Test
  void callersOfASearchContinueOffTheSearchWorkers() {
    SearchQuery query = SearchQuery.of("公司不跟我签劳动合同能要双倍工资吗");
    // the first caller waits for the search, the second gets the cached hits: neither runs on
    // knowledge-search
    StepVerifier.create(library.search(query).map(hits -> Thread.currentThread().getName()))
        .expectNextMatches(thread -> thread.startsWith("parallel-"))
        .verifyComplete();
    StepVerifier.create(library.search(query).map(hits -> Thread.currentThread().getName()))
        .expectNextMatches(thread -> thread.startsWith("parallel-"))
        .verifyComplete();
  }
}
