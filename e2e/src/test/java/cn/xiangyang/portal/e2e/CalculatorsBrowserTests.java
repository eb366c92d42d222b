package cn.xiangyang.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A worker on a phone computes the economic compensation, sees the formula with the numbers and the
 * article it rests on, and starts an application with the amount.
 */
class CalculatorsBrowserTests extends BrowserTest {

  @Test
  void workerComputesEconomicCompensationSeesFormulaAndArticleThenAppliesWithTheAmount()
      throws Exception {
    String phone = "1381234" + String.format("%04d", (int) (System.nanoTime() % 10000));
    String first17 = "42060619880521" + String.format("%03d", (int) (System.nanoTime() % 1000));
    String password = "wang2026pass";
    registerWorker("王秀兰", phone, first17 + idCheck(first17), password);
    signIn(phone, password);

    open("/calculators");
    assertThat(page.getByRole(
            AriaRole.HEADING, new Page.GetByRoleOptions().setName("计算器").setLevel(1)))
        .isVisible();
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("仲裁时效")))
        .isVisible();
    screenshot("calculators-01-index");
    assertAccessible("calculators index");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("经济补偿").setExact(true))
        .click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("经济补偿计算")))
        .isVisible();
    date("哪天入职", "2022/1/1");
    date("哪天离职", "2025/7/1");
    page.getByLabel("离职前12个月平均每月工资").fill("3000");
    choose("在哪里上班", "樊城区");
    screenshot("calculators-02-questions");
    assertAccessible("economic compensation questions");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("计算")).click();

    assertThat(page.locator(".calc-amount")).hasText("12000.00 元");
    assertThat(page.locator(".calc-formula")).containsText("3000.00 × 4");
    Locator article =
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("《劳动合同法》第四十七条"));
    assertThat(article).isVisible();
    assertThat(article).hasAttribute("href", "laws/labor-contract-law#第47条");
    assertThat(page.locator(".calc-gaps")).containsText("月平均工资");
    screenshot("calculators-03-result");
    assertAccessible("economic compensation result");
    page.locator(".calc-citations").scrollIntoViewIfNeeded();
    screenshot("calculators-03b-articles");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("用这个金额申请"))
        .click();
    page.waitForURL(
        Pattern.compile(".*/filing/new\\?claim=ECONOMIC_COMPENSATION&amount=12000\\.00$"));
    assertThat(page.getByText("第 1 步，共 7 步")).isVisible();
    // Step 1 needs the choice between mediation and arbitration before it can be left.
    page.getByText("先行调解", new Page.GetByTextOptions().setExact(true)).click();
    for (int step = 2; step <= 4; step++) {
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^下一步")))
          .click();
      assertThat(page.getByText("第 " + step + " 步，共 7 步")).isVisible();
    }
    assertThat(page.getByLabel("金额（元）")).hasValue("12000.00");
    assertThat(page.locator(".claim vaadin-select").first()).containsText("经济补偿");
    screenshot("calculators-04-filing-claim");
  }

  private void date(String label, String typed) {
    Locator field = page.getByLabel(label);
    field.fill(typed);
    field.press("Enter");
  }

  private void choose(String label, String option) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label)).click();
    page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).click();
  }

  private void signIn(String login, String password) {
    open("/login");
    page.getByLabel(Pattern.compile("手机号")).fill(login);
    page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
    page.waitForURL(Pattern.compile(".*/me$"));
  }

  private static void registerWorker(String name, String phone, String idNumber, String password)
      throws Exception {
    String body = "{\"name\":\"" + name + "\",\"phone\":\"" + phone + "\",\"idNumber\":\""
        + idNumber + "\",\"password\":\"" + password + "\",\"smsCode\":\""
        + Sms.request(portal, phone, "REGISTER") + "\"}";
    HttpResponse<String> answer = HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(portal.backendUrl + "/api/v1/accounts/workers"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    org.assertj.core.api.Assertions.assertThat(answer.statusCode())
        .as(answer.body())
        .isEqualTo(201);
  }

  private static char idCheck(String first17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return "10X98765432".charAt(sum % 11);
  }
}
