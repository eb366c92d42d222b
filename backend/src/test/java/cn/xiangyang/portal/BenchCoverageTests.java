package cn.xiangyang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Keeps {@code bench/} current with every endpoint (issue 18): each mapping of a {@code @RestController}
 * (class-level {@code @RequestMapping} prefixes included, read through Spring's merged annotations, no
 * application context) must be requested by a bench row, or be in {@link #EXCLUDED} with the reason.
 *
 * <p>What counts as a row, read from the text of {@code bench/run.sh} and {@code bench/rows.d/*.sh}:
 * <ul>
 *   <li>a {@code row "name" ... wrk arguments} invocation (backslash continuations joined, so the
 *       {@code BENCH_...=} settings before it belong to it): its URL is the {@code $PORTAL_URL/...}
 *       argument, or, when its Lua script reads {@code BENCH_PREFIX}, that prefix (the row's, else the
 *       script's default) + one path segment per object + {@code BENCH_SUFFIX}; its method is the row's
 *       {@code BENCH_METHOD=}, else the script's ({@code wrk.method = "POST"}, {@code wrk.format("GET"}),
 *       else GET;</li>
 *   <li>a Java load client ({@code java bench/X.java ... --name "POST filings/{id}/submit (...)"}): the
 *       endpoint its {@code --name} names (method, then the path under /api/v1/; "..." stands for any
 *       segments). The requests a client makes to set itself up (logins, registrations) do not count;</li>
 *   <li>a call of a shell function of the same file that runs a Java load client with {@code --name "$1"}
 *       ({@code once "POST staff/cases/{id}/accept (each once)" ...}): the endpoint its first argument names.</li>
 * </ul>
 * Requests made with {@code curl} to prepare a row are setup, not rows, and do not count either.
 * A bench path segment that is a variable ({@code $case_id}) matches only a path variable of the
 * mapping; a literal one matches the same literal or a variable, and the most literal mapping wins, as
 * in Spring's own matching. Fast and offline: it reads class files and text.
 */
class BenchCoverageTests {

  private static final Path BENCH = Path.of("../bench");

  /**
   * Endpoints deliberately without a row, each with the reason. The test also fails when one of these
   * gets a row or no longer exists, so that the list stays true.
   */
  static final Map<String, String> EXCLUDED = Map.ofEntries(
      // Argon2id by design (a login costs ~60 ms of CPU at 15/s on this machine, issue 18's table
      // says
      // "deliberately slow: excluded"); the login row already measures the hash once, these would
      // measure the same hash again.
      Map.entry(
          "POST /api/v1/accounts/workers",
          "registration: one Argon2id hash plus a one-time SMS code per phone (Argon2 is measured by the login row)"),
      Map.entry(
          "POST /api/v1/accounts/employers",
          "registration: Argon2id plus a one-time SMS code per phone (the login row measures Argon2)"),
      Map.entry(
          "POST /api/v1/accounts/visitors",
          "registration: Argon2id plus a one-time SMS code per phone (the login row measures Argon2)"),
      Map.entry(
          "POST /api/v1/accounts/me/password",
          "password change: two Argon2id hashes (check and new) by design, and it ends the other sessions the bench's token rows use"),
      Map.entry(
          "POST /api/v1/staff/accounts",
          "creating a staff account: one Argon2id hash by design (the login row measures Argon2)"),
      Map.entry(
          "POST /api/v1/accounts/me/phone",
          "changing the phone needs a fresh one-time SMS code for the new number per request (one code = one change)"),
      Map.entry(
          "DELETE /api/v1/sessions/current",
          "sign-out ends the token it is called with: every request needs a fresh login, i.e. Argon2id (the login row)"),
      // Uploads: multipart bodies of real files; the evidence store writes every one to disk under
      // the
      // case, so a wrk row would measure the disk filling, and wrk cannot build multipart bodies
      // per request.
      Map.entry(
          "POST /api/v1/filings/{id}/evidence",
          "multipart file upload (evidence written to disk per request)"),
      Map.entry(
          "POST /api/v1/cases/{id}/evidence",
          "multipart file upload by the respondent (written to disk per request)"),
      Map.entry(
          "POST /api/v1/accounts/employers/verification",
          "multipart upload of the business licence (written to disk per request)"),
      // Binary downloads: the bytes of a rendered PDF, a PNG chart, or a stored file.
      Map.entry(
          "GET /api/v1/cases/{id}/application.pdf",
          "binary download: a rendered PDF (PDFBox, fonts), not an API read"),
      Map.entry(
          "GET /api/v1/cases/{id}/evidence/{evidenceId}",
          "binary download of a stored evidence file (needs an upload first)"),
      Map.entry(
          "GET /api/v1/staff/employers/{id}/documents/{documentId}",
          "binary download of an uploaded licence (needs an upload first)"),
      Map.entry(
          "POST /api/v1/compliance/checkups/report.pdf", "binary download: a rendered PDF report"),
      Map.entry(
          "GET /api/v1/compliance/checkups/{id}/report.pdf",
          "binary download: a rendered PDF report"),
      Map.entry(
          "GET /api/v1/compliance/checkups/{id}/chart.png",
          "binary download: a rendered PNG chart"),
      Map.entry("POST /api/v1/compliance/risk-chart", "binary download: a rendered PNG chart"),
      Map.entry(
          "DELETE /api/v1/filings/{id}/evidence/{evidenceId}",
          "needs an uploaded evidence file per request (uploads are excluded above)"),
      // No true value to write back: the bench writes figures only as they are (admin.sh), and
      // Xiangyang's average
      // wage is not known yet; an invented one would feed the compensation cap of the calculators
      // (第四十七条第二款).
      Map.entry(
          "PUT /api/v1/staff/local-figures/average-wage/{year}",
          "no official figure to write back (none is known yet): the bench does not invent one"),
      // The same for a commission's address, hours and phone: no public source gives them yet
      // (issue 14),
      // and a bench against a real backend would write an invented one into its notices.
      Map.entry(
          "PUT /api/v1/staff/commissions/{id}/contact",
          "no sourced contact to write back (none is known yet): the bench does not invent one"),
      Map.entry(
          "GET /api/v1/cases/{id}/documents/{documentId}/notice.pdf",
          "binary download (a PDF rendered per document), like the application PDF"));

  /**
   * Endpoints known to lack a row, to be written: a ratchet, not an excuse. The test fails when a new endpoint is
   * neither benched nor here, and when one of these gets a row and is not removed. Empty since the employer rows
   * measure case codes and impostor reports (issue 18).
   */
  static final Map<String, String> NOT_YET = Map.of();

  record Endpoint(String method, String path) implements Comparable<Endpoint> {
    @Override
    public String toString() {
      return method + " " + path;
    }

    @Override
    public int compareTo(Endpoint o) {
      int c = path.compareTo(o.path);
      return c != 0 ? c : method.compareTo(o.method);
    }

    List<String> segments() {
      return Arrays.asList(path.substring(1).split("/", -1));
    }

    long literals() {
      return segments().stream().filter(s -> !s.startsWith("{")).count();
    }
  }

  /** A request a row makes: method and the path's segments ("*" a variable, "..." any segments). */
  record Request(String method, List<String> segments, String source) {}

  @Test
  void everyEndpointHasABenchRowOrAReasonWhyNot() throws IOException {
    Set<Endpoint> endpoints = endpoints();
    List<Request> requests = requests();
    Map<Endpoint, List<String>> covered = new TreeMap<>();
    for (Request r : requests) {
      best(endpoints, r)
          .ifPresent(e -> covered.computeIfAbsent(e, k -> new ArrayList<>()).add(r.source()));
    }
    Set<Endpoint> missing = new TreeSet<>(endpoints);
    missing.removeAll(covered.keySet());
    List<String> unexcused = missing.stream()
        .map(Endpoint::toString)
        .filter(e -> !EXCLUDED.containsKey(e) && !NOT_YET.containsKey(e))
        .toList();
    assertThat(NOT_YET.keySet())
        .as("both excluded and not yet benched")
        .doesNotContainAnyElementsOf(EXCLUDED.keySet());
    List<String> stale = Stream.concat(EXCLUDED.keySet().stream(), NOT_YET.keySet().stream())
        .filter(e -> endpoints.stream().noneMatch(x -> x.toString().equals(e))
            || covered.keySet().stream().anyMatch(x -> x.toString().equals(e)))
        .sorted()
        .toList();
    System.out.printf(
        "bench coverage: %d of %d endpoints have a row; %d excluded with a reason, %d not yet benched%n",
        covered.size(), endpoints.size(), EXCLUDED.size(), NOT_YET.size());
    missing.forEach(e -> System.out.println("  no row: " + e
        + (EXCLUDED.containsKey(e.toString())
            ? "  (excluded: " + EXCLUDED.get(e.toString()) + ")"
            : NOT_YET.containsKey(e.toString())
                ? "  (not yet: " + NOT_YET.get(e.toString()) + ")"
                : "")));
    assertThat(unexcused)
        .as(
            "endpoints without a bench row: add a row in a bench/rows.d/*.sh (see bench/run.sh), or list it in "
                + "BenchCoverageTests.EXCLUDED with the reason")
        .isEmpty();
    assertThat(stale)
        .as(
            "exclusions that now have a row or no longer exist: remove them from BenchCoverageTests.EXCLUDED or NOT_YET")
        .isEmpty();
  }

  /** The matcher itself: variables, literals, the most literal mapping, "..." and the method. */
  @Test
  void matchesBenchPathsToMappingsLikeSpringDoes() {
    Set<Endpoint> endpoints = Set.of(
        new Endpoint("GET", "/api/v1/hearings/{id}"),
            new Endpoint("GET", "/api/v1/hearings/stream"),
        new Endpoint("GET", "/api/v1/staff/hearings/rooms"),
            new Endpoint("POST", "/api/v1/assistant/conversations/{id}/messages"),
        new Endpoint("POST", "/api/v1/calculators/{name}"),
            new Endpoint("POST", "/api/v1/calculators/limitation"));
    assertThat(best(endpoints, request("GET", "/api/v1/hearings/stream")))
        .map(Endpoint::path)
        .contains("/api/v1/hearings/stream");
    assertThat(best(endpoints, request("GET", "/api/v1/hearings/$hearing")))
        .map(Endpoint::path)
        .contains("/api/v1/hearings/{id}");
    assertThat(best(endpoints, request("POST", "/api/v1/calculators/$1")))
        .map(Endpoint::path)
        .contains("/api/v1/calculators/{name}");
    assertThat(best(endpoints, request("POST", "/api/v1/calculators/limitation")))
        .map(Endpoint::path)
        .contains("/api/v1/calculators/limitation");
    assertThat(best(endpoints, request("POST", "/api/v1/assistant/.../messages")))
        .map(Endpoint::path)
        .contains("/api/v1/assistant/conversations/{id}/messages");
    assertThat(best(endpoints, request("GET", "/api/v1/staff/hearings/$id")))
        .isEmpty(); // a variable is not "rooms"
    assertThat(best(endpoints, request("POST", "/api/v1/hearings/stream")))
        .isEmpty(); // wrong method
    assertThat(best(endpoints, request("GET", "/api/v1/hearings"))).isEmpty();
  }

  @Test
  void readsRowsFromTheShellText() {
    Map<String, String> luas = Map.of(
        "bench/post-json.lua",
        "wrk.method = \"POST\"",
        "bench/rotate-cases.lua",
        "local prefix = os.getenv(\"BENCH_PREFIX\") or \"/api/v1/cases/\"\nreturn wrk.format(\"GET\", c[1], c[2])",
        "bench/rotate-ids.lua",
        "local prefix = os.getenv(\"BENCH_PREFIX\")\nlocal suffix = os.getenv(\"BENCH_SUFFIX\") or \"\"\nwrk.format(os.getenv(\"BENCH_METHOD\") or \"GET\"");
    String text = """
        # row "GET /not/a/row" "$PORTAL_URL/api/v1/commented"
        BENCH_BODY='{"a":1}' \\
          row "POST calculators/x" -s bench/post-json.lua "$PORTAL_URL/api/v1/calculators/$1"
        row "GET ping" "$PORTAL_URL/api/v1/ping?x=1"
        curl -fsS -X POST "$PORTAL_URL/api/v1/staff/cases/$case_id/accept" >/dev/null
        BENCH_CASES="$f" BENCH_PREFIX="/api/v1/inbox?case=" row "GET inbox" -s bench/rotate-cases.lua "$PORTAL_URL"
        BENCH_CASES="$f" row "GET case" -s bench/rotate-cases.lua "$PORTAL_URL"
        BENCH_IDS="$f" BENCH_METHOD=PUT BENCH_PREFIX=/api/v1/staff/hearings/rooms/ row "PUT room" -s bench/rotate-ids.lua "$PORTAL_URL"
        BENCH_IDS="$f" BENCH_PREFIX="/api/v1/staff/cases/" BENCH_SUFFIX="/audit" row "GET audit" -s bench/rotate-ids.lua "$PORTAL_URL"
        java bench/FilingLoad.java --url "$PORTAL_URL" \\
          --name "POST filings/{id}/submit ($FILING_N, $CONNECTIONS at once)" 2>&1 | tee x
        java bench/FilingLoad.java --url "$PORTAL_URL" --name "setup: cases for the rows below" >/dev/null
        once() { # name, method, path
          java bench/OnceLoad.java --url "$PORTAL_URL" --method "$2" --path "$3" --name "$1"
        }
        once "POST staff/cases/{id}/accept (each once)" POST "/api/v1/staff/cases/{id}/accept"
        """;
    List<String> found = rowRequests(text, "t.sh", luas::get).stream()
        .map(r -> r.method() + " /" + String.join("/", r.segments()))
        .toList();
    assertThat(found)
        .containsExactly(
            "POST /api/v1/calculators/*",
            "GET /api/v1/ping",
            "GET /api/v1/inbox",
            "GET /api/v1/cases/*",
            "PUT /api/v1/staff/hearings/rooms/*",
            "GET /api/v1/staff/cases/*/audit",
            "POST /api/v1/filings/*/submit",
            "POST /api/v1/staff/cases/*/accept");
  }

  // ---- the mappings
  // ---------------------------------------------------------------------------------

  static Set<Endpoint> endpoints() {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
    Set<Endpoint> endpoints = new TreeSet<>();
    for (BeanDefinition bd : scanner.findCandidateComponents("cn.xiangyang.portal")) {
      Class<?> type;
      try {
        type = Class.forName(bd.getBeanClassName());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      RequestMapping prefix =
          AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
      String[] prefixes =
          prefix == null || prefix.path().length == 0 ? new String[] {""} : prefix.path();
      for (Method m : ReflectionUtils.getUniqueDeclaredMethods(type)) {
        RequestMapping mapping =
            AnnotatedElementUtils.findMergedAnnotation(m, RequestMapping.class);
        if (mapping == null) {
          continue;
        }
        String[] paths = mapping.path().length == 0 ? new String[] {""} : mapping.path();
        assertThat(mapping.method())
            .as("%s.%s maps every HTTP method", type.getSimpleName(), m.getName())
            .isNotEmpty();
        for (String p : prefixes) {
          for (String path : paths) {
            String full = p + (path.isEmpty() || path.startsWith("/") ? path : "/" + path);
            for (var method : mapping.method()) {
              endpoints.add(new Endpoint(method.name(), full));
            }
          }
        }
      }
    }
    assertThat(endpoints)
        .as("no controllers found: is the classpath the backend's?")
        .hasSizeGreaterThan(50);
    return endpoints;
  }

  // ---- the rows
  // -------------------------------------------------------------------------------------

  static List<Request> requests() throws IOException {
    assertThat(BENCH.resolve("run.sh"))
        .as("bench/ next to backend/ (tests run in backend/)")
        .exists();
    List<Path> files = new ArrayList<>();
    files.add(BENCH.resolve("run.sh"));
    try (Stream<Path> rows = Files.list(BENCH.resolve("rows.d"))) {
      rows.filter(p -> p.toString().endsWith(".sh")).sorted().forEach(files::add);
    }
    List<Request> requests = new ArrayList<>();
    for (Path f : files) {
      requests.addAll(rowRequests(
          Files.readString(f, StandardCharsets.UTF_8),
          BENCH.relativize(f).toString(),
          BenchCoverageTests::lua));
    }
    return requests;
  }

  private static String lua(String script) {
    try {
      return Files.readString(BENCH.resolveSibling(script), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("a row runs " + script + ", which cannot be read", e);
    }
  }

  private static final Pattern ROW = Pattern.compile("(?:^|[\\s;(])row\\s+\"");
  private static final Pattern JAVA_ROW =
      Pattern.compile("(?:^|[\\s;(])java\\s+.*bench/\\w+\\.java.*--name\\s+\"([^\"]+)\"");
  private static final Pattern FUNCTION = Pattern.compile("^\\s*(\\w+)\\(\\)\\s*\\{");
  private static final Pattern WRAPPER_CALL = Pattern.compile("^(\\w+)\\s+\"([^\"]+)\"");
  private static final Pattern URL = Pattern.compile("\\$\\{?PORTAL_URL}?(/[^\"'\\s]*)");
  private static final Pattern SCRIPT = Pattern.compile("-s\\s+(bench/[\\w.-]+\\.lua)");
  private static final Pattern LUA_METHOD = Pattern.compile(
      "wrk\\.method\\s*=\\s*\"(\\w+)\"|wrk\\.format\\(\\s*\"(\\w+)\"|os\\.getenv\\(\"BENCH_METHOD\"\\)\\s*or\\s*\"(\\w+)\"");
  private static final Pattern LUA_PREFIX =
      Pattern.compile("os\\.getenv\\(\"BENCH_PREFIX\"\\)(?:\\s*or\\s*\"([^\"]*)\")?");

  static List<Request> rowRequests(String text, String source, Function<String, String> luaText) {
    List<Request> requests = new ArrayList<>();
    String[] lines = text.replace("\\\n", " ").split("\n");
    Set<String> javaWrappers = new TreeSet<>();
    String function = null;
    for (String line : lines) {
      Matcher def = FUNCTION.matcher(line);
      if (def.find()) {
        function = def.group(1);
      }
      if (function != null
          && line.contains("bench/")
          && line.contains(".java")
          && line.contains("--name \"$1\"")) {
        javaWrappers.add(function);
      }
      if (line.strip().equals("}") || line.strip().endsWith("; }")) {
        function = null;
      }
    }
    for (String line : lines) {
      String code = line.strip();
      if (code.startsWith("#")) {
        continue;
      }
      Matcher javaRow = JAVA_ROW.matcher(code);
      Matcher wrapped = WRAPPER_CALL.matcher(code);
      boolean isWrapped = wrapped.find() && javaWrappers.contains(wrapped.group(1));
      if (isWrapped || javaRow.find()) {
        String name = isWrapped ? wrapped.group(2) : javaRow.group(1);
        int paren = name.indexOf(" (");
        String[] words = (paren < 0 ? name : name.substring(0, paren)).strip().split("\\s+", 2);
        if (words.length == 2 && words[0].matches("GET|POST|PUT|DELETE|PATCH")) {
          String path = words[1].replaceAll("\\s+", "/");
          requests.add(new Request(
              words[0],
              segments(path.startsWith("/") ? path : "/api/v1/" + path),
              source + ": " + name));
        }
        continue;
      }
      if (!ROW.matcher(code).find()) {
        continue;
      }
      Matcher s = SCRIPT.matcher(code);
      String lua = s.find() ? luaText.apply(s.group(1)) : "";
      String method = setting(code, "BENCH_METHOD");
      if (method == null) {
        Matcher lm = LUA_METHOD.matcher(lua);
        method = !lm.find()
            ? "GET"
            : lm.group(1) != null ? lm.group(1) : lm.group(2) != null ? lm.group(2) : lm.group(3);
      }
      List<String> paths = new ArrayList<>();
      Matcher lp = LUA_PREFIX.matcher(lua);
      String prefix = lp.find()
          ? Objects.requireNonNullElse(
              setting(code, "BENCH_PREFIX"), Objects.requireNonNullElse(lp.group(1), ""))
          : "";
      if (!prefix.isEmpty()) {
        String suffix =
            lua.contains("os.getenv(\"BENCH_SUFFIX\")") ? setting(code, "BENCH_SUFFIX") : null;
        paths.add(prefix + "$object" + (suffix == null ? "" : suffix));
      } else {
        Matcher u = URL.matcher(code);
        while (u.find()) {
          paths.add(u.group(1));
        }
      }
      for (String p : paths) {
        if (!p.isEmpty() && !p.startsWith("?")) {
          requests.add(
              new Request(method.toUpperCase(Locale.ROOT), segments(p), source + ": " + code));
        }
      }
    }
    return requests;
  }

  /** NAME=value, NAME="value" or NAME='value' on the line, else null. */
  private static @org.jspecify.annotations.Nullable String setting(String line, String name) {
    Matcher m = Pattern.compile("(?:^|\\s)" + name + "=(?:\"([^\"]*)\"|'([^']*)'|(\\S+))")
        .matcher(line);
    if (!m.find()) {
      return null;
    }
    return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
  }

  /** "/api/v1/cases/$id/audit?x=1" → [api, v1, cases, *, audit]; "..." stays (any segments). */
  static List<String> segments(String path) {
    String p = path;
    int q = p.indexOf('?');
    if (q >= 0) {
      p = p.substring(0, q);
    }
    if (p.startsWith("/")) {
      p = p.substring(1);
    }
    if (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return Arrays.stream(p.split("/", -1))
        .map(seg -> seg.equals("...") ? seg : seg.contains("$") || seg.contains("{") ? "*" : seg)
        .collect(Collectors.toList());
  }

  private static Request request(String method, String path) {
    return new Request(method, segments(path), "test");
  }

  static Optional<Endpoint> best(Set<Endpoint> endpoints, Request r) {
    return endpoints.stream()
        .filter(e -> e.method().equals(r.method()) && matches(e.segments(), 0, r.segments(), 0))
        .max(Comparator.comparingLong(Endpoint::literals));
  }

  private static boolean matches(List<String> template, int t, List<String> bench, int b) {
    if (b == bench.size()) {
      return t == template.size();
    }
    String seg = bench.get(b);
    if (seg.equals("...")) {
      for (int skip = 0; t + skip <= template.size(); skip++) {
        if (matches(template, t + skip, bench, b + 1)) {
          return true;
        }
      }
      return false;
    }
    if (t == template.size()) {
      return false;
    }
    String tmpl = template.get(t);
    boolean ok = tmpl.startsWith("{") || (!seg.equals("*") && tmpl.equals(seg));
    return ok && matches(template, t + 1, bench, b + 1);
  }
}
