package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.kb.Corpus;
import cn.xiangyang.portal.kb.search.HitType;
import cn.xiangyang.portal.kb.search.SearchHit;
import java.util.List;

/** The topic a question is filed under in the staff's statistics. */
final class Topics {

  static final String OFF_TOPIC = "非劳动人事问题";
  static final String UNSORTED = "未归类";
  static final String SENSITIVE = "含敏感词";

  private Topics() {}

  /** The first legal issue spotted, else the topic of the best FAQ hit, else 未归类 (off topic: 非劳动人事问题). */
  static String of(
      Grounds.Verdict verdict, List<String> issues, List<SearchHit> hits, Corpus corpus) {
    if (verdict == Grounds.Verdict.OFF_TOPIC) {
      return OFF_TOPIC;
    }
    if (!issues.isEmpty()) {
      return issues.getFirst();
    }
    if (verdict == Grounds.Verdict.ANSWER) {
      for (SearchHit hit : hits) {
        if (hit.type() == HitType.FAQ) {
          return corpus.faq(hit.id()).map(f -> f.topic()).orElse(UNSORTED);
        }
      }
    }
    return UNSORTED;
  }
}
