package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.assistant.Citation;
import cn.xiangyang.portal.assistant.SuggestedAction;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An answer composed but not yet checked, masked or sent. */
record Draft(
    String text,
    List<Citation> citations,
    List<String> followUps,
    List<SuggestedAction> actions,
    @Nullable LocalDate asOf) {}
