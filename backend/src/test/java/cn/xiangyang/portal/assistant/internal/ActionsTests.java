package cn.xiangyang.portal.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.assistant.SuggestedAction;
import cn.xiangyang.portal.assistant.internal.situation.FactReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionsTests {

  @Test
  void calculatorLinkCarriesTheDatesWageAndAreaThePersonGave() {
    var situation = new FactReader()
        .read("我2022年1月1日入职樊城区一家厂，月工资3000元，2025年7月1日被公司辞退了，能拿多少补偿", LocalDate.of(2026, 3, 1));
    List<SuggestedAction> actions = Actions.forAnswer(List.of("经济补偿与赔偿金"), situation);
    SuggestedAction calculator = actions.getFirst();
    assertThat(calculator.type()).isEqualTo("calculator");
    assertThat(calculator.url())
        .startsWith("/calculators/economic-compensation?")
        .contains("start=2022-01-01", "end=2025-07-01", "monthlyWage=3000", "area=fancheng");
    assertThat(calculator.params())
        .containsEntry("kind", "economic-compensation")
        .containsEntry("monthlyWage", "3000");
  }

  @Test
  void calculatorKindsAreTheCalculatorPages() {
    assertThat(Actions.forAnswer(List.of("加班与工作时间", "带薪年休假")).stream().map(SuggestedAction::url))
        .contains("/calculators/overtime-pay", "/calculators/annual-leave-pay");
  }
}
