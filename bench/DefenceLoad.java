import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for the employer's defence (答辩), claim by claim; run as a multi-file source program beside
 * FilingLoad.java, whose helpers it uses:
 *
 * <pre>java bench/DefenceLoad.java --url http://127.0.0.1:18080 --cases 1000 --employers 8 --workers 8 --concurrency 64</pre>
 *
 * Not measured: registers E employers (each verified: licence uploaded, approved by the administrator in
 * BENCH_ADMIN_TOKEN) and W workers, creates N applications with two claims (unpaid wages 9000.00, double wages
 * 27000.00), each naming one of the employers, submits them and has a Fancheng clerk accept them (the copy
 * goes to the employer). Measured: every employer answers each of its cases (POST /api/v1/cases/{id}/defence:
 * partly agrees to the wages, disputing 3000.00, and disagrees with the double wages, each with a reason), at
 * most C at once; prints one markdown row (answers per second over the wave, p50, p99, failures) and a
 * detail line.
 */
public class DefenceLoad {

  static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
  static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

  record Employer(String code, String id, String token) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new ConcurrentHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    String base = opt.getOrDefault("url", "http://127.0.0.1:8080").replaceAll("/+$", "");
    int n = Integer.parseInt(opt.getOrDefault("cases", "1000"));
    int employers = Integer.parseInt(opt.getOrDefault("employers", "8"));
    int workers = Integer.parseInt(opt.getOrDefault("workers", "8"));
    int concurrency = Integer.parseInt(opt.getOrDefault("concurrency", "64"));
    String name = opt.getOrDefault("name", "POST cases/{id}/defence (" + n + ", " + concurrency + " at once)");
    String admin = System.getenv("BENCH_ADMIN_TOKEN");

    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(30)).executor(Executors.newFixedThreadPool(2)).build();

    long setup = System.nanoTime();
    List<Employer> es = new ArrayList<>();
    for (int e = 0; e < employers; e++) {
      es.add(employer(client, base, admin));
    }
    List<FilingLoad.Worker> ws = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      ws.add(FilingLoad.register(client, base));
    }
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String[] ids = new String[n];
    int failed = step(FilingLoad.run(client, n, concurrency,
        i -> FilingLoad.post(base + "/api/v1/filings", ws.get(i % workers).token(), application(es.get(i % employers).code(), today), null)), 201, "draft", ids);
    failed += step(FilingLoad.run(client, n, concurrency, i -> ids[i] == null ? null
        : FilingLoad.post(base + "/api/v1/filings/" + ids[i] + "/submit", ws.get(i % workers).token(), null, UUID.randomUUID().toString())), 200, "submit", null);
    String clerk = clerk(client, base, admin);
    failed += step(FilingLoad.run(client, n, concurrency, i -> ids[i] == null ? null
        : FilingLoad.post(base + "/api/v1/staff/cases/" + ids[i] + "/accept", clerk, "{}", null)), 200, "accept", null);
    System.err.printf("  prepared %d accepted cases against %d verified employers in %.1f s (%d failures)%n",
        n - failed, employers, (System.nanoTime() - setup) / 1e9, failed);

    String answer = """
        {"declined":false,"statement":"申请人所述工资数额有误，双倍工资请求无事实依据。",
         "claims":[{"claimId":1,"position":"PARTLY","reason":"6 月工资已于 7 月 10 日现金支付，有签收单","disputedAmount":"3000.00"},
                   {"claimId":2,"position":"DISAGREE","reason":"已签订书面劳动合同，有合同原件为证"}]}""";
    List<FilingLoad.Result> answered = FilingLoad.run(client, n, concurrency, i -> ids[i] == null ? null
        : FilingLoad.post(base + "/api/v1/cases/" + ids[i] + "/defence", es.get(i % employers).token(), answer, null));
    long wall = FilingLoad.lastWall;
    int errors = 0;
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    for (FilingLoad.Result r : answered) {
      if (r.nanos() < 0) {
        continue;
      }
      if (r.status() != 200 || r.body() == null || !r.body().contains("\"defences\":[{")) {
        errors++;
        statuses.merge(r.status(), 1, Integer::sum);
        if (errors <= 3) System.err.println("defence failed: " + r.status() + " " + r.error() + " " + FilingLoad.abbreviate(r.body()));
      }
    }
    long ok = answered.stream().filter(r -> r.status() == 200).count();
    System.out.printf("| %-48s | %10.2f | %8s | %8s | %8s |%n", name, ok / (wall / 1e9),
        FilingLoad.fmt(FilingLoad.percentile(answered, 50)), FilingLoad.fmt(FilingLoad.percentile(answered, 99)), errors);
    System.out.printf("  %d defences (2 claims answered each, copy served on the worker) in %.1f s%s%n", ok, wall / 1e9,
        statuses.isEmpty() ? "" : "; failures by status " + statuses);
    System.exit(0);
  }

  /** Counts the failures of a preparation step; keeps the ids of created drafts in {@code ids}. */
  static int step(List<FilingLoad.Result> results, int expected, String what, String[] ids) {
    int failed = 0;
    for (FilingLoad.Result r : results) {
      if (r.nanos() < 0) {
        continue;
      }
      Matcher m = r.body() == null ? null : ID.matcher(r.body());
      if (r.status() == expected && (ids == null || m.find())) {
        if (ids != null) ids[r.index()] = m.group(1);
      } else {
        if (ids != null) ids[r.index()] = null;
        if (++failed <= 3) System.err.println(what + " failed: " + r.status() + " " + r.error() + " " + FilingLoad.abbreviate(r.body()));
      }
    }
    return failed;
  }

  /** A clerk of the Fancheng commission (where the applications are filed), created by the administrator; answers its token. */
  static String clerk(HttpClient client, String base, String admin) throws Exception {
    String username = "bench-defence-clerk-" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000);
    HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/staff/accounts"))
        .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username
            + "\",\"displayName\":\"压测书记员\",\"role\":\"CLERK\",\"commissionId\":\"fancheng\",\"password\":\"bench-clerk-2026\"}", StandardCharsets.UTF_8))
        .build(), HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException("clerk not created: " + created.statusCode() + " " + created.body());
    }
    HttpResponse<String> login = client.send(FilingLoad.json(base + "/api/v1/sessions",
        "{\"account\":\"" + username + "\",\"password\":\"bench-clerk-2026\"}"), HttpResponse.BodyHandlers.ofString());
    Matcher token = TOKEN.matcher(login.body());
    if (login.statusCode() != 201 || !token.find()) {
      throw new IllegalStateException("clerk login failed: " + login.statusCode() + " " + login.body());
    }
    return token.group(1);
  }

  /** A verified employer: registered, logged in by its credit code, licence uploaded, approved by the administrator. */
  static Employer employer(HttpClient client, String base, String admin) throws Exception {
    for (int attempt = 0; attempt < 10; attempt++) {
      String code = FilingLoad.creditCode();
      String phone = String.format("138%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
      String body = "{\"companyName\":\"襄阳压测机械有限公司" + code.substring(12) + "\",\"creditCode\":\"" + code + "\",\"contactName\":\"人事经理\",\"phone\":\""
          + phone + "\",\"password\":\"hr2026bench\",\"smsCode\":\"" + FilingLoad.smsCode(client, base, phone) + "\"}";
      HttpResponse<String> reg = client.send(FilingLoad.json(base + "/api/v1/accounts/employers", body), HttpResponse.BodyHandlers.ofString());
      Matcher id = ID.matcher(reg.body());
      if (reg.statusCode() != 201 || !id.find()) {
        continue; // code or phone taken: draw again
      }
      HttpResponse<String> login = client.send(FilingLoad.json(base + "/api/v1/sessions",
          "{\"account\":\"" + code + "\",\"password\":\"hr2026bench\"}"), HttpResponse.BodyHandlers.ofString());
      Matcher token = TOKEN.matcher(login.body());
      if (login.statusCode() != 201 || !token.find()) {
        throw new IllegalStateException("employer login failed: " + login.statusCode() + " " + login.body());
      }
      // the licence: a PNG header is enough for the type check; the administrator approves it
      String boundary = "bench" + UUID.randomUUID();
      byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
      var parts = new java.io.ByteArrayOutputStream();
      parts.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"licence\"; filename=\"licence.png\"\r\nContent-Type: image/png\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      parts.write(png);
      parts.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> upload = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/accounts/employers/verification"))
          .header("Authorization", "Bearer " + token.group(1)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofByteArray(parts.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
      if (upload.statusCode() != 202) {
        throw new IllegalStateException("licence upload failed: " + upload.statusCode() + " " + upload.body());
      }
      HttpResponse<String> approve = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/staff/employers/" + id.group(1) + "/verification"))
          .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"APPROVE\"}")).build(), HttpResponse.BodyHandlers.ofString());
      if (approve.statusCode() != 200) {
        throw new IllegalStateException("approval failed: " + approve.statusCode() + " " + approve.body());
      }
      return new Employer(code, id.group(1), token.group(1));
    }
    throw new IllegalStateException("could not register an employer");
  }

  /** A complete application against one employer with two claims, for an answer claim by claim. */
  static String application(String creditCode, LocalDate today) {
    return """
        {"procedure":"ARBITRATION",
         "applicant":{"address":"襄阳市樊城区人民路 1 号","gender":"MALE","occupation":"焊工"},
         "respondents":[{"name":"襄阳压测机械有限公司","creditCode":"%s","address":"襄阳市襄城区檀溪路 9 号",
           "legalRepresentative":"李某","legalRepresentativeTitle":"总经理","areaCode":"xiangcheng"}],
         "employment":{"startDate":"%s","job":"焊工","monthlyWage":"4500.00","writtenContract":false,
           "workAreaCode":"fancheng","workplace":"春园路 18 号车间"},
         "claims":[{"type":"UNPAID_WAGES","amount":"9000.00","periodFrom":"%s","periodTo":"%s"},
                   {"type":"DOUBLE_WAGES_NO_CONTRACT","amount":"27000.00","periodFrom":"%s","periodTo":"%s"}],
         "factsAndReasons":"被申请人拖欠申请人两个月工资，且未签订书面劳动合同。",
         "evidenceNotes":"工资条、考勤记录、微信聊天记录","knewOn":"%s","migrantWorker":true}
        """.formatted(creditCode, today.minusYears(1), today.minusMonths(3).withDayOfMonth(1), today.minusMonths(1).withDayOfMonth(1).minusDays(1),
        today.minusMonths(11).withDayOfMonth(1), today.minusMonths(5).withDayOfMonth(1), today.minusMonths(1));
  }
}
