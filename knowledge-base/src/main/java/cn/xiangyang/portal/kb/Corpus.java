package cn.xiangyang.portal.kb;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The whole knowledge base as loaded from its files: statutes article by article, typical cases and FAQ.
 *
 * <p>A corpus is only handed out when {@link CorpusValidator} finds no problem in its files; it is immutable and
 * safe to share between threads.
 */
public final class Corpus {

  private final Map<String, Law> laws;
  private final Map<String, CaseDigest> cases;
  private final Map<String, Faq> faqs;
  private final Map<String, String> preambles;
  private final Map<String, String> appendices;
  private final String contentHash;

  Corpus(
      List<Law> laws,
      List<CaseDigest> cases,
      List<Faq> faqs,
      Map<String, String> preambles,
      Map<String, String> appendices,
      String contentHash) {
    this.laws = byId(laws, Law::id);
    this.cases = byId(cases, CaseDigest::id);
    this.faqs = byId(faqs, Faq::id);
    this.preambles = Map.copyOf(preambles);
    this.appendices = Map.copyOf(appendices);
    this.contentHash = contentHash;
  }

  /**
   * Loads the corpus packaged under {@code kb/} on the classpath (from a jar through {@code kb/manifest.txt}, which
   * the build writes).
   *
   * @throws CorpusInvalid listing every problem, when the corpus has any
   */
  public static Corpus loadFromClasspath() {
    return accept(CorpusValidator.read(CorpusFiles.fromClasspath(Corpus.class.getClassLoader())));
  }

  /**
   * Loads the corpus under a {@code kb} directory: {@code laws/*.md}, {@code cases/*.md}, {@code faq/*.yaml}.
   *
   * @throws CorpusInvalid listing every problem, when the corpus has any
   */
  public static Corpus load(Path kbDirectory) {
    return accept(CorpusValidator.read(CorpusFiles.fromDirectory(kbDirectory)));
  }

  private static Corpus accept(CorpusValidator.Reading reading) {
    if (!reading.problems().isEmpty()) {
      throw new CorpusInvalid(reading.problems());
    }
    return reading.corpus();
  }

  /** Every law, in id order. */
  public List<Law> laws() {
    return List.copyOf(laws.values());
  }

  /** Every case digest, in id order. */
  public List<CaseDigest> cases() {
    return List.copyOf(cases.values());
  }

  /** Every FAQ entry, by topic file and then in file order. */
  public List<Faq> faqs() {
    return List.copyOf(faqs.values());
  }

  public Optional<Law> law(String id) {
    return Optional.ofNullable(laws.get(id));
  }

  /** The cited article, or empty when the law or the article does not exist. */
  public Optional<Article> article(ArticleRef ref) {
    return law(ref.lawId()).flatMap(law -> law.article(ref.number()));
  }

  public Optional<CaseDigest> caseDigest(String id) {
    return Optional.ofNullable(cases.get(id));
  }

  public Optional<Faq> faq(String id) {
    return Optional.ofNullable(faqs.get(id));
  }

  /** The text a law prints before its first article (a notice's salutation, an enacting clause), if any. */
  public Optional<String> preamble(String lawId) {
    return Optional.ofNullable(preambles.get(lawId));
  }

  /** A law's appendix (e.g. 女职工禁忌从事的劳动范围), if it has one. */
  public Optional<String> appendix(String lawId) {
    return Optional.ofNullable(appendices.get(lawId));
  }

  /**
   * SHA-256 (lowercase hex) over the path and bytes of every corpus file in path order: equal hashes mean the same
   * corpus, whether loaded from a directory or from a jar.
   */
  public String contentHash() {
    return contentHash;
  }

  // Keeps the first of duplicate ids; CorpusValidator reports the duplicates, so a loaded corpus
  // never has any.
  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> map = new LinkedHashMap<>();
    for (T item : items) {
      map.putIfAbsent(id.apply(item), item);
    }
    return Collections.unmodifiableMap(map);
  }
}
