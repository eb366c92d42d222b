package cn.xiangyang.portal.kb;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citation of one article: {@code labor-contract-law#82} is 劳动合同法第八十二条.
 *
 * @param lawId the law's corpus id
 * @param number the article number (items 一、二、三 of a notice count as 1, 2, 3)
 */
public record ArticleRef(String lawId, int number) {

  private static final Pattern FORM = Pattern.compile("([a-z0-9-]+)#([1-9][0-9]{0,3})");

  public ArticleRef {
    if (number < 1) {
      throw new IllegalArgumentException("article number must be positive: " + number);
    }
  }

  /** Parses {@code law-id#number}; throws {@link IllegalArgumentException} on any other form. */
  public static ArticleRef parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not an article citation (law-id#number): " + text);
    }
    return new ArticleRef(m.group(1), Integer.parseInt(m.group(2)));
  }

  @Override
  public String toString() {
    return lawId + "#" + number;
  }
}
