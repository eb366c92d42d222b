package cn.xiangyang.portal.ui.calculators;

import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** 未签书面劳动合同的二倍工资差额. */
@Route(value = "calculators/double-wages", layout = MainLayout.class)
@PageTitle("未签合同二倍工资计算 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("context://styles/calculators.css")
@AnonymousAllowed
public class DoubleWagesView extends CalculatorPage {

  public DoubleWagesView(CalculatorsClient client) {
    super(
        client,
        "double-wages",
        "未签合同二倍工资计算",
        "入职超过一个月单位还没和您签书面劳动合同的，从第二个月起每月应再付一倍工资，最多十一个月。",
        "DOUBLE_WAGES_NO_CONTRACT",
        List.of("start", "end", "monthlyWage"));
    date("start", "哪天入职", "开始在这家单位上班的日期");
    date("end", "哪天离职", "还在上班的填今天");
    money("monthlyWage", "每月工资", "税前应发工资");
    date("contractSignedOn", "后来补签合同的日期（选填）", "从来没签过就不填");
    date("applyOn", "打算哪天申请仲裁（选填）", "用于区分可能已过时效的月份；不填按今天");
  }
}
