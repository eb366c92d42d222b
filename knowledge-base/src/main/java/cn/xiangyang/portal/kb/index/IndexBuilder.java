package cn.xiangyang.portal.kb.index;

import cn.xiangyang.portal.kb.Article;
import cn.xiangyang.portal.kb.ArticleRef;
import cn.xiangyang.portal.kb.CaseDigest;
import cn.xiangyang.portal.kb.Corpus;
import cn.xiangyang.portal.kb.Faq;
import cn.xiangyang.portal.kb.Law;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;

/**
 * Builds the knowledge index from the corpus: one document per passage of every article, FAQ and case,
 * with BM25 fields (SmartChineseAnalyzer words, character bigrams) and a bge-small-zh-v1.5 vector.
 *
 * <p>Run by the build ({@code process-classes}) to write {@code target/classes/kb-index}, which then ships
 * in the jar. Embedding the corpus is the slow part, so built indexes are kept in the {@link IndexCache}
 * under a key derived from {@link Corpus#contentHash()}: an unchanged corpus is copied, not re-embedded.
 */
public final class IndexBuilder {

  /** Longest passage, in characters; the heading prepended for embedding must still fit the model. */
  static final int PASSAGE_CHARS = 400;

  private static final int EMBEDDING_BATCH = 64;

  /** What a build did. */
  public record Result(Path folder, String key, boolean fromCache, int documents, long millis) {}

  /** One passage to index: its stored and indexed fields, and the text its vector is computed from. */
  private record Passage(
      String type,
      String id,
      int index,
      String title,
      String text,
      String heading,
      String embeddingInput,
      @Nullable String lawId,
      @Nullable Integer number,
      @Nullable String lawShortName,
      List<String> topics,
      List<String> cites) {}

  private final IndexCache cache;

  public IndexBuilder(IndexCache cache) {
    this.cache = cache;
  }

  /**
   * Builds (or copies from the cache) the index of {@code corpus} into {@code target}, replacing its
   * contents. Usage: {@code IndexBuilder <target folder> [<corpus folder>]}; without a corpus folder the
   * corpus is loaded from the classpath.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: IndexBuilder <target folder> [<corpus folder>]");
      System.exit(2);
    }
    Path target = Path.of(args[0]);
    long start = System.nanoTime();
    Corpus corpus = args.length == 2 ? Corpus.load(Path.of(args[1])) : Corpus.loadFromClasspath();
    long loaded = System.nanoTime();
    Result result = new IndexBuilder(IndexCache.standard()).buildInto(corpus, target);
    System.out.printf(
        "kb-index %s: %d passages, %s in %d ms (corpus loaded in %d ms) -> %s%n",
        result.key(),
        result.documents(),
        result.fromCache()
            ? "copied from cache " + result.folder()
            : "built and cached in " + result.folder(),
        result.millis(),
        (loaded - start) / 1_000_000,
        target);
  }

  /** Puts the index of {@code corpus} into {@code target}, building it only when the cache lacks it. */
  public Result buildInto(Corpus corpus, Path target) throws IOException {
    long start = System.nanoTime();
    String key = IndexCache.key(corpus.contentHash());
    Path cached = cache.find(key);
    boolean fromCache = cached != null;
    if (cached == null) {
      Path work = cache.newWorkFolder(key);
      try {
        write(corpus, key, work);
        cached = cache.publish(work, key);
      } finally {
        IndexCache.deleteRecursively(work);
      }
    }
    IndexCache.copyIndex(cached, target);
    int documents = Integer.parseInt(IndexCache.manifest(target).getProperty("passages", "0"));
    return new Result(cached, key, fromCache, documents, (System.nanoTime() - start) / 1_000_000);
  }

  /** Writes a fresh index of {@code corpus} and its manifest into the empty folder {@code folder}. */
  public static void write(Corpus corpus, String key, Path folder) throws IOException {
    long start = System.nanoTime();
    List<Passage> passages = passages(corpus);
    Embeddings embeddings = new Embeddings();
    IndexWriterConfig config = new IndexWriterConfig(ChineseAnalysis.perField());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setUseCompoundFile(true);
    config.setRAMBufferSizeMB(64);
    try (Directory directory = FSDirectory.open(folder);
        IndexWriter writer = new IndexWriter(directory, config)) {
      for (int from = 0; from < passages.size(); from += EMBEDDING_BATCH) {
        List<Passage> batch =
            passages.subList(from, Math.min(passages.size(), from + EMBEDDING_BATCH));
        List<float[]> vectors =
            embeddings.passages(batch.stream().map(Passage::embeddingInput).toList());
        for (int i = 0; i < batch.size(); i++) {
          writer.addDocument(document(batch.get(i), vectors.get(i)));
        }
      }
      writer.forceMerge(1);
      writer.commit();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    Properties manifest = new Properties();
    manifest.setProperty("key", key);
    manifest.setProperty("corpusHash", corpus.contentHash());
    manifest.setProperty("schemaVersion", IndexSchema.VERSION);
    manifest.setProperty("embeddingModel", IndexSchema.EMBEDDING_MODEL);
    manifest.setProperty("passages", Integer.toString(passages.size()));
    manifest.setProperty("articles", Long.toString(count(passages, IndexSchema.ARTICLE)));
    manifest.setProperty("faqs", Long.toString(count(passages, IndexSchema.FAQ)));
    manifest.setProperty("cases", Long.toString(count(passages, IndexSchema.CASE)));
    manifest.setProperty("builtAt", Instant.now().toString());
    manifest.setProperty("buildMillis", Long.toString(millis));
    try (Stream<Path> files = Files.list(folder)) {
      manifest.setProperty(
          "files",
          files
              .map(f -> f.getFileName().toString())
              .filter(f -> !f.equals("write.lock"))
              .sorted()
              .collect(Collectors.joining(",")));
    }
    // written last: its presence marks the folder as complete
    try (OutputStream out = Files.newOutputStream(folder.resolve(IndexSchema.MANIFEST))) {
      manifest.store(new OutputStreamWriter(out, StandardCharsets.UTF_8), "knowledge index");
    }
  }

  private static long count(List<Passage> passages, String type) {
    return passages.stream()
        .filter(p -> p.type().equals(type))
        .map(Passage::id)
        .distinct()
        .count();
  }

  private static List<Passage> passages(Corpus corpus) {
    List<Passage> passages = new ArrayList<>();
    for (Law law : corpus.laws()) {
      for (Article article : law.articles()) {
        passages.addAll(articlePassages(law, article));
      }
    }
    for (Faq faq : corpus.faqs()) {
      passages.addAll(faqPassages(faq));
    }
    for (CaseDigest digest : corpus.cases()) {
      passages.addAll(casePassages(digest));
    }
    return passages;
  }

  private static Stream<String> nonBlank(@Nullable String text) {
    return text == null || text.isBlank() ? Stream.empty() : Stream.of(text.strip());
  }

  static List<Passage> articlePassages(Law law, Article article) {
    String title = law.shortName() + " " + article.label();
    String context = Stream.concat(nonBlank(article.chapter()), nonBlank(article.section()))
        .collect(Collectors.joining(" "));
    String heading = String.join(" ", law.shortName(), String.join(" ", law.aliases()), context)
        .strip();
    String embeddingHeading = (law.shortName() + " " + context).strip() + "：";
    List<Passage> passages = new ArrayList<>();
    List<String> parts = Passages.split(article.text(), PASSAGE_CHARS);
    for (int i = 0; i < parts.size(); i++) {
      passages.add(new Passage(
          IndexSchema.ARTICLE,
          article.ref().toString(),
          i,
          title,
          parts.get(i),
          heading,
          embeddingHeading + parts.get(i),
          law.id(),
          article.number(),
          law.shortName(),
          article.topics(),
          List.of()));
    }
    return passages;
  }

  static List<Passage> faqPassages(Faq faq) {
    List<String> cites = faq.citations().stream().map(ArticleRef::toString).toList();
    List<Passage> passages = new ArrayList<>();
    // the question and the ways people ask it form passage 0: it is what a user's question
    // resembles most
    String asked =
        faq.question() + (faq.variants().isEmpty() ? "" : "\n" + String.join("；", faq.variants()));
    for (String part : Passages.split(asked, PASSAGE_CHARS)) {
      passages.add(faqPassage(faq, passages.size(), part, part, cites));
    }
    for (String part : Passages.split(faq.answer(), PASSAGE_CHARS)) {
      passages.add(faqPassage(faq, passages.size(), part, faq.question() + "\n" + part, cites));
    }
    return passages;
  }

  private static Passage faqPassage(
      Faq faq, int index, String text, String embeddingInput, List<String> cites) {
    return new Passage(
        IndexSchema.FAQ,
        faq.id(),
        index,
        faq.question(),
        text,
        faq.topic(),
        clip(embeddingInput),
        null,
        null,
        null,
        faq.tags(),
        cites);
  }

  static List<Passage> casePassages(CaseDigest digest) {
    List<String> cites = digest.cites().stream().map(ArticleRef::toString).toList();
    List<Passage> passages = new ArrayList<>();
    for (String section : List.of("基本案情", "裁判理由")) {
      String body = digest.sections().get(section);
      if (body == null || body.isBlank()) {
        continue;
      }
      for (String part : Passages.split(body, PASSAGE_CHARS)) {
        passages.add(new Passage(
            IndexSchema.CASE,
            digest.id(),
            passages.size(),
            digest.title(),
            part,
            digest.title(),
            clip(digest.title() + "：" + part),
            null,
            null,
            null,
            digest.topics(),
            cites));
      }
    }
    return passages;
  }

  private static String clip(String text) {
    return text.length() <= Embeddings.MAX_INPUT_CHARS
        ? text
        : text.substring(0, Embeddings.MAX_INPUT_CHARS);
  }

  private static Document document(Passage passage, float[] vector) {
    Document doc = new Document();
    doc.add(new StringField(
        IndexSchema.KEY, IndexSchema.key(passage.type(), passage.id()), Field.Store.YES));
    doc.add(new StringField(IndexSchema.TYPE, passage.type(), Field.Store.YES));
    doc.add(new StringField(IndexSchema.ID, passage.id(), Field.Store.YES));
    if (passage.lawId() != null) {
      doc.add(new StringField(IndexSchema.LAW_ID, passage.lawId(), Field.Store.YES));
    }
    if (passage.number() != null) {
      doc.add(new StoredField(IndexSchema.ARTICLE_NUMBER, passage.number()));
    }
    if (passage.lawShortName() != null) {
      doc.add(new StoredField(IndexSchema.LAW_SHORT_NAME, passage.lawShortName()));
    }
    for (String topic : passage.topics()) {
      doc.add(new StringField(IndexSchema.TOPIC, topic, Field.Store.YES));
    }
    for (String cite : passage.cites()) {
      doc.add(new StoredField(IndexSchema.CITES, cite));
    }
    doc.add(new StoredField(IndexSchema.TITLE, passage.title()));
    doc.add(new StoredField(IndexSchema.TEXT, passage.text()));
    doc.add(new StoredField(IndexSchema.PASSAGE, passage.index()));
    doc.add(new TextField(IndexSchema.WORDS, passage.text(), Field.Store.NO));
    doc.add(new TextField(IndexSchema.BIGRAMS, passage.text(), Field.Store.NO));
    doc.add(new TextField(IndexSchema.HEADING, passage.heading(), Field.Store.NO));
    doc.add(
        new KnnFloatVectorField(IndexSchema.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    return doc;
  }
}
