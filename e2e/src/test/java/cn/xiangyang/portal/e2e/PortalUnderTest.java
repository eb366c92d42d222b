package cn.xiangyang.portal.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The packaged portal as a user gets it: the backend and frontend jars of this build, each in its own
 * JVM, against this machine's real PostgreSQL (a throwaway database) and Redis, or the embedded ones
 * the backend starts when none are listening. Started once per test run; stopped when the run ends.
 */
final class PortalUnderTest {

  static final String ADMIN_PASSWORD = "E2e-admin-2026";
  private static final String RUN =
      UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private static PortalUnderTest instance;

  final String backendUrl;
  final String frontendUrl;
  final Path out;
  private final List<Process> processes = new ArrayList<>();
  private String database;
  private final Map<String, String> backendEnv = new java.util.HashMap<>();
  private final List<String> backendArgs = new ArrayList<>();
  private Replica replica;

  /** A second backend and frontend on the same database and Redis, as a second replica behind a balancer. */
  record Replica(String backendUrl, String frontendUrl) {}

  static synchronized PortalUnderTest get() {
    if (instance == null) {
      instance = new PortalUnderTest();
    }
    return instance;
  }

  private PortalUnderTest() {
    Path root = Path.of(System.getProperty("portal.root", ".."));
    out = Path.of(System.getProperty("portal.e2e.out", "target/e2e"));
    try {
      Files.createDirectories(out);
      int backendPort = freePort();
      int frontendPort = freePort();
      backendUrl = "http://127.0.0.1:" + backendPort;
      frontendUrl = "http://127.0.0.1:" + frontendPort;
      Runtime.getRuntime().addShutdownHook(new Thread(this::stop));

      backendEnv.put("PORTAL_BACKEND_PORT", Integer.toString(backendPort));
      backendEnv.put("PORTAL_HOME", out.resolve("home").toAbsolutePath().toString());
      backendEnv.put("PORTAL_DATA_KEY", "e2e-" + UUID.randomUUID());
      backendEnv.put("PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
      String proxyKey = "e2e-proxy-" + UUID.randomUUID();
      backendEnv.put("PORTAL_PROXY_KEY", proxyKey);
      if (listening(5432)) {
        database = "portal_e2e_" + RUN;
        try (Connection c = DriverManager.getConnection(
            "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
          c.createStatement()
              .execute("create database " + database + " encoding 'UTF8' template template0");
        }
        backendEnv.put("PORTAL_DB_URL", "postgresql://127.0.0.1:5432/" + database);
        backendEnv.put("PORTAL_DB_USER", "postgres");
      }
      if (listening(6379)) {
        backendEnv.put("PORTAL_REDIS_URL", "redis://127.0.0.1:6379");
      }
      // Every person in every journey of the run comes from this one address (the browser and the
      // tests'
      // HTTP client are on 127.0.0.1), so the limits per address would stop the run after about 30
      // logins:
      // raise them through the documented settings, as a portal serving a whole NAT would. The
      // limits per
      // account and per phone stay as in production.
      backendEnv.put("PORTAL_LOGINS_PER_IP", "100000");
      backendEnv.put("PORTAL_REGISTRATIONS_PER_IP", "100000");
      backendEnv.put("PORTAL_SMS_CODES_PER_IP", "100000");
      backendArgs.add("--portal.redis.key-prefix=e2e-" + RUN + ":");
      // Hearings are listed at once (no objection period), so a journey can watch one it just
      // scheduled.
      backendArgs.add("--portal.hearings.objection-period=0s");
      // Through the start command's launcher, as ./portal.sh runs it (embedded servers when none
      // run here).
      List<String> launcherArgs =
          new ArrayList<>(List.of(root.resolve("backend/target/backend.jar").toString()));
      launcherArgs.addAll(backendArgs);
      start("backend", root.resolve("launcher/target/launcher-exec.jar"), backendEnv, launcherArgs);
      waitFor(backendUrl + "/api/v1/ping", "backend", Duration.ofSeconds(180));

      start(
          "frontend",
          root.resolve("frontend/target/frontend.jar"),
          Map.of(
              "PORTAL_FRONTEND_PORT",
              Integer.toString(frontendPort),
              "PORTAL_BACKEND_URL",
              backendUrl,
              "PORTAL_PROXY_KEY",
              proxyKey),
          List.of());
      waitFor(frontendUrl + "/", "frontend", Duration.ofSeconds(120));
    } catch (Exception e) {
      stop();
      throw new IllegalStateException(
          "could not start the portal for browser tests: " + e.getMessage(), e);
    }
  }

  /** Starts (once) a second backend and a frontend that talks to it; the first pair keeps running. */
  synchronized Replica replica() {
    if (replica != null) {
      return replica;
    }
    Path root = Path.of(System.getProperty("portal.root", ".."));
    try {
      int backendPort = freePort();
      int frontendPort = freePort();
      Map<String, String> env = new java.util.HashMap<>(backendEnv);
      env.put("PORTAL_BACKEND_PORT", Integer.toString(backendPort));
      start("backend-2", root.resolve("backend/target/backend.jar"), env, backendArgs);
      String backend2 = "http://127.0.0.1:" + backendPort;
      waitFor(backend2 + "/api/v1/ping", "backend-2", Duration.ofSeconds(180));
      start(
          "frontend-2",
          root.resolve("frontend/target/frontend.jar"),
          Map.of(
              "PORTAL_FRONTEND_PORT",
              Integer.toString(frontendPort),
              "PORTAL_BACKEND_URL",
              backend2),
          List.of());
      String frontend2 = "http://127.0.0.1:" + frontendPort;
      waitFor(frontend2 + "/", "frontend-2", Duration.ofSeconds(120));
      replica = new Replica(backend2, frontend2);
      return replica;
    } catch (Exception e) {
      throw new IllegalStateException("could not start the second replica: " + e.getMessage(), e);
    }
  }

  private void start(String name, Path jar, Map<String, String> env, List<String> args)
      throws IOException {
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          jar + " is missing: run the build from the repository root (./mvnw verify)");
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(
        java,
        "--enable-native-access=ALL-UNNAMED",
        "--add-modules",
        "jdk.incubator.vector",
        "-XX:+UseSerialGC",
        "-Xmx768m",
        "-jar",
        jar.toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    builder.redirectErrorStream(true);
    builder.redirectOutput(out.resolve(name + ".log").toFile());
    processes.add(builder.start());
  }

  private void waitFor(String url, String name, Duration limit) throws Exception {
    HttpClient client =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(limit);
    while (Instant.now().isBefore(deadline)) {
      if (processes.stream().anyMatch(p -> !p.isAlive())) {
        throw new IllegalStateException(
            name + " exited; see " + out.resolve(name + ".log") + ":\n" + tail(name));
      }
      try {
        HttpResponse<Void> response = client.send(
            HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5))
                .build(),
            HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() < 500) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(name + " did not answer within " + limit + ":\n" + tail(name));
  }

  private String tail(String name) {
    try {
      List<String> lines = Files.readAllLines(out.resolve(name + ".log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private synchronized void stop() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process p = processes.get(i);
      p.destroy();
      try {
        if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    processes.clear();
    if (database != null) {
      try (Connection c = DriverManager.getConnection(
          "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
        c.createStatement().execute("drop database if exists " + database + " with (force)");
      } catch (Exception e) {
        System.err.println("could not drop " + database + ": " + e.getMessage());
      }
      database = null;
    }
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
