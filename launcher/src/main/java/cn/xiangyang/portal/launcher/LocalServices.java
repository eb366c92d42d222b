package cn.xiangyang.portal.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * The "no installation" defaults of the start command, outside the production backend.
 *
 * <p>For each of PostgreSQL and Redis that is not configured through the environment, uses a server
 * already listening on the standard local port, or else starts a real embedded one whose data lives in
 * the portal's home folder ({@code PORTAL_HOME}, default {@code ~/.local/share/xiangyang-portal}), so a
 * restart keeps every account and case. Also creates, once, the data-encryption key and the first
 * administrator's password there. With {@code PORTAL_EMBEDDED=always} it starts embedded servers even
 * when local ones are listening; with {@code never} it prepares nothing.
 *
 * <p>The embedded PostgreSQL is as durable as a production one: {@code fsync}, {@code
 * synchronous_commit} and {@code full_page_writes} on (a commit returns, and so the backend answers,
 * only once the commit is on disk), and data checksums on every cluster it creates. Redis keeps an
 * append-only file synced every second. {@link #supervise()} watches both and restarts one that died,
 * on the same port and data, saying so in the log; the backend's pools reconnect by themselves.
 */
public final class LocalServices implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LocalServices.class);

  private final Map<String, String> settings = new LinkedHashMap<>();
  private final Path home;
  private @Nullable EmbeddedPostgres postgres;
  private @Nullable Path postgresData;
  private int postgresPort;
  private @Nullable RedisServer redis;
  private @Nullable Path redisData;
  private int redisPort;
  private @Nullable ScheduledExecutorService supervisor;
  private volatile boolean closed;

  private LocalServices(Path home) {
    this.home = home;
  }

  /** Prepares whatever is missing; {@link #settings()} then holds what the backend must be given. */
  public static LocalServices prepare() {
    LocalServices services = new LocalServices(home());
    if ("never".equalsIgnoreCase(setting("PORTAL_EMBEDDED"))) {
      return services;
    }
    try {
      Files.createDirectories(services.home);
      services.prepareDatabase();
      services.prepareRedis();
      services.prepareSecret("PORTAL_DATA_KEY", "data-key", 32);
      // shown by the frontend to the backend with every X-Forwarded-For (see the backend's
      // ClientAddress)
      services.prepareSecret("PORTAL_PROXY_KEY", "proxy-key", 32);
      if (services.prepareSecret("PORTAL_ADMIN_PASSWORD", "admin-password", 9) != null) {
        log.info("首次启动：管理员账号 admin 的初始密码保存在 {}", services.home.resolve("admin-password"));
      }
    } catch (IOException | RuntimeException e) {
      services.close();
      throw e instanceof IOException io
          ? new UncheckedIOException("无法准备本地服务目录 " + services.home, io)
          : (RuntimeException) e;
    }
    return services;
  }

  /** Environment variables for the backend: database, Redis and secrets chosen here. */
  public Map<String, String> settings() {
    return Map.copyOf(settings);
  }

  /** The embedded PostgreSQL's postmaster, when one runs. */
  public Optional<ProcessHandle> postgresProcess() {
    return postgresData == null ? Optional.empty() : postmaster(postgresData);
  }

  /** True when this started an embedded PostgreSQL. */
  public boolean embeddedPostgres() {
    return postgresData != null;
  }

  /**
   * Checks the embedded servers every {@code period} and restarts one that is no longer running, on
   * the same port and data directory, logging an error each time. A restart that fails is retried at
   * the next check.
   */
  public synchronized void supervise(Duration period) {
    if (supervisor != null || (postgresData == null && redisData == null)) {
      return;
    }
    supervisor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "local-services-supervisor");
      t.setDaemon(true);
      return t;
    });
    supervisor.scheduleWithFixedDelay(
        this::check, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void check() {
    if (closed) {
      return;
    }
    try {
      if (postgresData != null
          && postmaster(postgresData).filter(ProcessHandle::isAlive).isEmpty()) {
        log.error("内置 PostgreSQL（端口 {}）已停止运行，正在用原数据目录重新启动 …", postgresPort);
        restartPostgres();
        log.error("内置 PostgreSQL 已重新启动（端口 {}）；后端会自动重新连接。", postgresPort);
      }
      if (redisData != null && !listening(redisPort)) {
        log.error("内置 Redis（端口 {}）已停止运行，正在用原数据目录重新启动 …", redisPort);
        restartRedis();
        log.error("内置 Redis 已重新启动（端口 {}）；后端会自动重新连接。", redisPort);
      }
    } catch (IOException | RuntimeException e) {
      log.error("重新启动内置服务失败，稍后重试：{}", e.toString());
    }
  }

  /** Stops the supervisor and what {@link #prepare()} started, Redis first. */
  @Override
  public synchronized void close() {
    closed = true;
    if (supervisor != null) {
      supervisor.shutdownNow();
    }
    if (redis != null) {
      try {
        redis.stop();
      } catch (IOException | RuntimeException e) {
        log.warn("停止内置 Redis 失败: {}", e.toString());
      }
      redis = null;
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException | RuntimeException e) {
        log.warn("停止内置 PostgreSQL 失败: {}", e.toString());
      }
      postgres = null;
    }
  }

  static Path home() {
    String configured = setting("PORTAL_HOME");
    if (configured != null) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("user.home"), ".local", "share", "xiangyang-portal");
  }

  private static boolean alwaysEmbedded() {
    return "always".equalsIgnoreCase(setting("PORTAL_EMBEDDED"));
  }

  private void prepareDatabase() throws IOException {
    if (setting("PORTAL_DB_URL") != null) {
      return;
    }
    String user = orDefault(setting("PORTAL_DB_USER"), "postgres");
    String password = orDefault(setting("PORTAL_DB_PASSWORD"), "");
    String database = orDefault(setting("PORTAL_DB_NAME"), "portal");
    if (!alwaysEmbedded() && listening(5432)) {
      try {
        ensureDatabase(5432, user, password, database);
        settings.put("PORTAL_DB_URL", "postgresql://127.0.0.1:5432/" + database);
        settings.put("PORTAL_DB_USER", user);
        log.info("使用本机已运行的 PostgreSQL（127.0.0.1:5432，数据库 {}）", database);
        return;
      } catch (SQLException e) {
        log.warn("本机 5432 端口的 PostgreSQL 无法以用户 {} 登录（{}），改用内置 PostgreSQL", user, e.getMessage());
      }
    }
    postgresData = home.resolve("postgres");
    Files.createDirectories(postgresData);
    postgresPort = freePort(54329);
    boolean fresh = !Files.exists(postgresData.resolve("PG_VERSION"));
    postgres = startPostgres(postgresData, postgresPort, fresh);
    try {
      ensureDatabase(postgresPort, "postgres", "", database);
    } catch (SQLException e) {
      throw new IllegalStateException("内置 PostgreSQL 已启动，但无法创建数据库 " + database, e);
    }
    settings.put("PORTAL_DB_URL", "postgresql://127.0.0.1:" + postgresPort + "/" + database);
    settings.put("PORTAL_DB_USER", "postgres");
    settings.put("PORTAL_DB_PASSWORD", "");
    log.info("已启动内置 PostgreSQL（端口 {}，数据目录 {}）", postgresPort, postgresData);
  }

  /**
   * Starts PostgreSQL on the data directory with production durability. The library's own defaults
   * (fsync and synchronous_commit off, meant for throwaway test databases) lost a receipted filing
   * in a crash: every one of them is overridden here. A new cluster gets data checksums.
   */
  static EmbeddedPostgres startPostgres(Path dataDir, int port, boolean fresh) throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setDataDirectory(dataDir)
        .setCleanDataDirectory(false)
        .setRegisterShutdownHook(false)
        .setPort(port)
        .setPGStartupWait(Duration.ofSeconds(60))
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on");
    if (fresh) {
      builder.setDataDirectoryCustomizer(DataChecksums::enable);
    }
    return builder.start();
  }

  private synchronized void restartPostgres() throws IOException {
    if (closed || postgresData == null) {
      return;
    }
    if (postgres != null) {
      try {
        postgres.close(); // releases the library's lock on the data directory
      } catch (IOException | RuntimeException ignored) {
        // the server is gone already: pg_ctl stop fails, the lock is released all the same
      }
      postgres = null;
    }
    postgres = startPostgres(postgresData, postgresPort, false);
  }

  private void prepareRedis() throws IOException {
    if (setting("PORTAL_REDIS_URL") != null) {
      return;
    }
    if (!alwaysEmbedded() && listening(6379)) {
      settings.put("PORTAL_REDIS_URL", "redis://127.0.0.1:6379");
      log.info("使用本机已运行的 Redis（127.0.0.1:6379）");
      return;
    }
    redisData = home.resolve("redis");
    Files.createDirectories(redisData);
    redisPort = freePort(56379);
    redis = startRedis(redisData, redisPort);
    settings.put("PORTAL_REDIS_URL", "redis://127.0.0.1:" + redisPort);
    log.info("已启动内置 Redis（端口 {}，数据目录 {}）", redisPort, redisData);
  }

  private static RedisServer startRedis(Path dataDir, int port) throws IOException {
    RedisServer server = RedisServer.newRedisServer()
        .port(port)
        .setting("bind 127.0.0.1")
        .setting("dir " + dataDir.toAbsolutePath())
        .setting("appendonly yes")
        .setting("appendfsync everysec")
        .build();
    server.start();
    return server;
  }

  private synchronized void restartRedis() throws IOException {
    if (closed || redisData == null) {
      return;
    }
    if (redis != null) {
      try {
        redis.stop();
      } catch (IOException | RuntimeException ignored) {
        // already gone
      }
    }
    redis = startRedis(redisData, redisPort);
  }

  /** The postmaster named in the data directory's {@code postmaster.pid}, if that process exists. */
  static Optional<ProcessHandle> postmaster(Path dataDir) {
    try {
      String first = Files.readAllLines(
              dataDir.resolve("postmaster.pid"), StandardCharsets.US_ASCII)
          .getFirst()
          .strip();
      return ProcessHandle.of(Long.parseLong(first));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Returns the secret if it was created just now, null if it existed or is configured. */
  private @Nullable String prepareSecret(String name, String file, int bytes) throws IOException {
    if (setting(name) != null) {
      return null;
    }
    Path path = home.resolve(file);
    if (Files.exists(path)) {
      settings.put(name, Files.readString(path, StandardCharsets.UTF_8).strip());
      return null;
    }
    byte[] random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    String secret = HexFormat.of().formatHex(random);
    Files.writeString(path, secret + "\n", StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException ignored) {
      // Windows: the file keeps the folder's permissions.
    }
    settings.put(name, secret);
    return secret;
  }

  static void ensureDatabase(int port, String user, String password, String database)
      throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", user);
    props.setProperty("password", password);
    props.setProperty("connectTimeout", "5");
    try (Connection c = DriverManager.getConnection(
            "jdbc:postgresql://127.0.0.1:" + port + "/postgres", props);
        var check = c.prepareStatement("select 1 from pg_database where datname = ?")) {
      check.setString(1, database);
      if (!check.executeQuery().next()) {
        try (var create = c.createStatement()) {
          create.execute("create database \"" + database.replace("\"", "")
              + "\" encoding 'UTF8' template template0");
        }
      }
    }
  }

  static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort(int preferred) throws IOException {
    for (int port = preferred; port < preferred + 50; port++) {
      if (!listening(port)) {
        try (ServerSocket probe = new ServerSocket(port)) {
          return probe.getLocalPort();
        } catch (IOException busy) {
          // taken by a process not accepting connections; try the next one
        }
      }
    }
    try (ServerSocket any = new ServerSocket(0)) {
      return any.getLocalPort();
    }
  }

  static @Nullable String setting(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      value = System.getenv(name);
    }
    return value == null || value.isBlank() ? null : value;
  }

  private static String orDefault(@Nullable String value, String fallback) {
    return value == null ? fallback : value;
  }
}
