package cn.xiangyang.portal.ui.filing;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A "已写 12 / 200 字" line under a field whose text is capped, so that the cap is seen before it is
 * reached and a paste that hits it is never cut off silently ("已到上限" is said in words).
 */
final class TextCounter {

  private TextCounter() {}

  static void count(TextArea field, String helper) {
    Span counter = counter();
    field.setValueChangeMode(ValueChangeMode.LAZY);
    field.getElement().removeProperty("helperText");
    field.setHelperComponent(helper(helper, counter));
    field.addValueChangeListener(e -> show(counter, e.getValue(), field.getMaxLength()));
    show(counter, field.getValue(), field.getMaxLength());
  }

  static void count(TextField field, String helper) {
    Span counter = counter();
    field.setValueChangeMode(ValueChangeMode.LAZY);
    field.getElement().removeProperty("helperText");
    field.setHelperComponent(helper(helper, counter));
    field.addValueChangeListener(e -> show(counter, e.getValue(), field.getMaxLength()));
    show(counter, field.getValue(), field.getMaxLength());
  }

  private static Span counter() {
    Span counter = new Span();
    counter.addClassName("char-count");
    return counter;
  }

  private static Div helper(String text, Span counter) {
    Div helper = new Div(new Span(text), counter);
    helper.addClassName("counted-helper");
    return helper;
  }

  private static void show(Span counter, String value, int max) {
    int length = value == null ? 0 : value.length();
    counter.setText("已写 " + length + " / " + max + " 字" + (length >= max ? "（已到上限，不能再多写）" : ""));
    counter.getElement().getClassList().set("char-count-full", length >= max);
  }
}
