package cn.xiangyang.portal.ui.knowledge;

import cn.xiangyang.portal.ui.knowledge.KnowledgeClient.Hit;
import cn.xiangyang.portal.ui.knowledge.KnowledgeClient.LawSummary;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 法规库: search across articles, cases and FAQ ({@value #QUERY} in the address, so results can be shared
 * and the back button works), and every law grouped by level with its validity and dates.
 */
@Route(value = LawsView.PATH, layout = MainLayout.class)
@PageTitle("法规库 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("context://styles/knowledge.css")
@Menu(title = "法规库", order = 21, icon = "vaadin:book")
@AnonymousAllowed
public class LawsView extends Main implements BeforeEnterObserver {

  public static final String PATH = "laws";
  static final String QUERY = "q";

  /** Levels in the order of their authority; a level the backend adds later comes after these. */
  private static final List<String> LEVELS = List.of(
      "LAW",
      "ADMINISTRATIVE_REGULATION",
      "DEPARTMENTAL_RULE",
      "JUDICIAL_INTERPRETATION",
      "NORMATIVE_DOCUMENT");

  private final KnowledgeClient knowledge;
  final TextField query = new TextField("搜索法条、案例和常见问题");
  private final ProblemAlert alert = new ProblemAlert();
  private final Section results = new Section();
  private final Div laws = new Div();

  public LawsView(KnowledgeClient knowledge) {
    this.knowledge = knowledge;
    addClassNames("page", "knowledge", "laws");

    query.setWidthFull();
    query.setMaxLength(3000); // the backend's query guard: a whole narrative with its claims
    query.setClearButtonVisible(true);
    query.setHelperText("用自己的话描述，例如：没签劳动合同 双倍工资");
    Button search = new Button("搜索", VaadinIcon.SEARCH.create());
    search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    search.addClassName("search-button");
    search.addClickShortcut(Key.ENTER);
    search.addClickListener(event -> submit());
    Div searchBox = new Div(query, search);
    searchBox.addClassName("search-box");
    searchBox.getElement().setAttribute("role", "search");

    results.addClassName("search-results");
    results.setVisible(false);
    laws.addClassName("law-list");

    RouterLink figures = new RouterLink("襄阳市最低工资标准等地方标准", LocalFiguresView.class);
    Paragraph local = new Paragraph(new Span("另见："), figures);
    local.addClassName("see-also");

    add(
        new H1("法规库"),
        new Paragraph("劳动法律法规全文，逐条可查。也可以搜索典型案例和常见问题。"),
        searchBox,
        alert,
        results,
        local,
        laws);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String q = event
        .getLocation()
        .getQueryParameters()
        .getSingleParameter(QUERY)
        .orElse("")
        .strip();
    query.setValue(q);
    alert.clear();
    query.setInvalid(false);
    results.removeAll();
    results.setVisible(false);
    if (!q.isEmpty()) {
      search(q);
    }
    showLaws();
  }

  private void submit() {
    String q = query.getValue().strip();
    if (q.isEmpty()) {
      query.setErrorMessage("请输入要查询的问题或情况描述");
      query.setInvalid(true);
      query.focus();
      return;
    }
    getUI().ifPresent(ui -> ui.navigate(PATH, QueryParameters.of(QUERY, q)));
  }

  private void search(String q) {
    List<Hit> hits;
    List<KnowledgeClient.Suggestion> suggestions;
    try {
      KnowledgeClient.SearchResult result = knowledge.search(q, 10);
      hits = result.hits();
      suggestions = result.suggestions();
    } catch (BackendProblem refusal) {
      String detail = refusal.detailOr("无法搜索这段文字，请换一种说法。");
      query.setErrorMessage(detail);
      query.setInvalid(true);
      alert.show(detail);
      return;
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
      return;
    }
    results.add(new H2("搜索结果"));
    if (hits.isEmpty()) {
      results.add(new Paragraph("没有找到相关内容。请换一种说法，或拨打 12333 咨询。"));
      if (!suggestions.isEmpty()) {
        results.add(new Paragraph("您可以看看这些常见问题："));
        UnorderedList offered = new UnorderedList();
        offered.addClassName("suggestions");
        suggestions.forEach(
            s -> offered.add(new ListItem(KnowledgeLinks.link(s.url(), s.question()))));
        results.add(offered);
      }
    } else {
      OrderedList list = new OrderedList();
      list.addClassName("hits");
      for (Hit hit : hits) {
        Span kind = new Span(kindOf(hit.type()));
        kind.addClassNames("badge", "badge-kind");
        Div title = new Div(kind, KnowledgeLinks.link(hit.url(), hit.title()));
        title.addClassName("hit-title");
        ListItem item = new ListItem(title, Snippet.paragraph(hit.snippet()));
        item.addClassName("hit");
        list.add(item);
      }
      results.add(list);
    }
    results.setVisible(true);
  }

  private static String kindOf(String type) {
    return switch (type) {
      case "article" -> "法条";
      case "case" -> "案例";
      case "faq" -> "问答";
      default -> "其他";
    };
  }

  private void showLaws() {
    laws.removeAll();
    List<LawSummary> all;
    try {
      all = knowledge.laws();
    } catch (BackendUnavailable e) {
      Paragraph down = new Paragraph("法规目录暂时无法显示：" + BackendUnavailable.MESSAGE + "。");
      down.addClassName("stale-notice");
      laws.add(down);
      return;
    }
    Map<String, List<LawSummary>> byLevel = new LinkedHashMap<>();
    LEVELS.forEach(level -> byLevel.put(level, new ArrayList<>()));
    all.forEach(
        law -> byLevel.computeIfAbsent(law.level(), l -> new ArrayList<>()).add(law));
    byLevel.forEach((level, group) -> {
      if (group.isEmpty()) {
        return;
      }
      UnorderedList list = new UnorderedList();
      list.addClassName("laws-of-level");
      group.forEach(law -> list.add(lawItem(law)));
      Section section =
          new Section(new H2(group.getFirst().levelLabel() + "（" + group.size() + "部）"), list);
      section.addClassName("level");
      laws.add(section);
    });
  }

  private static ListItem lawItem(LawSummary law) {
    RouterLink title = new RouterLink(law.title(), LawView.class, LawView.parameters(law.id()));
    title.addClassName("law-title");
    StringBuilder dates = new StringBuilder("施行日期 ").append(KnowledgeLinks.date(law.effective()));
    if (law.lastAmended() != null) {
      dates.append(" · 最后修正 ").append(KnowledgeLinks.date(law.lastAmended()));
    }
    dates.append(" · 共").append(law.articleCount()).append("条");
    Paragraph meta = new Paragraph(
        KnowledgeLinks.validityBadge(law.validity(), law.validityLabel()),
        new Span(dates.toString()));
    meta.addClassName("law-meta");
    ListItem item = new ListItem(title, meta);
    item.addClassName("law");
    return item;
  }
}
