package cn.xiangyang.portal.ui.compliance;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.compliance.ComplianceApi.Summary;
import cn.xiangyang.portal.ui.compliance.ComplianceApi.Training;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;

/** An employer's saved check-ups, newest first, with what changed each time, and its training requests. */
@Route(value = "checkups", layout = MainLayout.class)
@PageTitle("我的体检记录 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("styles/filing.css")
@StyleSheet("styles/compliance.css")
@PermitAll
public class MyCheckupsView extends Main implements BeforeEnterObserver {

  private final ComplianceClient client;
  private final CurrentUser currentUser;
  private final ProblemAlert alert = new ProblemAlert();
  private final Div content = new Div();

  public MyCheckupsView(ComplianceClient client, CurrentUser currentUser) {
    this.client = client;
    this.currentUser = currentUser;
    addClassNames("page", "checkup");
    add(new H1("我的体检记录"), alert, content);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SignedIn signedIn = currentUser.required();
    content.removeAll();
    content.add(new RouterLink("开始新的体检", CheckupView.class));
    try {
      var list = client.mine(signedIn.token());
      if (list.isEmpty()) {
        content.add(new Paragraph("还没有保存的体检记录。"));
      }
      for (Summary s : list) {
        RouterLink link = new RouterLink(
            LocalDate.ofInstant(s.createdAt(), ReportPanel.ZONE) + " 体检：" + s.score() + " 分，"
                + s.levelLabel(),
            CheckupReportView.class,
            new RouteParameters("id", s.id().toString()));
        Div card = new Div(
            link,
            new Paragraph("发现问题 " + s.findings() + " 项"
                + (s.resolved() + s.added() > 0
                    ? "；比上次整改 " + s.resolved() + " 项、新发现 " + s.added() + " 项"
                    : "")
                + (s.shared() ? "；已同意向仲裁委员会展示得分" : "")));
        card.addClassNames("card", "checkup-row");
        content.add(card);
      }
      var trainings = client.myTrainings(signedIn.token());
      if (!trainings.isEmpty()) {
        content.add(new H2("培训申请"));
        for (Training t : trainings) {
          Div card = new Div(
              new Paragraph(String.join("、", t.topics()) + "（" + t.headcount() + " 人）"),
              new Paragraph("状态：" + t.statusLabel()
                  + (t.scheduledOn() == null ? "" : "，" + t.scheduledOn() + " 在 " + t.location())));
          card.addClassName("card");
          content.add(card);
        }
      }
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("只有用人单位账号可以查看体检记录。"));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
  }
}
