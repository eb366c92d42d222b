package cn.xiangyang.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The case from both sides (issue 14) on a phone: staff read the application and open its evidence and
 * PDF before accepting; the employer reads the whole application and answers it claim by claim with its
 * own evidence; the worker sees the answer claim by claim, adds evidence and withdraws knowing what it means.
 */
class BothSidesBrowserTests extends BrowserTest {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void staffReadEvidenceBeforeAcceptingEmployerAnswersClaimByClaimWorkerAddsEvidenceAndWithdraws()
      throws Exception {
    long n = System.nanoTime();
    String workerPhone = "1351234" + String.format("%04d", (int) (n % 10000));
    String first17 = "42060219930721" + String.format("%03d", (int) ((n / 7) % 1000));
    registerWorker("冯双方", workerPhone, first17 + idCheck(first17), "feng2026pass");
    String creditCode = creditCode("91420600MA4H9J3");
    String employerPhone = "1341234" + String.format("%04d", (int) ((n / 13) % 10000));
    Employers.registerVerified(portal, "襄阳双方答辩制造有限公司", creditCode, employerPhone, "hr2026pass");
    String caseId = file(token(workerPhone, "feng2026pass"), creditCode);

    // The employer consents to electronic service in 我的消息 before anything is served; the worker
    // does not.
    signIn(employerPhone, "hr2026pass");
    open("/inbox");
    page.getByText("同意通过本平台接收文书（电子送达）").click();
    assertThat(page.getByText("您已同意电子送达。")).isVisible();
    signOut();

    // Staff: the application with the employment facts, its evidence opened in place and the PDF,
    // before accepting.
    signIn("admin", PortalUnderTest.ADMIN_PASSWORD);
    open("/staff/cases/" + caseId);
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("申请书内容")))
        .isVisible();
    Locator facts = page.locator(".case-facts");
    assertThat(facts).containsText("入职时间");
    assertThat(facts).containsText("月工资");
    assertThat(facts).containsText("5000.00 元");
    assertThat(facts).containsText("工作地点");
    assertThat(facts).containsText("书面劳动合同");
    assertThat(facts).containsText("没有签订");
    assertThat(facts).containsText("法定代表人（主要负责人）");
    assertThat(facts).containsText("未签书面劳动合同的二倍工资，30000.00 元");
    assertThat(page.getByText("下载申请书（PDF）")).isVisible();
    // the PDF as the staff page links it: the commission's copy, with the full ID number and the
    // application number in its name
    com.microsoft.playwright.APIResponse pdf = page.request()
        .get(URI.create(portal.frontendUrl + "/")
            .resolve(page.getByText("下载申请书（PDF）").getAttribute("href"))
            .toString());
    org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
    org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type"))
        .startsWith("application/pdf");
    org.assertj.core.api.Assertions.assertThat(java.net.URLDecoder.decode(
            pdf.headers().get("content-disposition"), StandardCharsets.UTF_8))
        // not yet accepted: named by its 申请编号 (the 案号 comes with acceptance)
        .contains("仲裁申请书-SQ");
    String pdfText = pdfText(pdf.body()).replaceAll("\\s+", "");
    org.assertj.core.api.Assertions.assertThat(pdfText)
        .contains("姓名：冯双方", "公民身份号码：" + first17 + idCheck(first17), "被申请人", "襄阳双方答辩制造有限公司");
    page.locator("vaadin-details.evidence-item vaadin-details-summary").first().click();
    Locator image = page.locator("img.evidence-image").first();
    assertThat(image).isVisible();
    page.waitForCondition(
        () -> (Boolean) image.evaluate("img => img.complete && img.naturalWidth > 0"));
    screenshot("both-01-staff-reads-evidence");
    assertAccessible("staff case with evidence open");
    act("受理");
    // the worker asked for 仲裁: straight to the tribunal
    assertThat(page.getByText("状态：仲裁审理中")).isVisible();
    Locator audit = page.locator("section")
        .filter(new Locator.FilterOptions()
            .setHas(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("审计记录"))));
    assertThat(audit).containsText("受理申请，转入仲裁审理");
    assertThat(audit).containsText("冯双方（申请人）");
    assertThat(audit).not().containsText("case.accepted");
    screenshot("both-02-staff-accepted-audit");
    // 送达 of each document on each addressee; the worker did not consent, so staff record the paper
    // copy's receipt.
    Locator notice =
        page.locator(".document").filter(new Locator.FilterOptions().setHasText("受理通知书"));
    notice.locator("vaadin-details-summary").first().click();
    assertThat(notice.locator(".service")).containsText("申请人：尚未送达");
    Locator copy =
        page.locator(".document").filter(new Locator.FilterOptions().setHasText("仲裁申请书副本及应诉通知书"));
    copy.locator("vaadin-details-summary").first().click();
    assertThat(copy.locator(".service")).containsText("被申请人：尚未送达");
    assertThat(copy.locator(".service")).hasCount(1);
    notice
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("记录申请人书面送达"))
        .click();
    assertThat(page.locator(".timeline").first()).containsText("《受理通知书》已书面送达申请人");
    // the page is drawn anew: open the notice again
    notice = page.locator(".document").filter(new Locator.FilterOptions().setHasText("受理通知书"));
    notice.locator("vaadin-details-summary").first().click();
    assertThat(notice.locator(".service")).containsText("申请人：已书面送达（签收日期 " + today() + "）");
    assertThat(notice.locator(".service")).isVisible();
    notice.scrollIntoViewIfNeeded();
    screenshot("both-02b-staff-paper-service-recorded");
    assertAccessible("staff documents with service");

    // The employer: the whole application, then an answer to each claim and its own evidence.
    signOut();
    signIn(employerPhone, "hr2026pass");
    open("/my-cases/" + caseId);
    assertThat(page.locator(".case-facts")).containsText("被申请人拖欠申请人两个月工资");
    assertThat(page.locator(".case-facts")).containsText("拖欠工资，10000.00 元");
    assertThat(page.locator(".case-facts .evidence-item").first()).containsText("工资条");
    assertThat(page.locator(".document")
            .filter(new Locator.FilterOptions().setHasText("仲裁申请书副本及应诉通知书")))
        .isVisible();
    assertThat(page.locator(".document").filter(new Locator.FilterOptions().setHasText("受理通知书")))
        .hasCount(0);
    Locator served =
        page.locator(".document").filter(new Locator.FilterOptions().setHasText("仲裁申请书副本及应诉通知书"));
    served.locator("vaadin-details-summary").first().click();
    assertThat(served.locator(".service")).containsText("尚未送达");
    // 电子送达: opening the copy in 我的消息 is the service; the case page then says when, and the defence
    // period from it
    open("/inbox");
    Locator message =
        page.locator(".message").filter(new Locator.FilterOptions().setHasText("仲裁申请书副本及应诉通知书"));
    message
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("打开查看"))
        .click();
    assertThat(page.locator(".message")
            .filter(new Locator.FilterOptions().setHasText("仲裁申请书副本及应诉通知书"))
            .locator(".service"))
        .containsText("已电子送达");
    open("/my-cases/" + caseId);
    served =
        page.locator(".document").filter(new Locator.FilterOptions().setHasText("仲裁申请书副本及应诉通知书"));
    served.locator("vaadin-details-summary").first().click();
    assertThat(served.locator(".service")).containsText("已电子送达：您于 " + today());
    assertThat(served.locator(".service")).containsText("答辩期自 " + today() + " 起计算");
    served.scrollIntoViewIfNeeded();
    screenshot("both-02c-employer-copy-served-electronically");
    assertAccessible("employer case served electronically");
    served.locator("vaadin-details-summary").first().click();
    Locator first = page.locator(".claim-answer-form").nth(0);
    first.getByText("部分同意", new Locator.GetByTextOptions().setExact(true)).click();
    page.getByLabel("第 1 项的理由和证据").fill("9 月工资 5000 元已于 10 月 15 日转账支付，有银行流水为证");
    page.getByLabel("第 1 项有异议的金额（元）").fill("5000");
    Locator second = page.locator(".claim-answer-form").nth(1);
    second.getByText("不同意", new Locator.GetByTextOptions().setExact(true)).click();
    page.getByLabel("第 2 项的理由和证据").fill("已签订书面劳动合同，合同原件在公司");
    screenshot("both-03-employer-answers");
    assertAccessible("employer answer form");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交答辩").setExact(true))
        .click();
    Locator answer = page.locator(".defences").first();
    assertThat(answer).containsText("第1项（支付拖欠的工资 10000.00 元）：部分同意，对 5000.00 元有异议");
    assertThat(answer).containsText("第2项（支付未签订书面劳动合同的二倍工资差额 30000.00 元）：不同意");
    page.getByLabel("这份证据是什么").fill("劳动合同");
    page.getByLabel("能证明什么（选填）").fill("双方签订了书面劳动合同");
    page.getByLabel("能证明什么（选填）").press("Tab");
    page.waitForTimeout(800);
    page.locator(".evidence-upload vaadin-upload input[type=file]")
        .setInputFiles(new FilePayload("contract.png", "image/png", png()));
    assertThat(page.getByText(Pattern.compile("已提交证据：contract.png"))).isVisible();
    assertThat(page.locator(".case-facts .evidence-item")
            .filter(new Locator.FilterOptions().setHasText("劳动合同（被申请人提交）")))
        .isVisible();
    screenshot("both-04-employer-answered");
    assertAccessible("employer answered");

    // The worker: the answer claim by claim, 补充证据, then 撤回 with its consequence.
    signOut();
    signIn(workerPhone, "feng2026pass");
    open("/my-cases/" + caseId);
    assertThat(page.locator(".defences").first()).containsText("部分同意，对 5000.00 元有异议");
    assertThat(page.locator(".document")
            .filter(new Locator.FilterOptions().setHasText("仲裁申请书副本及应诉通知书")))
        .hasCount(0);
    Locator mine =
        page.locator(".document").filter(new Locator.FilterOptions().setHasText("受理通知书"));
    mine.locator("vaadin-details-summary").first().click();
    assertThat(mine.locator(".service")).containsText("已书面送达：仲裁委员会记录的签收日期为 " + today());
    screenshot("both-04b-worker-document-served-on-paper");
    mine.locator("vaadin-details-summary").first().click();
    page.getByLabel("这份证据是什么").fill("2026年9月考勤表");
    page.getByLabel("能证明什么（选填）").fill("9 月全勤");
    page.getByLabel("能证明什么（选填）").press("Tab");
    page.waitForTimeout(800);
    page.locator(".evidence-upload vaadin-upload input[type=file]")
        .setInputFiles(new FilePayload("attendance.png", "image/png", png()));
    assertThat(page.getByText(Pattern.compile("已提交证据：attendance.png"))).isVisible();
    assertThat(page.locator(".case-facts .evidence-item")
            .filter(new Locator.FilterOptions().setHasText("2026年9月考勤表（申请人提交）")))
        .isVisible();
    screenshot("both-05-worker-sees-answer-adds-evidence");
    assertAccessible("worker case");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("撤回申请…"))
        .click();
    assertThat(page.locator(".withdrawal-consequence")).containsText("仲裁时效");
    assertThat(page.locator(".withdrawal-consequence")).containsText("第二十七条");
    page.getByLabel("撤回的理由（选填）").fill("已与单位和解");
    screenshot("both-06-worker-withdrawal-consequence");
    assertAccessible("withdrawal confirmation");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认撤回")).click();
    assertThat(page.getByText("状态：已撤回")).isVisible();
    assertThat(page.locator(".document").filter(new Locator.FilterOptions().setHasText("撤回仲裁申请通知")))
        .isVisible();
    screenshot("both-07-worker-withdrawn");
  }

  private static String pdfText(byte[] pdf) throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("staff-copy", ".pdf");
    java.nio.file.Files.write(file, pdf);
    Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
        .redirectErrorStream(true)
        .start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThat(p.waitFor()).as(text).isZero();
    java.nio.file.Files.deleteIfExists(file);
    return text;
  }

  /** Today as the pages write it: 2026年12月7日. */
  private static String today() {
    java.time.LocalDate d = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /** A real (tiny) PNG picture, so the page can show it. */
  private static byte[] png() throws Exception {
    BufferedImage image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, 120, 60);
    g.setColor(java.awt.Color.DARK_GRAY);
    g.fillRect(10, 20, 100, 8);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** The worker's application with two claims and a payslip, submitted through the API. */
  /**
   * 劳动人事争议仲裁办案规则 第三十六条、第四十六条第四项 on the staff page: a counter-application received
   * after the day it is accepted is refused at its field; one received in the defence period is merged,
   * the award period is counted anew, the audit trail says why, and the worker's page shows the new day.
   */
  @Test
  void staffMergeACounterApplicationAndTheAwardPeriodIsCountedAnewOnBothPages() throws Exception {
    long n = System.nanoTime();
    String workerPhone = "1361234" + String.format("%04d", (int) (n % 10000));
    String first17 = "42060219900315" + String.format("%03d", (int) ((n / 7) % 1000));
    registerWorker("邵反申", workerPhone, first17 + idCheck(first17), "shao2026pass");
    String caseId = file(token(workerPhone, "shao2026pass"), creditCode("91420600MA4H9K4"));
    java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
    LocalDate today = LocalDate.now(zone);

    signIn("admin", PortalUnderTest.ADMIN_PASSWORD);
    open("/staff/cases/" + caseId);
    act("受理");
    // 已受理, or 仲裁审理中 where an arbitration application goes straight to the tribunal on acceptance.
    assertThat(page.getByText(Pattern.compile("^状态：(已受理|仲裁审理中)$"))).isVisible();
    act("记录送达");
    assertThat(page.locator(".timeline").first()).containsText("申请书副本已送达被申请人");

    Locator counter = actionForm("受理反申请并合并处理");
    Locator received = counter.getByLabel("收到反申请的日期");
    received.fill(chinesePicker(today.plusDays(1)));
    received.press("Enter");
    page.keyboard().press("Escape");
    counter.getByLabel("理由或依据").fill("被申请人请求申请人返还培训费 3000 元，与本案合并处理");
    counter.locator("vaadin-button").click();
    assertThat(counter.locator("vaadin-date-picker[invalid]")).hasCount(1);
    assertThat(counter).containsText("收到反申请的日期不能晚于受理反申请的日期");
    screenshot("both-08-staff-counter-application-refused-at-field");
    assertAccessible("counter-application refused at its field");

    received.fill(chinesePicker(today));
    received.press("Enter");
    page.keyboard().press("Escape");
    counter.locator("vaadin-button").click();
    Locator audit = page.locator("section")
        .filter(new Locator.FilterOptions()
            .setHas(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("审计记录"))));
    String day = today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日";
    assertThat(audit).containsText("受理反申请并合并处理：因反申请，审理期限自" + day + "重新计算（办案规则第四十六条第四项）");
    Matcher due = Pattern.compile("裁决期限至(\\d{4}年\\d{1,2}月\\d{1,2}日)").matcher(audit.innerText());
    org.assertj.core.api.Assertions.assertThat(due.find()).as(audit.innerText()).isTrue();
    assertThat(page.locator(".deadlines")).containsText("截止：" + due.group(1));
    audit.scrollIntoViewIfNeeded();
    screenshot("both-09-staff-counter-application-merged");
    assertAccessible("award period counted anew");

    signOut();
    signIn(workerPhone, "shao2026pass");
    open("/my-cases/" + caseId);
    Locator award =
        page.locator(".deadline").filter(new Locator.FilterOptions().setHasText("仲裁裁决期限"));
    assertThat(award).containsText("截止：" + due.group(1));
    award.locator("vaadin-details-summary").click();
    assertThat(award).containsText("受理反申请之日");
    assertThat(page.locator(".document").filter(new Locator.FilterOptions().setHasText("仲裁期限通知书")))
        .hasCount(1);
    screenshot("both-10-worker-sees-award-period-counted-anew");
    assertAccessible("worker's case with the new award deadline");
  }

  /**
   * The hearing's place (劳动争议调解仲裁法 第三十五条): staff register a room's building and floor on the hearings
   * page (a bad address refused at the field in Chinese) and correct it; the 开庭通知书 both parties read, on the
   * page and as a PDF, names that building, floor and room, what to bring and whom to call. The address is
   * made-up test data; the commission has no recorded phone, so the notices give the 12333 line.
   */
  @Test
  void bothPartiesSeeTheHearingRoomsAddressInTheHearingNotice() throws Exception {
    long n = System.nanoTime();
    String workerPhone = "1361234" + String.format("%04d", (int) (n % 10000));
    String first17 = "42060219900312" + String.format("%03d", (int) ((n / 7) % 1000));
    registerWorker("庞开庭", workerPhone, first17 + idCheck(first17), "pang2026pass");
    String creditCode = creditCode("91420600MA4H9K4");
    String employerPhone = "1371234" + String.format("%04d", (int) ((n / 13) % 10000));
    Employers.registerVerified(portal, "襄阳双方答辩制造有限公司", creditCode, employerPhone, "hr2026pass");
    String caseId = file(token(workerPhone, "pang2026pass"), creditCode);
    String admin = token("admin", PortalUnderTest.ADMIN_PASSWORD);

    // Staff register the room on the hearings page: a bad address first, refused at the field.
    signIn("admin", PortalUnderTest.ADMIN_PASSWORD);
    open("/staff/hearings");
    Locator rooms = page.locator(".rooms");
    rooms
        .locator("vaadin-details-summary")
        .filter(new Locator.FilterOptions().setHasText("添加审判庭"))
        .click();
    rooms.getByLabel("名称").fill("第五仲裁庭");
    rooms.getByLabel("地址", new Locator.GetByLabelOptions().setExact(true)).fill("No.5");
    rooms.getByLabel("楼层", new Locator.GetByLabelOptions().setExact(true)).fill("五楼");
    rooms
        .locator("vaadin-button")
        .filter(new Locator.FilterOptions().setHasText("添加审判庭"))
        .click();
    assertThat(rooms.locator("vaadin-text-field[invalid]")).hasCount(1);
    assertThat(rooms.locator("vaadin-text-field[invalid]")).containsText("中文地址");
    // A message of three lines at 390 px must push the next field down, not run out of its box
    // under the next field's label (Lumo caps the message part's height for its slide-in).
    page.waitForTimeout(500); // the message's slide-in (max-height transition, 0.4 s)
    var overflow = (java.util.List<?>) rooms
        .locator("vaadin-text-field[invalid]")
        .evaluate("f => { const m = f.shadowRoot.querySelector('[part=error-message]');"
            + " return [m.scrollHeight, m.clientHeight]; }");
    double contentHeight = ((Number) overflow.get(0)).doubleValue();
    double boxHeight = ((Number) overflow.get(1)).doubleValue();
    org.assertj.core.api.Assertions.assertThat(contentHeight)
        .as("the address error's text height against its box")
        .isLessThanOrEqualTo(boxHeight + 1);
    screenshot("place-01-staff-room-refused");
    rooms.getByLabel("地址", new Locator.GetByLabelOptions().setExact(true)).fill("襄阳市测试大道 5 号仲裁楼");
    rooms
        .locator("vaadin-button")
        .filter(new Locator.FilterOptions().setHasText("添加审判庭"))
        .click();
    assertThat(page.locator(".rooms")).containsText("第五仲裁庭：襄阳市测试大道 5 号仲裁楼 五楼");
    // and correct its floor and room afterwards
    Locator editor = page.locator("vaadin-details.room-address")
        .filter(new Locator.FilterOptions().setHasText("修改第五仲裁庭的地址"));
    editor.locator("vaadin-details-summary").click();
    editor.getByLabel("楼层和房间").fill("五楼 501 室");
    editor
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存地址"))
        .click();
    assertThat(page.locator(".rooms")).containsText("第五仲裁庭：襄阳市测试大道 5 号仲裁楼 五楼 501 室");
    screenshot("place-02-staff-room-saved");
    assertAccessible("staff hearing rooms");
    signOut();

    HttpResponse<String> accepted = HTTP.send(
        post("/api/v1/staff/cases/" + caseId + "/accept", admin, "{}"),
        HttpResponse.BodyHandlers.ofString());
    org.assertj.core.api.Assertions.assertThat(accepted.statusCode())
        .as(accepted.body())
        .isEqualTo(200);
    String startsAt = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
        .plusDays(21)
        .atTime(9, 30)
        .atZone(java.time.ZoneId.of("Asia/Shanghai"))
        .toInstant()
        .toString();
    HttpResponse<String> scheduled = HTTP.send(
        post(
            "/api/v1/staff/cases/" + caseId + "/hearings",
            admin,
            "{\"room\":\"第五仲裁庭\",\"startsAt\":\"" + startsAt + "\"}"),
        HttpResponse.BodyHandlers.ofString());
    org.assertj.core.api.Assertions.assertThat(scheduled.statusCode())
        .as(scheduled.body())
        .isEqualTo(200);

    String[][] parties = {
      {workerPhone, "pang2026pass", "worker"}, {employerPhone, "hr2026pass", "employer"}
    };
    for (String[] party : parties) {
      signIn(party[0], party[1]);
      open("/my-cases/" + caseId);
      assertThat(page.locator(".hearing")).containsText("襄阳市测试大道 5 号仲裁楼 五楼 501 室 第五仲裁庭");
      // the 应诉通知书 mentions the hearing notice too: pick the document by its title
      Locator notice = page.locator(".document")
          .filter(new Locator.FilterOptions()
              .setHas(page.locator(
                  "vaadin-details-summary",
                  new Page.LocatorOptions().setHasText(Pattern.compile("^\\s*开庭通知书")))));
      assertThat(notice).hasCount(1);
      notice.locator("vaadin-details-summary").first().click();
      assertThat(notice).containsText("开庭地点：");
      assertThat(notice).containsText("襄阳市测试大道 5 号仲裁楼 五楼 501 室 第五仲裁庭");
      assertThat(notice).containsText("到庭时请携带");
      assertThat(notice).containsText("12333");
      Locator link = notice.getByText("下载开庭通知书（PDF）");
      assertThat(link).isVisible();
      com.microsoft.playwright.APIResponse pdf = page.request()
          .get(URI.create(portal.frontendUrl + "/")
              .resolve(link.getAttribute("href"))
              .toString());
      org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
      org.assertj.core.api.Assertions.assertThat(pdfText(pdf.body()).replaceAll("\\s+", ""))
          .contains("开庭通知书", "襄阳市测试大道5号仲裁楼五楼501室第五仲裁庭", "12333");
      notice.scrollIntoViewIfNeeded();
      screenshot("place-03-" + party[2] + "-hearing-notice");
      assertAccessible(party[2] + "'s case with the hearing notice open");
      signOut();
    }
  }

  /** Opens the staff action's section (a closed vaadin-details) and returns it, to fill its fields. */
  private Locator actionForm(String name) {
    Locator action = page.locator("vaadin-details.action")
        .filter(new Locator.FilterOptions()
            .setHas(page.locator(
                "vaadin-details-summary",
                new Page.LocatorOptions().setHasText(Pattern.compile("^\\s*" + name + "\\s*$")))));
    action.locator("vaadin-details-summary").click();
    return action;
  }

  private static String chinesePicker(LocalDate d) {
    return d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
  }

  private static String file(String worker, String creditCode) throws Exception {
    LocalDate start = LocalDate.now().minusYears(1);
    String body = """
        {"procedure":"ARBITRATION",
         "applicant":{"address":"襄阳市樊城区人民路 3 号","gender":"MALE","occupation":"装配工"},
         "respondents":[{"name":"襄阳双方答辩制造有限公司","creditCode":"%s","address":"襄阳市高新区长虹路 18 号",
           "legalRepresentative":"钱某","legalRepresentativeTitle":"总经理","areaCode":"gaoxin"}],
         "employment":{"startDate":"%s","stillEmployed":true,"job":"装配工","monthlyWage":"5000.00","writtenContract":false,
           "workAreaCode":"gaoxin","workplace":"高新区总装车间"},
         "claims":[{"type":"UNPAID_WAGES","amount":"10000.00","periodFrom":"%s","periodTo":"%s"},
                   {"type":"DOUBLE_WAGES_NO_CONTRACT","amount":"30000.00","periodFrom":"%s","periodTo":"%s"}],
         "factsAndReasons":"被申请人拖欠申请人两个月工资，且入职后一直未签订书面劳动合同。","evidenceNotes":"工资条","migrantWorker":false,
         "knewOn":"%s"}
        """.formatted(
            creditCode,
            start,
            LocalDate.now().minusMonths(3).withDayOfMonth(1),
            LocalDate.now().minusMonths(1).withDayOfMonth(1).minusDays(1),
            start.plusMonths(1),
            start.plusMonths(7),
            LocalDate.now().minusMonths(1));
    HttpResponse<String> draft =
        HTTP.send(post("/api/v1/filings", worker, body), HttpResponse.BodyHandlers.ofString());
    org.assertj.core.api.Assertions.assertThat(draft.statusCode())
        .as(draft.body())
        .isEqualTo(201);
    Matcher id = ID.matcher(draft.body());
    org.assertj.core.api.Assertions.assertThat(id.find()).isTrue();
    String caseId = id.group(1);
    String boundary = "----portal-" + UUID.randomUUID();
    ByteArrayOutputStream multipart = new ByteArrayOutputStream();
    multipart.write(
        ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n工资条\r\n"
                + "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"slip.png\"\r\nContent-Type: image/png\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    multipart.write(png());
    multipart.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> upload = HTTP.send(
        HttpRequest.newBuilder(
                URI.create(portal.backendUrl + "/api/v1/filings/" + caseId + "/evidence"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + worker)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    org.assertj.core.api.Assertions.assertThat(upload.statusCode())
        .as(upload.body())
        .isEqualTo(201);
    HttpResponse<String> submit = HTTP.send(
        post("/api/v1/filings/" + caseId + "/submit", worker, null),
        HttpResponse.BodyHandlers.ofString());
    org.assertj.core.api.Assertions.assertThat(submit.statusCode())
        .as(submit.body())
        .isEqualTo(200);
    return caseId;
  }

  private static HttpRequest post(String path, String token, String json) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(portal.backendUrl + path))
        .timeout(Duration.ofSeconds(60))
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

  /** Opens the staff action's section (a closed vaadin-details) and runs it with its button. */
  private void act(String name) {
    Locator action = page.locator("vaadin-details.action")
        .filter(new Locator.FilterOptions()
            .setHas(page.locator(
                "vaadin-details-summary",
                new Page.LocatorOptions().setHasText(Pattern.compile("^\\s*" + name + "\\s*$")))));
    action.locator("vaadin-details-summary").click();
    action.locator("vaadin-button").click();
  }

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
