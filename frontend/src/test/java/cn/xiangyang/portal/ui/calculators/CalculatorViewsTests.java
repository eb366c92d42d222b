package cn.xiangyang.portal.ui.calculators;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.ui.UiTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalculatorViewsTests extends UiTest {

  static final String RESULT = """
            {"amount":"12000.00","currency":"CNY","formula":"经济补偿 = 3000.00 × 4 = 12000.00 元",
             "steps":["工作年限：2022-01-01 至 2025-07-01，共 3年6个月1天，计 4 个月"],"assumptions":["月工资是解除前12个月的平均应得工资。"],
             "citations":[{"law":"劳动合同法","article":47,"lawId":"labor-contract-law","label":"劳动合同法第四十七条","url":"/laws/labor-contract-law#第47条"},
                          {"law":"某法","article":1,"lawId":"x","label":"某法第一条","url":"https://elsewhere.example/"}],
             "figuresUsed":[],"parts":[],"gaps":["襄阳市上年度职工月平均工资尚未录入本系统。"],"futureField":1}""";

  @Test
  void anAddressWithEveryRequiredAnswerCalculatesAtOnceAndOffersTheApplication() {
    backend.json("GET", "/api/v1/areas", 200, "[{\"code\":\"fancheng\",\"name\":\"樊城区\"}]");
    backend.json("POST", "/api/v1/calculators/economic-compensation", 200, RESULT);

    navigate(
        "calculators/economic-compensation?start=2022-01-01&end=2025-07-01&monthlyWage=3000&area=fancheng");

    assertThat(backend.received("POST", "/api/v1/calculators/economic-compensation"))
        .singleElement()
        .satisfies(r -> assertThat(r.body())
            .contains(
                "\"start\":\"2022-01-01\"",
                "\"end\":\"2025-07-01\"",
                "\"monthlyWage\":\"3000\"",
                "\"area\":\"fancheng\""));
    String text = currentView().getElement().getTextRecursively();
    assertThat(text)
        .contains(
            "12000.00 元", "经济补偿 = 3000.00 × 4 = 12000.00 元", "还缺少的信息", "襄阳市上年度职工月平均工资尚未录入本系统。");
    Anchor article = _get(Anchor.class, spec -> spec.withText("《劳动合同法》第四十七条"));
    assertThat(article.getHref()).isEqualTo("laws/labor-contract-law#第47条");
    // A citation address outside the law library is shown as text, never as a link.
    assertThat(_find(Anchor.class, spec -> spec.withText("《某法》第一条"))).isEmpty();
    assertThat(text).contains("某法第一条");
    assertThat(_get(Anchor.class, spec -> spec.withText("用这个金额申请")).getHref())
        .isEqualTo("filing/new?claim=ECONOMIC_COMPENSATION&amount=12000.00");
  }

  @Test
  void theBackendsFieldErrorsAppearOnTheQuestions() {
    backend.json("GET", "/api/v1/areas", 200, "[]");
    backend.problem("POST", "/api/v1/calculators/economic-compensation", 400, """
                {"title":"填写内容有误","status":400,"detail":"有 1 处填写内容需要修改：解除或终止日期不能早于入职日期，请检查。",
                 "errors":[{"field":"end","message":"解除或终止日期不能早于入职日期，请检查。"}]}""", Map.of());

    navigate("calculators/economic-compensation?start=2025-01-01&end=2024-01-01");
    _get(BigDecimalField.class, spec -> spec.withLabel("离职前12个月平均每月工资"))
        .setValue(new java.math.BigDecimal("3000"));
    _click(_get(Button.class, spec -> spec.withText("计算")));

    DatePicker end = _get(DatePicker.class, spec -> spec.withLabel("哪天离职"));
    assertThat(end.isInvalid()).isTrue();
    assertThat(end.getErrorMessage()).isEqualTo("解除或终止日期不能早于入职日期，请检查。");
    assertThat(currentView().getElement().getTextRecursively()).doesNotContain("用这个金额申请");
  }
}
