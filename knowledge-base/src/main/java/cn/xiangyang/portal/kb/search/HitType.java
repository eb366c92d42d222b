package cn.xiangyang.portal.kb.search;

import java.util.Locale;

/** What a search hit is: an article of a law, a typical case or a FAQ entry. */
public enum HitType {
  ARTICLE,
  CASE,
  FAQ;

  /** The lower-case name used in the index and the HTTP API: {@code article}, {@code case}, {@code faq}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type with this {@link #id()}; throws IllegalArgumentException with a Chinese message otherwise. */
  public static HitType fromId(String id) {
    for (HitType type : values()) {
      if (type.id().equals(id)) {
        return type;
      }
    }
    throw new InvalidQuery("未知的结果类型：" + id + "（可选 article、case、faq）");
  }
}
