package cn.xiangyang.portal.kb.search;

/**
 * Which retrievers and query-understanding layers a search uses. {@link #HYBRID} is what the portal
 * uses; the others exist to measure what each part contributes.
 *
 * @param lexical BM25 over SmartChineseAnalyzer words and character bigrams
 * @param dense KNN over bge-small-zh-v1.5 vectors (long texts clause by clause)
 * @param vocabulary the colloquial-to-legal vocabulary ({@link LegalVocabulary})
 * @param issues issue spotting with per-issue retrieval among topic-tagged entries ({@link IssueSpotter})
 * @param votes FAQ and case hits voting for the articles they cite
 */
public record Retrieval(
    boolean lexical, boolean dense, boolean vocabulary, boolean issues, boolean votes) {

  /** Everything: the portal's search. */
  public static final Retrieval HYBRID = new Retrieval(true, true, true, true, true);

  /** BM25 on the user's words only. */
  public static final Retrieval LEXICAL = new Retrieval(true, false, false, false, false);

  /** Vectors of the user's words only. */
  public static final Retrieval DENSE = new Retrieval(false, true, false, false, false);

  /** BM25 and vectors fused, without vocabulary, issues or votes. */
  public static final Retrieval FUSED = new Retrieval(true, true, false, false, false);

  public Retrieval {
    if (!lexical && !dense) {
      throw new IllegalArgumentException("at least one retriever is needed");
    }
  }

  public Retrieval withVocabulary(boolean on) {
    return new Retrieval(lexical, dense, on, issues, votes);
  }

  public Retrieval withIssues(boolean on) {
    return new Retrieval(lexical, dense, vocabulary, on, votes);
  }

  public Retrieval withVotes(boolean on) {
    return new Retrieval(lexical, dense, vocabulary, issues, on);
  }
}
