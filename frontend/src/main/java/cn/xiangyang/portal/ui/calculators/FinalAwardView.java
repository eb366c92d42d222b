package cn.xiangyang.portal.ui.calculators;

import cn.xiangyang.portal.ui.shell.LabelledSelect;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Per claim whether an award would likely be final (一裁终局). */
@Route(value = "calculators/final-award", layout = MainLayout.class)
@PageTitle("终局裁决判断 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("context://styles/calculators.css")
@AnonymousAllowed
public class FinalAwardView extends CalculatorPage {

  private static final Map<String, String> CATEGORIES = new LinkedHashMap<>();

  static {
    CATEGORIES.put("LABOR_REMUNERATION", "追索工资、加班费等劳动报酬");
    CATEGORIES.put("ECONOMIC_COMPENSATION", "经济补偿");
    CATEGORIES.put("DAMAGES", "赔偿金（含二倍工资）");
    CATEGORIES.put("WORK_INJURY_MEDICAL_COSTS", "工伤医疗费");
    CATEGORIES.put("LABOR_STANDARDS", "工作时间、休息休假、社会保险");
    CATEGORIES.put("OTHER", "其他（如确认劳动关系）");
  }

  private final List<LabelledSelect<String>> categories = new ArrayList<>();
  private final List<BigDecimalField> amounts = new ArrayList<>();

  public FinalAwardView(CalculatorsClient client) {
    super(
        client, "final-award", "终局裁决判断", "金额不大的请求，仲裁裁决可能“一裁终局”：单位不能再起诉。每项请求分别判断。", null, List.of());
    area("在哪里申请", "终局标准是当地月最低工资的12倍");
    date("on", "哪天申请仲裁（选填）", "不填按今天");
    for (int i = 0; i < 3; i++) {
      LabelledSelect<String> category = new LabelledSelect<>();
      category.setLabel("第" + (i + 1) + "项请求" + (i == 0 ? "" : "（选填）"));
      category.setItems(List.copyOf(CATEGORIES.keySet()));
      category.setItemLabelGenerator(c -> c == null ? "" : CATEGORIES.get(c));
      category.setEmptySelectionAllowed(i > 0);
      category.setWidthFull();
      category.setId("calc-claims-" + i + "-category");
      BigDecimalField amount = new BigDecimalField("金额");
      amount.setSuffixComponent(new com.vaadin.flow.component.html.Span("元"));
      amount.setWidthFull();
      amount.setId("calc-claims-" + i + "-amount");
      categories.add(category);
      amounts.add(amount);
      Div row = new Div(category, amount);
      row.addClassNames("card", "calc-claim");
      form.add(row);
    }
  }

  @Override
  Map<String, Object> inputs() {
    Map<String, Object> body = super.inputs();
    List<Map<String, Object>> claims = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      if (categories.get(i).getValue() != null) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("category", categories.get(i).getValue());
        if (amounts.get(i).getValue() != null) {
          claim.put("amount", amounts.get(i).getValue().toPlainString());
        }
        claims.add(claim);
      }
    }
    body.put("claims", claims);
    return body;
  }
}
