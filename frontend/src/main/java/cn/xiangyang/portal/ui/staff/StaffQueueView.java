package cn.xiangyang.portal.ui.staff;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.api.FilingDeadlineView;
import cn.xiangyang.portal.ui.api.FilingQueueItem;
import cn.xiangyang.portal.ui.filing.CaseParts;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.LabelledSelect;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAccessControl;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** 案件办理: the commission's queue; cases with near or overdue deadlines come first and stand out. */
@Route(value = "staff/cases", layout = MainLayout.class)
@PageTitle("案件办理 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("styles/filing.css")
@Menu(title = "案件办理", order = 10, icon = "vaadin:clipboard-text")
@RolesAllowed(PortalAccessControl.STAFF)
public class StaffQueueView extends Main implements BeforeEnterObserver {

  static final Map<String, String> FILTERS = new LinkedHashMap<>();

  static {
    FILTERS.put("", "全部在办案件");
    FILTERS.put("SUBMITTED,CORRECTION_REQUESTED", "待审查");
    FILTERS.put("ACCEPTED,IN_MEDIATION", "已受理、调解中");
    FILTERS.put("IN_ARBITRATION,HEARING_SCHEDULED", "仲裁审理中");
    FILTERS.put("MEDIATED,AWARDED", "待结案");
  }

  private final StaffClient staff;
  private final CurrentUser currentUser;
  private final ProblemAlert alert = new ProblemAlert();
  final Select<String> filter = new LabelledSelect<>();
  private final Div list = new Div();
  private @Nullable String token;

  public StaffQueueView(StaffClient staff, CurrentUser currentUser) {
    this.staff = staff;
    this.currentUser = currentUser;
    addClassNames("page", "staff-queue");
    filter.setLabel("显示");
    filter.setItems(FILTERS.keySet().stream().toList());
    filter.setItemLabelGenerator(FILTERS::get);
    filter.setValue("");
    filter.addValueChangeListener(e -> load());
    list.addClassName("case-list");
    add(new H1("案件办理"), filter, alert, list);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SignedIn signedIn = currentUser.required();
    token = signedIn.token();
    load();
  }

  private void load() {
    alert.clear();
    list.removeAll();
    if (token == null) {
      return;
    }
    try {
      List<FilingQueueItem> items = staff.queue(token, filter.getValue());
      if (items.isEmpty()) {
        list.add(new Paragraph("没有案件。"));
      }
      items.stream()
          .sorted(Comparator.comparing((FilingQueueItem i) -> -severity(i))
              .thenComparing(
                  i -> i.submittedAt() == null ? java.time.Instant.MAX : i.submittedAt()))
          .forEach(i -> list.add(row(i)));
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("暂时无法查看案件。"));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
  }

  private static int severity(FilingQueueItem item) {
    return item.flags().stream()
        .mapToInt(d -> "OVERDUE".equals(d.urgency()) ? 2 : "NEAR".equals(d.urgency()) ? 1 : 0)
        .max()
        .orElse(0);
  }

  private Div row(FilingQueueItem item) {
    Div card = new Div();
    card.addClassNames("card", "queue-row");
    int severity = severity(item);
    if (severity == 2) {
      card.addClassName("flag-overdue");
    } else if (severity == 1) {
      card.addClassName("flag-near");
    }
    RouterLink open = new RouterLink(
        item.caseNumber() != null
            ? item.caseNumber()
            : item.applicationNumber() != null ? item.applicationNumber() : "（无编号）",
        StaffCaseView.class,
        new RouteParameters("id", item.id().toString()));
    card.add(
        new H2(open),
        new Paragraph(
            item.caseNumber() != null && item.applicationNumber() != null
                ? "申请编号：" + item.applicationNumber()
                : item.caseNumber() == null ? "尚无案号（受理时编立）" : ""),
        new Paragraph("状态：" + (item.statusLabel() == null ? item.status() : item.statusLabel())
            + "　方式：" + CaseParts.procedureText(item.procedure())),
        new Paragraph(
            "申请人：" + (item.applicantName() == null ? "—" : item.applicantName()) + "　被申请人："
                + String.join(
                    "、", item.respondentNames() == null ? List.of() : item.respondentNames())));
    if (item.submittedAt() != null) {
      card.add(new Paragraph("提交时间：" + CaseParts.dateTime(item.submittedAt())));
    }
    List<FilingDeadlineView> shown = item.flags().isEmpty()
        ? (item.deadlines() == null ? List.of() : item.deadlines())
        : item.flags();
    shown.forEach(d -> card.add(CaseParts.deadline(d, null)));
    return card;
  }
}
