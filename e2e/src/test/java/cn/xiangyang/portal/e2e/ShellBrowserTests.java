package cn.xiangyang.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitUntilState;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The page around every view (issue 14): on a slow phone connection the portal's name and a loading line
 * are painted long before the application is drawn, instead of a white page; the first load of the home
 * page is measured (not under the 300 KB the issue asks for: see below); {@code /favicon.ico}, the app icons
 * and the manifest are served.
 */
class ShellBrowserTests extends BrowserTest {

  @Test
  void theIconsAndTheManifestAreServedAndTheFirstLoadStaysWithinItsMeasuredSize() {
    APIResponse ico = page.request().get(portal.frontendUrl + "/favicon.ico");
    org.assertj.core.api.Assertions.assertThat(ico.status()).isEqualTo(200);
    org.assertj.core.api.Assertions.assertThat(ico.body()).startsWith(0, 0, 1, 0);
    APIResponse icon = page.request().get(portal.frontendUrl + "/icons/icon-192.png");
    org.assertj.core.api.Assertions.assertThat(icon.status()).isEqualTo(200);
    org.assertj.core.api.Assertions.assertThat(icon.headers().get("content-type"))
        .startsWith("image/png");
    APIResponse manifest = page.request().get(portal.frontendUrl + "/manifest.webmanifest");
    org.assertj.core.api.Assertions.assertThat(manifest.status()).isEqualTo(200);
    org.assertj.core.api.Assertions.assertThat(new String(manifest.body(), StandardCharsets.UTF_8))
        .contains("襄阳劳动人事争议调解仲裁", "icons/icon-512.png");

    // a fresh browser (nothing cached): everything the home page needs until the network is quiet
    page.navigate(portal.frontendUrl + "/");
    page.waitForLoadState(LoadState.NETWORKIDLE);
    assertThat(page.locator("vaadin-app-layout")).isAttached();
    assertThat(page.locator("#first-paint")).hasCount(0);
    assertThat(page.locator("link[rel=icon][href$='favicon.ico']")).hasCount(1);
    assertThat(page.locator("link[rel=apple-touch-icon]")).hasCount(1);
    assertThat(page.locator("link[rel=manifest]")).hasCount(1);
    long transferred = ((Number) page.evaluate(
            "() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                + ".reduce((sum, e) => sum + e.transferSize, 0)"))
        .longValue();
    System.out.println(
        "[shell] first load of / transferred " + transferred
            + " bytes; every entry, largest first (name transferred/decoded): "
            + page.evaluate(
                "() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                    + ".sort((a, b) => b.transferSize - a.transferSize)"
                    + ".map(e => e.name.replace(/^.*\\//, '') + ' ' + e.transferSize + '/' + e.decodedBodySize).join(', ')"));
    // The issue asks for under 300 KB. Not reached: the pre-compiled Vaadin bundle's three start-up
    // scripts alone
    // (generated-flow-imports, indexhtml, FlowClient) are about 300 KB with brotli, and a bundle of
    // our own needs
    // Node 24 (STACK.md). Measured 2026-12-07: 499,222 bytes. This guard keeps it from growing
    // unnoticed.
    org.assertj.core.api.Assertions.assertThat(transferred)
        .as("bytes transferred for the first load of /")
        .isLessThan(520 * 1024);
    screenshot("shell-02-home-drawn");
    assertAccessible("home page");
  }

  @Test
  void theMenuOnAPhoneListsThePagesForVisitorsAndAProtectedPageLeadsToLogin() {
    open("/");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("菜单")).click();
    var items = page.locator("vaadin-side-nav.portal-menu > vaadin-side-nav-item");
    assertThat(items.first()).isVisible();
    // the @Menu entries a visitor may open, in their order; no staff or account pages
    org.assertj.core.api.Assertions.assertThat(items.allInnerTexts().stream().map(String::strip))
        .containsExactly(
            "首页", "智能问答", "庭审直播", "开放日", "计算器", "用工体检", "劳动者注册", "用人单位注册", "登录", "法规库", "案例库",
            "常见问题", "地方标准");
    assertThat(page.locator("vaadin-side-nav.portal-menu vaadin-icon[icon='vaadin:home']"))
        .hasCount(1);
    screenshot("shell-03-menu-phone");
    assertAccessible("menu open on a phone");

    open("/staff/cases");
    page.waitForURL(java.util.regex.Pattern.compile(".*/login\\?continue=staff%2Fcases$"));
    assertThat(page.locator("h1")).hasText("登录");
  }

  @Test
  void aSlowPhoneConnectionPaintsTheShellAtOnceAndTheApplicationReplacesIt() {
    com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(90_000);
    page.addInitScript(
        "new MutationObserver(() => { if (!window.__drawnAt && document.querySelector('vaadin-app-layout')) {"
            + " window.__drawnAt = performance.now(); } }).observe(document, {childList: true, subtree: true});");
    CDPSession cdp = context.newCDPSession(page);
    cdp.send("Network.enable");
    JsonObject slow = new JsonObject();
    // about a slow 3G phone: 400 ms round trip, 400 kbit/s down
    slow.addProperty("offline", false);
    slow.addProperty("latency", 400);
    slow.addProperty("downloadThroughput", 50_000);
    slow.addProperty("uploadThroughput", 50_000);
    cdp.send("Network.emulateNetworkConditions", slow);

    page.navigate(
        portal.frontendUrl + "/",
        new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT).setTimeout(90_000));
    assertThat(page.locator("#first-paint")).containsText("正在加载");
    assertThat(page.locator("#first-paint")).containsText("襄阳劳动人事争议调解仲裁");
    screenshot("shell-01-first-paint-slow-connection");
    assertThat(page.locator("vaadin-app-layout")).isAttached();
    assertThat(page.locator("#first-paint")).hasCount(0);
    double firstPaint = ((Number)
            page.evaluate(
                "() => (performance.getEntriesByName('first-contentful-paint')[0] || {startTime: -1}).startTime"))
        .doubleValue();
    double drawn = ((Number) page.evaluate("() => window.__drawnAt || -1")).doubleValue();
    System.out.printf(
        "[shell] slow connection: first contentful paint %.0f ms, application drawn %.0f ms%n",
        firstPaint, drawn);
    org.assertj.core.api.Assertions.assertThat(firstPaint)
        .as("first contentful paint")
        .isPositive();
    // the shell is what is painted first: well before the application draws itself
    org.assertj.core.api.Assertions.assertThat(drawn - firstPaint)
        .as("ms between the shell's paint and the application's")
        .isGreaterThan(1000);
  }
}
