package cn.xiangyang.portal.ui.calculators;

import cn.xiangyang.portal.ui.calculators.TimeLimitsClient.Limitation;
import cn.xiangyang.portal.ui.calculators.TimeLimitsClient.LimitationRequest;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.LabelledSelect;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 仲裁时效计算: whether a claim can still be brought within the one-year limitation, per claim type, with
 * interruption, the wage rule for those still employed, and the articles.
 */
@Route(value = "calculators/limitation", layout = MainLayout.class)
@PageTitle("仲裁时效计算 | 襄阳劳动人事争议调解仲裁")
@StyleSheet("context://styles/filing.css")
@StyleSheet("context://styles/timing.css")
@AnonymousAllowed
public class LimitationCalculatorView extends Main {

  static final Map<String, String> TYPES = new LinkedHashMap<>();
  static final Map<String, String> STATUS = Map.of(
      "NOT_STARTED", "时效还没有开始计算",
      "RUNNING", "还在仲裁时效内",
      "EXPIRED", "可能已超过仲裁时效",
      "NOT_APPLICABLE", "不适用仲裁时效");

  static {
    TYPES.put("UNPAID_WAGES", "拖欠工资");
    TYPES.put("OVERTIME_PAY", "加班费");
    TYPES.put("UNLAWFUL_TERMINATION_DAMAGES", "违法解除（辞退）赔偿金");
    TYPES.put("ECONOMIC_COMPENSATION", "经济补偿");
    TYPES.put("DOUBLE_WAGES", "未签书面劳动合同的二倍工资");
    TYPES.put("ANNUAL_LEAVE_PAY", "未休年休假工资");
    TYPES.put("SOCIAL_INSURANCE_LOSS", "社会保险待遇损失");
    TYPES.put("WORK_INJURY_MEDICAL_COSTS", "工伤医疗费");
    TYPES.put("NON_COMPETE_COMPENSATION", "竞业限制经济补偿");
    TYPES.put("CONFIRM_LABOR_RELATIONSHIP", "只请求确认劳动关系");
    TYPES.put("OTHER", "其他请求");
  }

  private final TimeLimitsClient client;
  private final Select<String> type = new LabelledSelect<>();
  private final RadioButtonGroup<String> employed = new RadioButtonGroup<>();
  private final DatePicker ended = new DatePicker("离职（劳动关系解除或终止）的日期");
  private final DatePicker knewOn = new DatePicker("您知道权利受到侵害的日期");
  private final DatePicker periodFrom = new DatePicker("请求所涉期间的开始日期（可不填）");
  private final DatePicker periodTo = new DatePicker("请求所涉期间的结束日期（可不填）");
  private final DatePicker interruptedOn = new DatePicker("最近一次向单位要钱或投诉的日期（可不填）");
  private final ProblemAlert alert = new ProblemAlert();
  private final Div result = new Div();

  public LimitationCalculatorView(TimeLimitsClient client) {
    this.client = client;
    addClassNames("page", "filing", "timing");
    type.setLabel("您要主张什么");
    type.setItems(TYPES.keySet());
    type.setItemLabelGenerator(TYPES::get);
    type.setValue("UNPAID_WAGES");
    employed.setLabel("您是否已经离职？");
    employed.setItems("仍在职", "已离职");
    knewOn.setHelperText("例如被辞退、单位拒绝支付的日期；被辞退的，填辞退的日期。");
    periodTo.setHelperText("二倍工资：没签合同期间的最后一天；年休假：未休假的年度中的一天。");
    interruptedOn.setHelperText("书面、微信、短信向单位要过钱，向劳动监察、工会、调解组织投诉或申请过，或者单位答应支付的日期：时效从那天起重新计算。");
    for (var f : new DatePicker[] {ended, knewOn, periodFrom, periodTo, interruptedOn}) {
      f.setWidthFull();
    }
    type.setWidthFull();
    Button compute = new Button("计算", e -> compute());
    compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    compute.addClassName("timing-compute");
    result.addClassName("timing-result");
    result.getElement().setAttribute("aria-live", "polite");
    add(
        new H1("仲裁时效计算"),
        new Paragraph("申请劳动争议仲裁的时效一般是一年，从您知道或者应当知道权利被侵害之日起计算；在职期间被拖欠工资的，不受一年限制，离职后一年内要申请。"
            + "超过时效的，仲裁委员会仍会受理，是否超过由仲裁庭认定。"),
        type,
        employed,
        ended,
        knewOn,
        periodFrom,
        periodTo,
        interruptedOn,
        compute,
        alert,
        result);
  }

  private void compute() {
    alert.clear();
    result.removeAll();
    for (var f : new DatePicker[] {ended, knewOn, periodFrom, periodTo, interruptedOn}) {
      f.setInvalid(false);
    }
    employed.setInvalid(false);
    Boolean stillEmployed = employed.getValue() == null ? null : "仍在职".equals(employed.getValue());
    Limitation a;
    try {
      a = client.limitation(new LimitationRequest(
          type.getValue(),
          knewOn.getValue(),
          ended.getValue(),
          stillEmployed,
          periodFrom.getValue(),
          periodTo.getValue(),
          interruptedOn.getValue()));
    } catch (BackendProblem refusal) {
      alert.show(
          refusal,
          Map.of(
              "stillEmployed",
              employed,
              "employmentEnded",
              ended,
              "knewOn",
              knewOn,
              "periodFrom",
              periodFrom,
              "periodTo",
              periodTo,
              "interruptedOn",
              interruptedOn),
          "无法计算，请检查填写的日期。");
      return;
    } catch (BackendUnavailable down) {
      alert.show("计算服务暂时不可用，请稍后再试。");
      return;
    }
    Div answer = new Div();
    answer.addClassNames(
        "card",
        "EXPIRED".equals(a.status())
            ? "check-problem"
            : "RUNNING".equals(a.status()) ? "check-ok" : "check-info",
        "timing-answer");
    Paragraph status = new Paragraph(STATUS.getOrDefault(a.status(), a.status()));
    status.addClassNames("strong", "timing-status");
    answer.add(status);
    if (a.lastDay() != null) {
      Paragraph last = new Paragraph("最后一天：" + TimeLimitsParts.date(a.lastDay()));
      last.addClassNames("strong", "timing-last-day");
      answer.add(last);
    }
    Paragraph explanation = new Paragraph(a.explanation());
    explanation.addClassName("timing-explanation");
    result.add(
        answer,
        TimeLimitsParts.warnings(a.warnings()),
        explanation,
        TimeLimitsParts.citations(a.citations()),
        new Paragraph("计算结果供参考，是否超过时效由仲裁庭根据证据认定。"));
  }
}
