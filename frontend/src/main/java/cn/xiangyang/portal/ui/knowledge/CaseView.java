package cn.xiangyang.portal.ui.knowledge;

import cn.xiangyang.portal.ui.knowledge.KnowledgeClient.CaseDetail;
import cn.xiangyang.portal.ui.knowledge.KnowledgeClient.CaseSection;
import cn.xiangyang.portal.ui.knowledge.KnowledgeClient.CitedArticle;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** One typical case: its sections, and the articles it cites as links to their place in the law. */
@Route(value = CaseView.PATH, layout = MainLayout.class)
@StyleSheet("context://styles/knowledge.css")
@AnonymousAllowed
public class CaseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

  static final String PATH = "cases/:caseId";
  private static final String CASE_ID = "caseId";

  private final KnowledgeClient knowledge;
  private String title = "案例";

  public CaseView(KnowledgeClient knowledge) {
    this.knowledge = knowledge;
    addClassNames("page", "knowledge", "case-page");
  }

  static RouteParameters parameters(String caseId) {
    return new RouteParameters(CASE_ID, caseId);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    CaseDetail digest;
    try {
      digest = knowledge.caseDigest(event.getRouteParameters().get(CASE_ID).orElse(""));
    } catch (BackendProblem refusal) {
      if (refusal.status() == 404 || refusal.status() == 400) {
        event.rerouteToError(NotFoundException.class);
        return;
      }
      throw refusal;
    }
    show(digest);
  }

  @Override
  public String getPageTitle() {
    return title + " - " + PortalAppShell.SERVICE_NAME;
  }

  private void show(CaseDetail digest) {
    removeAll();
    title = digest.title();
    RouterLink back = new RouterLink("‹ 案例库", CasesView.class);
    back.addClassName("back-link");
    String number = digest.caseNumber() == null ? "" : "（案例" + digest.caseNumber() + "）";
    Paragraph source = new Paragraph(
        digest.source() + number + " · 发布于 " + KnowledgeLinks.date(digest.published()));
    source.addClassName("case-source");
    add(back, new H1(digest.title()), source);
    for (CaseSection section : digest.sections()) {
      Section part = new Section(new H2(section.heading()));
      for (String paragraph : section.text().split("\n+")) {
        if (!paragraph.isBlank()) {
          part.add(new Paragraph(paragraph));
        }
      }
      add(part);
    }
    if (!digest.cites().isEmpty()) {
      UnorderedList cites = new UnorderedList();
      cites.addClassName("cites");
      for (CitedArticle cited : digest.cites()) {
        cites.add(new ListItem(KnowledgeLinks.link(cited.url(), cited.label())));
      }
      Section part = new Section(new H2("依据的法条"), cites);
      part.addClassName("cited");
      add(part);
    }
  }
}
