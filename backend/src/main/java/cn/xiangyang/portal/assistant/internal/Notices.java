package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.assistant.Citation;
import cn.xiangyang.portal.assistant.SuggestedAction;
import cn.xiangyang.portal.kb.Corpus;
import cn.xiangyang.portal.kb.Law;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The fixed parts of answers: disclaimer, as-of line, refusals and the hand-off to people. */
final class Notices {

  static final String FREE_OF_CHARGE_LAW = "labor-dispute-mediation-arbitration-law";
  // 劳动争议调解仲裁法 第五十三条：劳动争议仲裁不收费
  static final int FREE_OF_CHARGE_ARTICLE = 53;

  static final String DISCLAIMER =
      "本回答由系统根据法律法规、典型案例和常见问答自动整理，仅供参考，不构成法律意见；劳动人事争议仲裁不收费（《劳动争议调解仲裁法》第五十三条）。";

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private Notices() {}

  /** A date as people write it: 2026年12月3日. */
  static String chineseDate(LocalDate date) {
    return DATE.format(date);
  }

  /** The name of a Xiangyang area code, as the situation reader knows it. */
  static String areaName(String code) {
    return cn.xiangyang.portal.assistant.internal.situation.FactReader.areaName(code);
  }

  static String asOfLine(LocalDate asOf) {
    return "（以上法律依据的条文核对至 " + DATE.format(asOf) + "。）";
  }

  /** The earliest date to which the cited laws were checked: the answer is as current as its stalest law. */
  static @Nullable LocalDate asOf(Corpus corpus, List<Citation> citations) {
    return citations.stream()
        .filter(Citation::refersToArticle)
        .map(c -> corpus.law(Objects.requireNonNull(c.lawId())).map(Law::asOf).orElse(null))
        .filter(Objects::nonNull)
        .min(LocalDate::compareTo)
        .orElse(null);
  }

  /** The citation of 第五十三条 (arbitration is free), which every disclaimer states. */
  static @Nullable Citation freeOfCharge(Corpus corpus) {
    return corpus
        .law(FREE_OF_CHARGE_LAW)
        .flatMap(law -> law.article(FREE_OF_CHARGE_ARTICLE)
            .map(a -> CitationCheck.articleCitation(law, a, "劳动争议仲裁不收费")))
        .orElse(null);
  }

  static String refusal(Grounds.Verdict verdict) {
    return switch (verdict) {
      case OFF_TOPIC ->
        "抱歉，我只能解答劳动人事争议方面的问题，例如劳动合同、工资报酬、加班、休假、社会保险、工伤、辞退辞职和劳动仲裁程序等。"
            + "您的问题不在这个范围内，我无法作答，也不会凭空猜测。";
      case NO_BASIS -> "抱歉，知识库里没有找到能够可靠回答这个问题的法律依据。为避免误导您，我不作没有依据的回答。" + "您的问题已经记录下来，工作人员会据此补充知识库。";
      case SENSITIVE -> "抱歉，您的问题中含有不适宜的内容，我无法回答。如果您遇到了劳动争议，请平和地描述您的情况，我会尽力帮您查找依据。";
      case ANSWER -> "";
    };
  }

  static String handOff() {
    return "您可以：拨打 12333 人社服务热线咨询；到所在地的劳动人事争议仲裁委员会窗口当面咨询；或留下问题，由工作人员答复。";
  }

  static List<SuggestedAction> handOffActions() {
    List<SuggestedAction> actions = new ArrayList<>();
    actions.add(new SuggestedAction(
        "leave-question", "留下问题，由工作人员答复", "/assistant/leave-question", Map.of()));
    actions.add(new SuggestedAction("call-12333", "拨打 12333 咨询", "tel:12333", Map.of()));
    actions.add(new SuggestedAction("visit-commission", "到仲裁委员会咨询", "/commissions", Map.of()));
    return actions;
  }
}
