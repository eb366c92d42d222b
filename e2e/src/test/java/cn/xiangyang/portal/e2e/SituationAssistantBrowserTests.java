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
 * A worker tells the assistant a story with several issues in his own words on a phone, corrects one fact
 * of "我理解的情况" with one tap, sees the amounts and the deadline computed from what he said, and with one
 * more tap lands in the application wizard with the employer, the claims and their amounts filled in.
 */
class SituationAssistantBrowserTests extends BrowserTest {

  private static final double SLOW = 120_000;
  private static final String STORY =
      "我在襄阳华宇机械有限公司上班，干了8个月一直没签合同，月薪4350，老板还欠我两个月工资，上个月周末加班了4天也没给加班费";

  @Test
  void workerCorrectsAFactWithAChipSeesTheAmountsAndStartsAnApplicationWithTheClaimsFilledIn()
      throws Exception {
    String phone = "1367654" + String.format("%04d", (int) (System.nanoTime() % 10000));
    String first17 = "42060219880506" + String.format("%03d", (int) (System.nanoTime() % 1000));
    String password = "zhou2026pass";
    registerWorker("周建国", phone, first17 + idCheck(first17), password);
    signIn(phone, password);

    open("/assistant");
    page.getByLabel("您的问题").fill(STORY);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发送")).click();
    Locator first = page.locator(".turn").first();
    assertThat(first.locator(".answer-text"))
        .containsText("我理解的情况", new LocatorAssertions.ContainsTextOptions().setTimeout(SLOW));
    // every issue of the story, with the amounts from its numbers
    assertThat(first.locator(".answer-text")).containsText("4350 元 × 2 个月 = 8700 元");
    assertThat(first.locator(".answer-text")).containsText("未签书面劳动合同的二倍工资");
    assertThat(first.locator(".answer-text")).containsText("加班费约 1600 元");
    assertThat(first.locator(".understood")).containsText("没签书面合同");
    assertThat(first.locator(".quick-question")).containsText("您现在已经离职了吗");
    screenshot("situation-01-story-answered");
    first.locator(".understood").scrollIntoViewIfNeeded();
    screenshot("situation-01b-facts-and-quick-replies");
    assertAccessible("assistant, situation answer with fact chips");

    // one tap: he still works there
    first
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("仍在职"))
        .click();
    Locator second = page.locator(".turn").nth(1);
    assertThat(second.locator(".question")).containsText("仍在职");
    assertThat(second.locator(".answer-text"))
        .containsText("现在还在上班", new LocatorAssertions.ContainsTextOptions().setTimeout(SLOW));
    assertThat(second.locator(".answer-text")).containsText("不受一年时效限制");
    assertThat(second.locator(".answer-text")).containsText("8700 元");
    assertThat(second.locator(".answer-text")).containsText("截止到今天");
    assertThat(second.locator(".fact[data-fact=stillEmployed]")).containsText("仍在职");
    assertThat(second.locator(".fact[data-fact=stillEmployed]")).containsText("已更正");
    second.locator(".apply-situation").scrollIntoViewIfNeeded();
    screenshot("situation-02-fact-corrected");
    assertAccessible("assistant, corrected answer");

    second
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("按这个情况申请"))
        .click();
    page.waitForURL(
        Pattern.compile(".*/filing/[0-9a-f-]{36}$"), new Page.WaitForURLOptions().setTimeout(SLOW));
    assertThat(page.getByText("第 1 步，共 7 步"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(SLOW));
    screenshot("situation-03-wizard-opened");
    page.getByText("申请仲裁", new Page.GetByTextOptions().setExact(true)).click();
    next();
    assertThat(page.getByText("第 2 步，共 7 步")).isVisible();
    assertThat(page.getByLabel("单位名称")).hasValue("襄阳华宇机械有限公司");
    next();
    assertThat(page.getByText("第 3 步，共 7 步")).isVisible();
    assertThat(page.getByLabel("月工资（元）")).hasValue(Pattern.compile("4350(\\.00)?"));
    next();
    assertThat(page.getByText("第 4 步，共 7 步")).isVisible();
    Locator amounts = page.getByLabel("金额（元）");
    assertThat(amounts).hasCount(3);
    assertThat(amounts.nth(0)).hasValue(Pattern.compile("8700(\\.00)?"));
    assertThat(amounts.nth(2)).hasValue(Pattern.compile("1600(\\.00)?"));
    screenshot("situation-04-wizard-claims-filled");
    assertAccessible("filing wizard, claims from the assistant");
    next();
    assertThat(page.getByText("第 5 步，共 7 步")).isVisible();
    assertThat(page.getByLabel("事实与理由")).hasValue(Pattern.compile("要素式[\\s\\S]*未与申请人签订书面劳动合同"));
    page.getByLabel("事实与理由").scrollIntoViewIfNeeded();
    screenshot("situation-05-wizard-facts-drafted");
  }

  private void next() {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下一步")).click();
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
