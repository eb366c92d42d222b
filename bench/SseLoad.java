import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for the assistant's Server-Sent Events answers; no dependencies, run as a single file:
 *
 * <pre>java bench/SseLoad.java --url http://127.0.0.1:18080 --n 2000 --questions bench/results/questions.txt</pre>
 *
 * Creates N conversations (at most 200 creations in flight; not measured), then asks one question in each
 * of them all at once, so that N answer streams are open together, and measures per stream the time to the
 * first event (the {@code ack}), to the first {@code delta} event and to the {@code done} event, how many were told
 * their place in line ({@code queue} events, "人多，请稍等"), answers per second over the whole wave, and
 * errors (connection failures, non-200 answers, streams that end without {@code done}). Questions are taken
 * in turn from the file (one a line). While the wave runs it samples the backend's /actuator/prometheus
 * every second for heap, live threads and GC pauses (bearer {@code PORTAL_METRICS_TOKEN}; bench/run.sh sets one for the
 * backend it starts). Prints one markdown row (answers/s, p50 and p99 of the
 * time to done, errors) and a few lines of details.
 *
 * <p>Options: --url (default http://127.0.0.1:8080), --n (2000), --questions (file; default one question),
 * --timeout seconds for the whole wave (300), --name (row label), --unique (makes every question distinct by
 * appending a number, so no two streams share a search).
 */
public class SseLoad {

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new ConcurrentHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--unique")) {
        opt.put("unique", "true");
      } else if (a.startsWith("--") && i + 1 < args.length) {
        opt.put(a.substring(2), args[++i]);
      }
    }
    String base = opt.getOrDefault("url", "http://127.0.0.1:8080").replaceAll("/+$", "");
    int n = Integer.parseInt(opt.getOrDefault("n", "2000"));
    long timeoutSeconds = Long.parseLong(opt.getOrDefault("timeout", "300"));
    boolean unique = opt.containsKey("unique");
    List<String> questions = opt.containsKey("questions")
        ? Files.readAllLines(Path.of(opt.get("questions")), StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank()).toList()
        : List.of("公司不跟我签劳动合同能要双倍工资吗");
    String name = opt.getOrDefault("name", "POST assistant .../messages (SSE, " + n + " at once)");

    HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(60))
        .executor(Executors.newFixedThreadPool(2))
        .build();

    // 1. conversations (not measured)
    String[] ids = new String[n];
    Semaphore creating = new Semaphore(200);
    AtomicInteger createErrors = new AtomicInteger();
    List<CompletableFuture<?>> created = new ArrayList<>(n);
    Pattern idPattern = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    for (int i = 0; i < n; i++) {
      int index = i;
      creating.acquire();
      HttpRequest start = HttpRequest.newBuilder(URI.create(base + "/api/v1/assistant/conversations"))
          .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(60)).build();
      created.add(client.sendAsync(start, HttpResponse.BodyHandlers.ofString())
          .whenComplete((response, error) -> {
            creating.release();
            Matcher m = error == null ? idPattern.matcher(response.body()) : null;
            if (m != null && response.statusCode() == 201 && m.find()) {
              ids[index] = m.group(1);
            } else {
              createErrors.incrementAndGet();
            }
          }));
    }
    CompletableFuture.allOf(created.toArray(CompletableFuture[]::new)).handle((r, e) -> null).join();
    if (createErrors.get() > 0) {
      System.err.println("会话创建失败：" + createErrors.get() + " 个");
    }

    // 2. the wave: every question at once
    Metrics before = Metrics.scrape(client, base);
    Sampler sampler = new Sampler(client, base);
    Thread samplerThread = Thread.ofPlatform().daemon().start(sampler);

    Stream[] streams = new Stream[n];
    AtomicInteger open = new AtomicInteger();
    AtomicInteger peakOpen = new AtomicInteger();
    List<CompletableFuture<?>> waves = new ArrayList<>(n);
    long waveStart = System.nanoTime();
    for (int i = 0; i < n; i++) {
      Stream s = streams[i] = new Stream();
      if (ids[i] == null) {
        s.error = "no conversation";
        continue;
      }
      String q = questions.get(i % questions.size()) + (unique ? "（" + i + "）" : "");
      String body = "{\"text\":\"" + q.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
      HttpRequest ask = HttpRequest.newBuilder(URI.create(base + "/api/v1/assistant/conversations/" + ids[i] + "/messages"))
          .header("Content-Type", "application/json")
          .header("Accept", "text/event-stream")
          .timeout(Duration.ofSeconds(timeoutSeconds))
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
          .build();
      s.start = System.nanoTime();
      waves.add(client.sendAsync(ask, info -> {
            s.status = info.statusCode();
            if (info.statusCode() != 200) {
              return HttpResponse.BodySubscribers.replacing(null);
            }
            peakOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
            return HttpResponse.BodySubscribers.fromLineSubscriber(new Lines(s, open));
          })
          .whenComplete((response, error) -> {
            if (error != null) {
              s.error = error.getClass().getSimpleName() + ": " + error.getMessage();
            } else if (s.status != 200) {
              s.error = "HTTP " + s.status;
            } else if (s.done == 0) {
              s.error = "stream ended without done";
            }
          }));
    }
    long launched = System.nanoTime();
    try {
      CompletableFuture.allOf(waves.toArray(CompletableFuture[]::new)).get(timeoutSeconds + 10, TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      System.err.println("波次超时：" + timeoutSeconds + " s");
    } catch (java.util.concurrent.ExecutionException ignored) {
      // counted per stream
    }
    long waveEnd = System.nanoTime();
    sampler.stop = true;
    samplerThread.join(2000);
    Metrics after = Metrics.scrape(client, base);

    // 3. results
    List<Long> firstEvent = new ArrayList<>();
    List<Long> firstDelta = new ArrayList<>();
    int queued = 0;
    long farthest = 0;
    List<Long> done = new ArrayList<>();
    int errors = 0;
    int refused = 0;
    long deltas = 0;
    Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
    for (Stream s : streams) {
      if (s.error != null || s.done == 0) {
        errors++;
        errorKinds.merge(s.error == null ? "unfinished" : s.error.replaceAll("[0-9a-f-]{36}", "…"), 1, Integer::sum);
        continue;
      }
      if (s.firstDelta > 0) {
        firstDelta.add(s.firstDelta - s.start);
      }
      if (s.firstEvent > 0) {
        firstEvent.add(s.firstEvent - s.start);
      }
      if (s.position > 0) {
        queued++;
        farthest = Math.max(farthest, s.position);
      }
      done.add(s.done - s.start);
      deltas += s.deltas;
      if (s.refused) {
        refused++;
      }
    }
    double seconds = (waveEnd - waveStart) / 1e9;
    double perSecond = done.size() / seconds;
    System.out.printf("| %-48s | %10.2f | %8s | %8s | %8d |%n", name, perSecond, ms(pct(done, 50)), ms(pct(done, 99)), errors);
    System.out.printf("  SSE: %d streams launched in %s, %d answered (%d refused as out of scope / no basis), %d errors, wave %.2f s%n",
        n, ms(launched - waveStart), done.size(), refused, errors, seconds);
    System.out.printf("  SSE: first event (ack) p50 %s p99 %s max %s; %d streams told their place in line (queue events), farthest %d%n",
        ms(pct(firstEvent, 50)), ms(pct(firstEvent, 99)), ms(pct(firstEvent, 100)), queued, farthest);
    System.out.printf("  SSE: first delta p50 %s p99 %s max %s; done p50 %s p99 %s max %s; %.1f deltas per answer; peak open streams %d%n",
        ms(pct(firstDelta, 50)), ms(pct(firstDelta, 99)), ms(pct(firstDelta, 100)),
        ms(pct(done, 50)), ms(pct(done, 99)), ms(pct(done, 100)),
        done.isEmpty() ? 0.0 : (double) deltas / done.size(), peakOpen.get());
    errorKinds.forEach((kind, count) -> System.out.printf("  SSE error: %d × %s%n", count, kind));
    if (before.ok && after.ok) {
      System.out.printf("  backend: heap used peak %.0f MiB (max %.0f MiB), after %.0f MiB; GC pauses during wave %d, %.0f ms total; live threads peak %d%n",
          sampler.peakHeap / 1048576.0, after.heapMax / 1048576.0, after.heapUsed / 1048576.0,
          (long) (after.gcCount - before.gcCount), (after.gcSeconds - before.gcSeconds) * 1000, (long) sampler.peakThreads);
    } else {
      System.out.println("  backend: /actuator/prometheus not readable, no heap figures");
    }
    System.exit(0);
  }

  static long pct(List<Long> values, int p) {
    if (values.isEmpty()) {
      return -1;
    }
    long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  static String ms(long nanos) {
    if (nanos < 0) {
      return "-";
    }
    double millis = nanos / 1e6;
    return millis >= 1000 ? String.format("%.2fs", millis / 1000) : String.format("%.2fms", millis);
  }

  /** One answer stream's timings. */
  static final class Stream {
    volatile long start;
    volatile long firstEvent;
    volatile long firstDelta;
    volatile long position;
    volatile long done;
    volatile int status;
    volatile int deltas;
    volatile boolean refused;
    volatile String error;
  }

  static final Pattern POSITION = Pattern.compile("\"position\"\\s*:\\s*(\\d+)");

  /** Reads an SSE stream line by line: {@code event:delta}, {@code event:done} and the data after done. */
  static final class Lines implements Flow.Subscriber<String> {
    private final Stream s;
    private final AtomicInteger open;
    private String event = "";
    private boolean closed;

    Lines(Stream s, AtomicInteger open) {
      this.s = s;
      this.open = open;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
      if (line.startsWith("event:")) {
        event = line.substring(6).strip();
        if (s.firstEvent == 0) {
          s.firstEvent = System.nanoTime();
        }
        if (event.equals("delta")) {
          s.deltas++;
          if (s.firstDelta == 0) {
            s.firstDelta = System.nanoTime();
          }
        } else if (event.equals("done") && s.done == 0) {
          s.done = System.nanoTime();
        }
      } else if (line.startsWith("data:") && event.equals("done")) {
        s.refused = line.contains("\"refused\":true");
      } else if (line.startsWith("data:") && event.equals("queue") && s.position == 0) {
        Matcher m = POSITION.matcher(line);
        if (m.find()) {
          s.position = Long.parseLong(m.group(1));
        }
      }
    }

    @Override
    public void onError(Throwable throwable) {
      close();
    }

    @Override
    public void onComplete() {
      close();
    }

    private void close() {
      if (!closed) {
        closed = true;
        open.decrementAndGet();
      }
    }
  }

  /** The backend's JVM figures from /actuator/prometheus. */
  record Metrics(boolean ok, double heapUsed, double heapMax, double gcCount, double gcSeconds, double threads) {
    static Metrics scrape(HttpClient client, String base) {
      try {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")).timeout(Duration.ofSeconds(10));
        String token = System.getenv("PORTAL_METRICS_TOKEN");
        if (token != null && !token.isBlank()) {
          request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
          return new Metrics(false, 0, 0, 0, 0, 0);
        }
        String text = answer.body();
        return new Metrics(true, sum(text, "jvm_memory_used_bytes", "area=\"heap\""),
            sum(text, "jvm_memory_max_bytes", "area=\"heap\""), sum(text, "jvm_gc_pause_seconds_count", ""),
            sum(text, "jvm_gc_pause_seconds_sum", ""), sum(text, "jvm_threads_live_threads", ""));
      } catch (IOException | InterruptedException | RuntimeException e) {
        return new Metrics(false, 0, 0, 0, 0, 0);
      }
    }

    private static double sum(String text, String metric, String label) {
      double total = 0;
      for (String line : text.split("\n")) {
        if (line.startsWith(metric) && (line.length() > metric.length() && (line.charAt(metric.length()) == '{' || line.charAt(metric.length()) == ' '))
            && line.contains(label)) {
          double v = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
          if (v > 0) {
            total += v;
          }
        }
      }
      return total;
    }
  }

  /** Samples heap and threads every second while the wave runs. */
  static final class Sampler implements Runnable {
    private final HttpClient client;
    private final String base;
    volatile boolean stop;
    volatile double peakHeap;
    volatile double peakThreads;

    Sampler(HttpClient client, String base) {
      this.client = client;
      this.base = base;
    }

    @Override
    public void run() {
      while (!stop) {
        Metrics m = Metrics.scrape(client, base);
        if (m.ok()) {
          peakHeap = Math.max(peakHeap, m.heapUsed());
          peakThreads = Math.max(peakThreads, m.threads());
        }
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }
}
