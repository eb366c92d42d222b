package cn.xiangyang.portal.ui.knowledge;

import cn.xiangyang.portal.ui.knowledge.KnowledgeClient.CaseList;
import cn.xiangyang.portal.ui.knowledge.KnowledgeClient.CaseSummary;
import cn.xiangyang.portal.ui.shell.LabelledSelect;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;

/** 案例库: the typical cases, optionally those of one topic ({@value #TOPIC} in the address). */
@Route(value = CasesView.PATH, layout = MainLayout.class)
@PageTitle("案例库 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("context://styles/knowledge.css")
@Menu(title = "案例库", order = 22, icon = "vaadin:scale")
@AnonymousAllowed
public class CasesView extends Main implements BeforeEnterObserver {

  public static final String PATH = "cases";
  static final String TOPIC = "topic";
  static final String ALL = "";

  private final KnowledgeClient knowledge;
  final Select<String> topic = new LabelledSelect<>();
  private final Paragraph count = new Paragraph();
  private final UnorderedList list = new UnorderedList();
  private boolean showing;

  public CasesView(KnowledgeClient knowledge) {
    this.knowledge = knowledge;
    addClassNames("page", "knowledge", "cases");
    topic.setLabel("按主题筛选");
    topic.setItemLabelGenerator(value -> value.isEmpty() ? "全部主题" : value);
    topic.setWidthFull();
    topic.addValueChangeListener(event -> {
      if (event.isFromClient() && !showing) {
        String chosen = event.getValue() == null ? ALL : event.getValue();
        getUI()
            .ifPresent(ui -> ui.navigate(
                PATH,
                chosen.isEmpty() ? QueryParameters.empty() : QueryParameters.of(TOPIC, chosen)));
      }
    });
    count.addClassName("count");
    count.getElement().setAttribute("role", "status");
    list.addClassName("case-list");
    add(
        new H1("案例库"),
        new Paragraph("人力资源社会保障部、最高人民法院发布的劳动人事争议典型案例，附案情、处理结果和依据的法条。"),
        topic,
        count,
        list);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String chosen = event
        .getLocation()
        .getQueryParameters()
        .getSingleParameter(TOPIC)
        .orElse(ALL)
        .strip();
    CaseList cases = knowledge.cases(chosen.isEmpty() ? null : chosen);
    List<String> topics = new ArrayList<>();
    topics.add(ALL);
    topics.addAll(cases.topics());
    showing = true;
    topic.setItems(topics);
    topic.setValue(topics.contains(chosen) ? chosen : ALL);
    showing = false;
    count.setText(
        chosen.isEmpty()
            ? "共 " + cases.cases().size() + " 个案例"
            : "“" + chosen + "”主题共 " + cases.cases().size() + " 个案例");
    list.removeAll();
    cases.cases().forEach(c -> list.add(item(c)));
  }

  private static ListItem item(CaseSummary summary) {
    RouterLink title =
        new RouterLink(summary.title(), CaseView.class, CaseView.parameters(summary.id()));
    title.addClassName("case-title");
    String number = summary.caseNumber() == null ? "" : "（案例" + summary.caseNumber() + "）";
    Paragraph source =
        new Paragraph(summary.source() + number + " · " + KnowledgeLinks.date(summary.published()));
    source.addClassName("case-source");
    Paragraph topics = new Paragraph();
    topics.addClassName("topics");
    summary.topics().forEach(t -> {
      Span tag = new Span(t);
      tag.addClassName("tag");
      topics.add(tag);
    });
    ListItem item = new ListItem(title, source, topics);
    item.addClassName("case");
    return item;
  }
}
