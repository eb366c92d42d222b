package cn.xiangyang.portal.ui.knowledge;

import cn.xiangyang.portal.ui.knowledge.KnowledgeClient.CitedArticle;
import cn.xiangyang.portal.ui.knowledge.KnowledgeClient.FaqEntry;
import cn.xiangyang.portal.ui.knowledge.KnowledgeClient.FaqTopic;
import cn.xiangyang.portal.ui.shell.LabelledSelect;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Objects;

/**
 * 常见问题, grouped by topic, optionally one topic ({@value #TOPIC} = its slug in the address). Every entry
 * has its id as anchor ({@code /faq#faq-arbitration-001}) and its answer's cited articles as links.
 */
@Route(value = FaqView.PATH, layout = MainLayout.class)
@PageTitle("常见问题 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("context://styles/knowledge.css")
@Menu(title = "常见问题", order = 23, icon = "vaadin:question-circle-o")
@AnonymousAllowed
public class FaqView extends Main implements BeforeEnterObserver {

  public static final String PATH = "faq";
  static final String TOPIC = "topic";

  private final KnowledgeClient knowledge;
  final Select<FaqTopic> topic = new LabelledSelect<>();
  private final Div topics = new Div();
  private boolean showing;

  public FaqView(KnowledgeClient knowledge) {
    this.knowledge = knowledge;
    addClassNames("page", "knowledge", "faq");
    topic.setLabel("按主题筛选");
    topic.setEmptySelectionAllowed(true);
    topic.setEmptySelectionCaption("全部主题");
    topic.setItemLabelGenerator(
        t -> t == null ? "全部主题" : t.topic() + "（" + t.entries().size() + "）");
    topic.setWidthFull();
    topic.addValueChangeListener(event -> {
      if (event.isFromClient() && !showing) {
        FaqTopic chosen = event.getValue();
        getUI()
            .ifPresent(ui -> ui.navigate(
                PATH,
                chosen == null
                    ? QueryParameters.empty()
                    : QueryParameters.of(TOPIC, chosen.slug())));
      }
    });
    add(new H1("常见问题"), new Paragraph("劳动者和用人单位常问的问题，回答注明依据的法律条文。"), topic, topics);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String slug =
        event.getLocation().getQueryParameters().getSingleParameter(TOPIC).orElse("");
    List<FaqTopic> all = knowledge.faq().topics();
    FaqTopic chosen =
        all.stream().filter(t -> t.slug().equals(slug)).findFirst().orElse(null);
    showing = true;
    topic.setItems(all);
    topic.setValue(chosen);
    showing = false;
    topics.removeAll();
    all.stream()
        .filter(t -> chosen == null || Objects.equals(t.slug(), chosen.slug()))
        .forEach(t -> topics.add(section(t)));
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    getElement().executeJs(KnowledgeLinks.SCROLL_TO_FRAGMENT);
  }

  private static Section section(FaqTopic topic) {
    H2 heading = new H2(topic.topic());
    Section section = new Section(heading);
    section.setId("topic-" + topic.slug());
    section.addClassName("faq-topic");
    topic.entries().forEach(entry -> section.add(entry(entry)));
    return section;
  }

  private static Article entry(FaqEntry entry) {
    Article article = new Article(new H3(entry.question()));
    article.setId(entry.id());
    article.addClassName("faq-entry");
    for (String paragraph : entry.answer().split("\n+")) {
      if (!paragraph.isBlank()) {
        article.add(new Paragraph(paragraph));
      }
    }
    if (!entry.citations().isEmpty()) {
      Paragraph basis = new Paragraph(new Span("依据："));
      basis.addClassName("basis");
      for (CitedArticle cited : entry.citations()) {
        basis.add(KnowledgeLinks.link(cited.url(), cited.label()));
      }
      article.add(basis);
    }
    return article;
  }
}
