import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for filing submissions; no dependencies, run as a single file:
 *
 * <pre>java bench/FilingLoad.java --url http://127.0.0.1:18080 --drafts 2000 --workers 8 --concurrency 64</pre>
 *
 * 1. registers W workers and logs each in once (login is rate limited per account and per address: few
 * accounts, one login each); 2. creates N complete drafts (POST /api/v1/filings) spread over the workers,
 * at most C in flight (reported as a detail line, not measured as a row); 3. submits all N drafts
 * (POST /api/v1/filings/{id}/submit, a fresh Idempotency-Key each) with at most C in flight, and prints one
 * markdown row: submits per second over the wave, p50 and p99 latency, errors (non-200 or failures);
 * 4. checks that the receipts' numbers are distinct (the 申请编号, applicationNumber; a backend older than
 * issue 18's V150 gave the case number, caseNumber, at submission). Every draft works in --area (default
 * fancheng: one commission, the worst case while the case number came from its counter row at submission);
 * --area all spreads them over the 12 areas. --cases-out writes "token caseId" per submitted case for the GET row, --body-out
 * one application (JSON) for the draft-creation row.
 */
public class FilingLoad {

  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static final int[] CC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  static final List<String> AREAS = List.of("xiangcheng", "fancheng", "xiangzhou", "laohekou", "zaoyang", "yicheng",
      "nanzhang", "gucheng", "baokang", "gaoxin", "jingkai", "yuliangzhou");
  static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
  static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\"\\s*:\\s*\"([^\"]+)\"");
  static final Pattern APPLICATION_NUMBER = Pattern.compile("\"applicationNumber\"\\s*:\\s*\"([^\"]+)\"");

  record Worker(String phone, String token) {}

  record Result(int index, long nanos, int status, String body, String error) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new ConcurrentHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    String base = opt.getOrDefault("url", "http://127.0.0.1:8080").replaceAll("/+$", "");
    int n = Integer.parseInt(opt.getOrDefault("drafts", "2000"));
    int workers = Integer.parseInt(opt.getOrDefault("workers", "8"));
    int concurrency = Integer.parseInt(opt.getOrDefault("concurrency", "64"));
    String area = opt.getOrDefault("area", "fancheng");
    String name = opt.getOrDefault("name", "POST filings/{id}/submit (" + n + ", " + concurrency + " at once)");

    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(30)).executor(Executors.newFixedThreadPool(2)).build();

    // 1. workers, one login each
    List<Worker> ws = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      ws.add(register(client, base));
    }

    // 2. drafts
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    List<Result> created = run(client, n, concurrency, i -> {
      String a = area.equals("all") ? AREAS.get(i % AREAS.size()) : area;
      return post(base + "/api/v1/filings", ws.get(i % workers).token(), application(creditCode(), a, today), null);
    });
    long createWall = lastWall;
    String[] ids = new String[n];
    int createErrors = 0;
    for (Result r : created) {
      Matcher m = r.body() == null ? null : ID.matcher(r.body());
      if (r.status() == 201 && m.find()) {
        ids[r.index()] = m.group(1);
      } else {
        createErrors++;
        if (createErrors <= 3) System.err.println("draft failed: " + r.status() + " " + r.error() + " " + abbreviate(r.body()));
      }
    }
    System.err.printf("  prepared %d drafts for %d workers in %.1f s (%.0f drafts/s, p50 %s, p99 %s, %d errors)%n",
        n - createErrors, workers, createWall / 1e9, (n - createErrors) / (createWall / 1e9),
        fmt(percentile(created, 50)), fmt(percentile(created, 99)), createErrors);

    // 3. the submissions
    List<Result> submitted = run(client, n, concurrency, i -> ids[i] == null ? null
        : post(base + "/api/v1/filings/" + ids[i] + "/submit", ws.get(i % workers).token(), null,
            UUID.randomUUID().toString()));
    long submitWall = lastWall;
    int errors = 0;
    Set<String> numbers = new HashSet<>();
    List<String> cases = new ArrayList<>();
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    for (Result r : submitted) {
      String number = receiptNumber(r.body());
      if (r.status() == 200 && number != null) {
        numbers.add(number);
        cases.add(ws.get(r.index() % workers).token() + " " + ids[r.index()]);
      } else {
        errors++;
        statuses.merge(r.status(), 1, Integer::sum);
        if (errors <= 3) System.err.println("submit failed: " + r.status() + " " + r.error() + " " + abbreviate(r.body()));
      }
    }
    long ok = submitted.stream().filter(r -> r.status() == 200).count();
    System.out.printf("| %-48s | %10.2f | %8s | %8s | %8s |%n", name, ok / (submitWall / 1e9),
        fmt(percentile(submitted, 50)), fmt(percentile(submitted, 99)), errors);
    System.out.printf("  %d submitted in %.1f s (%s), %d distinct receipt numbers among %d receipts%s%n",
        ok, submitWall / 1e9, area.equals("all") ? "12 areas" : "all in " + area, numbers.size(), ok,
        statuses.isEmpty() ? "" : "; failures by status " + statuses);
    if (opt.containsKey("body-out")) {
      Files.writeString(Path.of(opt.get("body-out")), application(creditCode(), area.equals("all") ? "fancheng" : area, today).replace("\n", ""));
    }
    if (opt.containsKey("cases-out")) {
      Files.write(Path.of(opt.get("cases-out")), cases, StandardCharsets.UTF_8);
    }
    if (numbers.size() != ok) {
      System.err.println("DUPLICATE RECEIPT NUMBERS: " + (ok - numbers.size()));
      System.exit(2);
    }
    System.exit(0);
  }

  /** The receipt's 申请编号, else (a backend before V150) its case number; null when it has neither. */
  static String receiptNumber(String body) {
    if (body == null) return null;
    Matcher a = APPLICATION_NUMBER.matcher(body);
    if (a.find()) return a.group(1);
    Matcher c = CASE_NUMBER.matcher(body);
    return c.find() ? c.group(1) : null;
  }

  interface Requests {
    HttpRequest make(int i);
  }

  /** Sends requests 0..n-1 with at most {@code concurrency} in flight; sets {@link #lastWall} to the wave's wall time. */
  static List<Result> run(HttpClient client, int n, int concurrency, Requests requests) throws Exception {
    Semaphore inFlight = new Semaphore(concurrency);
    Result[] results = new Result[n];
    List<CompletableFuture<?>> all = new ArrayList<>(n);
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      HttpRequest req = requests.make(i);
      int index = i;
      if (req == null) {
        results[i] = new Result(i, -1, 0, null, "skipped");
        continue;
      }
      inFlight.acquire();
      long t0 = System.nanoTime();
      all.add(client.sendAsync(req, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
        long t = System.nanoTime() - t0;
        results[index] = error == null
            ? new Result(index, t, response.statusCode(), response.body(), null)
            : new Result(index, t, 0, null, error.getClass().getSimpleName() + ": " + error.getMessage());
        inFlight.release();
      }));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).handle((r, e) -> null).join();
    lastWall = System.nanoTime() - start;
    return Arrays.asList(results);
  }

  static long lastWall;

  static long percentile(List<Result> results, int p) {
    long[] t = results.stream().filter(r -> r.nanos() >= 0).mapToLong(Result::nanos).sorted().toArray();
    return t.length == 0 ? 0 : t[Math.min(t.length - 1, (int) Math.ceil(p / 100.0 * t.length) - 1)];
  }

  static String fmt(long nanos) {
    double ms = nanos / 1e6;
    return ms >= 1000 ? String.format("%.2fs", ms / 1000) : String.format("%.2fms", ms);
  }

  static String abbreviate(String s) {
    return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  static HttpRequest post(String url, String token, String json, String idempotencyKey) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
        .header("Authorization", "Bearer " + token)
        .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) b.header("Content-Type", "application/json");
    if (idempotencyKey != null) b.header("Idempotency-Key", idempotencyKey);
    return b.build();
  }

  static Worker register(HttpClient client, String base) throws Exception {
    for (int attempt = 0; attempt < 10; attempt++) {
      ThreadLocalRandom r = ThreadLocalRandom.current();
      String phone = String.format("139%08d", r.nextInt(100_000_000));
      String first17 = String.format("420602%04d%02d%02d%03d", 1970 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(1000));
      String idNumber = first17 + idCheck(first17);
      String body = "{\"name\":\"压测申请人\",\"phone\":\"" + phone + "\",\"idNumber\":\"" + idNumber + "\",\"password\":\"bench2026pw\",\"smsCode\":\""
          + smsCode(client, base, phone) + "\"}";
      HttpResponse<String> reg = client.send(json(base + "/api/v1/accounts/workers", body), HttpResponse.BodyHandlers.ofString());
      if (reg.statusCode() != 201) {
        continue; // phone or ID number taken by an earlier run: draw again
      }
      HttpResponse<String> login = client.send(json(base + "/api/v1/sessions",
          "{\"account\":\"" + phone + "\",\"password\":\"bench2026pw\"}"), HttpResponse.BodyHandlers.ofString());
      Matcher m = TOKEN.matcher(login.body());
      if (login.statusCode() != 201 || !m.find()) {
        throw new IllegalStateException("login failed: " + login.statusCode() + " " + login.body());
      }
      return new Worker(phone, m.group(1));
    }
    throw new IllegalStateException("could not register a worker");
  }

  /** Asks for a REGISTER code and reads it from the SMS outbox (administrator token in BENCH_ADMIN_TOKEN). */
  static String smsCode(HttpClient client, String base, String phone) throws Exception {
    client.send(json(base + "/api/v1/sms-codes", "{\"phone\":\"" + phone + "\",\"purpose\":\"REGISTER\"}"), HttpResponse.BodyHandlers.ofString());
    Pattern code = Pattern.compile("\"code\"\\s*:\\s*\"([0-9]{6})\"");
    for (int attempt = 0; attempt < 50; attempt++) {
      HttpResponse<String> outbox = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/staff/sms-outbox?phone=" + phone))
          .header("Authorization", "Bearer " + System.getenv("BENCH_ADMIN_TOKEN")).GET().build(), HttpResponse.BodyHandlers.ofString());
      Matcher m = code.matcher(outbox.body());
      if (m.find()) {
        return m.group(1);
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("no SMS code for " + phone + " (is BENCH_ADMIN_TOKEN an administrator's?)");
  }

  static HttpRequest json(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
  }

  static char idCheck(String first17) {
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int s = 0;
    for (int i = 0; i < 17; i++) s += (first17.charAt(i) - '0') * w[i];
    return "10X98765432".charAt(s % 11);
  }

  static String creditCode() {
    String first17 = String.format("91420600%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    int sum = 0;
    for (int i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17.charAt(i)) * CC_WEIGHTS[i];
    return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /** A complete application (as the integration tests' Parties.application): one employer, one wage claim. */
  static String application(String creditCode, String area, LocalDate today) {
    return """
        {"procedure":"MEDIATION",
         "applicant":{"address":"襄阳市樊城区人民路 1 号","gender":"MALE","occupation":"焊工"},
         "respondents":[{"name":"襄阳某某机械有限公司","creditCode":"%s","address":"襄阳市襄城区檀溪路 9 号",
           "legalRepresentative":"李某","legalRepresentativeTitle":"总经理","areaCode":"xiangcheng"}],
         "employment":{"startDate":"%s","job":"焊工","monthlyWage":"4500.00","writtenContract":false,
           "workAreaCode":"%s","workplace":"春园路 18 号车间"},
         "claims":[{"type":"UNPAID_WAGES","amount":"13500.00","periodFrom":"%s","periodTo":"%s"}],
         "factsAndReasons":"被申请人拖欠申请人三个月工资，经多次催要未付。",
         "evidenceNotes":"工资条、考勤记录、微信聊天记录","migrantWorker":true}
        """.formatted(creditCode, today.minusYears(1), area, today.minusMonths(4), today.minusMonths(1));
  }
}
