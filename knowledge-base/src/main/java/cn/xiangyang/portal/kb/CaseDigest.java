package cn.xiangyang.portal.kb;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A typical case, digested in the project's own words.
 *
 * @param id the corpus id, e.g. {@code case-overtime-limitation}
 * @param title the official title
 * @param source the publication it appeared in
 * @param published when that publication was issued
 * @param caseNumber its number within the publication, if it has one
 * @param topics subject tags
 * @param cites the articles its reasoning rests on
 * @param sections the digest's sections in order: 基本案情, 争议焦点, 处理结果, 裁判理由, 典型意义
 */
public record CaseDigest(
    String id,
    String title,
    String source,
    LocalDate published,
    @Nullable Integer caseNumber,
    List<String> topics,
    List<ArticleRef> cites,
    Map<String, String> sections) {

  public CaseDigest {
    topics = List.copyOf(topics);
    cites = List.copyOf(cites);
    sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
  }
}
