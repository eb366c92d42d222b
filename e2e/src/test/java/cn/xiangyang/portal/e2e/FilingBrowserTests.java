package cn.xiangyang.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A worker files a wage claim on a phone through the guided application; the commission (admin) accepts
 * it (the worker asked for 仲裁, so it goes to the tribunal at once, with no 转入仲裁 press), finds it in the
 * 仲裁审理中 queue and schedules a hearing at least 5 days ahead; the worker sees the hearing.
 */
class FilingBrowserTests extends BrowserTest {

  @Test
  void workerFilesWageClaimStaffSchedulesHearingWorkerSeesIt() throws Exception {
    String phone = "1371234" + String.format("%04d", (int) (System.nanoTime() % 10000));
    String first17 = "42060219900312" + String.format("%03d", (int) (System.nanoTime() % 1000));
    String password = "liu2026pass";
    String idNumber = first17 + idCheck(first17);
    String gender = (first17.charAt(16) - '0') % 2 == 1 ? "男" : "女";
    registerWorker("刘春生", phone, idNumber, password);

    signIn(phone, password);
    open("/filing/new");
    assertThat(page.getByText("第 1 步，共 7 步")).isVisible();
    screenshot("filing-01-procedure");
    assertAccessible("filing step 1");
    // Without a choice the step is not left: the choice is required (issue 14).
    next();
    assertThat(page.getByText("请选择“先行调解”或“申请仲裁”").first()).isVisible();
    assertThat(page.getByText("第 1 步，共 7 步")).isVisible();
    page.getByText("申请仲裁", new Page.GetByTextOptions().setExact(true)).click();
    next();

    assertThat(page.getByText("第 2 步，共 7 步")).isVisible();
    page.getByLabel("单位名称").fill("襄阳某某建材有限公司");
    page.getByLabel("统一社会信用代码").fill(creditCode("91420600MA4F0E2K"));
    page.getByLabel("单位地址").fill("襄阳市高新区长虹路8号");
    page.getByLabel("法定代表人或负责人姓名").fill("赵某某");
    page.getByLabel("法定代表人或负责人的职务（选填）").fill("执行董事");
    choose("单位所在区域", "襄阳高新技术产业开发区");
    screenshot("filing-02-respondent");
    assertAccessible("filing step 2");
    next();

    assertThat(page.getByText("第 3 步，共 7 步")).isVisible();
    // A start date in the future is named at its field before anything is saved.
    date("入职时间", LocalDate.now().plusDays(10));
    assertThat(page.getByText(Pattern.compile("入职时间不能晚于今天")).first()).isVisible();
    screenshot("filing-03-date-refused");
    date("入职时间", LocalDate.now().minusYears(1));
    page.getByLabel("岗位").fill("搬运工");
    page.getByLabel("月工资（元）").fill("4500");
    page.getByText("没签过", new Page.GetByTextOptions().setExact(true)).click();
    choose("工作地点所在区域", "襄阳高新技术产业开发区");
    page.getByLabel("具体工作地点").fill("高新区某某建材仓库");
    date("哪天知道自己的权益受到侵害", LocalDate.now().minusMonths(1));
    page.getByLabel("您的住址（经常居住地）").fill("襄阳市樊城区某某小区2栋");
    assertThat(page.getByText(Pattern.compile("根据您的身份证号：" + gender + "，\\d+ 岁")))
        .isVisible();
    screenshot("filing-03-employment");
    assertAccessible("filing step 3");
    next();

    assertThat(page.getByText("第 4 步，共 7 步")).isVisible();
    page.getByLabel("金额（元）").fill("13500");
    screenshot("filing-04-claims");
    next();

    assertThat(page.getByText("第 5 步，共 7 步")).isVisible();
    page.getByLabel("事实与理由").fill("我去年进厂当搬运工，每月工资4500元，最近三个月的工资单位一直没发，找老板要了几次都说再等等。");
    page.getByLabel("证据说明（选填）").fill("工资条、微信聊天记录；工友李某某可以作证。");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("添加一位证人"))
        .click();
    page.getByLabel("证人姓名").fill("李某某");
    page.getByLabel("证人住址").fill("襄阳市樊城区某某村5组");
    page.getByLabel("证人能证明什么").fill("申请人5月至7月在仓库上班");
    page.getByLabel("这份材料是什么（选填，先填再选文件）").fill("2026年6月工资条");
    page.getByLabel("这份材料从哪里来（选填）").fill("单位财务发的");
    page.getByLabel("这份材料能证明什么（选填）").fill("月工资4500元");
    // As a tap on the upload button does: the field is left, so its value reaches the server first.
    page.getByLabel("这份材料能证明什么（选填）").press("Tab");
    page.waitForTimeout(800);
    page.locator("vaadin-upload input[type=file]")
        .setInputFiles(
            new com.microsoft.playwright.options.FilePayload("slip.png", "image/png", PNG));
    assertThat(page.getByText(Pattern.compile("来源：单位财务发的"))).isVisible();
    page.locator("vaadin-upload input[type=file]")
        .setInputFiles(new com.microsoft.playwright.options.FilePayload(
            "note.txt",
            "text/plain",
            "not a scan".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(page.locator(".problem-alert")).isVisible();
    page.locator(".problem-alert").scrollIntoViewIfNeeded();
    screenshot("filing-05-facts-upload-refused");
    next();

    assertThat(page.getByText("第 6 步，共 7 步")).isVisible();
    assertThat(page.locator(".check").first()).isVisible();
    assertThat(page.getByText("依据：").first()).isVisible();
    screenshot("filing-06-checks");
    assertAccessible("filing checks");
    next();

    assertThat(page.getByText("第 7 步，共 7 步")).isVisible();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认提交申请"))
        .click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("申请已提交")))
        .isVisible();
    // the receipt's 申请编号 (issue 18): the 案号 is given when the commission accepts the case
    String applicationNumber =
        page.locator(".receipt .strong").first().textContent().strip();
    org.assertj.core.api.Assertions.assertThat(applicationNumber).matches("SQ\\d{9,}[0-9X]");
    assertThat(page.locator(".receipt")).containsText("受理后编立");
    assertThat(page.getByText("下载申请书（PDF）")).isVisible();
    screenshot("filing-07-receipt");
    assertAccessible("receipt");

    // The application PDF's text against what was typed (劳动争议调解仲裁法 第二十八条).
    String href = page.getByText("下载申请书（PDF）").getAttribute("href");
    com.microsoft.playwright.APIResponse pdf =
        page.request().get(URI.create(portal.frontendUrl + "/").resolve(href).toString());
    org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
    org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-disposition"))
        .contains(".pdf");
    String text = pdfText(pdf.body());
    org.assertj.core.api.Assertions.assertThat(text.replaceAll("\\s+", ""))
        .contains(
            "申请编号：" + applicationNumber,
            "姓名：刘春生",
            "性别：" + gender,
            "年龄：",
            "公民身份号码：" + idNumber,
            "职业：搬运工",
            "工作单位：襄阳某某建材有限公司",
            "住所：襄阳市樊城区某某小区2栋",
            "名称：襄阳某某建材有限公司",
            "住所：襄阳市高新区长虹路8号",
            "法定代表人（主要负责人）姓名：赵某某",
            "职务：执行董事",
            "金额13500.00元",
            "我去年进厂当搬运工，每月工资4500元，最近三个月的工资单位一直没发，找老板要了几次都说再等等。",
            "2026年6月工资条（文件：",
            "来源：单位财务发的",
            "证明内容：月工资4500元",
            "其他证据说明：工资条、微信聊天记录；工友李某某可以作证。",
            "姓名：李某某；住所：襄阳市樊城区某某村5组；证明内容：申请人5月至7月在仓库上班",
            LocalDate.now().getYear() + "年" + LocalDate.now().getMonthValue() + "月"
                + LocalDate.now().getDayOfMonth() + "日");
    for (String line : text.split("\\R")) {
      String l = line.strip();
      org.assertj.core.api.Assertions.assertThat(l.isEmpty() || !isPunctuation(l.codePointAt(0)))
          .as("line starts with punctuation: " + l)
          .isTrue();
    }

    // The commission: admin accepts (the worker chose 仲裁: straight to the tribunal) and schedules a
    // hearing a week ahead.
    signOut();
    signIn("admin", PortalUnderTest.ADMIN_PASSWORD);
    open("/staff/cases");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(applicationNumber))
        .click();
    assertThat(page.getByRole(
            AriaRole.HEADING,
            new Page.GetByRoleOptions().setName(applicationNumber).setLevel(1)))
        .isVisible();
    screenshot("staff-01-case");
    assertAccessible("staff case");
    act("受理");
    // acceptance (立案) gives the 案号: the page is now headed by it
    Locator numbered = page.getByRole(
        AriaRole.HEADING,
        new Page.GetByRoleOptions()
            .setName(Pattern.compile("劳人仲案字〔\\d{4}〕第\\d+号"))
            .setLevel(1));
    assertThat(numbered).isVisible();
    String caseNumber = numbered.textContent().strip();
    // the worker chose 仲裁 at step 1: acceptance puts the case before the tribunal, with no 转入仲裁
    // press
    assertThat(page.getByText("状态：仲裁审理中")).isVisible();
    assertThat(page.locator(".timeline").first().getByText("已受理，转入仲裁审理")).isVisible();
    assertThat(action("转入仲裁")).hasCount(0);
    assertThat(page.locator("section")
            .filter(new Locator.FilterOptions()
                .setHas(
                    page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("审计记录")))))
        .containsText("受理申请，转入仲裁审理");
    // 第三十条: the defence period waits for the recorded service; the clerk records the paper delivery
    // today.
    assertThat(page.locator(".deadline")
            .filter(new Locator.FilterOptions().setHasText("被申请人提交答辩书的期限")))
        .containsText("未送达");
    screenshot("staff-01b-accepted-not-served");
    act("记录送达");
    assertThat(page.locator(".deadline")
            .filter(new Locator.FilterOptions().setHasText("被申请人提交答辩书的期限")))
        .not()
        .containsText("未送达");
    assertThat(page.getByText(Pattern.compile("申请书副本已送达被申请人（书面送达")).first()).isVisible();
    screenshot("staff-01c-served");
    assertAccessible("staff case served");
    // the queue agrees: the case is among those before the tribunal, not among those accepted for
    // mediation
    open("/staff/cases");
    chooseQueue("仲裁审理中");
    assertThat(
            page.locator(".queue-row").filter(new Locator.FilterOptions().setHasText(caseNumber)))
        .containsText("状态：仲裁审理中");
    chooseQueue("已受理、调解中");
    assertThat(
            page.locator(".queue-row").filter(new Locator.FilterOptions().setHasText(caseNumber)))
        .hasCount(0);
    screenshot("staff-01d-queue-in-arbitration");
    chooseQueue("仲裁审理中");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseNumber))
        .click();
    openAction("安排开庭");
    page.getByLabel("仲裁庭").fill("第一仲裁庭");
    action("安排开庭").locator("vaadin-button").click();
    assertThat(page.getByText("状态：已排期开庭")).isVisible();
    screenshot("staff-02-hearing-scheduled");

    // The worker sees the hearing notice.
    signOut();
    signIn(phone, password);
    open("/my-cases");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseNumber))
        .click();
    // the place as the 开庭通知书 names it: the commission and the room (with its building when the room
    // is registered)
    assertThat(page.locator(".hearing").first()).containsText("地点：");
    assertThat(page.locator(".hearing").first()).containsText("第一仲裁庭");
    Locator notice =
        page.locator(".document").filter(new Locator.FilterOptions().setHasText("受理通知书"));
    notice.locator("vaadin-details-summary").click();
    assertThat(notice).containsText("受理，转入仲裁审理");
    screenshot("worker-01-case-with-hearing");
    assertAccessible("my case");
    open("/inbox");
    assertThat(page.getByText(Pattern.compile("开庭")).first()).isVisible();
    screenshot("worker-02-inbox");
    assertAccessible("inbox");
  }

  /** The smallest PNG header the backend recognises as a PNG. */
  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'
  };

  private static String pdfText(byte[] pdf) throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("application", ".pdf");
    java.nio.file.Files.write(file, pdf);
    Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
        .redirectErrorStream(true)
        .start();
    String text =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThat(p.waitFor()).as(text).isZero();
    java.nio.file.Files.deleteIfExists(file);
    return text;
  }

  private static boolean isPunctuation(int c) {
    return switch (Character.getType(c)) {
      case Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.CONNECTOR_PUNCTUATION -> true;
      default -> false;
    };
  }

  private void next() {
    page.getByRole(
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^(下一步|去提交)")))
        .click();
  }

  /** Opens a select by its button (the list of options carries the same name) and picks an option. */
  private void choose(String label, String option) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label)).click();
    page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).click();
  }

  private void date(String label, LocalDate date) {
    Locator field = page.getByLabel(label);
    field.fill(date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth());
    field.press("Enter");
  }

  /** Opens the action's section (a closed vaadin-details) and runs it with its button. */
  private void act(String name) {
    openAction(name);
    action(name).locator("vaadin-button").click();
  }

  private void openAction(String name) {
    action(name).locator("vaadin-details-summary").click();
  }

  /** The staff page's section for one action: a vaadin-details with the action's name as its summary. */
  private Locator action(String name) {
    return page.locator("vaadin-details.action")
        .filter(new Locator.FilterOptions()
            .setHas(page.locator(
                "vaadin-details-summary",
                new Page.LocatorOptions().setHasText(Pattern.compile("^\\s*" + name + "\\s*$")))));
  }

  /** As on a phone: the menu drawer is closed, so sign out from the "我的" page. */
  private void signOut() {
    open("/me");
    page.locator("vaadin-button.sign-out-button")
        .filter(new Locator.FilterOptions().setHasText("退出登录"))
        .click();
    page.waitForURL(Pattern.compile(".*/(login)?(\\?.*)?$"));
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

  /** A valid unified social credit code: 16 characters given, a random 17th, and the check character. */
  private static String creditCode(String first16) {
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    String first17 = first16 + alphabet.charAt((int) (System.nanoTime() % 10));
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
    }
    return first17 + alphabet.charAt((31 - sum % 31) % 31);
  }

  /**
   * Picks a queue in the staff queue's select. The option list is waited for before the click and until it
   * has closed after it: a second pick while the list of the first was still closing found its option
   * "not stable", then "not visible", and timed out.
   */
  private void chooseQueue(String queue) {
    Locator option = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(queue));
    page.locator("vaadin-select").click();
    option.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    option.click();
    option.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
  }
}
