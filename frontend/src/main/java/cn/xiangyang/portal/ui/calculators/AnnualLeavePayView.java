package cn.xiangyang.portal.ui.calculators;

import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** 未休年休假工资报酬. */
@Route(value = "calculators/annual-leave-pay", layout = MainLayout.class)
@PageTitle("未休年假工资计算 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("context://styles/calculators.css")
@AnonymousAllowed
public class AnnualLeavePayView extends CalculatorPage {

  public AnnualLeavePayView(CalculatorsClient client) {
    super(
        client,
        "annual-leave-pay",
        "未休年假工资计算",
        "该休的年休假没让休的，每天按日工资的300%支付，其中100%已随工资发了，还应补200%。",
        "ANNUAL_LEAVE_PAY",
        List.of("monthlyWage", "unusedDays"));
    money("monthlyWage", "前12个月平均每月工资", "不含加班工资");
    integer("unusedDays", "还有几天年假没休", "单位没安排您休的天数", "天");
    var more = new Details("核对应休天数（选填）");
    more.add(
        integer("cumulativeYears", "一共工作了几年", "所有单位加起来", "年"),
        date("joinedOn", "今年入职的，入职日期", "今年以前入职的不填"),
        date("leftOn", "今年离职的，离职日期", "还在上班不填"),
        integer("takenDays", "今年已经休了几天年假", "没休过填 0", "天"));
    form.add(more);
  }
}
