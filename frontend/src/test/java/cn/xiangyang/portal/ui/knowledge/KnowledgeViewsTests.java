package cn.xiangyang.portal.ui.knowledge;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.ui.UiTest;
import cn.xiangyang.portal.ui.shell.NotFoundView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnowledgeViewsTests extends UiTest {

  static String fixture(String name) {
    try (InputStream in = KnowledgeViewsTests.class.getResourceAsStream("/knowledge/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("fixture " + name, e);
    }
  }

  private static final String SEARCH = """
            {"query":"没签劳动合同 双倍工资","hits":[
             {"type":"article","id":"labor-contract-law#82","law":"劳动合同法","lawId":"labor-contract-law","article":82,
              "title":"劳动合同法 第八十二条",
              "snippet":"未与劳动者<em>订立书面劳动合同</em>的 &lt;script&gt;alert(1)&lt;/script&gt; &amp; <img src=x onerror=alert(2)>",
              "score":0.12,"url":"/laws/labor-contract-law#第82条"},
             {"type":"case","id":"case-x","title":"某案例","snippet":"<em>二倍</em>工资","score":0.1,"url":"/cases/case-x"},
             {"type":"faq","id":"faq-y","title":"没签合同怎么办","snippet":"答","score":0.09,"url":"https://evil.example/"}]}""";

  @Test
  void lawsAreGroupedByLevelInOrderOfAuthorityWithValidityAndDates() {
    backend.json("GET", "/api/v1/knowledge/laws", 200, fixture("laws.json"));
    navigate("laws");

    assertThat(_find(H2.class).stream().map(H2::getText).toList())
        .containsExactly("法律（2部）", "行政法规（1部）", "部门规章（1部）", "司法解释（1部）", "规范性文件（1部）");
    assertThat(_get(LawsView.class).getElement().getTextRecursively())
        .contains("中华人民共和国劳动合同法", "现行有效", "施行日期 2013年7月1日 · 最后修正 2012年12月28日 · 共98条");
    assertThat(_find(H1.class)).hasSize(1);
  }

  @Test
  void searchShowsHitsWithTheMatchesEmphasisedAndNothingElseAsMarkup() {
    backend
        .json("GET", "/api/v1/knowledge/laws", 200, fixture("laws.json"))
        .json("GET", "/api/v1/knowledge/search", 200, SEARCH);
    navigate("laws");
    _setValue(_get(TextField.class, spec -> spec.withLabel("搜索法条、案例和常见问题")), "没签劳动合同 双倍工资");
    _click(_get(Button.class, spec -> spec.withText("搜索")));

    assertThat(_get(TextField.class, spec -> spec.withLabel("搜索法条、案例和常见问题")).getValue())
        .isEqualTo("没签劳动合同 双倍工资");
    Paragraph first =
        _find(Paragraph.class, spec -> spec.withClasses("snippet")).getFirst();
    assertThat(first.getElement().getTextRecursively())
        .isEqualTo("未与劳动者订立书面劳动合同的 <script>alert(1)</script> & <img src=x onerror=alert(2)>");
    assertThat(descendants(first.getElement()))
        .allMatch(tag -> List.of("p", "span", "em").contains(tag));
    assertThat(_find(Emphasis.class).stream().map(Emphasis::getText)).contains("订立书面劳动合同", "二倍");

    Anchor article = _get(Anchor.class, spec -> spec.withText("劳动合同法 第八十二条"));
    assertThat(article.getHref()).isEqualTo("laws/labor-contract-law#第82条");
    assertThat(article.getElement().hasAttribute("router-ignore")).isTrue();
    assertThat(_get(Anchor.class, spec -> spec.withText("某案例")).getHref())
        .isEqualTo("cases/case-x");
    assertThat(_find(Anchor.class, spec -> spec.withText("没签合同怎么办")))
        .as("foreign address")
        .isEmpty();
  }

  @Test
  void aRefusedQueryShowsTheBackendsReasonAtTheField() {
    backend
        .json("GET", "/api/v1/knowledge/laws", 200, fixture("laws.json"))
        .problem("GET", "/api/v1/knowledge/search", 400, """
                        {"title":"请求参数不正确","status":400,"detail":"问题太长了，请控制在200字以内。"}""", Map.of());
    navigate("laws?q=" + "很长".repeat(10));

    TextField query = _get(TextField.class, spec -> spec.withLabel("搜索法条、案例和常见问题"));
    assertThat(query.isInvalid()).isTrue();
    assertThat(query.getErrorMessage()).isEqualTo("问题太长了，请控制在200字以内。");
  }

  @Test
  void theLawListSaysSoWhenTheBackendIsDownAndSearchStaysUsable() {
    backend.hangUp("GET", "/api/v1/knowledge/laws");
    navigate("laws");

    assertThat(_get(LawsView.class).getElement().getTextRecursively()).contains("服务暂时不可用，请稍后再试");
    assertThat(_get(TextField.class, spec -> spec.withLabel("搜索法条、案例和常见问题")).isEnabled())
        .isTrue();
  }

  @Test
  void aLawPageGivesEveryArticleItsAnchorAndHasAChapterContents() {
    backend.json(
        "GET",
        "/api/v1/knowledge/laws/labor-contract-law",
        200,
        fixture("labor-contract-law.json"));
    navigate("laws/labor-contract-law");

    assertThat(_get(H1.class).getText()).isEqualTo("中华人民共和国劳动合同法");
    String page = _get(LawView.class).getElement().getTextRecursively();
    assertThat(page).contains("现行有效", "截至 2026年11月27日", "施行日期", "2013年7月1日", "最后修正", "2012年12月28日");
    Article article = _find(Article.class).stream()
        .filter(a -> a.getId().equals(Optional.of("第82条")))
        .findFirst()
        .orElseThrow();
    assertThat(article.getElement().getTextRecursively())
        .startsWith("第八十二条")
        .contains("用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的");
    assertThat(_find(Article.class))
        .allSatisfy(a -> assertThat(a.getId().orElseThrow()).matches("第\\d+条"));
    Nav contents = _get(Nav.class, spec -> spec.withId("contents"));
    assertThat(contents.getElement().getTextRecursively()).contains("第一章 总则", "第1–6条", "第七章 法律责任");
    assertThat(_find(Anchor.class, spec -> spec.withText("第一章 总则")).getFirst().getHref())
        .isEqualTo("laws/labor-contract-law#chapter-1");
    assertThat(currentView().getElement().getAttribute("class")).contains("law-page");
  }

  @Test
  void aLawPageSaysHowItsTextWasCheckedOrThatItWasNot() {
    String law = fixture("labor-contract-law.json");
    backend.json(
        "GET",
        "/api/v1/knowledge/laws/labor-contract-law",
        200,
        law.replace(
            "\"articleCount\"",
            "\"verified\": true, \"verification\": \"全文与两份独立公开副本逐字一致\", \"articleCount\""));
    navigate("laws/labor-contract-law");

    String page = _get(LawView.class).getElement().getTextRecursively();
    assertThat(page).contains("文本核对", "全文与两份独立公开副本逐字一致").doesNotContain("文本未经核实");

    backend.json(
        "GET",
        "/api/v1/knowledge/laws/minimum-wage-provisions",
        200,
        law.replace(
            "\"articleCount\"",
            "\"verified\": false, \"verification\": \"全文取自一份公开汇编\", \"articleCount\""));
    navigate("laws/minimum-wage-provisions");

    page = _get(LawView.class).getElement().getTextRecursively();
    assertThat(page).contains("文本未经核实：全文取自一份公开汇编").doesNotContain("文本核对");
  }

  @Test
  void anUnknownLawIsAPageNotFound() {
    backend.problem("GET", "/api/v1/knowledge/laws/no-such-law", 404, """
                {"title":"找不到","status":404,"detail":"没有这部法律"}""", Map.of());
    navigate("laws/no-such-law");

    assertThat(_get(NotFoundView.class)).isNotNull();
  }

  @Test
  void casesCanBeFilteredByTopicAndACaseLinksToTheArticlesItCites() {
    backend
        .json("GET", "/api/v1/knowledge/cases", 200, fixture("cases.json"))
        .json(
            "GET",
            "/api/v1/knowledge/cases/case-all-inclusive-salary",
            200,
            fixture("case-all-inclusive-salary.json"));
    navigate("cases?topic=加班费");

    @SuppressWarnings("unchecked")
    Select<String> topic = _get(Select.class, spec -> spec.withLabel("按主题筛选"));
    assertThat(topic.getValue()).isEqualTo("加班费");
    assertThat(_get(CasesView.class).getElement().getTextRecursively()).contains("用人单位与劳动者约定实行包薪制");

    navigate("cases/case-all-inclusive-salary");
    assertThat(_get(H1.class).getText()).isEqualTo("用人单位与劳动者约定实行包薪制，是否需要依法支付加班费");
    assertThat(_find(H2.class).stream().map(H2::getText)).contains("基本案情", "裁判理由", "依据的法条");
    assertThat(_get(Anchor.class, spec -> spec.withText("《劳动法》第四十七条")).getHref())
        .isEqualTo("laws/labor-law#第47条");
  }

  @Test
  void faqIsGroupedByTopicWithAnchorsAndCitedArticles() {
    backend.json("GET", "/api/v1/knowledge/faq", 200, fixture("faq.json"));
    navigate("faq");

    assertThat(_find(H2.class).stream().map(H2::getText))
        .containsExactly("劳动仲裁时效与程序", "童工与未成年工", "辞退与违法解除");
    Article entry = _find(Article.class).stream()
        .filter(a -> a.getId().equals(Optional.of("faq-arbitration-001")))
        .findFirst()
        .orElseThrow();
    assertThat(entry.getElement().getTextRecursively()).contains("劳动仲裁的时效是多久", "依据：");
    assertThat(_get(Anchor.class, spec -> spec.withText("《劳动争议调解仲裁法》第二十七条")).getHref())
        .isEqualTo("laws/labor-dispute-mediation-arbitration-law#第27条");

    navigate("faq?topic=dismissal");
    assertThat(_find(H2.class).stream().map(H2::getText)).containsExactly("辞退与违法解除");
  }

  @Test
  void localFiguresShowTheMinimumWageByAreaWithDateAndSource() {
    backend.json("GET", "/api/v1/local-figures", 200, fixture("local-figures.json"));
    navigate("local-figures");

    String page = _get(LocalFiguresView.class).getElement().getTextRecursively();
    assertThat(page)
        .contains(
            "2025年12月1日起执行",
            "樊城区",
            "第1档 2400.00 元",
            "鄂政办发〔2025〕44号",
            "襄州区",
            FiguresTables.NOT_VERIFIED,
            "职工平均工资");
    assertThat(_find(Anchor.class, spec -> spec.withText("维护地方标准（工作人员）"))).isEmpty();
  }

  private static List<String> descendants(Element element) {
    List<String> tags = new java.util.ArrayList<>();
    tags.add(element.getTag());
    element
        .getChildren()
        .filter(child -> !child.isTextNode())
        .forEach(child -> tags.addAll(descendants(child)));
    return tags;
  }

  static Component view() {
    return currentView();
  }
}
