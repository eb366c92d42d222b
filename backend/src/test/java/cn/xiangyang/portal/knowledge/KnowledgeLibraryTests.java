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

  @Test
  void anIdenticalSearchIsSharedWithinTheCacheTimeAndSearchedAgainAfterIt()
      throws InterruptedException {
    var now = new java.util.concurrent.atomic.AtomicReference<>(
        java.time.Instant.parse("2026-12-08T03:00:00Z"));
    Clock clock = new Clock() {
      @Override
      public java.time.ZoneId getZone() {
        return java.time.ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public java.time.Instant instant() {
        return now.get();
      }
    };
    KnowledgeLibrary timed =
        new KnowledgeLibrary(new KnowledgeProperties(1, 100, 10, Duration.ofMinutes(5)), clock);
    try {
      SearchQuery query = SearchQuery.of("试用期被辞退有没有补偿");
      var first = timed.search(query).block();
      // The cache stamps the entry when the search's future completes, in a callback that may run
      // just after the caller has its hits: let it run before the clock moves.
      Thread.sleep(300);
      now.set(now.get().plusSeconds(299));
      org.assertj.core.api.Assertions.assertThat(timed.search(query).block())
          .as("within five minutes: the same hits, not a new search")
          .isSameAs(first);
      now.set(now.get().plusSeconds(60));
      org.assertj.core.api.Assertions.assertThat(timed.search(query).block())
          .as("after five minutes: searched again")
          .isNotSameAs(first)
          .isEqualTo(first);
    } finally {
      timed.destroy();
    }
  }
}
