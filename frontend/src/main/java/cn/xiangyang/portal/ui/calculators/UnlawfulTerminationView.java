package cn.xiangyang.portal.ui.calculators;

import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** 违法解除赔偿金 (2N). */
@Route(value = "calculators/unlawful-termination", layout = MainLayout.class)
@PageTitle("违法解除赔偿金计算 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("context://styles/calculators.css")
@AnonymousAllowed
public class UnlawfulTerminationView extends CalculatorPage {

  public UnlawfulTerminationView(CalculatorsClient client) {
    super(
        client,
        "unlawful-termination",
        "违法解除赔偿金计算",
        "单位违法辞退您、您也不想回去上班的，可以要求赔偿金：经济补偿的两倍。赔偿金和经济补偿不能同时拿。",
        "UNLAWFUL_TERMINATION_DAMAGES",
        List.of("start", "end", "monthlyWage"));
    date("start", "哪天入职", "开始在这家单位上班的日期");
    date("end", "哪天被辞退", "劳动合同被解除或终止的日期");
    money("monthlyWage", "离职前12个月平均每月工资", "税前应发工资，含奖金、津贴、补贴");
    area("在哪里上班", "用于核对当地最低工资标准");
    money("averageMonthlyWage", "襄阳市上年度职工月平均工资（选填）", "工资很高时用于三倍封顶");
  }
}
