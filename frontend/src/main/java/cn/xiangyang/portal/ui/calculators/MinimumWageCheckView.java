package cn.xiangyang.portal.ui.calculators;

import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** The minimum wage of an area in a month, and whether a pay meets it. */
@Route(value = "calculators/minimum-wage-check", layout = MainLayout.class)
@PageTitle("最低工资标准查询 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("context://styles/calculators.css")
@AnonymousAllowed
public class MinimumWageCheckView extends CalculatorPage {

  public MinimumWageCheckView(CalculatorsClient client) {
    super(
        client,
        "minimum-wage-check",
        "最低工资标准查询",
        "查一查某个月您所在地区的最低工资标准，以及您的工资够不够。",
        null,
        List.of("area", "month"));
    area("在哪里上班", "襄阳各区县的最低工资档次可能不同");
    month("month", "哪个月", "例如 2026-01");
    money("pay", "这个月的工资（选填）", "不含加班工资和夜班、高温等特殊津贴");
  }
}
