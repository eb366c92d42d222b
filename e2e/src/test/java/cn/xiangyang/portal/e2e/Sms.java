package cn.xiangyang.portal.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SMS codes on the embedded default, the way an administrator sees them: the portal under test has
 * no SMS gateway, so codes land in the SMS outbox, read here through the administrators' API.
 */
final class Sms {

  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([0-9]{6})\"");
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static String adminToken;

  private Sms() {}

  /** Asks the backend to send a code, as the "获取验证码" button does, and returns it from the outbox. */
  static String request(PortalUnderTest portal, String phone, String purpose) throws Exception {
    HttpResponse<String> sent = HTTP.send(
        json(
            portal.backendUrl + "/api/v1/sms-codes",
            "{\"phone\":\"" + phone + "\",\"purpose\":\"" + purpose + "\"}"),
        HttpResponse.BodyHandlers.ofString());
    if (sent.statusCode() != 202) {
      throw new IllegalStateException(
          "sms-codes answered " + sent.statusCode() + ": " + sent.body());
    }
    return latest(portal, phone);
  }

  /** The newest code sent to the phone (waits a little: sending is detached from the answer). */
  static String latest(PortalUnderTest portal, String phone) throws Exception {
    for (int attempt = 0; attempt < 50; attempt++) {
      HttpResponse<String> outbox = HTTP.send(
          HttpRequest.newBuilder(
                  URI.create(portal.backendUrl + "/api/v1/staff/sms-outbox?phone=" + phone))
              .header("Authorization", "Bearer " + admin(portal))
              .timeout(Duration.ofSeconds(30))
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofString());
      Matcher m = CODE.matcher(outbox.body());
      if (outbox.statusCode() == 200 && m.find()) {
        return m.group(1);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no SMS to " + phone + " in the outbox");
  }

  private static synchronized String admin(PortalUnderTest portal) throws Exception {
    if (adminToken == null) {
      HttpResponse<String> login = HTTP.send(
          json(
              portal.backendUrl + "/api/v1/sessions",
              "{\"account\":\"admin\",\"password\":\"" + PortalUnderTest.ADMIN_PASSWORD + "\"}"),
          HttpResponse.BodyHandlers.ofString());
      Matcher m = TOKEN.matcher(login.body());
      if (!m.find()) {
        throw new IllegalStateException("admin login failed: " + login.statusCode());
      }
      adminToken = m.group(1);
    }
    return adminToken;
  }

  static HttpRequest json(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }
}
