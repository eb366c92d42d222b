package cn.xiangyang.portal.ui.knowledge;

import cn.xiangyang.portal.ui.knowledge.KnowledgeClient.ArticleText;
import cn.xiangyang.portal.ui.knowledge.KnowledgeClient.Chapter;
import cn.xiangyang.portal.ui.knowledge.KnowledgeClient.LawDetail;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;

/**
 * One law, article by article. Every article's container has the id {@code 第{n}条} (Arabic digits), the
 * anchor of the URLs the backend hands out ({@code /laws/labor-contract-law#第82条}); the page scrolls to
 * it when the address names one. Laws with chapters get a table of contents at the top, so that long ones
 * (民法典) stay usable on a phone.
 */
@Route(value = LawView.PATH, layout = MainLayout.class)
@StyleSheet("context://styles/knowledge.css")
@AnonymousAllowed
public class LawView extends Main implements BeforeEnterObserver, HasDynamicTitle {

  static final String PATH = "laws/:lawId";
  private static final String LAW_ID = "lawId";

  private final KnowledgeClient knowledge;
  private String title = "法规";

  public LawView(KnowledgeClient knowledge) {
    this.knowledge = knowledge;
    addClassNames("page", "knowledge", "law-page");
  }

  static RouteParameters parameters(String lawId) {
    return new RouteParameters(LAW_ID, lawId);
  }

  /** The id of an article's container: 第82条. */
  static String anchor(int article) {
    return "第" + article + "条";
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String lawId = event.getRouteParameters().get(LAW_ID).orElse("");
    LawDetail law;
    try {
      law = knowledge.law(lawId);
    } catch (BackendProblem refusal) {
      if (refusal.status() == 404 || refusal.status() == 400) {
        event.rerouteToError(NotFoundException.class);
        return;
      }
      throw refusal;
    }
    show(law);
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    getElement().executeJs(KnowledgeLinks.SCROLL_TO_FRAGMENT);
  }

  @Override
  public String getPageTitle() {
    return title + " - " + PortalAppShell.SERVICE_NAME;
  }

  private void show(LawDetail law) {
    removeAll();
    title = law.shortName();
    RouterLink back = new RouterLink("‹ 法规库", LawsView.class);
    back.addClassName("back-link");
    add(back, new H1(law.title()), facts(law));
    boolean hasChapters = law.chapters().size() > 1 && law.chapters().getFirst().title() != null;
    if (hasChapters) {
      add(contents(law));
    }
    if (law.preamble() != null && !law.preamble().isBlank()) {
      add(paragraphs(law.preamble(), "preamble"));
    }
    int index = 0;
    for (Chapter chapter : law.chapters()) {
      index++;
      Section part = new Section();
      part.addClassName("chapter");
      if (chapter.title() != null) {
        H2 heading = new H2(chapter.title());
        heading.setId(chapterId(index));
        part.add(heading);
      }
      for (KnowledgeClient.Section section : chapter.sections()) {
        if (section.title() != null) {
          part.add(new H3(section.title()));
        }
        section.articles().forEach(article -> part.add(article(article)));
      }
      if (hasChapters) {
        part.add(inPage(law.id(), "contents", "↑ 返回目录", "to-contents"));
      }
      add(part);
    }
    if (law.appendix() != null && !law.appendix().isBlank()) {
      add(new H2("附录"), paragraphs(law.appendix(), "appendix"));
    }
  }

  private static Component facts(LawDetail law) {
    Paragraph status = new Paragraph(
        KnowledgeLinks.validityBadge(law.validity(), law.validityLabel()),
        new Span("截至 " + KnowledgeLinks.date(law.asOf())));
    status.addClassName("law-status");
    DescriptionList facts = new DescriptionList();
    facts.addClassName("law-facts");
    fact(facts, "效力级别", law.levelLabel());
    fact(facts, "制定机关", law.issuer());
    fact(facts, "施行日期", KnowledgeLinks.date(law.effective()));
    fact(facts, "最后修正", law.lastAmended() == null ? null : KnowledgeLinks.date(law.lastAmended()));
    fact(facts, "条文数", law.articleCount() + "条");
    fact(facts, "文本来源", law.source());
    if (!Boolean.FALSE.equals(law.verified())) {
      // a law verified against two public copies says which and how; one checked by an official
      // text has none
      fact(facts, "文本核对", law.verification());
    }
    Div div = new Div(status, facts);
    if (Boolean.FALSE.equals(law.verified())) {
      // a text resting on one public copy is shown, but never as checked
      Paragraph unverified = new Paragraph(
          "文本未经核实：" + (law.verification() == null ? "尚未与官方文本逐字比对。" : law.verification())
              + " 引用前请以官方发布的文本为准。");
      unverified.addClassName("law-unverified");
      unverified.getElement().setAttribute("role", "note");
      div.add(unverified);
    }
    return div;
  }

  private static void fact(DescriptionList facts, String term, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      facts.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }
  }

  private static Component contents(LawDetail law) {
    OrderedList list = new OrderedList();
    int index = 0;
    for (Chapter chapter : law.chapters()) {
      index++;
      int first = chapter.sections().stream()
          .flatMap(s -> s.articles().stream())
          .mapToInt(ArticleText::number)
          .min()
          .orElse(0);
      int last = chapter.sections().stream()
          .flatMap(s -> s.articles().stream())
          .mapToInt(ArticleText::number)
          .max()
          .orElse(0);
      String range = first == last ? "第" + first + "条" : "第" + first + "–" + last + "条";
      Anchor link = inPage(law.id(), chapterId(index), String.valueOf(chapter.title()), "toc-link");
      Span articles = new Span(range);
      articles.addClassName("toc-range");
      list.add(new ListItem(link, articles));
    }
    Nav nav = new Nav(new H2("目录"), list);
    nav.setId("contents");
    nav.addClassName("contents");
    nav.getElement().setAttribute("aria-label", "目录");
    return nav;
  }

  private static Component article(ArticleText article) {
    Span label = new Span(article.label());
    label.addClassName("article-label");
    Article container = new Article(label);
    String[] paragraphs = article.text().split("\n+");
    for (int i = 0; i < paragraphs.length; i++) {
      if (i == 0) {
        // The first paragraph runs on from the label, as printed laws do.
        Span text = new Span(paragraphs[0]);
        Paragraph first = new Paragraph(label, text);
        container.removeAll();
        container.add(first);
      } else {
        container.add(new Paragraph(paragraphs[i]));
      }
    }
    container.setId(anchor(article.number()));
    container.addClassName("article");
    return container;
  }

  private static Div paragraphs(String text, String className) {
    Div div = new Div();
    div.addClassName(className);
    for (String paragraph : text.split("\n+")) {
      if (!paragraph.isBlank()) {
        div.add(new Paragraph(paragraph));
      }
    }
    return div;
  }

  /** A link to a place on this page; the router leaves it to the browser, which scrolls. */
  private static Anchor inPage(String lawId, String id, String text, String className) {
    Anchor anchor = new Anchor("laws/" + lawId + "#" + id, text);
    anchor.getElement().setAttribute("router-ignore", true);
    anchor.addClassName(className);
    return anchor;
  }

  private static String chapterId(int index) {
    return "chapter-" + index;
  }
}
