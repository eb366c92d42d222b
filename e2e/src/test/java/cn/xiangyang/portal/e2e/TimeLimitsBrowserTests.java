package cn.xiangyang.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A worker on a phone counts a procedural deadline over New Year and checks the limitation of a dismissal. */
class TimeLimitsBrowserTests extends BrowserTest {

  @BeforeAll
  static void patientAssertions() {
    PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
  }

  @AfterAll
  static void defaultAssertions() {
    PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
  }

  @Test
  void deadlineOverNewYearSkipsTheHolidayAndWarnsThatTheYearIsNotPublished() {
    open("/calculators/deadlines");
    assertThat(page.getByRole(
            AriaRole.HEADING, new Page.GetByRoleOptions().setName("程序期限计算").setLevel(1)))
        .isVisible();
    assertAccessible("deadline calculator");
    date("仲裁委员会收到申请的日期", LocalDate.of(2026, 12, 28));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("计算").setExact(true))
        .click();
    assertThat(page.locator(".timing-last-day")).hasText("最后一天：2027年1月5日（星期二）");
    assertThat(page.locator(".timing-warnings")).containsText("2027年的节假日安排尚未公布");
    assertThat(page.locator(".timing-citations")).containsText("劳动争议调解仲裁法 第二十九条");
    screenshot("timing-01-deadline-new-year");
    assertAccessible("deadline answer");

    choose("要计算哪个期限", "作出仲裁裁决（45 日）");
    date("受理的日期", LocalDate.of(2026, 12, 17));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("计算").setExact(true))
        .click();
    assertThat(page.locator(".timing-last-day")).hasText("最后一天：2027年2月1日（星期一）");
    assertThat(page.locator(".timing-explanation")).containsText("顺延");
    screenshot("timing-02-award-rolled-over");
  }

  @Test
  void limitationAsksWhetherTheWorkerLeftAndCountsADismissal() {
    open("/calculators/limitation");
    assertThat(page.getByRole(
            AriaRole.HEADING, new Page.GetByRoleOptions().setName("仲裁时效计算").setLevel(1)))
        .isVisible();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("计算").setExact(true))
        .click();
    assertThat(page.locator(".problem-alert")).containsText("是否已经离职");
    screenshot("timing-03-limitation-asks");
    assertAccessible("limitation question");

    choose("您要主张什么", "违法解除（辞退）赔偿金");
    date("您知道权利受到侵害的日期", LocalDate.of(2025, 3, 15));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("计算").setExact(true))
        .click();
    Locator last = page.locator(".timing-last-day");
    assertThat(last).hasText("最后一天：2026年3月16日（星期一）");
    assertThat(page.locator(".timing-status")).hasText("可能已超过仲裁时效");
    assertThat(page.locator(".timing-explanation")).containsText("仍会受理");
    screenshot("timing-04-limitation-dismissal");
    assertAccessible("limitation answer");
  }

  private void choose(String label, String option) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label)).click();
    page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).click();
  }

  private void date(String label, LocalDate date) {
    Locator field = page.getByLabel(label);
    field.fill(date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth());
    field.press("Enter");
    // On a phone the date picker opens full screen as one types; close it before using the next
    // control.
    if (page.locator("vaadin-date-picker-overlay[opened]").count() > 0) {
      page.keyboard().press("Escape");
    }
    assertThat(page.locator("vaadin-date-picker-overlay[opened]")).hasCount(0);
  }
}
