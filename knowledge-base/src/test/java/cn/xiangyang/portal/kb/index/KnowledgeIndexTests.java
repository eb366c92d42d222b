package cn.xiangyang.portal.kb.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xiangyang.portal.kb.Corpus;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index the build ships, and the cache that keeps the build from re-embedding an unchanged corpus. */
class KnowledgeIndexTests {

  @Test
  void shipsAnIndexBuiltFromTheCurrentCorpus() throws Exception {
    Properties manifest = new Properties();
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("kb-index/manifest.properties")) {
      assertThat(in).as("kb-index/manifest.properties on the classpath").isNotNull();
      manifest.load(in);
    }
    Corpus corpus = Corpus.loadFromClasspath();
    assertThat(manifest.getProperty("corpusHash")).isEqualTo(corpus.contentHash());
    assertThat(manifest.getProperty("key")).isEqualTo(IndexCache.key(corpus.contentHash()));
    long articles = corpus.laws().stream().mapToLong(l -> l.articles().size()).sum();
    assertThat(Long.parseLong(manifest.getProperty("articles"))).isEqualTo(articles);
    assertThat(Long.parseLong(manifest.getProperty("faqs")))
        .isEqualTo(corpus.faqs().size());
    assertThat(Long.parseLong(manifest.getProperty("cases")))
        .isEqualTo(corpus.cases().size());
  }

  @Test
  void extractsTheClasspathIndexOnceAndReusesIt(@TempDir Path root) throws Exception {
    IndexCache cache = new IndexCache(root);
    Path first = cache.extractClasspathIndex(getClass().getClassLoader());
    assertThat(first.resolve(IndexSchema.MANIFEST)).exists();
    long modified =
        Files.getLastModifiedTime(first.resolve(IndexSchema.MANIFEST)).toMillis();
    Path second = cache.extractClasspathIndex(getClass().getClassLoader());
    assertThat(second).isEqualTo(first);
    assertThat(Files.getLastModifiedTime(second.resolve(IndexSchema.MANIFEST)).toMillis())
        .isEqualTo(modified);
    try (var files = Files.list(root)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .containsExactly(first.getFileName().toString());
    }
  }

  @Test
  void keysTheCacheByCorpusContentAndIndexLayout() {
    assertThat(IndexCache.key("a"))
        .isEqualTo(IndexCache.key("a"))
        .isNotEqualTo(IndexCache.key("b"))
        .hasSize(16);
  }

  @Test
  void publishingTheSameKeyTwiceKeepsTheFirstCompleteCopy(@TempDir Path root) throws Exception {
    IndexCache cache = new IndexCache(root);
    Path one = cache.newWorkFolder("k");
    Files.writeString(one.resolve(IndexSchema.MANIFEST), "key=k\nfrom=one\n");
    Path two = cache.newWorkFolder("k");
    Files.writeString(two.resolve(IndexSchema.MANIFEST), "key=k\nfrom=two\n");
    cache.publish(one, "k");
    Path published = cache.publish(two, "k");
    assertThat(IndexCache.manifest(published).getProperty("from")).isEqualTo("one");
    assertThat(two).doesNotExist();
  }

  @Test
  void refusesTextsTheEmbeddingModelWouldSilentlyTruncate() {
    Embeddings embeddings = new Embeddings();
    assertThatThrownBy(
            () -> embeddings.passages(List.of("劳".repeat(Embeddings.MAX_INPUT_CHARS + 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("truncated");
    float[] vector = embeddings.query("加班费怎么算");
    assertThat(vector).hasSize(IndexSchema.DIMENSIONS);
    double norm = 0;
    for (float v : vector) {
      norm += v * v;
    }
    assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
  }
}
