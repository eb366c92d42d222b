package cn.xiangyang.portal.ui.hearings;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.filing.CaseParts;
import cn.xiangyang.portal.ui.hearings.HearingsApi.Attendee;
import cn.xiangyang.portal.ui.hearings.HearingsApi.StaffHearing;
import cn.xiangyang.portal.ui.hearings.HearingsApi.StaffOpenDay;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.LabelledSelect;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAccessControl;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** 开放日管理 for staff: publish a session (capacity, audience, hearings), see who booked, mark attendance. */
@Route(value = "staff/open-days", layout = MainLayout.class)
@PageTitle("开放日管理 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("styles/hearings.css")
@Menu(title = "开放日管理", order = 17, icon = "vaadin:calendar-clock")
@RolesAllowed(PortalAccessControl.STAFF)
public class StaffOpenDaysView extends Main implements BeforeEnterObserver {

  static final Map<String, String> AUDIENCES = new LinkedHashMap<>();

  static {
    AUDIENCES.put("PUBLIC", "社会公众");
    AUDIENCES.put("EMPLOYERS", "用人单位");
    AUDIENCES.put("WORKERS", "劳动者");
    AUDIENCES.put("STUDENTS", "学生");
  }

  private final HearingsClient client;
  private final CurrentUser currentUser;
  private final ProblemAlert alert = new ProblemAlert();
  private final Div form = new Div();
  private final Div list = new Div();
  private @Nullable String token;

  public StaffOpenDaysView(HearingsClient client, CurrentUser currentUser) {
    this.client = client;
    this.currentUser = currentUser;
    addClassNames("page", "staff-open-days");
    add(new H1("开放日管理"), alert, form, list);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SignedIn signedIn = currentUser.required();
    token = signedIn.token();
    load();
  }

  private void load() {
    form.removeAll();
    list.removeAll();
    try {
      List<StaffHearing> hearings =
          client.staffHearings(token()).stream().filter(StaffHearing::listed).toList();
      form.add(createForm(hearings));
      List<StaffOpenDay> days = client.staffOpenDays(token());
      list.add(new H2("已发布的开放日"));
      if (days.isEmpty()) {
        list.add(new Paragraph("还没有发布开放日。"));
      }
      days.forEach(d -> list.add(card(d)));
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("暂时无法查看开放日。"));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
  }

  private Details createForm(List<StaffHearing> hearings) {
    TextField title = new TextField("名称");
    DateTimePicker startsAt = new DateTimePicker("时间");
    startsAt.setDatePickerI18n(CaseParts.chineseDates());
    IntegerField capacity = new IntegerField("可预约人数");
    capacity.setMin(1);
    Select<String> audience = new LabelledSelect<>();
    audience.setLabel("面向");
    audience.setItems(AUDIENCES.keySet().stream().toList());
    audience.setItemLabelGenerator(AUDIENCES::get);
    audience.setValue("PUBLIC");
    CheckboxGroup<UUID> which = new CheckboxGroup<>("旁听的公开庭审");
    Map<UUID, String> names = new HashMap<>();
    hearings.forEach(h -> names.put(
        h.hearing().id(),
        CaseParts.dateTime(h.hearing().startsAt()) + " " + h.hearing().parties()));
    which.setItems(hearings.stream().map(h -> h.hearing().id()).toList());
    which.setItemLabelGenerator(names::get);
    Button publish = new Button("发布开放日", e -> {
      Map<String, Object> body = new HashMap<>();
      body.put("title", title.getValue());
      if (startsAt.getValue() != null) {
        body.put(
            "startsAt", startsAt.getValue().atZone(CaseParts.ZONE).toInstant().toString());
      }
      if (capacity.getValue() != null) {
        body.put("capacity", capacity.getValue());
      }
      body.put("audience", audience.getValue());
      body.put("hearingIds", which.getValue().stream().map(UUID::toString).toList());
      try {
        client.createOpenDay(token(), body);
        load();
      } catch (BackendProblem refusal) {
        alert.show(
            refusal, Map.of("title", title, "startsAt", startsAt, "capacity", capacity), "没有发布。");
      } catch (BackendUnavailable unavailable) {
        alert.show(BackendUnavailable.MESSAGE + "。");
      }
    });
    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Details details =
        new Details("发布新的开放日", new Div(title, startsAt, capacity, audience, which, publish));
    details.setOpened(true);
    return details;
  }

  private Div card(StaffOpenDay day) {
    Div card = new Div();
    card.addClassNames("card", "open-day-card");
    card.add(
        new H2(day.title()),
        new Paragraph(CaseParts.dateTime(day.startsAt()) + "　面向："
            + AUDIENCES.getOrDefault(day.audience(), day.audience())),
        new Paragraph(
            "已确认 " + day.confirmed() + " / " + day.capacity() + "，候补 " + day.waitlisted()));
    Div attendees = new Div();
    Details details = new Details("预约名单", attendees);
    details.addOpenedChangeListener(e -> {
      if (e.isOpened()) {
        show(day.id(), attendees);
      }
    });
    card.add(details);
    return card;
  }

  private void show(UUID openDay, Div box) {
    box.removeAll();
    try {
      List<Attendee> attendees = client.attendees(token(), openDay);
      if (attendees.isEmpty()) {
        box.add(new Paragraph("还没有人预约。"));
      }
      for (Attendee a : attendees) {
        String line = ("CONFIRMED".equals(a.status())
                ? "第 " + a.position() + " 位"
                : "候补第 " + a.position() + " 位")
            + "　" + a.name() + "（" + ("EMPLOYER".equals(a.accountKind()) ? "用人单位" : "个人") + "）";
        if ("CONFIRMED".equals(a.status())) {
          Checkbox came = new Checkbox(line + " 已到场", Boolean.TRUE.equals(a.attended()));
          came.addValueChangeListener(e -> {
            if (e.isFromClient()) {
              try {
                client.markAttendance(token(), openDay, a.bookingId(), e.getValue());
              } catch (BackendProblem refusal) {
                alert.show(refusal.detailOr("没有登记成功。"));
              }
            }
          });
          box.add(came);
        } else {
          box.add(new Paragraph(line));
        }
      }
    } catch (BackendProblem | BackendUnavailable e) {
      alert.show("暂时无法查看预约名单。");
    }
  }

  /** The staff session's token; every use follows {@link #beforeEnter}, which requires a signed-in user. */
  private String token() {
    if (token == null) {
      throw new IllegalStateException("not signed in");
    }
    return token;
  }
}
