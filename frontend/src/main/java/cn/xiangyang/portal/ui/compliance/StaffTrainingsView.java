package cn.xiangyang.portal.ui.compliance;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.compliance.ComplianceApi.Training;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAccessControl;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/** Staff: training requests (订单式培训), open ones first; schedule them and record attendance. */
@Route(value = "staff/trainings", layout = MainLayout.class)
@PageTitle("培训申请 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("styles/filing.css")
@StyleSheet("styles/compliance.css")
@Menu(title = "培训申请", order = 12, icon = "vaadin:academy-cap")
@RolesAllowed(PortalAccessControl.STAFF)
public class StaffTrainingsView extends Main implements BeforeEnterObserver {

  private final ComplianceClient client;
  private final CurrentUser currentUser;
  private final ProblemAlert alert = new ProblemAlert();
  private final Div list = new Div();
  private String token = "";

  public StaffTrainingsView(ComplianceClient client, CurrentUser currentUser) {
    this.client = client;
    this.currentUser = currentUser;
    addClassNames("page", "staff", "checkup");
    add(new H1("培训申请"), new Paragraph("用人单位根据体检结果申请的专题培训。安排日期和地点后，培训结束时登记实际参加人数。"), alert, list);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SignedIn signedIn = currentUser.required();
    list.removeAll();
    token = signedIn.token();
    refresh();
  }

  private void refresh() {
    list.removeAll();
    try {
      var all = client.staffTrainings(token);
      if (all.isEmpty()) {
        list.add(new Paragraph("目前没有培训申请。"));
      }
      all.forEach(t -> list.add(card(t)));
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("无法读取培训申请。"));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
  }

  private Div card(Training t) {
    Div card = new Div();
    card.addClassNames("card", "training", "training-" + t.status().toLowerCase());
    card.add(
        new H2(t.companyName()),
        new Paragraph("状态：" + t.statusLabel()),
        new Paragraph("主题：" + String.join("、", t.topics())),
        new Paragraph("人数：" + t.headcount() + "　希望日期："
            + t.preferredDates().stream()
                .map(LocalDate::toString)
                .collect(Collectors.joining("、"))),
        new Paragraph("联系人：" + t.contactName() + "　" + t.contactPhone()));
    if (t.note() != null) {
      card.add(new Paragraph("其他要求：" + t.note()));
    }
    if (t.scheduledOn() != null) {
      card.add(new Paragraph("安排：" + t.scheduledOn() + "，" + t.location()
          + (t.trainer() == null ? "" : "，授课 " + t.trainer())));
    }
    if (t.attended() != null) {
      card.add(new Paragraph("实际参加：" + t.attended() + " 人"));
    }
    if (t.status().equals("REQUESTED") || t.status().equals("SCHEDULED")) {
      DatePicker date = new DatePicker("培训日期");
      date.setMin(LocalDate.now(ReportPanel.ZONE));
      if (!t.preferredDates().isEmpty())
        date.setValue(
            t.scheduledOn() != null ? t.scheduledOn() : t.preferredDates().get(0));
      TextField location = new TextField("培训地点");
      if (t.location() != null) location.setValue(t.location());
      TextField trainer = new TextField("授课人（可不填）");
      if (t.trainer() != null) trainer.setValue(t.trainer());
      Button schedule = new Button(t.status().equals("REQUESTED") ? "安排培训" : "修改安排", e -> {
        alert.clear();
        try {
          client.schedule(
              token,
              t.id(),
              new ComplianceApi.Schedule(
                  date.getValue(),
                  location.getValue(),
                  trainer.getValue().isBlank() ? null : trainer.getValue()));
          refresh();
        } catch (BackendProblem refusal) {
          alert.show(
              refusal, Map.of("date", date, "location", location, "trainer", trainer), "没有安排成功。");
        } catch (BackendUnavailable ex) {
          alert.show(BackendUnavailable.MESSAGE + "。");
        }
      });
      schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      Div form = new Div(date, location, trainer, schedule);
      form.addClassName("inline-form");
      card.add(form);
    }
    if (t.status().equals("SCHEDULED")) {
      IntegerField attended = new IntegerField("实际参加人数");
      attended.setMin(0);
      Button record = new Button("登记参加人数", e -> {
        alert.clear();
        try {
          client.attendance(token, t.id(), new ComplianceApi.Attendance(attended.getValue()));
          refresh();
        } catch (BackendProblem refusal) {
          alert.show(refusal, Map.of("attended", attended), "没有登记成功。");
        } catch (BackendUnavailable ex) {
          alert.show(BackendUnavailable.MESSAGE + "。");
        }
      });
      Div form = new Div(attended, record);
      form.addClassName("inline-form");
      card.add(form);
    }
    return card;
  }
}
