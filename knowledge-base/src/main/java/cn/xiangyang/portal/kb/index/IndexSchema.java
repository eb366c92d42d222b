package cn.xiangyang.portal.kb.index;

/**
 * The fields of the knowledge index, shared by the builder and the searcher.
 *
 * <p>One Lucene document is one passage. An article, FAQ or case may be split into several passages;
 * they share {@link #KEY}, which is what search results are deduplicated on.
 */
public final class IndexSchema {

  /**
   * Version of the document layout, chunking and embedding input. Part of the cache key: bump it
   * whenever a change here or in {@link IndexBuilder} would produce a different index for the same corpus.
   */
  public static final String VERSION = "4";

  /** Name of the embedding model the vectors come from; part of the cache key too. */
  public static final String EMBEDDING_MODEL = "bge-small-zh-v1.5-q";

  /** Dimensions of the bge-small-zh-v1.5 vectors. */
  public static final int DIMENSIONS = 512;

  /** Classpath folder (and folder under {@code target/classes}) the built index ships in. */
  public static final String CLASSPATH_FOLDER = "kb-index";

  /** The manifest inside the index folder: cache key, counts and the list of index files. */
  public static final String MANIFEST = "manifest.properties";

  // stored, indexed as keywords
  /** {@code type:id}, the same for every passage of one entry, e.g. {@code article:labor-contract-law#82}. */
  public static final String KEY = "key";
  /** {@code article}, {@code case} or {@code faq}. */
  public static final String TYPE = "type";
  /** The entry's id: {@code labor-contract-law#82}, {@code case-…}, {@code faq-…}. */
  public static final String ID = "id";
  /** The law's id, for articles only. */
  public static final String LAW_ID = "lawId";
  /** Subject tags of the entry (multi-valued keywords). */
  public static final String TOPIC = "topic";

  // stored only
  /** The article number, for articles only. */
  public static final String ARTICLE_NUMBER = "number";
  /** The law's short name, for articles only. */
  public static final String LAW_SHORT_NAME = "lawShortName";
  /** What a result is called: {@code 劳动合同法 第八十二条}, the case title or the FAQ question. */
  public static final String TITLE = "title";
  /** The passage's own text, as shown in snippets. */
  public static final String TEXT = "text";
  /** The passage's position within its entry, from 0. */
  public static final String PASSAGE = "passage";
  /** Articles an entry cites (FAQ citations, case citations), as {@code law-id#n}, multi-valued. */
  public static final String CITES = "cites";

  // indexed only
  /** The passage text analysed into words by SmartChineseAnalyzer, for BM25. */
  public static final String WORDS = "words";
  /** The passage text analysed into overlapping character bigrams, for BM25. */
  public static final String BIGRAMS = "bigrams";
  /** Law name, chapter, section and title words, for BM25 with a low weight. */
  public static final String HEADING = "heading";
  /** The passage's bge-small-zh-v1.5 vector (cosine). */
  public static final String VECTOR = "vector";

  /** Entry types as stored in {@link #TYPE}. */
  public static final String ARTICLE = "article";

  public static final String CASE = "case";
  public static final String FAQ = "faq";

  private IndexSchema() {}

  /** The entry key shared by all passages of one entry. */
  public static String key(String type, String id) {
    return type + ":" + id;
  }
}
