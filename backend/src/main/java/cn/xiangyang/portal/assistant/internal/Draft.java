package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.assistant.ApplicationDraft;
import cn.xiangyang.portal.assistant.Citation;
import cn.xiangyang.portal.assistant.Fact;
import cn.xiangyang.portal.assistant.SuggestedAction;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An answer composed but not yet checked, masked or sent; {@code facts} and {@code application} come with
 * an answer to a diagnosed situation, and {@code amounts} are the figures its blocks computed (the LLM's
 * answer is checked against them).
 */
record Draft(
    String text,
    List<Citation> citations,
    List<String> followUps,
    List<SuggestedAction> actions,
    @Nullable LocalDate asOf,
    List<Fact> facts,
    @Nullable ApplicationDraft application,
    List<java.math.BigDecimal> amounts) {

  Draft(
      String text,
      List<Citation> citations,
      List<String> followUps,
      List<SuggestedAction> actions,
      @Nullable LocalDate asOf) {
    this(text, citations, followUps, actions, asOf, List.of(), null, List.of());
  }
}
