package cn.xiangyang.portal.ui.shell;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The message box above a form's submit button. It shows the backend's problem detail and puts each
 * field error next to its field; errors for fields the form does not have are listed in the box, so no
 * message from the backend is lost. Screen readers announce it ({@code role="alert"}).
 */
public class ProblemAlert extends Div {

  private final Paragraph message = new Paragraph();
  private final UnorderedList others = new UnorderedList();

  public ProblemAlert() {
    addClassName("problem-alert");
    getElement().setAttribute("role", "alert");
    add(message, others);
    setVisible(false);
  }

  /** Shows one message, for problems that concern no field. */
  public void show(String text) {
    message.setText(text);
    others.removeAll();
    others.setVisible(false);
    setVisible(true);
  }

  /**
   * Shows the backend's refusal: {@code detail} (or {@code fallback}) in the box, field errors on the
   * fields named in {@code fields} (keys are the request's JSON property names), then moves the focus to
   * the first field in error.
   */
  public void show(
      BackendProblem refusal, Map<String, ? extends HasValidation> fields, String fallback) {
    show(refusal.detailOr(fallback));
    List<String> unplaced = new ArrayList<>();
    @Nullable HasValidation first = null;
    for (Problem.FieldProblem error : refusal.problem().errors()) {
      String text =
          error.message() == null || error.message().isBlank() ? "请检查此项" : error.message();
      HasValidation field = error.field() == null ? null : fields.get(error.field());
      if (field == null) {
        unplaced.add(text);
        continue;
      }
      field.setErrorMessage(text);
      field.setInvalid(true);
      if (first == null) {
        first = field;
      }
    }
    unplaced.stream()
        .filter(text -> !text.equals(message.getText()))
        .forEach(text -> others.add(new ListItem(text)));
    others.setVisible(others.getComponentCount() > 0);
    if (first instanceof Focusable<?> focusable) {
      focusable.focus();
    }
  }

  public void clear() {
    message.setText("");
    others.removeAll();
    setVisible(false);
  }

  /** The text shown in the box, including listed errors; empty when it is hidden. */
  public String text() {
    if (!isVisible()) {
      return "";
    }
    StringBuilder text = new StringBuilder(message.getText());
    others
        .getChildren()
        .forEach(item -> text.append('\n').append(item.getElement().getText()));
    return text.toString();
  }
}
