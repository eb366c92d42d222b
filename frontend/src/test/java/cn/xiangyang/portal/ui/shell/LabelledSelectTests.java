package cn.xiangyang.portal.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelledSelectTests {

  @Test
  void namesItsOptionListAfterTheVisibleLabel() {
    LabelledSelect<String> select = new LabelledSelect<>();
    select.setLabel("单位所在区域");
    assertThat(optionList(select).map(list -> list.getAttribute("aria-label"))).contains("单位所在区域");
  }

  @Test
  void namesItsOptionListAfterTheAriaLabelWhenThereIsNoVisibleLabel() {
    LabelledSelect<String> select = new LabelledSelect<>();
    select.setAriaLabel("筛选");
    assertThat(optionList(select).map(list -> list.getAttribute("aria-label"))).contains("筛选");
  }

  @Test
  void keepsTheVisibleLabelAsTheNameWhenAnAriaLabelIsCleared() {
    LabelledSelect<String> select = new LabelledSelect<>();
    select.setLabel("显示");
    select.setAriaLabel(null);
    assertThat(optionList(select).map(list -> list.getAttribute("aria-label"))).contains("显示");
  }

  private static Optional<Element> optionList(LabelledSelect<?> select) {
    return select
        .getElement()
        .getChildren()
        .filter(child -> "vaadin-select-list-box".equals(child.getTag()))
        .findFirst();
  }
}
