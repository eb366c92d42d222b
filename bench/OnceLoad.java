import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * One request per object, each object once: for the steps a state machine allows only once (accept a case,
 * start a hearing), where a wrk row would measure the refusal after the first request.
 *
 * <pre>java bench/OnceLoad.java --url http://127.0.0.1:18080 --ids cases.txt --method POST
 *     --path /api/v1/staff/cases/{id}/accept --token T --body '{}' --concurrency 64 --ping 9000 --name "..."</pre>
 *
 * --ids: lines "id" or "token id" (a line's token replaces --token). "{id}" in --path and --body is the
 * line's id, "{n}" its line number. Sends every line once with at most --concurrency in flight and prints
 * one markdown row like bench/run.sh's: requests per second over the wave, p50, p99, non-2xx (with the
 * statuses on a detail line) and the fraction of --ping (the warm ping's req/s of the same run).
 */
public class OnceLoad {

  record Result(long nanos, int status, String body) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new ConcurrentHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    String base = opt.getOrDefault("url", "http://127.0.0.1:8080").replaceAll("/+$", "");
    String method = opt.getOrDefault("method", "POST");
    String path = opt.get("path");
    String body = opt.get("body");
    String token = opt.get("token");
    int concurrency = Integer.parseInt(opt.getOrDefault("concurrency", "64"));
    String name = opt.getOrDefault("name", method + " " + path);
    List<String[]> lines = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(opt.get("ids")))) {
      String[] f = line.strip().split("\\s+");
      if (f.length == 2) lines.add(f);
      else if (f.length == 1 && !f[0].isEmpty()) lines.add(new String[] {token, f[0]});
    }
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(30)).executor(Executors.newFixedThreadPool(2)).build();
    Semaphore inFlight = new Semaphore(concurrency);
    Result[] results = new Result[lines.size()];
    List<CompletableFuture<?>> all = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < lines.size(); i++) {
      int index = i;
      String[] l = lines.get(i);
      String b = body == null ? null : body.replace("{id}", l[1]).replace("{n}", Integer.toString(i));
      HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(base + path.replace("{id}", l[1]).replace("{n}", Integer.toString(i))))
          .timeout(Duration.ofSeconds(60))
          .method(method, b == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(b));
      if (b != null) rb.header("Content-Type", "application/json");
      if (l[0] != null) rb.header("Authorization", "Bearer " + l[0]);
      inFlight.acquire();
      long t0 = System.nanoTime();
      all.add(client.sendAsync(rb.build(), HttpResponse.BodyHandlers.ofString()).handle((r, e) -> {
        results[index] = new Result(System.nanoTime() - t0, r == null ? -1 : r.statusCode(), r == null ? String.valueOf(e) : r.body());
        inFlight.release();
        return null;
      }));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    long wall = System.nanoTime() - start;
    long[] nanos = Arrays.stream(results).mapToLong(Result::nanos).sorted().toArray();
    Map<Integer, Integer> statuses = new TreeMap<>();
    String firstError = null;
    int errors = 0;
    for (Result r : results) {
      statuses.merge(r.status(), 1, Integer::sum);
      if (r.status() < 200 || r.status() > 299) {
        errors++;
        if (firstError == null) firstError = r.status() + " " + (r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
      }
    }
    double rps = results.length / (wall / 1e9);
    String ratio = opt.containsKey("ping") && !opt.get("ping").isEmpty() ? String.format("%.3f", rps / Double.parseDouble(opt.get("ping"))) : "—";
    System.out.printf("| %-48s | %10.2f | %8s | %8s | %8s | %8s |%n", name, rps, fmt(pct(nanos, 50)), fmt(pct(nanos, 99)), errors, ratio);
    System.out.printf("  %d objects once each in %.2f s, %d at once; statuses %s%s%n", results.length, wall / 1e9, concurrency, statuses,
        firstError == null ? "" : "; first non-2xx: " + firstError.replace("\n", " "));
    System.exit(0);   // the client's executor threads would keep the JVM alive
  }

  static long pct(long[] sorted, int p) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  static String fmt(long nanos) {
    double ms = nanos / 1e6;
    return ms >= 1000 ? String.format("%.2fs", ms / 1000) : String.format("%.2fms", ms);
  }
}
