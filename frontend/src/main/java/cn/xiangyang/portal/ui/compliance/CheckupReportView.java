package cn.xiangyang.portal.ui.compliance;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/** A saved check-up's report, for the employer who saved it. */
@Route(value = "checkups/:id", layout = MainLayout.class)
@PageTitle("体检报告 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("styles/filing.css")
@StyleSheet("styles/compliance.css")
@PermitAll
public class CheckupReportView extends Main implements BeforeEnterObserver {

  private final ComplianceClient client;
  private final CurrentUser currentUser;
  private final ProblemAlert alert = new ProblemAlert();
  private final Div content = new Div();

  public CheckupReportView(ComplianceClient client, CurrentUser currentUser) {
    this.client = client;
    this.currentUser = currentUser;
    addClassNames("page", "checkup");
    add(new H1("用工体检报告"), alert, content);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String id = event.getRouteParameters().get("id").orElse("");
    SignedIn signedIn = currentUser.required();
    content.removeAll();
    alert.clear();
    try {
      content.add(new ReportPanel(
          client, client.report(signedIn.token(), UUID.fromString(id)), signedIn.token(), null));
    } catch (IllegalArgumentException | BackendProblem notFound) {
      content.add(new Paragraph("找不到这次体检记录。"));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
    content.add(new Div(
        new RouterLink("我的体检记录", MyCheckupsView.class),
        new Paragraph(),
        new RouterLink("再做一次体检", CheckupView.class)));
  }
}
