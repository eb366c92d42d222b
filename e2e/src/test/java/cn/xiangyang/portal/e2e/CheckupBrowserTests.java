package cn.xiangyang.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An employer takes the 用工体检 on a phone, step by step, saves it, reads the report (chart, findings,
 * exposure), opens the PDF (its text read back with pdftotext) and requests training on its weak areas;
 * staff see the request, schedule it, and find the enterprise's shared score in the registry.
 */
class CheckupBrowserTests extends BrowserTest {

  /** Answers that differ from "是": the rest of the yes/no questions are answered 是. */
  private static final Map<String, String> ANSWERS = Map.ofEntries(
      Map.entry("profile.headcount", "50"),
      Map.entry("profile.average-wage", "5000"),
      Map.entry("profile.area", "樊城区"),
      Map.entry("profile.uses-dispatch", "否"),
      Map.entry("profile.plans-layoff", "否"),
      Map.entry("profile.has-non-compete", "否"),
      Map.entry("contracts.all-written", "否"),
      Map.entry("contracts.unwritten-count", "2"),
      Map.entry("contracts.unwritten-months", "5"),
      Map.entry("contracts.deposit-or-documents", "否"),
      Map.entry("probation.separate-contract", "否"),
      Map.entry("wages.below-minimum", "否"),
      Map.entry("social.waiver", "否"),
      Map.entry("women.pregnancy-dismissal", "否"),
      Map.entry("women.marriage-clause", "否"),
      Map.entry("minors.under-16", "否"),
      Map.entry("rules.published", "否"));

  @Test
  void employerTakesTheCheckupOnAPhoneGetsThePdfAndRequestsTrainingStaffSeeIt() throws Exception {
    String code = creditCode("91420600MA4C1K2P");
    String company = "襄阳体检演示机械有限公司";
    // Only a verified employer account keeps check-ups and requests training in the company's name.
    String phone = "1361234" + String.format("%04d", (int) (System.nanoTime() % 10000));
    Employers.registerVerified(portal, company, code, phone, "hr2026pass");
    signIn(phone, "hr2026pass");

    open("/checkup");
    // The first visit loads the questionnaire from the backend; on a busy machine that can take a
    // while.
    assertThat(page.getByText(Pattern.compile("第 1 步，共 \\d+ 步")))
        .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
            .setTimeout(60_000));
    screenshot("checkup-01-profile");
    assertAccessible("checkup step 1");
    int steps = 0;
    while (true) {
      answerStep();
      steps++;
      if (steps == 2) {
        screenshot("checkup-02-contracts-branching");
        assertAccessible("checkup contracts");
      }
      Locator finish =
          page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查看体检结果"));
      if (finish.isVisible()) {
        break;
      }
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下一步"))
          .click();
      // the next step's questions replace this step's: wait for them before answering
      assertThat(page.getByText(Pattern.compile("第 " + (steps + 1) + " 步，共 \\d+ 步")))
          .isVisible();
      org.assertj.core.api.Assertions.assertThat(steps).isLessThan(20);
    }
    // dispatch, layoffs and non-compete are skipped: 14 areas less 3
    org.assertj.core.api.Assertions.assertThat(steps).isEqualTo(11);
    page.getByText("同意向服务本单位的劳动人事争议仲裁委员会展示体检得分").click();
    screenshot("checkup-03-last-step");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查看体检结果"))
        .click();

    page.waitForURL(Pattern.compile(".*/checkups/[0-9a-f-]{36}$"));
    assertThat(page.getByText("总体得分")).isVisible();
    screenshot("checkup-04-report");
    assertThat(page.getByRole(
            AriaRole.HEADING, new Page.GetByRoleOptions().setName("有职工入职超过一个月未签订书面劳动合同")))
        .isVisible();
    assertThat(page.locator(".exposure .amount").first()).hasText("40000.00 元");
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("规章制度未向职工公示")))
        .isVisible();
    assertThat(page.locator("img.risk-chart")).isVisible();
    org.assertj.core.api.Assertions.assertThat(
            (Integer) page.locator("img.risk-chart").evaluate("i => i.naturalWidth"))
        .isGreaterThan(100);
    screenshot("checkup-04-report");
    assertAccessible("checkup report");

    // The PDF, fetched as the browser would (same session), its text read back.
    String href = page.getByText("下载体检报告（PDF）").getAttribute("href");
    APIResponse pdf =
        page.request().get(URI.create(portal.frontendUrl + "/").resolve(href).toString());
    org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
    org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type"))
        .contains("application/pdf");
    String text = pdfText(pdf.body());
    org.assertj.core.api.Assertions.assertThat(text)
        .contains(
            "用工体检报告", company, "总体得分", "有职工入职超过一个月未签订书面劳动合同", "劳动合同法", "40000.00", "规章制度未向职工公示");

    // Training on the weak areas, topics pre-filled from the report.
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("申请专题培训")).click();
    page.waitForURL(Pattern.compile(".*/checkup/training.*"));
    assertThat(page.locator("vaadin-checkbox[checked]")
            .filter(new Locator.FilterOptions().setHasText("劳动合同")))
        .isVisible();
    assertAccessible("training request");
    page.getByLabel("参加人数").fill("20");
    LocalDate day = LocalDate.now().plusDays(10);
    Locator date = page.getByLabel("希望的培训日期");
    date.fill(day.getYear() + "/" + day.getMonthValue() + "/" + day.getDayOfMonth());
    date.press("Enter");
    date.press("Escape");
    page.getByLabel("联系人").fill("张经理");
    page.getByLabel("联系电话").fill("13900002222");
    screenshot("checkup-05-training");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交培训申请"))
        .click();
    assertThat(page.getByText("培训申请已提交")).isVisible();
    screenshot("checkup-06-training-sent");

    // Staff: the request, scheduled; the enterprise in the registry with its shared score.
    signOut();
    signIn("admin", PortalUnderTest.ADMIN_PASSWORD);
    open("/staff/trainings");
    Locator card =
        page.locator(".card.training").filter(new Locator.FilterOptions().setHasText(company));
    assertThat(card).isVisible();
    assertThat(card.getByText("状态：待安排")).isVisible();
    card.getByLabel("培训地点").fill("市仲裁院三楼培训室");
    card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("安排培训"))
        .click();
    assertThat(page.locator(".card.training")
            .filter(new Locator.FilterOptions().setHasText(company))
            .getByText("状态：已安排"))
        .isVisible();
    screenshot("staff-trainings");
    assertAccessible("staff trainings");

    open("/staff/enterprises");
    page.getByText("新增服务企业").click();
    page.getByLabel("统一社会信用代码").fill(code);
    page.getByLabel("企业名称").fill(company);
    page.getByLabel("联系仲裁员/调解员").fill("李仲裁员");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("加入名册")).click();
    Locator enterprise =
        page.locator(".card.enterprise").filter(new Locator.FilterOptions().setHasText(company));
    assertThat(enterprise).isVisible();
    assertThat(enterprise.getByText(Pattern.compile("体检得分：\\d{4}-\\d{2}-\\d{2} \\d+ 分")))
        .isVisible();
    assertThat(enterprise.getByText("联系仲裁员：李仲裁员")).isVisible();
    screenshot("staff-enterprises");
    assertAccessible("staff enterprises");
  }

  /** Answers every question shown on the step; a follow-up that appears after an answer is answered too. */
  private void answerStep() {
    Set<String> done = new HashSet<>();
    while (true) {
      List<String> ids =
          page.locator("[data-question]").evaluateAll("els => els.map(e => e.dataset.question)")
                  instanceof List<?> l
              ? l.stream().map(Object::toString).toList()
              : List.of();
      String next = ids.stream().filter(id -> !done.contains(id)).findFirst().orElse(null);
      if (next == null) {
        return;
      }
      done.add(next);
      Locator q = page.locator("[data-question='" + next + "']");
      String answer = ANSWERS.getOrDefault(next, "是");
      String tag = q.evaluate("e => e.firstElementChild.tagName.toLowerCase()").toString();
      if (tag.equals("vaadin-radio-group")) {
        q.locator("vaadin-radio-button")
            .filter(
                new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + answer + "\\s*$")))
            .click();
      } else if (tag.equals("vaadin-select")) {
        // As in the filing test: open the select by its button (named by the label), then pick the
        // option.
        String label = q.locator("vaadin-select label").first().textContent().strip();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label))
            .click();
        page.getByRole(
                AriaRole.OPTION, new Page.GetByRoleOptions().setName(answer).setExact(true))
            .click();
      } else {
        Locator input = q.locator(tag + " input").first();
        try {
          input.fill(answer);
        } catch (com.microsoft.playwright.TimeoutError e) {
          screenshot("checkup-failed-" + next);
          throw new AssertionError(
              "cannot fill " + next + " (" + tag + "): "
                  + q.innerHTML().substring(0, Math.min(600, q.innerHTML().length())),
              e);
        }
        input.press("Tab");
      }
      page.waitForTimeout(150);
    }
  }

  private static String pdfText(byte[] pdf) throws Exception {
    Path file = Files.createTempFile("checkup", ".pdf");
    Files.write(file, pdf);
    Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
        .redirectErrorStream(true)
        .start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThat(p.waitFor()).as(text).isZero();
    Files.deleteIfExists(file);
    return text.replaceAll("\\s+", "");
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
}
