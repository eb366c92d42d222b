package cn.xiangyang.portal;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import redis.embedded.RedisServer;

/**
 * The real PostgreSQL and Redis that integration tests run against: the servers already listening on
 * this machine's standard ports (as on developer machines and CI), else embedded ones started here.
 * Each test run (JVM) gets its own throwaway database and its own Redis key prefix, both removed when
 * the run ends.
 */
public final class TestServices {

  private static final String RUN =
      UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private static String jdbcBase;
  private static String database;
  private static String redisUrl;

  private TestServices() {}

  public static synchronized void register(DynamicPropertyRegistry registry) {
    start();
    registry.add("spring.r2dbc.url", () -> "r2dbc:postgresql://" + jdbcBase + "/" + database);
    registry.add("spring.r2dbc.username", () -> "postgres");
    registry.add("spring.r2dbc.password", () -> "");
    registry.add("spring.flyway.url", () -> "jdbc:postgresql://" + jdbcBase + "/" + database);
    registry.add("spring.flyway.user", () -> "postgres");
    registry.add("spring.flyway.password", () -> "");
    registry.add("spring.data.redis.url", () -> redisUrl);
    registry.add("portal.redis.key-prefix", TestServices::redisPrefix);
  }

  public static String redisPrefix() {
    return "test-" + RUN + ":";
  }

  /** A JDBC connection to this run's database, for assertions on what was stored. */
  public static Connection jdbc() throws SQLException {
    start();
    return DriverManager.getConnection(
        "jdbc:postgresql://" + jdbcBase + "/" + database, "postgres", "");
  }

  private static synchronized void start() {
    if (database != null) {
      return;
    }
    try {
      int pgPort;
      if (listening(5432)) {
        pgPort = 5432;
      } else {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        pgPort = pg.getPort();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg)));
      }
      jdbcBase = "127.0.0.1:" + pgPort;
      database = "portal_test_" + RUN;
      try (Connection c = DriverManager.getConnection(
              "jdbc:postgresql://" + jdbcBase + "/postgres", "postgres", "");
          var s = c.createStatement()) {
        s.execute("create database " + database + " encoding 'UTF8' template template0");
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestServices::dropDatabase));

      if (listening(6379)) {
        redisUrl = "redis://127.0.0.1:6379";
      } else {
        RedisServer redis =
            RedisServer.newRedisServer().port(56399).setting("bind 127.0.0.1").build();
        redis.start();
        redisUrl = "redis://127.0.0.1:56399";
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(redis::stop)));
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestServices::deleteRedisKeys));
    } catch (SQLException e) {
      throw new IllegalStateException("无法创建测试数据库", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void dropDatabase() {
    try (Connection c = DriverManager.getConnection(
            "jdbc:postgresql://" + jdbcBase + "/postgres", "postgres", "");
        var s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
    } catch (SQLException e) {
      System.err.println("could not drop test database " + database + ": " + e.getMessage());
    }
  }

  private static void deleteRedisKeys() {
    RedisClient client = RedisClient.create(redisUrl);
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      var commands = connection.sync();
      ScanCursor cursor = ScanCursor.INITIAL;
      do {
        KeyScanCursor<String> page =
            commands.scan(cursor, ScanArgs.Builder.matches(redisPrefix() + "*").limit(500));
        if (!page.getKeys().isEmpty()) {
          commands.del(page.getKeys().toArray(String[]::new));
        }
        cursor = page;
      } while (!cursor.isFinished());
    } catch (RuntimeException e) {
      System.err.println("could not clean test keys in Redis: " + e.getMessage());
    } finally {
      client.shutdown();
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

  private static void close(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      System.err.println("could not stop test service: " + e.getMessage());
    }
  }
}
