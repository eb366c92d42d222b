package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.assistant.SuggestedAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The next steps offered under an answer, chosen by the legal issues the question raises. */
final class Actions {

  // issue spotted -> calculator kind (frontend route /calculators/{kind})
  private static final Map<String, String[]> CALCULATORS = new LinkedHashMap<>();

  static {
    CALCULATORS.put("未签书面劳动合同", new String[] {"double-wages", "计算未签合同的二倍工资"});
    CALCULATORS.put("经济补偿与赔偿金", new String[] {"economic-compensation", "计算经济补偿或赔偿金"});
    CALCULATORS.put("解除劳动合同", new String[] {"economic-compensation", "计算经济补偿或赔偿金"});
    CALCULATORS.put("加班与工作时间", new String[] {"overtime", "计算加班工资"});
    CALCULATORS.put("带薪年休假", new String[] {"annual-leave", "计算未休年假工资"});
    CALCULATORS.put("仲裁时效", new String[] {"limitation", "计算仲裁时效截止日"});
  }

  private Actions() {}

  static List<SuggestedAction> forAnswer(List<String> issues) {
    List<SuggestedAction> actions = new ArrayList<>();
    Map<String, SuggestedAction> calculators = new LinkedHashMap<>();
    for (String issue : issues) {
      String[] calculator = CALCULATORS.get(issue);
      if (calculator != null) {
        calculators.putIfAbsent(calculator[0],
            new SuggestedAction("calculator", calculator[1], "/calculators/" + calculator[0], Map.of("kind", calculator[0])));
      }
    }
    actions.addAll(calculators.values());
    actions.add(new SuggestedAction("file-application", "在线申请劳动仲裁", "/filing/new", Map.of()));
    actions.add(new SuggestedAction("call-12333", "拨打 12333 咨询", "tel:12333", Map.of()));
    actions.add(new SuggestedAction("visit-commission", "到仲裁委员会咨询", "/commissions", Map.of()));
    return actions;
  }
}
