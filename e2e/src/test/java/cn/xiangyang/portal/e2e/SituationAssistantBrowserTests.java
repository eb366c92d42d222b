package cn.xiangyang.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A worker tells the assistant his story in his own words on a phone, answers its question with one tap,
 * sees the amount and the deadline computed from what he said, and starts an application with that claim.
 */
class SituationAssistantBrowserTests extends BrowserTest {

  private static final double SLOW = 120_000;

  @Test
  void workerTellsHisStoryAnswersWithAChipAndStartsAnApplicationWithTheAmount() throws Exception {
    String phone = "1367654" + String.format("%04d", (int) (System.nanoTime() % 10000));
    String first17 = "42060219880506" + String.format("%03d", (int) (System.nanoTime() % 1000));
    String password = "zhou2026pass";
    registerWorker("周建国", phone, first17 + idCheck(first17), password);
    signIn(phone, password);

    open("/assistant");
    page.getByLabel("您的问题").fill("老板搞了我三个月的钱不给，月薪3500，咋整");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发送")).click();
    Locator first = page.locator(".turn .answer-text").first();
    assertThat(first).containsText("我理解的情况", new LocatorAssertions.ContainsTextOptions().setTimeout(SLOW));
    assertThat(first).containsText("3500 元 × 3 个月 = 10500 元");
    assertThat(first).containsText("您现在已经离职了吗");
    screenshot("situation-01-story-answered");
    assertAccessible("assistant, situation answer");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("我还在上班")).first().click();
    Locator second = page.locator(".turn .answer-text").nth(1);
    assertThat(second).containsText("现在还在上班", new LocatorAssertions.ContainsTextOptions().setTimeout(SLOW));
    assertThat(second).containsText("不受一年时效限制");
    assertThat(second).containsText("10500 元");
    screenshot("situation-02-fact-corrected");

    Locator apply = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("按这个情况申请")).last();
    assertThat(apply).isVisible();
    apply.click();
    page.waitForURL(Pattern.compile(".*/filing/new\\?claim=UNPAID_WAGES&amount=10500\\.00$"));
    assertThat(page.getByText("第 1 步，共 7 步")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(SLOW));
    screenshot("situation-03-wizard-prefilled");
  }

  private void signIn(String login, String password) {
    open("/login");
    page.getByLabel(Pattern.compile("手机号")).fill(login);
    page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
    page.waitForURL(Pattern.compile(".*/me$"));
  }

  private static void registerWorker(String name, String phone, String idNumber, String password) throws Exception {
    String body = "{\"name\":\"" + name + "\",\"phone\":\"" + phone + "\",\"idNumber\":\"" + idNumber
        + "\",\"password\":\"" + password + "\",\"smsCode\":\"" + Sms.request(portal, phone, "REGISTER") + "\"}";
    HttpResponse<String> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(portal.backendUrl + "/api/v1/accounts/workers"))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    org.assertj.core.api.Assertions.assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
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
