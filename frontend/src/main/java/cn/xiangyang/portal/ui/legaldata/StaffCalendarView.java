package cn.xiangyang.portal.ui.legaldata;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.calculators.TimeLimitsClient;
import cn.xiangyang.portal.ui.calculators.TimeLimitsClient.CalendarYear;
import cn.xiangyang.portal.ui.calculators.TimeLimitsClient.Holiday;
import cn.xiangyang.portal.ui.calculators.TimeLimitsClient.YearInput;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAccessControl;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * 维护法定节假日: a year of the working-day calendar as the deadline rules count it, and its replacement by
 * administrators (the backend audits every change). Other staff read it.
 */
@Route(value = StaffCalendarView.PATH, layout = MainLayout.class)
@PageTitle("法定节假日与调休 | 襄阳劳动人事争议调解仲裁")
@StyleSheet("context://styles/filing.css")
@StyleSheet("context://styles/timing.css")
@Menu(title = "节假日与调休", order = 15, icon = "vaadin:calendar")
@RolesAllowed(PortalAccessControl.STAFF)
public class StaffCalendarView extends Main implements BeforeEnterObserver {

  static final String PATH = "staff/calendar";

  private final TimeLimitsClient client;
  private final CurrentUser currentUser;
  private final IntegerField year = new IntegerField("年份");
  private final Div shown = new Div();
  private final Div editor = new Div();
  private final TextField source = new TextField("来源（通知名称、文号、日期）");
  private final TextField url = new TextField("通知网址（选填）");
  private final Checkbox verified = new Checkbox("已与两份独立的公开文本逐日核对");
  private final TextField checkedAgainst = new TextField("核对所用的两份公开文本");
  private final TextArea note = new TextArea("说明（选填）");
  private final TextArea holidays = new TextArea("放假日期段（每行：节日名称,开始日期,结束日期）");
  private final TextArea workingDays = new TextArea("调休上班日（每行一个日期）");
  private final ProblemAlert alert = new ProblemAlert();
  private final Paragraph saved = new Paragraph();
  private @Nullable String token;

  public StaffCalendarView(TimeLimitsClient client, CurrentUser currentUser) {
    this.client = client;
    this.currentUser = currentUser;
    addClassNames("page", "filing", "timing");
    year.setValue(LocalDate.now().getYear() + 1);
    year.setMin(2000);
    year.setMax(2100);
    year.setStepButtonsVisible(true);
    year.setWidthFull();
    Button load = new Button("查看", e -> show());
    holidays.setHelperText("例如：国庆节,2027-10-01,2027-10-07。跨年的假期分别写在两年中。");
    workingDays.setHelperText("例如：2027-10-09。只写周六、周日上班的日子。");
    saved.getElement().setAttribute("role", "status");
    for (var f : List.of(source, url, checkedAgainst)) {
      f.setWidthFull();
    }
    for (var f : List.of(note, holidays, workingDays)) {
      f.setWidthFull();
    }
    Button save = new Button("保存这一年的放假安排", e -> save());
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClassName("timing-compute");
    editor.add(
        new H2("修改这一年"),
        new Paragraph("保存后立即用于所有期限计算，并记入审计日志。请逐日核对国务院办公厅的通知。"),
        source,
        url,
        verified,
        checkedAgainst,
        note,
        holidays,
        workingDays,
        save,
        alert,
        saved);
    add(new H1("法定节假日与调休"), year, load, shown, editor);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SignedIn signedIn = currentUser.required();
    token = signedIn.token();
    editor.setVisible("ADMIN".equals(signedIn.account().role()));
    show();
  }

  private void show() {
    shown.removeAll();
    alert.clear();
    saved.setText("");
    if (year.getValue() == null || year.getValue() < 2000 || year.getValue() > 2100) {
      shown.add(new Paragraph("请填写 2000 至 2100 之间的年份。"));
      return;
    }
    CalendarYear y;
    try {
      y = client.year(year.getValue());
    } catch (BackendProblem | BackendUnavailable e) {
      shown.add(new Paragraph("暂时无法读取放假安排，请稍后再试。"));
      return;
    }
    Div card = new Div();
    card.addClassNames(
        "card", y.known() ? (y.verified() ? "check-ok" : "check-warning") : "check-problem");
    card.add(new Paragraph(y.known() ? (y.verified() ? "已录入，已核实" : "已录入，未核实") : "尚未录入这一年的放假安排"));
    if (y.source() != null) {
      card.add(new Paragraph("来源：" + y.source()));
    }
    if (y.checkedAgainst() != null) {
      card.add(new Paragraph("核对：" + y.checkedAgainst()));
    }
    if (y.warning() != null) {
      card.add(new Paragraph(y.warning()));
    }
    card.add(new Paragraph("放假："
        + y.holidays().stream()
            .map(h -> h.name() + " " + h.from() + (h.from().equals(h.to()) ? "" : " 至 " + h.to()))
            .collect(Collectors.joining("；"))));
    card.add(new Paragraph("调休上班："
        + (y.workingDays().isEmpty()
            ? "无"
            : y.workingDays().stream().map(LocalDate::toString).collect(Collectors.joining("、")))));
    shown.add(card);
    source.setValue(y.known() && y.source() != null ? y.source() : "");
    url.setValue(y.url() == null ? "" : y.url());
    verified.setValue(y.verified());
    checkedAgainst.setValue(y.checkedAgainst() == null ? "" : y.checkedAgainst());
    note.setValue(y.note() == null ? "" : y.note());
    holidays.setValue(y.holidays().stream()
        .map(h -> h.name() + "," + h.from() + "," + h.to())
        .collect(Collectors.joining("\n")));
    workingDays.setValue(
        y.workingDays().stream().map(LocalDate::toString).collect(Collectors.joining("\n")));
  }

  private void save() {
    alert.clear();
    saved.setText("");
    if (token == null || year.getValue() == null) {
      return;
    }
    List<Holiday> spans = new ArrayList<>();
    List<LocalDate> days = new ArrayList<>();
    try {
      for (String line : holidays.getValue().split("\\R")) {
        if (line.isBlank()) {
          continue;
        }
        String[] parts = line.split("[,，]");
        if (parts.length != 3) {
          alert.show("放假日期段“" + line.strip() + "”应写成：节日名称,开始日期,结束日期");
          return;
        }
        spans.add(new Holiday(
            parts[0].strip(),
            LocalDate.parse(parts[1].strip()),
            LocalDate.parse(parts[2].strip())));
      }
      for (String line : workingDays.getValue().split("\\R")) {
        if (!line.isBlank()) {
          days.add(LocalDate.parse(line.strip()));
        }
      }
    } catch (DateTimeParseException e) {
      alert.show("日期“" + e.getParsedString() + "”的格式不对，请写成 2027-10-01 这样的形式。");
      return;
    }
    try {
      client.putYear(
          token,
          year.getValue(),
          new YearInput(
              source.getValue().strip(),
              blank(url.getValue()),
              verified.getValue(),
              blank(checkedAgainst.getValue()),
              blank(note.getValue()),
              spans,
              days));
    } catch (BackendProblem refusal) {
      alert.show(refusal, Map.of(), "保存失败，请检查填写的内容。");
      return;
    } catch (BackendUnavailable down) {
      alert.show("暂时无法保存，请稍后再试。");
      return;
    }
    show();
    saved.setText("已保存 " + year.getValue() + " 年的放假安排。");
  }

  private static @Nullable String blank(String s) {
    return s.isBlank() ? null : s.strip();
  }
}
