package cn.xiangyang.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A worker on a phone looks up the law: searches, reads the article, follows a case to the law it cites. */
class KnowledgeBrowserTests extends BrowserTest {

  // The first search loads the embedding model and a long law is a big page: on a loaded 2-core
  // machine
  // either can take longer than Playwright's default 5 s.
  @BeforeAll
  static void patientAssertions() {
    PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
  }

  @AfterAll
  static void defaultAssertions() {
    PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
  }

  @Test
  void workerSearchesReadsTheArticleAndFollowsACaseToTheLaw() {
    open("/laws");
    assertThat(page.getByRole(
            AriaRole.HEADING, new Page.GetByRoleOptions().setName("法规库").setLevel(1)))
        .isVisible();
    assertThat(page.getByText("现行有效").first()).isVisible();
    assertAccessible("laws");

    page.getByLabel("搜索法条、案例和常见问题").fill("没签劳动合同 双倍工资");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("搜索")).click();
    Locator top = page.locator(".hit-title a").first();
    assertThat(top).hasText("劳动合同法 第八十二条");
    assertThat(page.locator(".snippet em").first()).isVisible();
    screenshot("knowledge-01-search-results");
    assertAccessible("search results");

    top.click();
    page.waitForURL(Pattern.compile(".*/laws/labor-contract-law#.*"));
    assertThat(URLDecoder.decode(page.url(), StandardCharsets.UTF_8))
        .endsWith("/laws/labor-contract-law#第82条");
    Locator article = page.locator("[id='第82条']");
    assertThat(article).containsText("用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的");
    assertThat(article).isInViewport();
    page.screenshot(new Page.ScreenshotOptions()
        .setPath(portal.out.resolve("screenshots/knowledge-02-article-82.png")));
    assertAccessible("law page");

    open("/cases");
    assertThat(page.getByRole(
            AriaRole.HEADING, new Page.GetByRoleOptions().setName("案例库").setLevel(1)))
        .isVisible();
    screenshot("knowledge-03-cases");
    assertAccessible("cases");
    page.locator(".case-title").first().click();
    page.waitForURL(Pattern.compile(".*/cases/.+"));
    Locator cited = page.locator(".cites a").first();
    assertThat(cited).isVisible();
    screenshot("knowledge-04-case");
    assertAccessible("case");
    String label = cited.textContent();
    cited.click();
    page.waitForURL(Pattern.compile(".*/laws/.+#.+"));
    String anchor = URLDecoder.decode(page.url(), StandardCharsets.UTF_8).replaceAll(".*#", "");
    assertThat(anchor).matches("第\\d+条");
    assertThat(page.locator("[id='" + anchor + "']")).isInViewport();
    page.screenshot(new Page.ScreenshotOptions()
        .setPath(portal.out.resolve("screenshots/knowledge-05-cited-article.png")));
    assertThat(label).contains("第");
  }

  @Test
  void faqAndLocalFiguresAreReadableOnAPhone() {
    open("/faq#faq-arbitration-001");
    assertThat(page.getByRole(
            AriaRole.HEADING, new Page.GetByRoleOptions().setName("常见问题").setLevel(1)))
        .isVisible();
    assertThat(page.locator("[id='faq-arbitration-001']")).isInViewport();
    page.screenshot(new Page.ScreenshotOptions()
        .setPath(portal.out.resolve("screenshots/knowledge-06-faq-entry.png")));
    assertAccessible("faq");

    open("/local-figures");
    assertThat(page.getByRole(
            AriaRole.HEADING, new Page.GetByRoleOptions().setName("地方标准").setLevel(1)))
        .isVisible();
    assertThat(page.getByText("樊城区").first()).isVisible();
    screenshot("knowledge-07-local-figures");
    assertAccessible("local figures");

    open("/laws/civil-code-general-part");
    assertThat(page.locator("#contents")).isVisible();
    page.screenshot(new Page.ScreenshotOptions()
        .setPath(portal.out.resolve("screenshots/knowledge-08-civil-code-contents.png")));

    // a notice numbered 1., 2., … resting on one public copy says so; a text checked against two
    // copies says how
    open("/laws/part-time-employment-opinions#第9条");
    assertThat(page.locator(".law-unverified")).containsText("文本未经核实");
    assertThat(page.locator("[id='第9条']")).containsText("非全日制用工的工资支付可以按小时、日、周或月为单位结算。");
    screenshot("knowledge-09-unverified-notice");
    assertAccessible("unverified notice");

    open("/laws/national-holidays-measures");
    assertThat(page.locator(".law-facts")).containsText("文本核对");
    assertThat(page.locator(".law-unverified")).hasCount(0);
    screenshot("knowledge-10-verified-by-two-copies");
    assertAccessible("law verified by two copies");
  }
}
