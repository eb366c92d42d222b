package cn.xiangyang.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 庭审直播 with two replicas: a worker's case gets a hearing through filing; the clerk starts it on the
 * first frontend and backend; a viewer on the second frontend (talking to the second backend) sees
 * "直播中" appear without reloading, opens the player, and the player loads a real HLS stream (a few
 * .ts segments that ffmpeg generates here) from a local HTTP server.
 */
class HearingsBrowserTests extends BrowserTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static HttpServer encoder;
  private static String liveUrl;
  private final HttpClient http = HttpClient.newHttpClient();

  /** The room encoder stand-in: ffmpeg writes a short HLS stream, a local server serves it with CORS. */
  @BeforeAll
  static void startEncoder() throws Exception {
    Path dir = Path.of("target/e2e/hls").toAbsolutePath();
    Files.createDirectories(dir);
    if (!Files.exists(dir.resolve("index.m3u8"))) {
      Process ffmpeg = new ProcessBuilder(
              "ffmpeg",
              "-loglevel",
              "error",
              "-y",
              "-f",
              "lavfi",
              "-i",
              "testsrc=size=320x180:rate=15",
              "-f",
              "lavfi",
              "-i",
              "sine=frequency=440:sample_rate=44100",
              "-t",
              "6",
              "-c:v",
              "libx264",
              "-preset",
              "ultrafast",
              "-pix_fmt",
              "yuv420p",
              "-g",
              "30",
              "-c:a",
              "aac",
              "-f",
              "hls",
              "-hls_time",
              "2",
              "-hls_playlist_type",
              "vod",
              "-hls_segment_filename",
              dir.resolve("seg%d.ts").toString(),
              dir.resolve("index.m3u8").toString())
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("ffmpeg.log").toFile())
          .start();
      if (!ffmpeg.waitFor(120, TimeUnit.SECONDS) || ffmpeg.exitValue() != 0) {
        throw new IllegalStateException(
            "ffmpeg could not make the test stream (Debian: apt-get install ffmpeg); see "
                + dir.resolve("ffmpeg.log"));
      }
    }
    encoder = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    encoder.createContext("/live/", exchange -> {
      Path file = dir.resolve(exchange.getRequestURI().getPath().substring("/live/".length()))
          .normalize();
      exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
      if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      byte[] body = Files.readAllBytes(file);
      exchange
          .getResponseHeaders()
          .add(
              "Content-Type",
              file.toString().endsWith(".m3u8") ? "application/vnd.apple.mpegurl" : "video/mp2t");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    encoder.start();
    liveUrl = "http://127.0.0.1:" + encoder.getAddress().getPort() + "/live/index.m3u8";
  }

  @AfterAll
  static void stopEncoder() {
    if (encoder != null) {
      encoder.stop(0);
    }
  }

  @Test
  void staffStartAHearingOnOneReplicaAndAViewerOnTheOtherSeesItLiveWithoutReloading()
      throws Exception {
    com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    PortalUnderTest.Replica replica = portal.replica();
    String clerk = "clerk-fc-" + (System.nanoTime() % 100000);
    String admin = login("admin", PortalUnderTest.ADMIN_PASSWORD);
    post(
        "/api/v1/staff/accounts",
        admin,
        "{\"username\":\"" + clerk
            + "\",\"displayName\":\"樊城书记员\",\"role\":\"CLERK\",\"commissionId\":\"fancheng\",\"password\":\"clerk2026pass\"}",
        201);
    String staff = login(clerk, "clerk2026pass");
    post(
        "/api/v1/staff/hearings/rooms",
        staff,
        "{\"name\":\"第一仲裁庭\",\"address\":\"襄阳市樊城区人民路 8 号\",\"floor\":\"三楼\","
            + "\"visitorNote\":\"请携带身份证，提前 15 分钟到场。\",\"liveUrl\":\"" + liveUrl + "\"}",
        201);
    String caseId = fileCase(staff);
    // the worker asked for 仲裁: acceptance puts the case before the tribunal, no 转入仲裁 step
    post("/api/v1/staff/cases/" + caseId + "/accept", staff, "{}", 200);
    // three weeks ahead: 开庭五日前 counts working days (办案规则 第八十条), so eight calendar days were too few
    // from a Friday, and a holiday week needs more still
    String startsAt =
        LocalDate.now(ZONE).plusDays(21).atTime(9, 30).atZone(ZONE).toInstant().toString();
    post(
        "/api/v1/staff/cases/" + caseId + "/hearings",
        staff,
        "{\"room\":\"第一仲裁庭\",\"startsAt\":\"" + startsAt + "\"}",
        200);
    String hearingId = waitForListing(replica.backendUrl());

    // The viewer: a second browser on the second frontend, on the schedule before the hearing
    // starts.
    BrowserContext viewerContext = context
        .browser()
        .newContext(new Browser.NewContextOptions()
            .setViewportSize(390, 844)
            .setIsMobile(true)
            .setHasTouch(true)
            .setLocale("zh-CN"));
    viewerContext.setDefaultTimeout(20_000);
    Page viewer = viewerContext.newPage();
    viewer.navigate(replica.frontendUrl() + "/hearings");
    viewer.waitForLoadState();
    viewer.screenshot(new Page.ScreenshotOptions()
        .setPath(portal.out.resolve("screenshots/hearings-00-viewer-opened.png"))
        .setFullPage(true));
    Locator card = viewer.locator(".hearing-card[data-hearing-id='" + hearingId + "']");
    assertThat(card.locator(".status-badge")).hasText("预告");
    assertThat(card.getByText("直播尚未开始")).isVisible();
    assertThat(card).containsText("刘某 诉 某建材有限公司");
    viewer.evaluate("() => { window.sameDocument = true; }");
    viewer.screenshot(new Page.ScreenshotOptions()
        .setPath(portal.out.resolve("screenshots/hearings-01-schedule.png"))
        .setFullPage(true));

    // The clerk on the first frontend starts the hearing.
    signIn(clerk, "clerk2026pass");
    open("/staff/hearings");
    Locator staffCard = page.locator(".staff-hearing[data-hearing-id='" + hearingId + "']");
    assertThat(staffCard).containsText("已在庭审预告中公开");
    screenshot("hearings-02-staff");
    assertAccessible("staff hearings");
    staffCard
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("开始直播"))
        .click();
    assertThat(staffCard.locator(".staff-status")).hasText("状态：直播中");

    // The viewer's page changes by itself: same document, badge now 直播中.
    assertThat(card.locator(".status-badge"))
        .hasText(
            "直播中",
            new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
                .setTimeout(5000));
    org.assertj.core.api.Assertions.assertThat(
            viewer.evaluate("() => window.sameDocument === true"))
        .isEqualTo(true);
    card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("观看直播"))
        .click();
    Locator video = card.locator("video.hearing-video");
    assertThat(video)
        .hasAttribute(
            "data-state",
            Pattern.compile("manifest|fragment"),
            new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions()
                .setTimeout(15000));
    assertThat(video)
        .hasAttribute(
            "data-state",
            "fragment",
            new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions()
                .setTimeout(15000));
    viewer.screenshot(new Page.ScreenshotOptions()
        .setPath(portal.out.resolve("screenshots/hearings-03-live.png"))
        .setFullPage(true));
    viewerContext.close();

    // The schedule and open-day pages of the first frontend, as phones see them.
    open("/hearings");
    assertThat(page.locator(".hearing-card[data-hearing-id='" + hearingId + "'] .status-badge"))
        .hasText("直播中");
    screenshot("hearings-04-schedule-live");
    assertAccessible("hearings schedule");
    open("/staff/open-days");
    page.getByLabel("名称").fill("十二月仲裁庭审开放日");
    Locator when = page.locator("vaadin-date-time-picker");
    when.locator("input")
        .first()
        .fill(LocalDate.now(ZONE).plusDays(21).getYear() + "/"
            + LocalDate.now(ZONE).plusDays(21).getMonthValue() + "/"
            + LocalDate.now(ZONE).plusDays(21).getDayOfMonth());
    when.locator("input").first().press("Enter");
    when.locator("input").nth(1).fill("09:00");
    when.locator("input").nth(1).press("Enter");
    page.getByLabel("可预约人数").fill("30");
    // the time picker's suggestion list stays open over the form after Enter: close it as a person
    // would
    page.keyboard().press("Escape");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布开放日"))
        .click();
    assertThat(page.getByText("已确认 0 / 30，候补 0")).isVisible();
    screenshot("hearings-05-staff-open-days");
    assertAccessible("staff open days");
    open("/open-days");
    assertThat(page.getByText("十二月仲裁庭审开放日").first()).isVisible();
    screenshot("hearings-06-open-days");
    assertAccessible("open days");
  }

  /**
   * 开放日 for the public: a person without an account opens the open days, registers a 公众 account with
   * a phone and an SMS code from the card's link, books a seat, and finds the confirmation in 我的消息.
   */
  @Test
  void aVisitorRegistersWithAPhoneAndBooksAnOpenDaySeat() throws Exception {
    long n = System.nanoTime() % 100000;
    String admin = login("admin", PortalUnderTest.ADMIN_PASSWORD);
    post(
        "/api/v1/staff/accounts",
        admin,
        "{\"username\":\"clerk-lhk-" + n + "\",\"displayName\":\"老河口书记员\",\"role\":\"CLERK\","
            + "\"commissionId\":\"laohekou\",\"password\":\"clerk2026pass\"}",
        201);
    String staff = login("clerk-lhk-" + n, "clerk2026pass");
    String title = "公众开放日" + n;
    String startsAt =
        LocalDate.now(ZONE).plusDays(22).atTime(14, 30).atZone(ZONE).toInstant().toString();
    post(
        "/api/v1/staff/open-days",
        staff,
        "{\"title\":\"" + title + "\",\"startsAt\":\"" + startsAt
            + "\",\"capacity\":20,\"audience\":\"PUBLIC\",\"hearingIds\":[]}",
        201);

    open("/open-days");
    Locator card = page.locator(".open-day-card", new Page.LocatorOptions().setHasText(title));
    assertThat(card).containsText("面向：社会公众");
    card.getByText("没有账号？公众注册").click();
    page.waitForURL(Pattern.compile(".*/register/visitor$"));
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("公众注册")))
        .isVisible();
    String phone = "1371234" + String.format("%04d", n % 10000);
    page.getByLabel("姓名").fill("孙旁听");
    page.getByLabel("手机号").fill(phone);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("获取验证码"))
        .click();
    assertThat(page.getByText(Pattern.compile("如果该手机号可以注册账号，验证码已发送"))).isVisible();
    page.getByLabel("短信验证码").fill(Sms.latest(portal, phone));
    page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill("visit2026pass");
    page.getByLabel("确认密码").fill("visit2026pass");
    screenshot("hearings-07-visitor-registration");
    assertAccessible("visitor registration");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("注册")))
        .click();
    page.waitForURL(Pattern.compile(".*/me$"));
    assertThat(page.getByText("孙旁听").first()).isVisible();
    assertThat(page.getByText("公众").first()).isVisible();
    screenshot("hearings-08-visitor-profile");

    open("/open-days");
    card = page.locator(".open-day-card", new Page.LocatorOptions().setHasText(title));
    card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("预约座位"))
        .click();
    assertThat(page.locator(".booking-notice")).containsText("预约成功：“" + title + "”");
    card = page.locator(".open-day-card", new Page.LocatorOptions().setHasText(title));
    assertThat(card.locator(".my-booking")).containsText("预约成功");
    assertThat(card).containsText("剩余 19 个");
    screenshot("hearings-09-visitor-booked");
    assertAccessible("open days, booked by a visitor");

    open("/inbox");
    assertThat(page.getByText("开放日预约成功：" + title).first()).isVisible();
    // no case, so no electronic service to consent to, and nothing refused
    assertThat(page.getByText("电子送达")).hasCount(0);
    assertThat(page.locator(".problem-alert:visible, [role=alert]:visible")).hasCount(0);
    screenshot("hearings-10-visitor-inbox");
  }

  /** A worker's arbitration application against a company, submitted; answers the case id. */
  private String fileCase(String staffToken) throws Exception {
    String phone = "1391234" + String.format("%04d", (int) (System.nanoTime() % 10000));
    String first17 = "42060219850611" + String.format("%03d", (int) (System.nanoTime() % 1000));
    post(
        "/api/v1/accounts/workers",
        null,
        "{\"name\":\"刘春生\",\"phone\":\"" + phone + "\",\"idNumber\":\"" + first17 + idCheck(first17)
            + "\",\"password\":\"liu2026pass\",\"smsCode\":\""
            + Sms.request(portal, phone, "REGISTER") + "\"}",
        201);
    String worker = login(phone, "liu2026pass");
    LocalDate today = LocalDate.now(ZONE);
    String body = """
        {"procedure":"ARBITRATION",
         "applicant":{"address":"襄阳市樊城区人民路 1 号","gender":"MALE","occupation":"搬运工"},
         "respondents":[{"name":"襄阳恒通建材有限公司","creditCode":"%s","address":"襄阳市樊城区春园路 9 号",
           "legalRepresentative":"赵某某","legalRepresentativeTitle":"总经理","areaCode":"fancheng"}],
         "employment":{"startDate":"%s","job":"搬运工","monthlyWage":"4500.00","writtenContract":false,
           "workAreaCode":"fancheng","workplace":"樊城区仓库"},
         "claims":[{"type":"UNPAID_WAGES","amount":"13500.00","periodFrom":"%s","periodTo":"%s"}],
         "factsAndReasons":"单位拖欠三个月工资，多次催要未付。","evidenceNotes":"工资条","migrantWorker":true}
        """.formatted(
            creditCode("91420600MA4F0E2K"),
            today.minusYears(1),
            today.minusMonths(4),
            today.minusMonths(1));
    String id = JsonParser.parseString(post("/api/v1/filings", worker, body, 201))
        .getAsJsonObject()
        .get("id")
        .getAsString();
    post("/api/v1/filings/" + id + "/submit", worker, "", 200);
    return id;
  }

  /** Waits until the scheduled hearing is on the public schedule of the given backend; answers its id. */
  private String waitForListing(String backend) throws Exception {
    long until = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < until) {
      JsonArray items = JsonParser.parseString(
              get(backend + "/api/v1/hearings?commission=fancheng&size=50"))
          .getAsJsonObject()
          .getAsJsonArray("items");
      for (var item : items) {
        JsonObject h = item.getAsJsonObject();
        if (h.get("parties").getAsString().startsWith("刘某")) {
          org.assertj.core.api.Assertions.assertThat(h.toString())
              .doesNotContain("刘春生")
              .doesNotContain("恒通");
          return h.get("id").getAsString();
        }
      }
      Thread.sleep(300);
    }
    throw new AssertionError("the scheduled hearing did not reach the public schedule");
  }

  private String login(String account, String password) throws Exception {
    String answer = post(
        "/api/v1/sessions",
        null,
        "{\"account\":\"" + account + "\",\"password\":\"" + password + "\"}",
        201);
    return JsonParser.parseString(answer).getAsJsonObject().get("token").getAsString();
  }

  private String get(String url) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private String post(String path, String token, String json, int expected) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.backendUrl + path))
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    org.assertj.core.api.Assertions.assertThat(answer.statusCode())
        .as(path + " → " + answer.body())
        .isEqualTo(expected);
    return answer.body();
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
