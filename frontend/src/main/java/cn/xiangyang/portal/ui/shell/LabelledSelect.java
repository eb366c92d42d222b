package cn.xiangyang.portal.ui.shell;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Select} whose option list carries the field's name as well as the field itself.
 *
 * <p>Vaadin renders the options in a {@code vaadin-select-list-box} (role {@code listbox}) that has no
 * accessible name of its own; a screen reader then announces an unnamed list, and axe-core reports
 * {@code aria-input-field-name} whenever the list box is in the page. Naming it after the field's label
 * (or its aria-label when there is no visible label) fixes that at the source.
 */
public class LabelledSelect<T> extends Select<T> {

  @Override
  public void setLabel(@Nullable String label) {
    super.setLabel(label);
    nameOptions(label);
  }

  @Override
  public void setAriaLabel(@Nullable String ariaLabel) {
    super.setAriaLabel(ariaLabel);
    if (ariaLabel != null || getLabel() == null) {
      nameOptions(ariaLabel);
    }
  }

  private void nameOptions(@Nullable String name) {
    getElement()
        .getChildren()
        .filter(child -> "vaadin-select-list-box".equals(child.getTag()))
        .forEach(listBox -> name(listBox, name));
  }

  private static void name(Element listBox, @Nullable String name) {
    if (name == null || name.isBlank()) {
      listBox.removeAttribute("aria-label");
    } else {
      listBox.setAttribute("aria-label", name);
    }
  }
}
