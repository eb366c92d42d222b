package cn.xiangyang.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rest of a trustworthy identity on a phone: a worker changes the password and moves the account to a
 * new phone; a verified employer invites an HR colleague; a real company that finds an impostor reports it
 * and staff suspend the impostor.
 */
class AccountSecurityBrowserTests extends BrowserTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void workerChangesThePasswordAndMovesTheAccountToANewPhone() throws Exception {
    String phone = phone("134");
    String newPhone = phone("135");
    // a birth date no other journey uses, so the random sequence cannot repeat another test's ID
    // number
    String first17 = "42060219910815" + String.format("%03d", (int) (System.nanoTime() % 1000));
    registerWorker("钱国华", phone, first17 + idCheck(first17), "qian2026old");
    signIn(page, phone, "qian2026old");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("账号安全")))
        .click();
    page.waitForURL(Pattern.compile(".*/me/security$"));
    page.getByLabel("当前密码").fill("qian2026old");
    page.getByLabel("新密码", new Page.GetByLabelOptions().setExact(true)).fill("qian2026new");
    page.getByLabel("确认新密码").fill("qian2026new");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("修改密码")).click();
    assertThat(page.getByText(Pattern.compile("密码已修改"))).isVisible();

    page.getByLabel("新手机号").fill(newPhone);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("获取验证码"))
        .click();
    assertThat(page.getByText(Pattern.compile("验证码已发送"))).isVisible();
    page.getByLabel("短信验证码").fill(Sms.latest(portal, newPhone));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("更换手机号"))
        .click();
    assertThat(page.getByText(Pattern.compile("手机号已更换为"))).isVisible();
    screenshot("security-01-password-and-phone-changed");
    assertAccessible("account security");

    // the old phone and the old password no longer open the account; the new ones do
    org.assertj.core.api.Assertions.assertThat(login(phone, "qian2026new").statusCode())
        .isEqualTo(401);
    org.assertj.core.api.Assertions.assertThat(login(newPhone, "qian2026old").statusCode())
        .isEqualTo(401);
    org.assertj.core.api.Assertions.assertThat(login(newPhone, "qian2026new").statusCode())
        .isEqualTo(201);
  }

  @Test
  void aVerifiedEmployerInvitesAColleagueWhoIsVerifiedAtOnce() throws Exception {
    String code = creditCode("91420600MA4H7K3");
    String phone = phone("136");
    Employers.registerVerified(portal, "襄阳汉水纺织有限公司", code, phone, "hanshui2026");
    signIn(page, phone, "hanshui2026");
    open("/employer/colleagues");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("生成同事邀请码"))
        .click();
    String invitation = page.locator(".invitation .code").textContent().strip();
    screenshot("security-02-invitation");
    assertAccessible("colleagues");

    String colleaguePhone = phone("137");
    String body = "{\"companyName\":\"襄阳汉水纺织有限公司\",\"creditCode\":\"" + code
        + "\",\"contactName\":\"吴敏\",\"phone\":\"" + colleaguePhone
        + "\",\"password\":\"wumin2026hr\",\"invitation\":\"" + invitation + "\",\"smsCode\":\""
        + Sms.request(portal, colleaguePhone, "REGISTER") + "\"}";
    HttpResponse<String> registered = HTTP.send(
        Sms.json(portal.backendUrl + "/api/v1/accounts/employers", body),
        HttpResponse.BodyHandlers.ofString());
    org.assertj.core.api.Assertions.assertThat(registered.statusCode())
        .as(registered.body())
        .isEqualTo(201);

    open("/employer/colleagues");
    assertThat(page.locator(".colleague-row").filter(new Locator.FilterOptions().setHasText("吴敏")))
        .containsText("已认证");
  }

  @Test
  void theRealCompanyReportsAnImpostorAndStaffSuspendIt() throws Exception {
    String code = creditCode("91420600MA4J9L5");
    String impostorPhone = phone("138");
    // The impostor typed the public credit code first and got through verification.
    Employers.registerVerified(portal, "襄阳鑫达建材有限公司", code, impostorPhone, "fake2026pass");
    String realPhone = phone("139");
    Employers.register(portal, "襄阳鑫达建材有限公司", code, realPhone, "xinda2026hr");

    signIn(page, realPhone, "xinda2026hr");
    open("/employer/colleagues");
    page.getByLabel("举报理由").fill("本单位从未注册过其他账号，该账号不是本单位人员。");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("举报冒用本单位名义的账号"))
        .click();
    assertThat(page.getByText(Pattern.compile("已向工作人员举报 1 个账号"))).isVisible();
    screenshot("security-03-impostor-reported");
    assertAccessible("impostor report");

    BrowserContext adminContext = page.context()
        .browser()
        .newContext(new com.microsoft.playwright.Browser.NewContextOptions()
            .setViewportSize(390, 844)
            .setDeviceScaleFactor(1)
            .setIsMobile(true)
            .setHasTouch(true)
            .setLocale("zh-CN"));
    adminContext.setDefaultTimeout(20_000);
    Page admin = adminContext.newPage();
    signIn(admin, "admin", PortalUnderTest.ADMIN_PASSWORD);
    admin.navigate(portal.frontendUrl + "/staff/employers?state=REPORTED");
    Locator card =
        admin.locator(".employer-row").filter(new Locator.FilterOptions().setHasText(code));
    assertThat(card).containsText("本单位从未注册过其他账号");
    card.getByLabel(Pattern.compile("停用理由")).fill("经核对营业执照，该账号并非本单位人员注册。");
    Page own = page;
    page = admin;
    try {
      screenshot("security-04-staff-suspend");
      assertAccessible("staff suspension");
    } finally {
      page = own;
    }
    card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("停用冒用账号"))
        .click();
    assertThat(admin.locator(".employer-row").filter(new Locator.FilterOptions().setHasText(code)))
        .hasCount(0);
    adminContext.close();

    org.assertj.core.api.Assertions.assertThat(
            login(impostorPhone, "fake2026pass").statusCode())
        .isNotEqualTo(201);
  }

  private static String phone(String prefix) {
    return prefix + "5" + String.format("%07d", (long) (Math.random() * 10_000_000));
  }

  private void signIn(Page p, String login, String password) {
    p.navigate(portal.frontendUrl + "/login");
    p.getByLabel(Pattern.compile("手机号")).fill(login);
    p.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill(password);
    p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
    p.waitForURL(Pattern.compile(".*/me$"));
  }

  private static HttpResponse<String> login(String account, String password) throws Exception {
    return HTTP.send(
        Sms.json(
            portal.backendUrl + "/api/v1/sessions",
            "{\"account\":\"" + account + "\",\"password\":\"" + password + "\"}"),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void registerWorker(String name, String phone, String idNumber, String password)
      throws Exception {
    String body = "{\"name\":\"" + name + "\",\"phone\":\"" + phone + "\",\"idNumber\":\""
        + idNumber + "\",\"password\":\"" + password + "\",\"smsCode\":\""
        + Sms.request(portal, phone, "REGISTER") + "\"}";
    HttpResponse<String> answer = HTTP.send(
        Sms.json(portal.backendUrl + "/api/v1/accounts/workers", body),
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

  /** A valid unified social credit code: 15 characters given, two varying ones, and the check character. */
  private static String creditCode(String first15) {
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    long n = System.nanoTime();
    String first17 =
        first15 + alphabet.charAt((int) (n % 31)) + alphabet.charAt((int) ((n / 31) % 31));
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
    }
    return first17 + alphabet.charAt((31 - sum % 31) % 31);
  }
}
