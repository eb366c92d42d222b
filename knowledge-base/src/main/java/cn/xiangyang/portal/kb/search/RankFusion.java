package cn.xiangyang.portal.kb.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): every ranked list adds
 * {@code weight / (K + rank)} to each entry it ranks. Scores of different retrievers (BM25, cosine) are
 * not comparable; ranks are. Not thread-safe: one instance per search.
 */
final class RankFusion {

  /** The usual constant: dampens the difference between the very first ranks. */
  static final int K = 60;

  /** One entry's fused score and the passage (Lucene doc) that earned it the most. */
  static final class Fused {
    final String key;
    double score;
    int bestDoc = -1;
    double bestContribution;

    Fused(String key) {
      this.key = key;
    }
  }

  /** A ranked list entry: the entry key and the passage it was found by. */
  record Ranked(String key, int doc) {}

  private final Map<String, Fused> entries = new HashMap<>();

  /** Adds one ranked list (best first, one element per entry) with the given weight. */
  void add(List<Ranked> ranking, double weight) {
    for (int rank = 0; rank < ranking.size(); rank++) {
      Ranked ranked = ranking.get(rank);
      double contribution = weight / (K + rank + 1);
      add(ranked.key(), ranked.doc(), contribution);
    }
  }

  /** Adds a score directly, e.g. a vote from a FAQ that cites the entry. */
  void add(String key, int doc, double contribution) {
    Fused fused = entries.computeIfAbsent(key, Fused::new);
    fused.score += contribution;
    if (doc >= 0 && contribution > fused.bestContribution) {
      fused.bestContribution = contribution;
      fused.bestDoc = doc;
    }
  }

  /** All entries, best first (ties by key, so results are stable). */
  List<Fused> ranked() {
    List<Fused> all = new ArrayList<>(entries.values());
    all.sort(Comparator.comparingDouble((Fused f) -> -f.score).thenComparing(f -> f.key));
    return all;
  }
}
