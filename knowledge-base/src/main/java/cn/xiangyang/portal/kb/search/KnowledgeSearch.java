package cn.xiangyang.portal.kb.search;

import cn.xiangyang.portal.kb.index.ChineseAnalysis;
import cn.xiangyang.portal.kb.index.Embeddings;
import cn.xiangyang.portal.kb.index.IndexCache;
import cn.xiangyang.portal.kb.index.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Searches the knowledge index for the articles, cases and FAQ entries that answer a question or govern a
 * narrative of facts.
 *
 * <p>Hybrid retrieval fused by reciprocal rank: BM25 over words and character bigrams, bge-small-zh
 * vectors of the whole query and of each clause of a long narrative; the colloquial phrases are also
 * searched in legal terms ({@link LegalVocabulary}); each legal issue spotted in the text
 * ({@link IssueSpotter}) is searched again among the entries tagged with its topics; and the FAQ entries
 * and cases that match vote for the articles they cite. Results are one hit per article, case or FAQ.
 *
 * <p>Thread-safe and blocking (a query embeds up to ~20 short texts: tens to a few hundred milliseconds on
 * two cores); reactive callers run it on a bounded-elastic scheduler. Open once, share, close at shutdown.
 */
public final class KnowledgeSearch implements AutoCloseable {

  private static final int CANDIDATES = 100;
  private static final int ISSUE_CANDIDATES = 50;

  // weights of the ranked lists in the fusion
  private static final double W_WORDS = 1.0;
  private static final double W_BIGRAMS = 1.0;
  private static final double W_VOCABULARY_TERMS = 0.5;
  private static final double W_DENSE = 1.0;
  private static final double W_DENSE_REWRITTEN = 0.6;
  private static final double W_CLAUSES = 1.0;
  private static final double W_ISSUE_LEXICAL = 0.5;
  private static final double W_ISSUE_DENSE = 0.5;
  // votes: a FAQ or case among the first hits lends part of its score to the articles it cites
  private static final int FAQ_VOTERS = 10;
  private static final int CASE_VOTERS = 5;
  private static final double W_FAQ_VOTE = 0.5;
  private static final double W_CASE_VOTE = 0.25;

  /** Longest text embedded as a whole, leaving room for the query instruction. */
  private static final int WHOLE_TEXT_CHARS = Embeddings.MAX_INPUT_CHARS - Embeddings.QUERY_INSTRUCTION.length();

  /** Single characters too common to say anything about a legal question. */
  private static final Set<String> STOP = Set.of(
      "的", "了", "我", "你", "他", "她", "它", "们", "是", "在", "和", "与", "也", "就", "都", "还", "被", "把", "给",
      "这", "那", "有", "个", "吗", "呢", "吧", "啊", "么", "什", "怎", "要", "会", "能", "说", "到", "去", "让", "对",
      "从", "但", "又", "并", "而", "及", "或", "等", "可", "以", "为", "之", "其", "该", "此", "不", "没", "后", "前",
      "时", "中", "上", "下", "里", "年", "月", "日", "某", "多", "少", "一", "二", "三", "元", "号", "次", "将", "已");

  /** Words too common in questions to be worth highlighting. */
  private static final Set<String> NOT_HIGHLIGHTED = Set.of(
      "怎么", "什么", "可以", "如何", "应该", "是否", "还是", "没有", "这样", "那么", "这个", "一个", "已经", "因为", "所以",
      "如果", "自己", "现在", "时候", "我们", "他们", "能否", "需要");

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Embeddings embeddings;
  private final LegalVocabulary vocabulary;
  private final IssueSpotter spotter;
  private final Properties manifest;
  // doc id -> entry key / type / citations: the index never changes once open, so these are loaded once
  private final String[] keys;
  private final String[] types;
  private final List<List<String>> cites;
  private final Map<String, Integer> firstPassage = new LinkedHashMap<>();

  private KnowledgeSearch(Path folder, Embeddings embeddings) throws IOException {
    this.directory = FSDirectory.open(folder);
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.embeddings = embeddings;
    this.vocabulary = LegalVocabulary.standard();
    this.spotter = IssueSpotter.standard();
    this.manifest = IndexCache.manifest(folder);
    int max = reader.maxDoc();
    this.keys = new String[max];
    this.types = new String[max];
    this.cites = new ArrayList<>(max);
    StoredFields stored = reader.storedFields();
    for (int doc = 0; doc < max; doc++) {
      Document d = stored.document(doc, Set.of(IndexSchema.KEY, IndexSchema.TYPE, IndexSchema.CITES));
      keys[doc] = d.get(IndexSchema.KEY);
      types[doc] = d.get(IndexSchema.TYPE);
      cites.add(List.of(d.getValues(IndexSchema.CITES)));
      firstPassage.putIfAbsent(keys[doc], doc);
    }
  }

  /** Opens the index in {@code folder}, loading the embedding model. */
  public static KnowledgeSearch open(Path folder) {
    return open(folder, new Embeddings());
  }

  /** Opens the index in {@code folder} with an already loaded embedding model. */
  public static KnowledgeSearch open(Path folder, Embeddings embeddings) {
    try {
      return new KnowledgeSearch(folder, embeddings);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the knowledge index in " + folder, e);
    }
  }

  /**
   * Opens the index shipped on the classpath (in the jar), extracting it on first use into the
   * {@link IndexCache} folder of its key; later calls and later processes reuse the extracted copy.
   */
  public static KnowledgeSearch openClasspathIndex() {
    return open(IndexCache.standard().extractClasspathIndex(KnowledgeSearch.class.getClassLoader()));
  }

  /** The cache key of the open index (corpus content, index layout and model). */
  public String indexKey() {
    return manifest.getProperty("key", "");
  }

  /** The number of distinct articles, cases and FAQ entries in the index. */
  public int entries() {
    return firstPassage.size();
  }

  /** The hybrid search the portal uses. */
  public List<SearchHit> search(SearchQuery query) {
    return search(query, Retrieval.HYBRID);
  }

  /** Searches with the chosen retrievers and layers; see {@link Retrieval}. */
  public List<SearchHit> search(SearchQuery query, Retrieval retrieval) {
    try {
      return doSearch(query, retrieval);
    } catch (IOException e) {
      throw new UncheckedIOException("knowledge index read failed", e);
    }
  }

  /** How {@code text} is understood: colloquial phrases, legal issues, rewritten form and clauses. */
  public QueryAnalysis analyze(String text) {
    String checked = QueryGuard.check(text);
    return new QueryAnalysis(
        checked,
        vocabulary.find(checked),
        spotter.spot(checked).stream().map(s -> s.issue().name()).toList(),
        vocabulary.rewrite(checked),
        Clauses.of(checked));
  }

  private List<SearchHit> doSearch(SearchQuery query, Retrieval retrieval) throws IOException {
    String text = query.text();
    List<String> legalTerms = retrieval.vocabulary() ? vocabulary.legalTerms(text) : List.of();
    List<IssueSpotter.Spotted> issues = retrieval.issues() ? spotter.spot(text) : List.of();
    RankFusion fusion = new RankFusion();

    Map<String, Double> userWords = weightedTerms(ChineseAnalysis.words(), IndexSchema.WORDS, List.of(text), 1.0);
    if (retrieval.lexical()) {
      Map<String, Double> words = new LinkedHashMap<>(userWords);
      Map<String, Double> bigrams = weightedTerms(ChineseAnalysis.bigrams(), IndexSchema.BIGRAMS, List.of(text), 1.0);
      merge(words, weightedTerms(ChineseAnalysis.words(), IndexSchema.WORDS, legalTerms, W_VOCABULARY_TERMS));
      merge(bigrams, weightedTerms(ChineseAnalysis.bigrams(), IndexSchema.BIGRAMS, legalTerms, W_VOCABULARY_TERMS));
      fusion.add(rank(termsQuery(IndexSchema.WORDS, words), CANDIDATES), W_WORDS);
      fusion.add(rank(termsQuery(IndexSchema.BIGRAMS, bigrams), CANDIDATES), W_BIGRAMS);
    }

    float[] whole = null;
    if (retrieval.dense()) {
      List<String> inputs = new ArrayList<>();
      inputs.add(clip(text));
      String rewritten = retrieval.vocabulary() ? vocabulary.rewrite(text) : text;
      boolean useRewritten = !rewritten.equals(text);
      if (useRewritten) {
        inputs.add(clip(rewritten));
      }
      List<String> clauses = Clauses.of(text);
      boolean useClauses = clauses.size() > 1;
      if (useClauses) {
        inputs.addAll(clauses);
      }
      List<float[]> vectors = embeddings.queries(inputs);
      whole = vectors.getFirst();
      fusion.add(rank(new KnnFloatVectorQuery(IndexSchema.VECTOR, whole, CANDIDATES), CANDIDATES), W_DENSE);
      int next = 1;
      if (useRewritten) {
        fusion.add(
            rank(new KnnFloatVectorQuery(IndexSchema.VECTOR, vectors.get(next++), CANDIDATES), CANDIDATES),
            W_DENSE_REWRITTEN);
      }
      if (useClauses) {
        // together the clauses weigh as much as the whole text, however many there are
        double each = W_CLAUSES / Math.sqrt(clauses.size());
        for (int i = 0; i < clauses.size(); i++) {
          fusion.add(
              rank(new KnnFloatVectorQuery(IndexSchema.VECTOR, vectors.get(next++), CANDIDATES), CANDIDATES), each);
        }
      }
    }

    for (IssueSpotter.Spotted spotted : issues) {
      IssueSpotter.Issue issue = spotted.issue();
      // among the entries tagged with the issue's topics, when it has any; otherwise among all entries
      Query topics = issue.topics().isEmpty()
          ? null
          : new TermInSetQuery(IndexSchema.TOPIC, issue.topics().stream().map(BytesRef::new).toList());
      if (retrieval.lexical()) {
        Map<String, Double> words = weightedTerms(ChineseAnalysis.words(), IndexSchema.WORDS, issue.legalTerms(), 1.0);
        merge(words, userWords);
        Query scored = termsQuery(IndexSchema.WORDS, words);
        if (scored != null && topics != null) {
          scored = new BooleanQuery.Builder()
              .add(scored, BooleanClause.Occur.MUST)
              .add(topics, BooleanClause.Occur.FILTER)
              .build();
        }
        fusion.add(rank(scored, ISSUE_CANDIDATES), W_ISSUE_LEXICAL);
      }
      if (whole != null && topics != null) {
        fusion.add(
            rank(new KnnFloatVectorQuery(IndexSchema.VECTOR, whole, ISSUE_CANDIDATES, topics), ISSUE_CANDIDATES),
            W_ISSUE_DENSE);
      }
    }

    List<RankFusion.Fused> ranked = fusion.ranked();
    if (retrieval.votes()) {
      vote(fusion, ranked);
      ranked = fusion.ranked();
    }

    Set<String> highlight = highlightTerms(text, legalTerms);
    List<SearchHit> hits = new ArrayList<>();
    StoredFields stored = reader.storedFields();
    for (RankFusion.Fused fused : ranked) {
      if (hits.size() == query.k()) {
        break;
      }
      HitType type = HitType.fromId(fused.key.substring(0, fused.key.indexOf(':')));
      if (!query.types().contains(type)) {
        continue;
      }
      int doc = fused.bestDoc >= 0 ? fused.bestDoc : firstPassage.getOrDefault(fused.key, -1);
      if (doc < 0) {
        continue; // a citation of an article the index does not hold
      }
      hits.add(hit(type, stored.document(doc), fused.score, highlight));
    }
    return hits;
  }

  /** FAQ entries and cases near the top lend part of their score to the articles they cite. */
  private void vote(RankFusion fusion, List<RankFusion.Fused> ranked) {
    int faqs = 0;
    int cases = 0;
    for (RankFusion.Fused voter : ranked) {
      if (faqs == FAQ_VOTERS && cases == CASE_VOTERS) {
        break;
      }
      int doc = voter.bestDoc >= 0 ? voter.bestDoc : firstPassage.getOrDefault(voter.key, -1);
      if (doc < 0) {
        continue;
      }
      double weight;
      if (IndexSchema.FAQ.equals(types[doc]) && faqs < FAQ_VOTERS) {
        faqs++;
        weight = W_FAQ_VOTE;
      } else if (IndexSchema.CASE.equals(types[doc]) && cases < CASE_VOTERS) {
        cases++;
        weight = W_CASE_VOTE;
      } else {
        continue;
      }
      List<String> cited = cites.get(doc);
      for (int i = 0; i < cited.size(); i++) {
        // the first citation is usually the governing one; later ones get less
        fusion.add(IndexSchema.key(IndexSchema.ARTICLE, cited.get(i)), -1, voter.score * weight / Math.sqrt(i + 1));
      }
    }
  }

  private SearchHit hit(HitType type, Document doc, double score, Set<String> highlight) {
    String number = doc.get(IndexSchema.ARTICLE_NUMBER);
    return new SearchHit(
        type,
        doc.get(IndexSchema.ID),
        doc.get(IndexSchema.LAW_ID),
        doc.get(IndexSchema.LAW_SHORT_NAME),
        number == null ? null : Integer.valueOf(number),
        doc.get(IndexSchema.TITLE),
        Snippets.of(doc.get(IndexSchema.TEXT), highlight),
        score);
  }

  /** The ranked entries a query finds: one element per entry, at its best passage's rank. */
  private List<RankFusion.Ranked> rank(@Nullable Query query, int n) throws IOException {
    if (query == null) {
      return List.of();
    }
    TopDocs top = searcher.search(query, n);
    List<RankFusion.Ranked> ranked = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ScoreDoc scoreDoc : top.scoreDocs) {
      String key = keys[scoreDoc.doc];
      if (seen.add(key)) {
        ranked.add(new RankFusion.Ranked(key, scoreDoc.doc));
      }
    }
    return ranked;
  }

  /**
   * A disjunction of term queries, each boosted by its weight. Built term by term from analysed text:
   * nothing the user typed is ever parsed as query syntax.
   */
  private static @Nullable Query termsQuery(String field, Map<String, Double> weighted) {
    if (weighted.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    int clauses = 0;
    for (Map.Entry<String, Double> term : weighted.entrySet()) {
      if (clauses++ == 512) {
        break; // far below Lucene's clause limit; a 500-character text has fewer distinct terms anyway
      }
      Query tq = new TermQuery(new Term(field, term.getKey()));
      builder.add(new BoostQuery(tq, term.getValue().floatValue()), BooleanClause.Occur.SHOULD);
    }
    return builder.build();
  }

  /**
   * The distinct terms of {@code texts} with a weight each: {@code weight} per occurrence, at most three
   * occurrences counted; stop characters dropped.
   */
  private static Map<String, Double> weightedTerms(Analyzer analyzer, String field, List<String> texts, double weight) {
    Map<String, Double> terms = new LinkedHashMap<>();
    for (String text : texts) {
      for (String term : ChineseAnalysis.terms(analyzer, field, text)) {
        if (!STOP.contains(term)) {
          terms.merge(term, weight, (a, b) -> Math.min(a + b, 3 * weight));
        }
      }
    }
    return terms;
  }

  private static void merge(Map<String, Double> into, Map<String, Double> more) {
    more.forEach((term, weight) -> into.merge(term, weight, Math::max));
  }

  private static Set<String> highlightTerms(String text, List<String> legalTerms) {
    Set<String> terms = new LinkedHashSet<>();
    List<String> sources = new ArrayList<>(legalTerms);
    sources.add(text);
    for (String source : sources) {
      for (String term : ChineseAnalysis.terms(ChineseAnalysis.words(), IndexSchema.WORDS, source)) {
        if (term.length() >= 2 && !NOT_HIGHLIGHTED.contains(term)) {
          terms.add(term);
        }
      }
    }
    return terms;
  }

  private static String clip(String text) {
    return text.length() <= WHOLE_TEXT_CHARS ? text : text.substring(0, WHOLE_TEXT_CHARS);
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
