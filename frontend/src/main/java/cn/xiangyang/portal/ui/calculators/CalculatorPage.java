package cn.xiangyang.portal.ui.calculators;

import cn.xiangyang.portal.ui.filing.CaseParts;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.LabelledSelect;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One calculator page: a few plain questions, a button, and the result below them. The questions are
 * named after the calculator's JSON inputs, so that the same names pre-fill them from the page address
 * ({@code ?start=2022-01-01&monthlyWage=3000}, as the assistant links) and receive the backend's field
 * errors. When the address fills every required question the page calculates at once.
 */
abstract class CalculatorPage extends Main implements BeforeEnterObserver {

  final CalculatorsClient client;
  final String name;
  private final @Nullable String claimType;
  final Div form = new Div();
  final ProblemAlert alert = new ProblemAlert();
  final Button calculate = new Button("计算");
  final ResultPanel result = new ResultPanel();
  private final Map<String, Question<?>> questions = new LinkedHashMap<>();
  private final List<String> required;

  /** One question: its field, how its value goes into the request, and how the address pre-fills it. */
  record Question<V>(
      AbstractField<?, V> field,
      Function<V, @Nullable Object> toJson,
      Function<String, @Nullable V> fromText) {
    @Nullable
    Object json() {
      V value = field.getValue();
      return value == null ? null : toJson.apply(value);
    }

    void prefill(String text) {
      try {
        V value = fromText.apply(text.strip());
        if (value != null) {
          field.setValue(value);
        }
      } catch (RuntimeException notAValue) {
        // A wrong value in the address just leaves the question empty.
      }
    }
  }

  CalculatorPage(
      CalculatorsClient client,
      String name,
      String title,
      String intro,
      @Nullable String claimType,
      List<String> required) {
    this.client = client;
    this.name = name;
    this.claimType = claimType;
    this.required = List.copyOf(required);
    addClassNames("page", "calculator", "calculator-" + name);
    RouterLink back = new RouterLink("← 全部计算器", CalculatorsView.class);
    back.addClassName("calc-back");
    form.addClassName("calc-form");
    calculate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    calculate.addClassName("calc-submit");
    calculate.addClickListener(e -> run());
    add(back, new H1(title), new Paragraph(intro), form, alert, calculate, result);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    QueryParameters query = event.getLocation().getQueryParameters();
    questions.forEach((key, q) -> query.getSingleParameter(key).ifPresent(q::prefill));
    if (!required.isEmpty()
        && required.stream()
            .allMatch(key -> questions.get(key) != null && questions.get(key).json() != null)) {
      run();
    }
  }

  /** The request body: every answered question under its input name. */
  Map<String, Object> inputs() {
    Map<String, Object> body = new LinkedHashMap<>();
    questions.forEach((key, q) -> {
      Object value = q.json();
      if (value != null && !(value instanceof Boolean b && !b) && !"".equals(value)) {
        body.put(key, value);
      }
    });
    return body;
  }

  void run() {
    alert.clear();
    questions.values().forEach(q -> {
      if (q.field() instanceof HasValidation v) {
        v.setInvalid(false);
      }
    });
    try {
      result.show(client.calculate(name, inputs()), claimType);
      // On a phone the result appears below the questions: bring it into view.
      result.scrollIntoView();
    } catch (BackendProblem refusal) {
      result.clear();
      Map<String, HasValidation> fields = new LinkedHashMap<>();
      questions.forEach((key, q) -> {
        if (q.field() instanceof HasValidation v) {
          fields.put(key, v);
        }
      });
      alert.show(refusal, fields, "请检查填写的内容。");
    } catch (BackendUnavailable unavailable) {
      result.clear();
      alert.show(BackendUnavailable.MESSAGE + "。请稍后再试。");
    }
  }

  // ---- questions ----

  DatePicker date(String key, String label, String helper) {
    DatePicker picker = new DatePicker(label);
    picker.setHelperText(helper + "（可直接输入，如 2025/3/1）");
    picker.setLocale(Locale.CHINA);
    picker.setI18n(CaseParts.chineseDates());
    picker.setAutoOpen(false);
    picker.setPlaceholder("年/月/日");
    picker.setWidthFull();
    return register(key, picker, LocalDate::toString, LocalDate::parse);
  }

  BigDecimalField money(String key, String label, String helper) {
    BigDecimalField field = new BigDecimalField(label);
    field.setHelperText(helper);
    field.setSuffixComponent(new com.vaadin.flow.component.html.Span("元"));
    field.setWidthFull();
    return register(key, field, BigDecimal::toPlainString, BigDecimal::new);
  }

  BigDecimalField hours(String key, String label, String helper) {
    BigDecimalField field = new BigDecimalField(label);
    field.setHelperText(helper);
    field.setSuffixComponent(new com.vaadin.flow.component.html.Span("小时"));
    field.setWidthFull();
    return register(key, field, BigDecimal::toPlainString, BigDecimal::new);
  }

  IntegerField integer(String key, String label, String helper, String unit) {
    IntegerField field = new IntegerField(label);
    field.setHelperText(helper);
    field.setSuffixComponent(new com.vaadin.flow.component.html.Span(unit));
    field.setWidthFull();
    return register(key, field, v -> v, Integer::valueOf);
  }

  Checkbox yes(String key, String label) {
    Checkbox box = new Checkbox(label);
    return register(key, box, v -> v, Boolean::parseBoolean);
  }

  TextField month(String key, String label, String helper) {
    TextField field = new TextField(label);
    field.setHelperText(helper);
    field.setPlaceholder("2026-01");
    field.setWidthFull();
    return register(key, field, v -> v.strip(), v -> v);
  }

  /** The area question; the areas come from the backend (none offered when it cannot answer). */
  LabelledSelect<String> area(String label, String helper) {
    LabelledSelect<String> select = new LabelledSelect<>();
    select.setLabel(label);
    select.setHelperText(helper);
    select.setEmptySelectionAllowed(true);
    select.setEmptySelectionCaption("不确定 / 不选");
    select.setWidthFull();
    Map<String, String> names = new LinkedHashMap<>();
    try {
      client.areas().forEach(a -> names.put(a.code(), a.name()));
    } catch (BackendProblem | BackendUnavailable e) {
      select.setHelperText(helper + "（地区列表暂时无法读取）");
    }
    select.setItems(List.copyOf(names.keySet()));
    select.setItemLabelGenerator(
        code -> code == null ? "不确定 / 不选" : names.getOrDefault(code, code));
    return register("area", select, v -> v, v -> names.containsKey(v) ? v : null);
  }

  private <V, F extends AbstractField<?, V>> F register(
      String key,
      F field,
      Function<V, @Nullable Object> toJson,
      Function<String, @Nullable V> fromText) {
    field.setId("calc-" + key);
    questions.put(key, new Question<>(field, toJson, fromText));
    form.add(field);
    return field;
  }
}
