package cn.xiangyang.portal.system;

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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * The "no installation" defaults of the start command.
 *
 * <p>For each of PostgreSQL and Redis that is not configured through the environment, uses a server
 * already listening on the standard local port, or else starts a real embedded one whose data lives in
 * the portal's home folder ({@code PORTAL_HOME}, default {@code ~/.local/share/xiangyang-portal}), so a
 * restart keeps every account and case. Also creates, once, the data-encryption key and the first
 * administrator's password there. Does nothing for what is configured, and nothing at all when
 * {@code PORTAL_EMBEDDED=never} (production). With {@code PORTAL_EMBEDDED=always} it starts embedded
 * servers even when local ones are listening.
 */
public final class LocalServices {

  private static final Logger log = LoggerFactory.getLogger(LocalServices.class);
  private static final List<AutoCloseable> started = new ArrayList<>();
  private static final List<String> published = new ArrayList<>();

  private LocalServices() {}

  /** Prepares whatever is missing and publishes its settings as system properties. */
  public static synchronized void prepare() {
    if ("never".equalsIgnoreCase(setting("PORTAL_EMBEDDED"))) {
      return;
    }
    Path home = home();
    try {
      Files.createDirectories(home);
      prepareDatabase(home);
      prepareRedis(home);
      prepareSecret(home, "PORTAL_DATA_KEY", "data-key", 32);
      String fresh = prepareSecret(home, "PORTAL_ADMIN_PASSWORD", "admin-password", 9);
      if (fresh != null) {
        log.info("首次启动：管理员账号 admin 的初始密码保存在 {}", home.resolve("admin-password"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("无法准备本地服务目录 " + home, e);
    }
  }

  /** Stops what {@link #prepare()} started, newest first. */
  public static synchronized void stop() {
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (Exception e) {
        log.warn("停止本地服务失败: {}", e.toString());
      }
    }
    started.clear();
    published.forEach(System::clearProperty);
    published.clear();
  }

  private static boolean alwaysEmbedded() {
    return "always".equalsIgnoreCase(setting("PORTAL_EMBEDDED"));
  }

  static Path home() {
    String configured = setting("PORTAL_HOME");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("user.home"), ".local", "share", "xiangyang-portal");
  }

  private static void prepareDatabase(Path home) throws IOException {
    if (setting("PORTAL_DB_URL") != null) {
      return;
    }
    String user = orDefault(setting("PORTAL_DB_USER"), "postgres");
    String password = orDefault(setting("PORTAL_DB_PASSWORD"), "");
    String database = orDefault(setting("PORTAL_DB_NAME"), "portal");
    if (!alwaysEmbedded() && listening(5432)) {
      try {
        ensureDatabase(5432, user, password, database);
        publish("PORTAL_DB_URL", "postgresql://127.0.0.1:5432/" + database);
        publish("PORTAL_DB_USER", user);
        log.info("使用本机已运行的 PostgreSQL（127.0.0.1:5432，数据库 {}）", database);
        return;
      } catch (SQLException e) {
        log.warn("本机 5432 端口的 PostgreSQL 无法以用户 {} 登录（{}），改用内置 PostgreSQL", user, e.getMessage());
      }
    }
    Path dataDir = home.resolve("postgres");
    Files.createDirectories(dataDir);
    int port = freePort(54329);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .setPort(port)
            .start();
    started.add(postgres);
    try {
      ensureDatabase(port, "postgres", "", database);
    } catch (SQLException e) {
      throw new IllegalStateException("内置 PostgreSQL 已启动，但无法创建数据库 " + database, e);
    }
    publish("PORTAL_DB_URL", "postgresql://127.0.0.1:" + port + "/" + database);
    publish("PORTAL_DB_USER", "postgres");
    publish("PORTAL_DB_PASSWORD", "");
    log.info("已启动内置 PostgreSQL（端口 {}，数据目录 {}）", port, dataDir);
  }

  private static void prepareRedis(Path home) throws IOException {
    if (setting("PORTAL_REDIS_URL") != null) {
      return;
    }
    if (!alwaysEmbedded() && listening(6379)) {
      publish("PORTAL_REDIS_URL", "redis://127.0.0.1:6379");
      log.info("使用本机已运行的 Redis（127.0.0.1:6379）");
      return;
    }
    Path dataDir = home.resolve("redis");
    Files.createDirectories(dataDir);
    int port = freePort(56379);
    RedisServer redis =
        RedisServer.newRedisServer()
            .port(port)
            .setting("bind 127.0.0.1")
            .setting("dir " + dataDir.toAbsolutePath())
            .setting("appendonly yes")
            .build();
    redis.start();
    started.add(redis::stop);
    publish("PORTAL_REDIS_URL", "redis://127.0.0.1:" + port);
    log.info("已启动内置 Redis（端口 {}，数据目录 {}）", port, dataDir);
  }

  /** Returns the secret if it was created just now, null if it existed or is configured. */
  private static @Nullable String prepareSecret(Path home, String name, String file, int bytes)
      throws IOException {
    if (setting(name) != null) {
      return null;
    }
    Path path = home.resolve(file);
    if (Files.exists(path)) {
      publish(name, Files.readString(path, StandardCharsets.UTF_8).strip());
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
    publish(name, secret);
    return secret;
  }

  static void ensureDatabase(int port, String user, String password, String database)
      throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", user);
    props.setProperty("password", password);
    props.setProperty("connectTimeout", "5");
    try (Connection c =
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", props);
        var check = c.prepareStatement("select 1 from pg_database where datname = ?")) {
      check.setString(1, database);
      if (!check.executeQuery().next()) {
        try (var create = c.createStatement()) {
          create.execute("create database \"" + database.replace("\"", "") + "\" encoding 'UTF8' template template0");
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

  private static @Nullable String setting(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      value = System.getenv(name);
    }
    return value == null || value.isBlank() ? null : value;
  }

  private static String orDefault(@Nullable String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static void publish(String name, String value) {
    System.setProperty(name, value);
    published.add(name);
  }
}
