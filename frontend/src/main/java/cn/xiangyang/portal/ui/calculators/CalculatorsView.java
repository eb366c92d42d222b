package cn.xiangyang.portal.ui.calculators;

import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * 计算器: the entitlement calculators the backend offers (title and description from it), and the
 * deadline and limitation calculators.
 */
@Route(value = CalculatorsView.PATH, layout = MainLayout.class)
@PageTitle("计算器 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("context://styles/calculators.css")
@Menu(title = "计算器", order = 5, icon = "vaadin:calc")
@AnonymousAllowed
public class CalculatorsView extends Main implements BeforeEnterObserver {

  public static final String PATH = "calculators";

  private final CalculatorsClient client;
  private final Div list = new Div();

  public CalculatorsView(CalculatorsClient client) {
    this.client = client;
    addClassNames("page", "calculators");
    list.addClassName("calc-list");
    add(new H1("计算器"), new Paragraph("能拿多少、要赔多少？回答几个问题，算出金额，并看到计算公式、前提和法律依据。"), list);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    list.removeAll();
    try {
      client.calculators().forEach(c -> list.add(card(c.page(), c.title(), c.description())));
    } catch (BackendProblem | BackendUnavailable e) {
      list.add(new Paragraph(BackendUnavailable.MESSAGE + "。请稍后再试。"));
    }
    list.add(card("/calculators/deadlines", "办案期限", "受理、答辩、开庭通知、裁决等程序期限的截止日期。"));
    list.add(card("/calculators/limitation", "仲裁时效", "申请劳动仲裁的一年时效还剩多少天，哪天截止。"));
  }

  private static Div card(String page, String title, String description) {
    Anchor link = new Anchor(page.substring(1), title);
    Div card = new Div(new H2(link), new Paragraph(description));
    card.addClassNames("card", "calc-card");
    return card;
  }
}
