package cn.xiangyang.portal.ui.calculators;

import cn.xiangyang.portal.ui.calculators.TimeLimitsClient.Deadline;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * 程序期限计算: the last day of a procedural step, counted the way the law counts (working days skip
 * weekends and holidays, a natural-day period ending on a rest day moves to the next working day), with
 * the explanation and the articles.
 */
@Route(value = "calculators/deadlines", layout = MainLayout.class)
@PageTitle("程序期限计算 | 襄阳劳动人事争议调解仲裁")
@StyleSheet("context://styles/filing.css")
@StyleSheet("context://styles/timing.css")
@AnonymousAllowed
public class DeadlineCalculatorView extends Main {

  /** The steps in the order of a case, with the question each one asks for its starting date. */
  static final Map<String, String[]> STEPS = new LinkedHashMap<>();

  static {
    STEPS.put("ACCEPTANCE", new String[] {"仲裁委员会决定是否受理", "仲裁委员会收到申请的日期"});
    STEPS.put("SERVICE", new String[] {"向被申请人送达申请书副本", "受理的日期"});
    STEPS.put("DEFENCE", new String[] {"被申请人提交答辩书", "被申请人收到申请书副本的日期"});
    STEPS.put("DEFENCE_COPY", new String[] {"向申请人送达答辩书副本", "仲裁委员会收到答辩书的日期"});
    STEPS.put("HEARING_NOTICE", new String[] {"最早可以开庭的日期", "发出开庭通知的日期"});
    STEPS.put("POSTPONEMENT_REQUEST", new String[] {"请求延期开庭的最后一天", "开庭日期"});
    STEPS.put("AWARD", new String[] {"作出仲裁裁决（45 日）", "受理的日期"});
    STEPS.put("AWARD_EXTENDED", new String[] {"作出仲裁裁决（经批准延长 15 日）", "受理的日期"});
    STEPS.put("MEDIATION", new String[] {"调解组织调解（15 日）", "调解组织收到调解申请的日期"});
  }

  private final TimeLimitsClient client;
  private final Select<String> step = new LabelledSelect<>();
  private final DatePicker from = new DatePicker();
  private final ProblemAlert alert = new ProblemAlert();
  private final Div result = new Div();

  public DeadlineCalculatorView(TimeLimitsClient client) {
    this.client = client;
    addClassNames("page", "filing", "timing");
    step.setLabel("要计算哪个期限");
    step.setItems(STEPS.keySet());
    step.setItemLabelGenerator(s -> texts(s)[0]);
    step.setValue("ACCEPTANCE");
    step.setWidthFull();
    step.addValueChangeListener(e -> from.setLabel(texts(e.getValue())[1]));
    from.setLabel(texts("ACCEPTANCE")[1]);
    from.setWidthFull();
    from.setRequiredIndicatorVisible(true);
    Button compute = new Button("计算", e -> compute());
    compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    compute.addClassName("timing-compute");
    result.addClassName("timing-result");
    result.getElement().setAttribute("aria-live", "polite");
    add(
        new H1("程序期限计算"),
        new Paragraph("仲裁规则中的“三日、五日、十日”按工作日计算，“十五日、四十五日”按自然日计算；期限从事件发生的次日起算，"
            + "最后一天是周末或法定节假日的，顺延到其后的第一个工作日。节假日按国务院办公厅每年公布的放假安排（含调休上班日）计算。"),
        step,
        from,
        compute,
        alert,
        result);
  }

  /** The step's name and what its period counts from; {@code step} is one of STEPS' keys, the only items offered. */
  private static String[] texts(String step) {
    return Objects.requireNonNull(STEPS.get(step), "the step select offers only STEPS' keys");
  }

  private void compute() {
    alert.clear();
    result.removeAll();
    from.setInvalid(false);
    if (from.getValue() == null) {
      from.setErrorMessage("请填写日期");
      from.setInvalid(true);
      alert.show("请填写" + texts(step.getValue())[1] + "。");
      return;
    }
    Deadline d;
    try {
      d = client.deadline(step.getValue(), from.getValue());
    } catch (BackendProblem refusal) {
      alert.show(refusal, Map.of("from", from), "无法计算，请检查填写的日期。");
      return;
    } catch (BackendUnavailable down) {
      alert.show("计算服务暂时不可用，请稍后再试。");
      return;
    }
    Div answer = new Div();
    answer.addClassNames("card", "check-ok", "timing-answer");
    String label = "HEARING_NOTICE".equals(d.step())
        ? "最早可以开庭："
        : "POSTPONEMENT_REQUEST".equals(d.step()) ? "最晚请在这一天提出：" : "最后一天：";
    Paragraph last = new Paragraph(label + TimeLimitsParts.date(d.lastDay()));
    last.addClassNames("strong", "timing-last-day");
    answer.add(
        last,
        new Paragraph(("WORKING".equals(d.dayKind()) ? d.days() + " 个工作日" : d.days() + " 个自然日")
            + (d.rolledOver() ? "，最后一天遇休息日已顺延" : "")));
    Paragraph explanation = new Paragraph(d.explanation());
    explanation.addClassName("timing-explanation");
    result.add(
        answer,
        TimeLimitsParts.warnings(d.warnings()),
        explanation,
        TimeLimitsParts.citations(d.citations()),
        new Paragraph("计算结果供参考，具体以仲裁委员会的通知和决定为准。"));
  }
}
