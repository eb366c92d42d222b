package cn.xiangyang.portal.kb;

import java.util.ArrayList;
import java.util.List;

/** Reads a list of article citations ({@code law-id#n}) from a field, recording each malformed one. */
final class Citations {

  private Citations() {}

  static List<ArticleRef> read(FrontMatter fields, String name) {
    List<ArticleRef> refs = new ArrayList<>();
    for (String text : fields.texts(name)) {
      try {
        refs.add(ArticleRef.parse(text));
      } catch (IllegalArgumentException e) {
        fields
            .problems()
            .add(
                fields.where(),
                name + " 中的引用格式错误：" + text + "（应为 law-id#条文序号）",
                "not a citation of the form law-id#number: " + text);
      }
    }
    return refs;
  }
}
