package cn.xiangyang.portal.kb.search;

import cn.xiangyang.portal.kb.index.ChineseAnalysis;
import cn.xiangyang.portal.kb.index.Embeddings;
import cn.xiangyang.portal.kb.index.IndexCache;
import cn.xiangyang.portal.kb.index.IndexSchema;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import java.util.concurrent.ConcurrentHashMap;
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
  // a long narrative: the whole text still votes, but each part (fact or claim) is its own query
  private static final double W_WHOLE_LONG_LEXICAL = 0.5;
  private static final double W_PARTS = 1.0;
  private static final double W_CLAIM = 1.5;
  private static final int MIN_CLAIM_CHARS = 8;
  private static final int DENSE_PARTS = 6;
  // 10,000 vectors of 512 floats: about 20 MB
  private static final int VECTOR_CACHE_ENTRIES = 10_000;
  /** A query of at most this many characters and no punctuation is a keyword search: words find it, not vectors. */
  private static final int KEYWORDS_CHARS = 4;
  // a mixed-type search shows the best FAQ answers and case beside the articles, when they rank
  // this high
  private static final int MIXED_WINDOW = 30;
  private static final int FAQ_SLOTS = 2;
  private static final int CASE_SLOTS = 1;
  // votes: a FAQ or case among the first hits lends part of its score to the articles it cites
  private static final int FAQ_VOTERS = 10;
  private static final int CASE_VOTERS = 5;
  private static final double W_FAQ_VOTE = 0.5;
  private static final double W_CASE_VOTE = 0.25;

  /** Longest text embedded as a whole, leaving room for the query instruction. */
  private static final int WHOLE_TEXT_CHARS =
      Embeddings.MAX_INPUT_CHARS - Embeddings.QUERY_INSTRUCTION.length();

  /** Single characters too common to say anything about a legal question. */
  private static final Set<String> STOP = Set.of(
      "的", "了", "我", "你", "他", "她", "它", "们", "是", "在", "和", "与", "也", "就", "都", "还", "被", "把", "给",
      "这", "那", "有", "个", "吗", "呢", "吧", "啊", "么", "什", "怎", "要", "会", "能", "说", "到", "去", "让", "对",
      "从", "但", "又", "并", "而", "及", "或", "等", "可", "以", "为", "之", "其", "该", "此", "不", "没", "后", "前",
      "时", "中", "上", "下", "里", "年", "月", "日", "某", "多", "少", "一", "二", "三", "元", "号", "次", "将",
      "已");

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
  // doc id -> entry key / type / citations: the index never changes once open, so these are loaded
  // once
  private final String[] keys;
  private final String[] types;
  private final List<List<String>> cites;
  private final Map<String, Integer> firstPassage = new LinkedHashMap<>();
  /**
   * The analysed terms of the vocabulary's and the issues' legal terms, per analyzer. Those texts are fixed (a few
   * hundred), and analysing them again for every query was a sixth of a short search's CPU (JFR, 2026-12-03).
   * Never filled with user text, so it cannot grow beyond them.
   */
  private final Map<String, List<String>> fixedWords = new ConcurrentHashMap<>();

  private final Map<String, List<String>> fixedBigrams = new ConcurrentHashMap<>();
  /**
   * A passage's word tokens, by doc id, for its snippet. Segmenting the ten hits' passages again for every search
   * (SmartChinese's HMM) was 28% of the search workers' CPU in the bench (JFR, 2026-12-07); the index never changes
   * once open, so each passage is segmented once per process. Bounded by the index (about 2,000 passages, a few MB:
   * the terms are shared strings).
   */
  private final Map<Integer, List<ChineseAnalysis.Token>> passageTokens = new ConcurrentHashMap<>();

  private final Map<String, String> sharedTerms = new ConcurrentHashMap<>();
  /** Query text to its vector, the least used dropped first (Caffeine's W-TinyLFU). */
  private final Cache<String, float[]> vectorCache =
      Caffeine.newBuilder().maximumSize(VECTOR_CACHE_ENTRIES).build();

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
      Document d =
          stored.document(doc, Set.of(IndexSchema.KEY, IndexSchema.TYPE, IndexSchema.CITES));
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
    return open(
        IndexCache.standard().extractClasspathIndex(KnowledgeSearch.class.getClassLoader()));
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

  /** The names of the legal issues spotted in {@code text}: the issues part of {@link #analyze}, alone (cheaper). */
  public List<String> issues(String text) {
    return spotter.spot(QueryGuard.check(text)).stream()
        .map(s -> s.issue().name())
        .toList();
  }

  private List<SearchHit> doSearch(SearchQuery query, Retrieval retrieval) throws IOException {
    String text = query.text();
    // the query's legal terms and its words serve the retrieval and then the highlighting: found
    // once
    List<String> legalTerms = retrieval.vocabulary() ? vocabulary.legalTerms(text) : List.of();
    List<String> words = ChineseAnalysis.terms(ChineseAnalysis.words(), IndexSchema.WORDS, text);
    List<RankFusion.Fused> ranked = fuse(text, retrieval, true, legalTerms, words);
    if (ranked == null) {
      return List.of();
    }
    Set<String> highlight = highlightTerms(words, legalTerms);
    List<SearchHit> hits = new ArrayList<>();
    StoredFields stored = reader.storedFields();
    for (RankFusion.Fused fused : select(ranked, query)) {
      HitType type = HitType.fromId(fused.key.substring(0, fused.key.indexOf(':')));
      int doc = fused.bestDoc >= 0 ? fused.bestDoc : firstPassage.getOrDefault(fused.key, -1);
      hits.add(hit(type, doc, stored.document(doc), fused.score, highlight));
    }
    return hits;
  }

  /**
   * Every entry the retrievers find for {@code text}, fused and best first; null when not one word of the text
   * occurs in the corpus. With {@code byParts}, a long narrative is also searched part by part, and each of its
   * claims is searched as a question of its own (words, vocabulary, issues and votes, without vectors), whose
   * ranking joins the fusion.
   */
  private @Nullable List<RankFusion.Fused> fuse(String text, Retrieval retrieval, boolean byParts)
      throws IOException {
    return fuse(
        text,
        retrieval,
        byParts,
        retrieval.vocabulary() ? vocabulary.legalTerms(text) : List.of(),
        ChineseAnalysis.terms(ChineseAnalysis.words(), IndexSchema.WORDS, text));
  }

  /** {@link #fuse(String, Retrieval, boolean)} with the text's legal terms and its words already found. */
  private @Nullable List<RankFusion.Fused> fuse(
      String text,
      Retrieval retrieval,
      boolean byParts,
      List<String> legalTerms,
      List<String> textWords)
      throws IOException {
    List<IssueSpotter.Spotted> issues = retrieval.issues() ? spotter.spot(text) : List.of();
    RankFusion fusion = new RankFusion();

    List<NarrativeParts.Part> parts =
        byParts ? NarrativeParts.of(text) : List.of(new NarrativeParts.Part(text, false));
    boolean narrative = parts.size() > 1;
    Map<String, Double> userWords = weightedTerms(textWords, 1.0);
    boolean userTermsFound = false;
    if (retrieval.lexical()) {
      Map<String, Double> words = new LinkedHashMap<>(userWords);
      Map<String, Double> bigrams =
          weightedTerms(ChineseAnalysis.bigrams(), IndexSchema.BIGRAMS, List.of(text), 1.0);
      double whole = narrative ? W_WHOLE_LONG_LEXICAL : 1.0;
      if (legalTerms.isEmpty()) {
        List<RankFusion.Ranked> ownWords = rank(termsQuery(IndexSchema.WORDS, words), CANDIDATES);
        List<RankFusion.Ranked> ownBigrams =
            rank(termsQuery(IndexSchema.BIGRAMS, bigrams), CANDIDATES);
        userTermsFound = !ownWords.isEmpty() || !ownBigrams.isEmpty();
        fusion.add(ownWords, W_WORDS * whole);
        fusion.add(ownBigrams, W_BIGRAMS * whole);
      } else {
        // the user's own terms are searched together with the legal terms; whether any of them
        // occurs at all
        // is a term-dictionary lookup, not two more searches
        userTermsFound = occurs(IndexSchema.WORDS, words.keySet())
            || occurs(IndexSchema.BIGRAMS, bigrams.keySet());
        merge(words, fixedWeightedTerms(IndexSchema.WORDS, legalTerms, W_VOCABULARY_TERMS));
        merge(bigrams, fixedWeightedTerms(IndexSchema.BIGRAMS, legalTerms, W_VOCABULARY_TERMS));
        fusion.add(rank(termsQuery(IndexSchema.WORDS, words), CANDIDATES), W_WORDS * whole);
        fusion.add(rank(termsQuery(IndexSchema.BIGRAMS, bigrams), CANDIDATES), W_BIGRAMS * whole);
      }
      if (narrative) {
        double each = W_PARTS / Math.sqrt(parts.size());
        for (NarrativeParts.Part part : parts) {
          double weight = each * (part.claim() ? W_CLAIM : 1.0);
          List<String> partText = List.of(part.searchText());
          fusion.add(
              rank(
                  termsQuery(
                      IndexSchema.WORDS,
                      weightedTerms(ChineseAnalysis.words(), IndexSchema.WORDS, partText, 1.0)),
                  CANDIDATES),
              weight);
          fusion.add(
              rank(
                  termsQuery(
                      IndexSchema.BIGRAMS,
                      weightedTerms(ChineseAnalysis.bigrams(), IndexSchema.BIGRAMS, partText, 1.0)),
                  CANDIDATES),
              weight);
        }
      }
      if (!userTermsFound && legalTerms.isEmpty() && issues.isEmpty()) {
        // not one word of the query occurs anywhere in the corpus: nearest vectors would be noise,
        // not answers
        return null;
      }
    }

    float[] whole = null;
    boolean keywords = retrieval.lexical()
        && userTermsFound
        && text.length() <= KEYWORDS_CHARS
        && text.codePoints().allMatch(Character::isLetterOrDigit);
    if (retrieval.dense() && !keywords) {
      List<String> inputs = new ArrayList<>();
      String rewritten = retrieval.vocabulary() && !narrative ? vocabulary.rewrite(text) : text;
      boolean useRewritten = !rewritten.equals(text);
      List<String> clauses;
      if (narrative) {
        // a long narrative is embedded part by part; its "whole" vector is the mean of its parts,
        // since the
        // model would see only the first 500 characters of the text itself
        // (at most DENSE_PARTS of them, claims first: each vector costs a model call)
        clauses = java.util.stream.Stream.concat(
                parts.stream().filter(NarrativeParts.Part::claim),
                parts.stream().filter(p -> !p.claim()))
            .limit(DENSE_PARTS)
            .map(p -> clip(p.searchText()))
            .toList();
      } else {
        inputs.add(clip(text));
        if (useRewritten) {
          inputs.add(clip(rewritten));
        }
        clauses = Clauses.of(text);
      }
      boolean useClauses = clauses.size() > 1;
      if (useClauses || narrative) {
        inputs.addAll(clauses);
      }
      List<float[]> vectors = queryVectors(inputs);
      int next;
      if (narrative) {
        whole = mean(vectors);
        next = 0;
      } else {
        whole = vectors.getFirst();
        next = 1;
      }
      fusion.add(
          rank(new KnnFloatVectorQuery(IndexSchema.VECTOR, whole, CANDIDATES), CANDIDATES),
          W_DENSE);
      if (useRewritten) {
        fusion.add(
            rank(
                new KnnFloatVectorQuery(IndexSchema.VECTOR, vectors.get(next++), CANDIDATES),
                CANDIDATES),
            W_DENSE_REWRITTEN);
      }
      if (useClauses) {
        // together the clauses weigh as much as the whole text, however many there are
        double each = W_CLAUSES / Math.sqrt(clauses.size());
        for (int i = 0; i < clauses.size(); i++) {
          fusion.add(
              rank(
                  new KnnFloatVectorQuery(IndexSchema.VECTOR, vectors.get(next++), CANDIDATES),
                  CANDIDATES),
              each);
        }
      }
    }

    for (IssueSpotter.Spotted spotted : issues) {
      IssueSpotter.Issue issue = spotted.issue();
      // among the entries tagged with the issue's topics, when it has any; otherwise among all
      // entries
      Query topics = issue.topics().isEmpty()
          ? null
          : new TermInSetQuery(
              IndexSchema.TOPIC, issue.topics().stream().map(BytesRef::new).toList());
      if (retrieval.lexical()) {
        Map<String, Double> words = fixedWeightedTerms(IndexSchema.WORDS, issue.legalTerms(), 1.0);
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
            rank(
                new KnnFloatVectorQuery(IndexSchema.VECTOR, whole, ISSUE_CANDIDATES, topics),
                ISSUE_CANDIDATES),
            W_ISSUE_DENSE);
      }
    }

    List<RankFusion.Fused> ranked = fusion.ranked();
    if (retrieval.votes()) {
      vote(fusion, ranked);
      ranked = fusion.ranked();
    }
    if (narrative && retrieval.lexical()) {
      // each claim answered as a question of its own (words, vocabulary, issues, votes; no vectors)
      Retrieval asQuestion =
          new Retrieval(true, false, retrieval.vocabulary(), retrieval.issues(), retrieval.votes());
      List<List<RankFusion.Fused>> answers = new ArrayList<>();
      for (NarrativeParts.Part part : parts) {
        if (part.claim() && part.searchText().length() >= MIN_CLAIM_CHARS) {
          List<RankFusion.Fused> answered = fuse(part.searchText(), asQuestion, false);
          if (answered != null && !answered.isEmpty()) {
            answers.add(answered);
          }
        }
      }
      if (!answers.isEmpty()) {
        ranked = interleave(ranked, answers);
      }
    }
    return ranked;
  }

  /**
   * The narrative's own ranking and each claim's, taken in turns (the narrative's first, then each claim's first,
   * then the seconds…), each entry once. Rank fusion over a dozen lists favours what many parts mention a little
   * (dismissal, wages) over what one claim is about (二倍工资); taking turns puts every claim's best answer near
   * the top. The scores are rewritten to follow the new order.
   */
  private static List<RankFusion.Fused> interleave(
      List<RankFusion.Fused> whole, List<List<RankFusion.Fused>> claims) {
    List<List<RankFusion.Fused>> lists = new ArrayList<>();
    lists.add(whole);
    lists.addAll(claims);
    Map<String, RankFusion.Fused> bestOf = new LinkedHashMap<>();
    for (RankFusion.Fused f : whole) {
      bestOf.put(f.key, f);
    }
    List<RankFusion.Fused> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int longest = lists.stream().mapToInt(List::size).max().orElse(0);
    for (int rank = 0; rank < longest && out.size() < CANDIDATES; rank++) {
      for (List<RankFusion.Fused> list : lists) {
        if (rank < list.size() && seen.add(list.get(rank).key)) {
          RankFusion.Fused from = bestOf.getOrDefault(list.get(rank).key, list.get(rank));
          RankFusion.Fused copy = new RankFusion.Fused(from.key);
          copy.bestDoc = from.bestDoc;
          copy.score = 1.0 / (RankFusion.K + out.size() + 1);
          out.add(copy);
        }
      }
    }
    return out;
  }

  /**
   * The first {@code k} entries of the wanted types, best first. When FAQ answers or cases are wanted beside
   * articles, the best {@link #FAQ_SLOTS} FAQ answers and {@link #CASE_SLOTS} case among the first
   * {@link #MIXED_WINDOW} are kept in the list even when articles outrank them: articles nearly always score
   * higher (many retrievers and the votes point at them), and a person asking "拖欠工资" also wants the answer
   * written for people and a case like theirs.
   */
  private List<RankFusion.Fused> select(List<RankFusion.Fused> ranked, SearchQuery query) {
    List<RankFusion.Fused> wanted = new ArrayList<>();
    for (RankFusion.Fused fused : ranked) {
      HitType type = HitType.fromId(fused.key.substring(0, fused.key.indexOf(':')));
      int doc = fused.bestDoc >= 0 ? fused.bestDoc : firstPassage.getOrDefault(fused.key, -1);
      // doc < 0: a citation of an article the index does not hold
      if (query.types().contains(type) && doc >= 0) {
        wanted.add(fused);
      }
    }
    List<RankFusion.Fused> top =
        new ArrayList<>(wanted.subList(0, Math.min(query.k(), wanted.size())));
    boolean mixed =
        query.types().contains(HitType.ARTICLE) && query.types().size() > 1 && query.k() >= 5;
    if (!mixed) {
      return top;
    }
    List<RankFusion.Fused> window = wanted.subList(0, Math.min(MIXED_WINDOW, wanted.size()));
    for (HitType type : List.of(HitType.FAQ, HitType.CASE)) {
      if (!query.types().contains(type)) {
        continue;
      }
      int slots = type == HitType.FAQ ? FAQ_SLOTS : CASE_SLOTS;
      long present = top.stream().filter(f -> f.key.startsWith(type.id() + ":")).count();
      for (RankFusion.Fused candidate : window) {
        if (present >= slots) {
          break;
        }
        if (candidate.key.startsWith(type.id() + ":") && !top.contains(candidate)) {
          // the lowest-ranked article gives way
          for (int i = top.size() - 1; i >= 0; i--) {
            if (top.get(i).key.startsWith(HitType.ARTICLE.id() + ":")) {
              top.remove(i);
              top.add(candidate);
              present++;
              break;
            }
          }
        }
      }
    }
    top.sort(java.util.Comparator.comparingDouble((RankFusion.Fused f) -> -f.score)
        .thenComparing(f -> f.key));
    return top;
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
        fusion.add(
            IndexSchema.key(IndexSchema.ARTICLE, cited.get(i)),
            -1,
            voter.score * weight / Math.sqrt(i + 1));
      }
    }
  }

  private SearchHit hit(
      HitType type, int docId, Document doc, double score, Set<String> highlight) {
    String number = doc.get(IndexSchema.ARTICLE_NUMBER);
    String text = doc.get(IndexSchema.TEXT);
    return new SearchHit(
        type,
        doc.get(IndexSchema.ID),
        doc.get(IndexSchema.LAW_ID),
        doc.get(IndexSchema.LAW_SHORT_NAME),
        number == null ? null : Integer.valueOf(number),
        doc.get(IndexSchema.TITLE),
        Snippets.of(text, passageTokens.computeIfAbsent(docId, d -> analysed(text)), highlight),
        score);
  }

  private List<ChineseAnalysis.Token> analysed(String text) {
    return ChineseAnalysis.tokens(ChineseAnalysis.words(), IndexSchema.WORDS, text).stream()
        .map(t -> new ChineseAnalysis.Token(
            sharedTerms.computeIfAbsent(t.term(), term -> term), t.start(), t.end()))
        .toList();
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
        break; // far below Lucene's clause limit; a 500-character text has fewer distinct terms
        // anyway
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
  private static Map<String, Double> weightedTerms(
      Analyzer analyzer, String field, List<String> texts, double weight) {
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

  /** {@link #weightedTerms(Analyzer, String, List, double)} of terms already analysed. */
  private static Map<String, Double> weightedTerms(List<String> analysed, double weight) {
    Map<String, Double> terms = new LinkedHashMap<>();
    for (String term : analysed) {
      if (!STOP.contains(term)) {
        terms.merge(term, weight, (a, b) -> Math.min(a + b, 3 * weight));
      }
    }
    return terms;
  }

  /** {@link #weightedTerms} of texts from the vocabulary or the issues, analysed once per process. */
  private Map<String, Double> fixedWeightedTerms(String field, List<String> texts, double weight) {
    boolean words = IndexSchema.WORDS.equals(field);
    Map<String, List<String>> memo = words ? fixedWords : fixedBigrams;
    Analyzer analyzer = words ? ChineseAnalysis.words() : ChineseAnalysis.bigrams();
    Map<String, Double> terms = new LinkedHashMap<>();
    for (String text : texts) {
      for (String term :
          memo.computeIfAbsent(text, t -> ChineseAnalysis.terms(analyzer, field, t))) {
        if (!STOP.contains(term)) {
          terms.merge(term, weight, (a, b) -> Math.min(a + b, 3 * weight));
        }
      }
    }
    return terms;
  }

  /** Whether any of {@code terms} occurs in {@code field} of any entry. */
  private boolean occurs(String field, Set<String> terms) throws IOException {
    int clauses = 0;
    for (String term : terms) {
      if (clauses++ == 512) {
        break; // the same limit as termsQuery
      }
      if (reader.docFreq(new Term(field, term)) > 0) {
        return true;
      }
    }
    return false;
  }

  private static void merge(Map<String, Double> into, Map<String, Double> more) {
    more.forEach((term, weight) -> into.merge(term, weight, Math::max));
  }

  private Set<String> highlightTerms(List<String> textWords, List<String> legalTerms) {
    Set<String> terms = new LinkedHashSet<>();
    List<List<String>> sources = new ArrayList<>();
    for (String legal : legalTerms) {
      sources.add(fixedWords.computeIfAbsent(
          legal, t -> ChineseAnalysis.terms(ChineseAnalysis.words(), IndexSchema.WORDS, t)));
    }
    sources.add(textWords);
    for (List<String> source : sources) {
      for (String term : source) {
        if (term.length() >= 2 && !NOT_HIGHLIGHTED.contains(term)) {
          terms.add(term);
        }
      }
    }
    return terms;
  }

  /**
   * The query vectors of {@code texts}, from the cache where a text was embedded before, the others in one call
   * of the model. Questions come back with other {@code k}s and types (the assistant asks for twelve hits, the
   * search page for ten), and the model call is most of a search's cost.
   */
  private List<float[]> queryVectors(List<String> texts) {
    float[][] vectors = new float[texts.size()][];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      float[] cached = vectorCache.getIfPresent(texts.get(i));
      if (cached == null) {
        missing.add(texts.get(i));
      } else {
        vectors[i] = cached;
      }
    }
    if (!missing.isEmpty()) {
      List<float[]> embedded = embeddings.queries(missing);
      for (int i = 0; i < missing.size(); i++) {
        vectorCache.put(missing.get(i), embedded.get(i));
      }
      int next = 0;
      for (int i = 0; i < vectors.length; i++) {
        if (vectors[i] == null) {
          vectors[i] = embedded.get(next++);
        }
      }
    }
    return List.of(vectors);
  }

  /** The unit-length mean of unit vectors. */
  private static float[] mean(List<float[]> vectors) {
    float[] sum = new float[vectors.getFirst().length];
    for (float[] v : vectors) {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += v[i];
      }
    }
    double norm = 0;
    for (float x : sum) {
      norm += x * x;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < sum.length; i++) {
      sum[i] *= scale;
    }
    return sum;
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
