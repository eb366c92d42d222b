package cn.xiangyang.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A worker who forgot the password gets back in; an employer gets verified by staff and answers a claim. */
class IdentityBrowserTests extends BrowserTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
  };

  @Test
  void workerResetsAForgottenPasswordWithTheCodeFromTheSmsOutbox() throws Exception {
    String phone = "1331234" + String.format("%04d", (int) (System.nanoTime() % 10000));
    String first17 = "42060219870415" + String.format("%03d", (int) (System.nanoTime() % 1000));
    registerWorker("赵德胜", phone, first17 + idCheck(first17), "zhao2026old");

    open("/login");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("忘记密码")).click();
    page.waitForURL(Pattern.compile(".*/password-reset$"));
    page.getByLabel("手机号").fill(phone);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("获取验证码"))
        .click();
    assertThat(page.getByText(Pattern.compile("如果该手机号可以找回密码，验证码已发送"))).isVisible();
    screenshot("identity-01-reset-code-sent");
    assertAccessible("password reset");

    // The administrator reads the code in the SMS outbox (no gateway on the embedded default).
    BrowserContext adminContext = newPhoneContext();
    Page admin = adminContext.newPage();
    signIn(admin, "admin", PortalUnderTest.ADMIN_PASSWORD);
    admin.navigate(portal.frontendUrl + "/staff/sms-outbox");
    admin.getByLabel("手机号").fill(phone);
    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
    String heading = admin
        .getByRole(
            AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("找回密码：验证码")))
        .first()
        .textContent();
    Matcher code = Pattern.compile("([0-9]{6})").matcher(heading);
    org.assertj.core.api.Assertions.assertThat(code.find()).isTrue();
    on(admin, () -> {
      screenshot("identity-02-sms-outbox");
      assertAccessible("sms outbox");
    });
    adminContext.close();

    page.getByLabel("短信验证码").fill(code.group(1));
    page.getByLabel("新密码", new Page.GetByLabelOptions().setExact(true)).fill("zhao2026new");
    page.getByLabel("确认新密码").fill("zhao2026new");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("重设密码")).click();
    page.waitForURL(Pattern.compile(".*/login$"));
    signIn(page, phone, "zhao2026new");
    assertThat(page.getByText("赵德胜").first()).isVisible();
  }

  @Test
  void employerRegistersUploadsALicenceStaffApprovesEmployerAnswers() throws Exception {
    String creditCode = creditCode("91420600MA4G8H2");
    String phone = "1321234" + String.format("%04d", (int) (System.nanoTime() % 10000));

    open("/register/employer");
    page.getByLabel("单位名称").fill("襄阳汉江精密制造有限公司");
    page.getByLabel("统一社会信用代码").fill(creditCode);
    page.getByLabel("联系人").fill("周红");
    page.getByLabel("联系电话").fill(phone);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("获取验证码"))
        .click();
    assertThat(page.getByText(Pattern.compile("验证码已发送"))).isVisible();
    page.getByLabel("短信验证码").fill(Sms.latest(portal, phone));
    page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill("zhou2026hr");
    page.getByLabel("确认密码").fill("zhou2026hr");
    screenshot("identity-03-employer-registration");
    assertAccessible("employer registration");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^注册$")))
        .click();
    page.waitForURL(Pattern.compile(".*/me$"));
    assertThat(page.getByText("未认证")).isVisible();

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("去认证")))
        .click();
    page.waitForURL(Pattern.compile(".*/employer/verification$"));
    page.locator("vaadin-upload input[type=file]")
        .first()
        .setInputFiles(new FilePayload("营业执照.png", "image/png", PNG));
    assertThat(page.locator("vaadin-upload-file").first()).isVisible();
    page.waitForTimeout(500);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审核")).click();
    assertThat(page.getByText("认证状态：审核中")).isVisible();
    screenshot("identity-04-verification-pending");
    assertAccessible("employer verification");

    // A worker's claim against the company, accepted by the commission (through the API).
    String caseId = fileAndAccept(creditCode);

    BrowserContext adminContext = newPhoneContext();
    Page admin = adminContext.newPage();
    signIn(admin, "admin", PortalUnderTest.ADMIN_PASSWORD);
    admin.navigate(portal.frontendUrl + "/staff/employers");
    var card = admin
        .locator(".employer-row")
        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(creditCode));
    assertThat(card.getByText(Pattern.compile("查看营业执照"))).isVisible();
    on(admin, () -> {
      screenshot("identity-05-staff-employers");
      assertAccessible("staff employers");
    });
    card.getByRole(
            AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("通过"))
        .click();
    // approved: it leaves the queue of accounts waiting for a decision
    assertThat(admin
            .locator(".employer-row")
            .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(creditCode)))
        .hasCount(0);
    adminContext.close();

    open("/employer/verification");
    assertThat(page.getByText("认证状态：已认证")).isVisible();
    open("/my-cases/" + caseId);
    page.getByLabel("答辩意见").fill("我单位已于上月足额支付工资，有银行转账记录为证。");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交答辩").setExact(true))
        .click();
    assertThat(page.getByText(Pattern.compile("贵单位已提交答辩意见"))).isVisible();
    screenshot("identity-06-employer-answered");
  }

  /** Runs the base class's page checks (screenshot, axe) on another page. */
  private void on(Page other, Runnable checks) {
    Page own = page;
    page = other;
    try {
      checks.run();
    } finally {
      page = own;
    }
  }

  private BrowserContext newPhoneContext() {
    BrowserContext c = page.context()
        .browser()
        .newContext(new com.microsoft.playwright.Browser.NewContextOptions()
            .setViewportSize(390, 844)
            .setDeviceScaleFactor(1)
            .setIsMobile(true)
            .setHasTouch(true)
            .setLocale("zh-CN"));
    c.setDefaultTimeout(20_000);
    return c;
  }

  private void signIn(Page p, String login, String password) {
    p.navigate(portal.frontendUrl + "/login");
    p.getByLabel(Pattern.compile("手机号")).fill(login);
    p.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill(password);
    p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
    p.waitForURL(Pattern.compile(".*/me$"));
  }

  /** A worker files a wage claim against the company; the city commission's administrator accepts it. */
  private String fileAndAccept(String creditCode) throws Exception {
    String phone = "1311234" + String.format("%04d", (int) (System.nanoTime() % 10000));
    String first17 = "42060219920518" + String.format("%03d", (int) (System.nanoTime() % 1000));
    registerWorker("孙立新", phone, first17 + idCheck(first17), "sun2026pass");
    String worker = token(phone, "sun2026pass");
    LocalDate start = LocalDate.now().minusYears(1);
    String body = """
        {"procedure":"ARBITRATION",
         "applicant":{"address":"襄阳市樊城区人民路 1 号","gender":"MALE","occupation":"车工"},
         "respondents":[{"name":"襄阳汉江精密制造有限公司","creditCode":"%s","address":"襄阳市高新区长虹路 8 号",
           "legalRepresentative":"周某","legalRepresentativeTitle":"总经理","areaCode":"gaoxin"}],
         "employment":{"startDate":"%s","stillEmployed":true,"job":"车工","monthlyWage":"5000.00","writtenContract":true,
           "workAreaCode":"gaoxin","workplace":"高新区车间"},
         "claims":[{"type":"UNPAID_WAGES","amount":"10000.00","periodFrom":"%s","periodTo":"%s"}],
         "factsAndReasons":"被申请人拖欠申请人两个月工资。","evidenceNotes":"工资条","migrantWorker":false,
         "knewOn":"%s"}
        """.formatted(
            creditCode,
            start,
            LocalDate.now().minusMonths(3).withDayOfMonth(1),
            LocalDate.now().minusMonths(1).withDayOfMonth(1).minusDays(1),
            LocalDate.now().minusMonths(1));
    HttpResponse<String> draft =
        HTTP.send(post("/api/v1/filings", worker, body), HttpResponse.BodyHandlers.ofString());
    org.assertj.core.api.Assertions.assertThat(draft.statusCode())
        .as(draft.body())
        .isEqualTo(201);
    Matcher id = ID.matcher(draft.body());
    org.assertj.core.api.Assertions.assertThat(id.find()).isTrue();
    HttpResponse<String> submit = HTTP.send(
        post("/api/v1/filings/" + id.group(1) + "/submit", worker, null),
        HttpResponse.BodyHandlers.ofString());
    org.assertj.core.api.Assertions.assertThat(submit.statusCode())
        .as(submit.body())
        .isEqualTo(200);
    String admin = token("admin", PortalUnderTest.ADMIN_PASSWORD);
    HttpResponse<String> accept = HTTP.send(
        post("/api/v1/staff/cases/" + id.group(1) + "/accept", admin, "{}"),
        HttpResponse.BodyHandlers.ofString());
    org.assertj.core.api.Assertions.assertThat(accept.statusCode())
        .as(accept.body())
        .isEqualTo(200);
    return id.group(1);
  }

  private static HttpRequest post(String path, String token, String json) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(portal.backendUrl + path))
        .header("Authorization", "Bearer " + token)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .POST(
            json == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    return b.build();
  }

  private static String token(String login, String password) throws Exception {
    HttpResponse<String> r = HTTP.send(
        Sms.json(
            portal.backendUrl + "/api/v1/sessions",
            "{\"account\":\"" + login + "\",\"password\":\"" + password + "\"}"),
        HttpResponse.BodyHandlers.ofString());
    Matcher m = TOKEN.matcher(r.body());
    org.assertj.core.api.Assertions.assertThat(m.find()).as(r.body()).isTrue();
    return m.group(1);
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
