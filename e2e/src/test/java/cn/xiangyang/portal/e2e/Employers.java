package cn.xiangyang.portal.e2e;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Employer accounts for tests whose journey starts after verification: registered with the SMS code from
 * the outbox, the licence uploaded and approved by the administrator, all through the public API.
 */
final class Employers {

  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  /** The eight bytes a PNG file starts with and the start of its first chunk: enough for the sniffer. */
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D
  };

  private Employers() {}

  /** Registers an employer account (unverified) and returns its id. */
  static String register(
      PortalUnderTest portal, String company, String creditCode, String phone, String password)
      throws Exception {
    String body = "{\"companyName\":\"" + company + "\",\"creditCode\":\"" + creditCode
        + "\",\"contactName\":\"张经理\",\"phone\":\"" + phone + "\",\"password\":\"" + password
        + "\",\"smsCode\":\"" + Sms.request(portal, phone, "REGISTER") + "\"}";
    HttpResponse<String> answer = HTTP.send(
        Sms.json(portal.backendUrl + "/api/v1/accounts/employers", body),
        HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 201) {
      throw new IllegalStateException(
          "employer registration answered " + answer.statusCode() + ": " + answer.body());
    }
    return find(ID, answer.body());
  }

  /** Registers a verified employer account: its licence uploaded and approved by the administrator. */
  static void registerVerified(
      PortalUnderTest portal, String company, String creditCode, String phone, String password)
      throws Exception {
    String id = register(portal, company, creditCode, phone, password);
    String token = token(portal, phone, password);
    String boundary = "----portal-" + UUID.randomUUID();
    ByteArrayOutputStream multipart = new ByteArrayOutputStream();
    multipart.write(("--" + boundary
            + "\r\nContent-Disposition: form-data; name=\"licence\"; filename=\"licence.png\"\r\n"
            + "Content-Type: image/png\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    multipart.write(PNG);
    multipart.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> upload = HTTP.send(
        HttpRequest.newBuilder(
                URI.create(portal.backendUrl + "/api/v1/accounts/employers/verification"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    if (upload.statusCode() != 202) {
      throw new IllegalStateException(
          "licence upload answered " + upload.statusCode() + ": " + upload.body());
    }
    HttpResponse<String> decision = HTTP.send(
        HttpRequest.newBuilder(
                URI.create(portal.backendUrl + "/api/v1/staff/employers/" + id + "/verification"))
            .timeout(Duration.ofSeconds(60))
            .header(
                "Authorization", "Bearer " + token(portal, "admin", PortalUnderTest.ADMIN_PASSWORD))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"APPROVE\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    if (decision.statusCode() != 200) {
      throw new IllegalStateException(
          "approval answered " + decision.statusCode() + ": " + decision.body());
    }
  }

  static String token(PortalUnderTest portal, String login, String password) throws Exception {
    HttpResponse<String> r = HTTP.send(
        Sms.json(
            portal.backendUrl + "/api/v1/sessions",
            "{\"account\":\"" + login + "\",\"password\":\"" + password + "\"}"),
        HttpResponse.BodyHandlers.ofString());
    return find(TOKEN, r.body());
  }

  private static String find(Pattern p, String body) {
    Matcher m = p.matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("no " + p.pattern() + " in " + body);
    }
    return m.group(1);
  }
}
