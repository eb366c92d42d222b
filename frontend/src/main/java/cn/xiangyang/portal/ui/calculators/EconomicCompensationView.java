package cn.xiangyang.portal.ui.calculators;

import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** 经济补偿 (N), with the 代通知金 when the employer gave no notice. */
@Route(value = "calculators/economic-compensation", layout = MainLayout.class)
@PageTitle("经济补偿计算 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("context://styles/calculators.css")
@AnonymousAllowed
public class EconomicCompensationView extends CalculatorPage {

  public EconomicCompensationView(CalculatorsClient client) {
    super(
        client,
        "economic-compensation",
        "经济补偿计算",
        "单位辞退您、协商解除或合同到期不续签时，一般要按工作年限支付经济补偿：每满一年一个月工资。",
        "ECONOMIC_COMPENSATION",
        List.of("start", "end", "monthlyWage"));
    date("start", "哪天入职", "开始在这家单位上班的日期");
    date("end", "哪天离职", "劳动合同解除或终止的日期（最后一天）");
    money("monthlyWage", "离职前12个月平均每月工资", "税前应发工资，含奖金、津贴、补贴");
    area("在哪里上班", "用于核对当地最低工资标准");
    yes("withoutNotice", "单位没有提前30天书面通知就辞退了我（医疗期满、不能胜任、客观情况变化）");
    var more = new Details("更多（选填）");
    more.add(
        money("lastMonthWage", "离职前上一个月的工资", "用于计算代通知金；不填按月平均工资"),
        money("averageMonthlyWage", "襄阳市上年度职工月平均工资", "工资很高时用于三倍封顶；知道的话可以填"));
    form.add(more);
  }
}
