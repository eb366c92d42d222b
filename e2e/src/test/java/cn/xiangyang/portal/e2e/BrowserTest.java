package cn.xiangyang.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A phone-sized page in real headless Chromium (Debian's {@code chromium}, or {@code PORTAL_CHROMIUM})
 * on the portal under test, with screenshots under {@code e2e/target/e2e/screenshots} and an axe-core
 * WCAG 2.1 AA check.
 */
abstract class BrowserTest {

  private static Playwright playwright;
  private static Browser browser;
  protected static PortalUnderTest portal;

  protected BrowserContext context;
  protected Page page;

  @BeforeAll
  static void launch() {
    portal = PortalUnderTest.get();
    playwright = Playwright.create(
        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright
        .chromium()
        .launch(new BrowserType.LaunchOptions()
            .setExecutablePath(chromium())
            .setHeadless(true)
            .setArgs(List.of(
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync")));
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  @BeforeEach
  void openPage() {
    context = browser.newContext(new Browser.NewContextOptions()
        .setViewportSize(390, 844)
        .setDeviceScaleFactor(1)
        .setIsMobile(true)
        .setHasTouch(true)
        .setLocale("zh-CN"));
    context.setDefaultTimeout(20_000);
    // The assertions wait as long as the actions: on a build machine shared by several builds (load
    // average above 20 on 2 cores) a Vaadin round trip alone can take longer than Playwright's
    // default 5 s.
    com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    page = context.newPage();
  }

  @AfterEach
  void closePage() {
    context.close();
  }

  protected void open(String path) {
    page.navigate(portal.frontendUrl + path);
    page.waitForLoadState();
  }

  protected Path screenshot(String name) {
    Path file = portal.out.resolve("screenshots").resolve(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    return file;
  }

  /** Fails on any serious or critical WCAG 2.1 A/AA violation on the page as it is now. */
  protected void assertAccessible(String pageName) {
    AxeResults results = new AxeBuilder(page)
        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
        .analyze();
    List<Rule> serious = results.getViolations().stream()
        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
        .toList();
    assertThat(serious)
        .as(
            "axe-core violations on %s:%n%s",
            pageName,
            serious.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " — "
                    + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .limit(3)
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")))
        .isEmpty();
  }

  private static Path chromium() {
    String configured = System.getenv("PORTAL_CHROMIUM");
    for (String candidate : new String[] {
      configured, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"
    }) {
      if (candidate != null && Files.isExecutable(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    throw new IllegalStateException(
        "No Chromium found: install it (Debian: apt-get install chromium fonts-noto-cjk) or set PORTAL_CHROMIUM");
  }
}
