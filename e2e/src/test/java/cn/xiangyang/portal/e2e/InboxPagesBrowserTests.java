package cn.xiangyang.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 我的消息 a page at a time (issue 18): a worker with 22 receipts sees the 20 newest, and the two oldest after
 * “查看更早的消息”, on a phone.
 */
class InboxPagesBrowserTests extends BrowserTest {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void aLongInboxOpensWithTheNewestPageAndShowsTheOlderMessagesOnRequest() throws Exception {
    long n = System.nanoTime();
    String phone = "1371234" + String.format("%04d", (int) (n % 10000));
    String first17 = "42060219910315" + String.format("%03d", (int) ((n / 7) % 1000));
    String password = "page2026pass";
    String body = "{\"name\":\"翻页工人\",\"phone\":\"" + phone + "\",\"idNumber\":\"" + first17
        + idCheck(first17) + "\",\"password\":\"" + password + "\",\"smsCode\":\""
        + Sms.request(portal, phone, "REGISTER") + "\"}";
    HttpResponse<String> registered = HTTP.send(
        Sms.json(portal.backendUrl + "/api/v1/accounts/workers", body),
        HttpResponse.BodyHandlers.ofString());
    org.assertj.core.api.Assertions.assertThat(registered.statusCode())
        .as(registered.body())
        .isEqualTo(201);
    HttpResponse<String> login = HTTP.send(
        Sms.json(
            portal.backendUrl + "/api/v1/sessions",
            "{\"account\":\"" + phone + "\",\"password\":\"" + password + "\"}"),
        HttpResponse.BodyHandlers.ofString());
    Matcher token = TOKEN.matcher(login.body());
    org.assertj.core.api.Assertions.assertThat(token.find()).as(login.body()).isTrue();

    // 22 applications filed: a receipt in the inbox for each
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    for (int i = 0; i < 22; i++) {
      HttpResponse<String> draft = HTTP.send(
          authorized(token.group(1), "/api/v1/filings", application(today)),
          HttpResponse.BodyHandlers.ofString());
      Matcher id = ID.matcher(draft.body());
      org.assertj.core.api.Assertions.assertThat(draft.statusCode() == 201 && id.find())
          .as(draft.body())
          .isTrue();
      HttpResponse<String> submitted = HTTP.send(
          authorized(token.group(1), "/api/v1/filings/" + id.group(1) + "/submit", null),
          HttpResponse.BodyHandlers.ofString());
      org.assertj.core.api.Assertions.assertThat(submitted.statusCode())
          .as(submitted.body())
          .isEqualTo(200);
    }
    // the receipts follow the commits through the outbox
    long until = System.nanoTime() + 30_000_000_000L;
    while (count(token.group(1)) < 22 && System.nanoTime() < until) {
      Thread.sleep(100);
    }

    open("/login");
    page.getByLabel(Pattern.compile("手机号")).fill(phone);
    page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
    page.waitForURL(Pattern.compile(".*/me$"));
    open("/inbox");
    assertThat(page.locator(".message")).hasCount(20);
    var older = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查看更早的消息"));
    assertThat(older).isVisible();
    screenshot("inbox-01-newest-page");
    assertAccessible("inbox, first page");
    older.click();
    assertThat(page.locator(".message")).hasCount(22);
    assertThat(older).isHidden();
    assertThat(page.locator(".problem-alert:visible, [role=alert]:visible")).hasCount(0);
    screenshot("inbox-02-older-messages");
    assertAccessible("inbox, all pages");
  }

  private static int count(String token) throws Exception {
    HttpResponse<String> inbox = HTTP.send(
        HttpRequest.newBuilder(URI.create(portal.backendUrl + "/api/v1/inbox?limit=100"))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
    Matcher m = ID.matcher(inbox.body());
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static HttpRequest authorized(String token, String path, String json) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(portal.backendUrl + path))
        .header("Authorization", "Bearer " + token)
        .header("Idempotency-Key", UUID.randomUUID().toString());
    return json == null
        ? b.POST(HttpRequest.BodyPublishers.noBody()).build()
        : b.header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build();
  }

  /** A complete application: one employer (no credit code: 没有营业执照的老板 may be named), one wage claim. */
  private static String application(LocalDate today) {
    return """
        {"procedure":"MEDIATION",
         "applicant":{"address":"襄阳市樊城区人民路 1 号","gender":"MALE","occupation":"焊工"},
         "respondents":[{"name":"襄阳某某机械有限公司","address":"襄阳市襄城区檀溪路 9 号",
           "legalRepresentative":"李某","legalRepresentativeTitle":"总经理","areaCode":"xiangcheng"}],
         "employment":{"startDate":"%s","job":"焊工","monthlyWage":"4500.00","writtenContract":false,
           "workAreaCode":"fancheng","workplace":"春园路 18 号车间"},
         "claims":[{"type":"UNPAID_WAGES","amount":"13500.00","periodFrom":"%s","periodTo":"%s"}],
         "factsAndReasons":"被申请人拖欠申请人三个月工资，经多次催要未付。",
         "evidenceNotes":"工资条、考勤记录、微信聊天记录","migrantWorker":true}
        """.formatted(today.minusYears(1), today.minusMonths(4), today.minusMonths(1));
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
