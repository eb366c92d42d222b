package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.assistant.SuggestedAction;
import cn.xiangyang.portal.assistant.internal.situation.Situation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The next steps offered under an answer, chosen by the legal issues the question raises. */
final class Actions {

  // issue spotted -> calculator kind (frontend route /calculators/{kind})
  private static final Map<String, String[]> CALCULATORS = new LinkedHashMap<>();

  static {
    CALCULATORS.put("未签书面劳动合同", new String[] {"double-wages", "计算未签合同的二倍工资"});
    CALCULATORS.put("经济补偿与赔偿金", new String[] {"economic-compensation", "计算经济补偿或赔偿金"});
    CALCULATORS.put("解除劳动合同", new String[] {"economic-compensation", "计算经济补偿或赔偿金"});
    CALCULATORS.put("加班与工作时间", new String[] {"overtime-pay", "计算加班工资"});
    CALCULATORS.put("带薪年休假", new String[] {"annual-leave-pay", "计算未休年假工资"});
    CALCULATORS.put("仲裁时效", new String[] {"limitation", "计算仲裁时效截止日"});
  }

  private Actions() {}

  static List<SuggestedAction> forAnswer(List<String> issues) {
    return forAnswer(issues, null);
  }

  /**
   * The next steps; a calculator link carries what the person already said ({@code situation}: dates,
   * wage, area) as query parameters named after the calculator's inputs, so the page opens pre-filled.
   */
  static List<SuggestedAction> forAnswer(List<String> issues, @Nullable Situation situation) {
    List<SuggestedAction> actions = new ArrayList<>();
    Map<String, SuggestedAction> calculators = new LinkedHashMap<>();
    for (String issue : issues) {
      String[] calculator = CALCULATORS.get(issue);
      if (calculator != null) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("kind", calculator[0]);
        Map<String, String> prefill = prefill(calculator[0], situation);
        params.putAll(prefill);
        calculators.putIfAbsent(
            calculator[0],
            new SuggestedAction(
                "calculator",
                calculator[1],
                "/calculators/" + calculator[0] + query(prefill),
                params));
      }
    }
    actions.addAll(calculators.values());
    actions.add(new SuggestedAction("file-application", "在线申请劳动仲裁", "/filing/new", Map.of()));
    actions.add(new SuggestedAction("call-12333", "拨打 12333 咨询", "tel:12333", Map.of()));
    actions.add(new SuggestedAction("visit-commission", "到仲裁委员会咨询", "/commissions", Map.of()));
    return actions;
  }

  /** The calculator inputs the situation answers, by input name (only facts the person stated). */
  private static Map<String, String> prefill(String calculator, @Nullable Situation s) {
    Map<String, String> p = new LinkedHashMap<>();
    if (s == null) {
      return p;
    }
    boolean service =
        calculator.equals("economic-compensation") || calculator.equals("double-wages");
    if (service && s.start() != null) {
      p.put("start", s.start().toString());
    }
    if (service && s.end() != null) {
      p.put("end", s.end().toString());
    } else if (calculator.equals("double-wages")
        && Boolean.TRUE.equals(s.stillEmployed())
        && s.start() != null) {
      p.put("end", s.today().toString());
    }
    if (!calculator.equals("limitation") && s.monthlyWage() != null) {
      p.put("monthlyWage", s.monthlyWage().toPlainString());
    }
    if ((calculator.equals("economic-compensation") || calculator.equals("overtime-pay"))
        && s.area() != null) {
      p.put("area", s.area());
    }
    return p;
  }

  private static String query(Map<String, String> params) {
    StringBuilder q = new StringBuilder();
    params.forEach((k, v) -> q.append(q.isEmpty() ? '?' : '&')
        .append(k)
        .append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return q.toString();
  }
}
