package cn.xiangyang.portal.kb.search;

/**
 * A search request the asker must correct (empty, too long, unknown result type); its message is the
 * Chinese explanation shown to them. Still an {@link IllegalArgumentException} for callers of the
 * library; the backend answers only this one with 400.
 */
public class InvalidQuery extends IllegalArgumentException {

  public InvalidQuery(String message) {
    super(message);
  }
}
