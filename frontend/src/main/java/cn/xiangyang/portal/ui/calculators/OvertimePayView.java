package cn.xiangyang.portal.ui.calculators;

import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** 加班费. */
@Route(value = "calculators/overtime-pay", layout = MainLayout.class)
@PageTitle("加班费计算 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("context://styles/calculators.css")
@AnonymousAllowed
public class OvertimePayView extends CalculatorPage {

  public OvertimePayView(CalculatorsClient client) {
    super(
        client,
        "overtime-pay",
        "加班费计算",
        "平时加班按150%，周末加班不能补休的按200%，法定节假日加班按300%。",
        "OVERTIME_PAY",
        List.of("monthlyWage"));
    money("monthlyWage", "劳动合同约定的月工资", "加班费的计算基数");
    hours("weekdayHours", "工作日下班后加班多少小时", "一个月合计");
    hours("restDayHours", "周末（休息日）加班多少小时", "一个月合计");
    yes("restDayTimeOff", "周末加班已经安排了补休");
    hours("holidayHours", "法定节假日加班多少小时", "一个月合计，例如春节、国庆");
    area("在哪里上班", "用于核对基数是否低于最低工资");
    integer("months", "这些小时数是几个月的（选填）", "不填按一个月", "个月");
  }
}
