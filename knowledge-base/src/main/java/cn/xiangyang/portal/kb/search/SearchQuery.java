package cn.xiangyang.portal.kb.search;

import java.util.EnumSet;
import java.util.Set;

/**
 * A search request. Constructing one validates it: the text goes through {@link QueryGuard} (and is kept
 * in its normalised form), {@code k} must be 1..50 and {@code types} must not be empty. Violations throw
 * {@link IllegalArgumentException} with a Chinese message fit to show the user.
 *
 * @param text what the user typed: a question or a narrative of facts, at most 3,000 characters
 * @param k how many hits to return at most, 1..50
 * @param types the kinds of hits wanted
 */
public record SearchQuery(String text, int k, Set<HitType> types) {

  public static final int MAX_K = 50;
  public static final int DEFAULT_K = 10;

  public SearchQuery {
    text = QueryGuard.check(text);
    if (k < 1 || k > MAX_K) {
      throw new InvalidQuery("返回条数须在 1 到 " + MAX_K + " 之间。");
    }
    if (types == null || types.isEmpty()) {
      throw new InvalidQuery("请至少选择一种结果类型（法条、案例或问答）。");
    }
    types = Set.copyOf(EnumSet.copyOf(types));
  }

  /** The default {@code k} hits of every type. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, DEFAULT_K, EnumSet.allOf(HitType.class));
  }

  /** {@code k} hits of the given types. */
  public static SearchQuery of(String text, int k, HitType first, HitType... more) {
    return new SearchQuery(text, k, EnumSet.of(first, more));
  }
}
