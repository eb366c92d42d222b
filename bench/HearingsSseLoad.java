import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for the public schedule's live status stream; no dependencies, run as a single file:
 *
 * <pre>java bench/HearingsSseLoad.java --url http://127.0.0.1:18080 --n 5000 --admin-password … --hearing UUID</pre>
 *
 * Opens N {@code GET /api/v1/hearings/stream} connections and waits until every one has its first comment;
 * samples the backend heap (/actuator/prometheus); then a clerk of the hearing's commission (created with the
 * admin account) starts, pauses and resumes the hearing, one change a second. For every viewer and change it
 * measures the time from sending the staff request to reading the status event. Prints one markdown row
 * (events delivered, p50, p99, missed, heap) and details. Options: --timeout seconds per phase (60), --name,
 * --pid (the backend's process id on this machine: adds its open file descriptors and the heap still in use
 * after a full GC with every stream open — the live set — read with {@code jcmd PID GC.run}). The heap is read
 * from /actuator/prometheus with the bearer {@code PORTAL_METRICS_TOKEN}, or with {@code jcmd PID GC.heap_info}.
 */
public class HearingsSseLoad {

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new ConcurrentHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    String base = opt.getOrDefault("url", "http://127.0.0.1:8080").replaceAll("/+$", "");
    int n = Integer.parseInt(opt.getOrDefault("n", "5000"));
    String hearing = opt.get("hearing");
    long timeout = Long.parseLong(opt.getOrDefault("timeout", "60"));
    String name = opt.getOrDefault("name", "GET hearings/stream (" + n + " viewers)");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).version(HttpClient.Version.HTTP_1_1).build();

    String admin = token(http, base, "admin", opt.get("admin-password"));
    String clerk = "bench-clerk-" + System.currentTimeMillis();
    post(http, base + "/api/v1/staff/accounts", admin,
        "{\"username\":\"" + clerk + "\",\"displayName\":\"压测书记员\",\"role\":\"CLERK\",\"commissionId\":\"fancheng\",\"password\":\"bench2026clerk\"}");
    String staff = token(http, base, clerk, "bench2026clerk");

    String[] actions = {"live", "pause", "live"};
    AtomicLongArray sentAt = new AtomicLongArray(actions.length);
    long[][] latency = new long[actions.length][n];
    for (long[] row : latency) {
      Arrays.fill(row, -1);
    }
    CountDownLatch open = new CountDownLatch(n);
    AtomicInteger failed = new AtomicInteger();
    java.util.concurrent.atomic.AtomicBoolean closing = new java.util.concurrent.atomic.AtomicBoolean();
    CountDownLatch[] delivered = new CountDownLatch[actions.length];
    for (int i = 0; i < actions.length; i++) {
      delivered[i] = new CountDownLatch(n);
    }
    Pattern event = Pattern.compile("\"id\":\"" + Pattern.quote(hearing) + "\".*\"status\":\"(\\w+)\"");
    List<Flow.Subscription> subscriptions = new ArrayList<>();
    long opening = System.nanoTime();
    for (int v = 0; v < n; v++) {
      int viewer = v;
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/hearings/stream")).header("Accept", "text/event-stream").build();
      http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
        int seen;

        @Override public void onSubscribe(Flow.Subscription s) {
          synchronized (subscriptions) {
            subscriptions.add(s);
          }
          s.request(Long.MAX_VALUE);
        }

        @Override public void onNext(String line) {
          if (line.startsWith(":connected")) {
            open.countDown();
          } else if (line.startsWith("data:") && seen < actions.length) {
            Matcher m = event.matcher(line);
            if (m.find()) {
              long at = System.nanoTime();
              latency[seen][viewer] = at - sentAt.get(seen);
              delivered[seen].countDown();
              seen++;
            }
          }
        }

        @Override public void onError(Throwable t) {
          if (!closing.get()) {
            failed.incrementAndGet();
          }
        }

        @Override public void onComplete() {}
      })).exceptionally(t -> {
        if (closing.get()) {
          return null; // cancelled by this client at the end
        }
        failed.incrementAndGet();
        open.countDown();
        return null;
      });
    }
    boolean allOpen = open.await(timeout, TimeUnit.SECONDS);
    double openSeconds = (System.nanoTime() - opening) / 1e9;
    Thread.sleep(1000);
    double heapOpen = heapMiB(http, base);
    double heapPeak = heapOpen;
    pid = opt.get("pid");
    String live = "";
    if (pid != null) {
      long fds = -1;
      try (var list = java.nio.file.Files.list(java.nio.file.Path.of("/proc", pid, "fd"))) {
        fds = list.count();
      } catch (Exception e) {
        // not on this machine or not ours: leave it out
      }
      new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), pid, "GC.run").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
      live = String.format("; after a full GC with all open %.0f MiB live; backend file descriptors open %d", heapMiB(http, base), fds);
    }
    for (int i = 0; i < actions.length; i++) {
      sentAt.set(i, System.nanoTime());
      post(http, base + "/api/v1/staff/hearings/" + hearing + "/" + actions[i], staff, "{}");
      delivered[i].await(timeout, TimeUnit.SECONDS);
      heapPeak = Math.max(heapPeak, heapMiB(http, base));
      Thread.sleep(1000);
    }
    closing.set(true);
    synchronized (subscriptions) {
      subscriptions.forEach(Flow.Subscription::cancel);
    }
    List<Long> all = new ArrayList<>();
    int missed = 0;
    StringBuilder perChange = new StringBuilder();
    for (int i = 0; i < actions.length; i++) {
      long[] got = Arrays.stream(latency[i]).filter(l -> l >= 0).sorted().toArray();
      perChange.append(String.format(" %s: %d delivered, p99 %s, max %s;", actions[i], got.length,
          got.length == 0 ? "—" : ms(got[Math.min(got.length - 1, (int) Math.ceil(got.length * 0.99) - 1)]),
          got.length == 0 ? "—" : ms(got[got.length - 1])));
    }
    for (long[] row : latency) {
      for (long l : row) {
        if (l < 0) {
          missed++;
        } else {
          all.add(l);
        }
      }
    }
    all.sort(null);
    String p50 = all.isEmpty() ? "—" : ms(all.get(all.size() / 2));
    String p99 = all.isEmpty() ? "—" : ms(all.get(Math.min(all.size() - 1, (int) Math.ceil(all.size() * 0.99) - 1)));
    System.out.printf("| %-48s | %10s | %8s | %8s | %8s | %8s |%n", name, all.size() + "/" + (n * actions.length) + " ev", p50, p99,
        missed + (failed.get() > 0 ? " +" + failed.get() + "f" : ""), String.format("%.0f MiB", heapPeak));
    System.out.printf("  %d streams opened in %.1f s (all open: %s); backend heap used %.0f MiB with all open, peak %.0f MiB during the changes%s;"
        + " latency = staff request sent → status event read, per viewer and change;%s%n", n - failed.get(), openSeconds, allOpen, heapOpen, heapPeak,
        live, perChange);
    System.exit(0);
  }

  private static String ms(long nanos) {
    return String.format("%.0fms", nanos / 1e6);
  }

  /** The backend's heap in use: from /actuator/prometheus (bearer PORTAL_METRICS_TOKEN), else from jcmd with --pid. */
  private static double heapMiB(HttpClient http, String base) {
    double fromMetrics = heapFromMetrics(http, base);
    return fromMetrics >= 0 || pid == null ? fromMetrics : heapFromJcmd(pid);
  }

  static String pid;

  private static double heapFromJcmd(String pid) {
    try {
      Process p = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), pid, "GC.heap_info")
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      p.waitFor();
      Matcher m = Pattern.compile("used (\\d+)K").matcher(out);
      return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : -1;
    } catch (Exception e) {
      return -1;
    }
  }

  private static double heapFromMetrics(HttpClient http, String base) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"));
      String token = System.getenv("PORTAL_METRICS_TOKEN");
      if (token != null && !token.isBlank()) {
        request.header("Authorization", "Bearer " + token);
      }
      HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        return -1;
      }
      String metrics = answer.body();
      double sum = 0;
      Matcher m = Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\}\\s+([0-9.eE+]+)").matcher(metrics);
      boolean any = false;
      while (m.find()) {
        sum += Double.parseDouble(m.group(1));
        any = true;
      }
      return any ? sum / (1024 * 1024) : -1;
    } catch (Exception e) {
      return -1;
    }
  }

  private static String token(HttpClient http, String base, String account, String password) throws Exception {
    String body = post(http, base + "/api/v1/sessions", null, "{\"account\":\"" + account + "\",\"password\":\"" + password + "\"}");
    Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("login failed: " + body);
    }
    return m.group(1);
  }

  private static String post(HttpClient http, String url, String token, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> answer = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() >= 300) {
      throw new IllegalStateException(url + " → " + answer.statusCode() + " " + answer.body());
    }
    return answer.body();
  }
}
