package cn.xiangyang.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A visitor on a phone asks the assistant: the answer streams in (server push) with its legal sources as
 * links to the article pages; a question about something else is declined plainly.
 */
class AssistantBrowserTests extends BrowserTest {

  private static final double SLOW = 30_000;

  @Test
  void visitorGetsAStreamedCitedAnswerAndAPlainRefusalOnAPhone() {
    open("/assistant");
    // The first page of a freshly started portal on a busy machine can take a while.
    assertThat(page.getByRole(
            AriaRole.HEADING, new Page.GetByRoleOptions().setName("智能问答").setLevel(1)))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(SLOW));
    assertThat(page.getByText("不构成法律意见", new Page.GetByTextOptions().setExact(false))
            .first())
        .isVisible();
    screenshot("assistant-01-first-visit");
    assertAccessible("assistant, first visit");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("公司不给我交社保怎么办"))
        .click();

    Locator answer = page.locator(".turn .answer-text").first();
    // The first answer of a fresh backend warms its search index and embedding model.
    assertThat(answer)
        .containsText(
            Pattern.compile("社会保险"), new LocatorAssertions.ContainsTextOptions().setTimeout(SLOW));
    // the backend's ack: what is looked up, in a status region above the answer ("正在查找：…" while it
    // streams, "已查找：…" once complete)
    Locator progress = page.locator(".turn .answer-progress[role=status]").first();
    assertThat(progress)
        .containsText(
            Pattern.compile("查找：社会保险"),
            new LocatorAssertions.ContainsTextOptions().setTimeout(SLOW));
    Locator chip = page.locator("a.citation-link").first();
    assertThat(chip).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(SLOW));
    assertThat(chip.getAttribute("href")).matches("/laws/[a-z0-9-]+#第\\d+条");
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("有帮助"))
            .first())
        .isVisible();
    assertThat(page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("12333")))
            .first())
        .hasAttribute("href", "tel:12333");
    page.locator(".citation-details").first().click();
    assertThat(page.locator(".citation-quote").first()).isVisible();
    screenshot("assistant-02-cited-answer");
    assertAccessible("assistant, cited answer");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("有帮助"))
        .first()
        .click();
    assertThat(page.getByText("感谢您的反馈！")).isVisible();

    page.getByLabel("您的问题").fill("今天天气怎么样");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发送")).click();
    Locator refusal = page.locator(".turn.refused .answer-text");
    assertThat(refusal)
        .containsText("抱歉", new LocatorAssertions.ContainsTextOptions().setTimeout(SLOW));
    assertThat(refusal).containsText("劳动人事争议");
    refusal.scrollIntoViewIfNeeded();
    screenshot("assistant-03-refusal");
    assertAccessible("assistant, refusal");
  }
}
