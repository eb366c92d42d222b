package cn.xiangyang.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A worker on a phone: registers, lands on the profile, logs out, logs in again. */
class AccountsJourneyBrowserTests extends BrowserTest {

  @Test
  void workerRegistersLogsOutAndLogsInAgainOnAPhone() throws Exception {
    open("/");
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .isVisible();
    screenshot("01-home");
    assertAccessible("home");

    open("/register/worker");
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("劳动者注册")))
        .isVisible();
    assertAccessible("worker registration");
    String phone = "1361234" + String.format("%04d", (int) (System.nanoTime() % 10000));
    String first17 = "42060219880715" + String.format("%03d", (int) (System.nanoTime() % 1000));
    String idNumber = first17 + checkCharacter(first17);
    page.getByLabel("姓名").fill("王建国");
    page.getByLabel("手机号").fill(phone);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("获取验证码"))
        .click();
    assertThat(page.getByText(Pattern.compile("如果该手机号可以注册账号，验证码已发送"))).isVisible();
    page.getByLabel("短信验证码").fill(Sms.latest(portal, phone));
    page.getByLabel("居民身份证号").fill(idNumber);
    page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill("wang2026pass");
    page.getByLabel("确认密码").fill("wang2026pass");
    screenshot("02-registration-filled");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("注册")))
        .click();

    page.waitForURL(Pattern.compile(".*/me$"));
    assertThat(page.getByText("王建国").first()).isVisible();
    assertThat(page.getByText(idNumber.substring(0, 4) + "**********" + idNumber.substring(14)))
        .isVisible();
    screenshot("03-profile");
    assertAccessible("profile");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出登录"))
        .first()
        .click();
    page.waitForURL(Pattern.compile(".*/(login)?(\\?.*)?$"));

    open("/login");
    page.getByLabel(Pattern.compile("手机号")).fill(phone);
    page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill("wrong-password-1");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
    assertThat(page.getByText("账号或密码不正确").first()).isVisible();
    // only the real message: the emptied fields stay neutral, and the way to reset the password is
    // there
    assertThat(page.locator("vaadin-password-field[invalid], vaadin-text-field[invalid]"))
        .hasCount(0);
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("忘记密码")))
        .isVisible();
    screenshot("04-login-wrong-password");
    assertAccessible("login with error");

    page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill("wang2026pass");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
    page.waitForURL(Pattern.compile(".*/me$"));
    assertThat(page.getByText("王建国").first()).isVisible();
  }

  @Test
  void registrationRefusesAnIdNumberWhoseCheckCharacterIsWrong() {
    open("/register/worker");
    page.getByLabel("姓名").fill("李四");
    page.getByLabel("手机号").fill("13712345678");
    page.getByLabel("居民身份证号").fill("110105194912310021");
    page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill("li2026pass");
    page.getByLabel("确认密码").fill("li2026pass");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("注册")))
        .click();
    assertThat(page.getByText(Pattern.compile("身份证号不正确")).first()).isVisible();
    screenshot("05-registration-invalid-id");
    assertAccessible("registration with errors");
  }

  private static char checkCharacter(String first17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return "10X98765432".charAt(sum % 11);
  }
}
