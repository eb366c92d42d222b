package cn.xiangyang.portal.ui.hearings;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.LoginView;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.accounts.VisitorRegistrationView;
import cn.xiangyang.portal.ui.filing.CaseParts;
import cn.xiangyang.portal.ui.hearings.HearingsApi.Booking;
import cn.xiangyang.portal.ui.hearings.HearingsApi.OpenDay;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 开放日: the upcoming open-day sessions with seats left; signed-in workers, employers and visitors book a
 * seat (or a place on the waitlist) and can cancel it.
 */
@Route(value = "open-days", layout = MainLayout.class)
@PageTitle("开放日 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("styles/hearings.css")
@Menu(title = "开放日", order = 4, icon = "vaadin:calendar-user")
@AnonymousAllowed
public class OpenDaysView extends Main implements BeforeEnterObserver {

  private final HearingsClient client;
  private final CurrentUser currentUser;
  private final ProblemAlert alert = new ProblemAlert();
  private final Div list = new Div();
  private final Paragraph notice = new Paragraph();

  public OpenDaysView(HearingsClient client, CurrentUser currentUser) {
    this.client = client;
    this.currentUser = currentUser;
    addClassNames("page", "open-days");
    Paragraph lead = new Paragraph("仲裁庭审开放日邀请用人单位、劳动者、学生和社会公众走进仲裁庭，现场旁听公开开庭的案件。"
        + "登录后即可预约，每个账号每场限约一个座位；座位约满后可排队候补，有人取消时按顺序自动递补。");
    lead.addClassName("lead");
    notice.addClassName("booking-notice");
    notice.getElement().setAttribute("role", "status");
    list.addClassName("open-day-list");
    add(new H1("开放日"), lead, alert, notice, list);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    load();
  }

  private @Nullable String token() {
    return currentUser.get().map(SignedIn::token).orElse(null);
  }

  private void load() {
    list.removeAll();
    try {
      List<OpenDay> days = client.openDays(token());
      if (days.isEmpty()) {
        list.add(new Paragraph("近期没有开放日安排，请过几天再来看看。"));
      }
      days.forEach(d -> list.add(card(d)));
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("暂时无法查看开放日。"));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
  }

  private Div card(OpenDay day) {
    Div card = new Div();
    card.addClassNames("card", "open-day-card");
    card.getElement().setAttribute("data-open-day-id", day.id().toString());
    card.add(
        new H2(day.title()),
        new Paragraph("时间：" + CaseParts.dateTime(day.startsAt())),
        new Paragraph("地点：" + day.commission().name()),
        new Paragraph("面向：" + day.audienceLabel()),
        new Paragraph("座位：共 " + day.capacity() + " 个，剩余 " + day.seatsLeft() + " 个"
            + (day.waitlisted() > 0 ? "，候补 " + day.waitlisted() + " 人" : "")));
    if (!day.hearings().isEmpty()) {
      UnorderedList hearings = new UnorderedList();
      day.hearings()
          .forEach(h -> hearings.add(new ListItem(h.time() + " " + h.parties() + "（"
              + String.join(
                  "、", h.causes().stream().map(HearingsApi.Code::label).toList()) + "）")));
      card.add(new Paragraph("旁听庭审："), hearings);
    }
    Booking mine = day.mine();
    String token = token();
    if (token == null) {
      RouterLink login = new RouterLink("登录后预约", LoginView.class);
      login.setQueryParameters(QueryParameters.simple(Map.of(LoginView.CONTINUE, "open-days")));
      login.addClassName("button-link");
      RouterLink register = new RouterLink("没有账号？公众注册", VisitorRegistrationView.class);
      card.add(login, new Paragraph(register));
    } else if (mine == null) {
      Button book = new Button(day.seatsLeft() > 0 ? "预约座位" : "排队候补", e -> {
        try {
          Booking booked = client.book(token, day.id());
          notice.setText(words(day, booked));
          load();
        } catch (BackendProblem refusal) {
          alert.show(refusal.detailOr("预约没有成功，请稍后再试。"));
        } catch (BackendUnavailable unavailable) {
          alert.show(BackendUnavailable.MESSAGE + "。");
        }
      });
      book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      card.add(book);
    } else {
      Paragraph state = new Paragraph(words(day, mine));
      state.addClassName("my-booking");
      Button cancel = new Button("取消预约", e -> {
        try {
          client.cancelBooking(token, day.id());
          notice.setText("已取消“" + day.title() + "”的预约。");
          load();
        } catch (BackendProblem refusal) {
          alert.show(refusal.detailOr("取消没有成功，请稍后再试。"));
        } catch (BackendUnavailable unavailable) {
          alert.show(BackendUnavailable.MESSAGE + "。");
        }
      });
      cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
      card.add(state, cancel);
    }
    return card;
  }

  static String words(OpenDay day, Booking booking) {
    return "CONFIRMED".equals(booking.status())
        ? "预约成功：“" + day.title() + "”，" + CaseParts.dateTime(day.startsAt()) + "，请携带身份证件提前到场。"
        : "座位已约满，您在候补第 " + booking.position() + " 位；有人取消时将按顺序自动为您确认。";
  }
}
