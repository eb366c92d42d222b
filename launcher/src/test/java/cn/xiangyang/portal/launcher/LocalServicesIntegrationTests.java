package cn.xiangyang.portal.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start command's defaults: real embedded PostgreSQL and Redis, durable and supervised. */
class LocalServicesIntegrationTests {

  @TempDir
  Path home;

  @BeforeEach
  void embedded() {
    System.setProperty("PORTAL_HOME", home.toString());
    System.setProperty("PORTAL_EMBEDDED", "always");
  }

  @AfterEach
  void clear() {
    System.clearProperty("PORTAL_HOME");
    System.clearProperty("PORTAL_EMBEDDED");
  }

  @Test
  void embeddedPostgresIsDurableWithChecksumsAndKeepsItsDataAcrossRestarts() throws Exception {
    String key;
    try (LocalServices services = LocalServices.prepare()) {
      String url = "jdbc:" + services.settings().get("PORTAL_DB_URL");
      try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
        assertThat(show(c, "fsync")).isEqualTo("on");
        assertThat(show(c, "synchronous_commit")).isEqualTo("on");
        assertThat(show(c, "full_page_writes")).isEqualTo("on");
        assertThat(show(c, "data_checksums")).isEqualTo("on");
        c.createStatement().execute("create table kept (v text)");
        c.createStatement().execute("insert into kept values ('案件不能丢')");
      }
      RedisClient redis = RedisClient.create(services.settings().get("PORTAL_REDIS_URL"));
      try (var connection = redis.connect()) {
        assertThat(connection.sync().ping()).isEqualTo("PONG");
      } finally {
        redis.shutdown();
      }
      key = services.settings().get("PORTAL_DATA_KEY");
    }

    try (LocalServices services = LocalServices.prepare()) {
      try (Connection c = DriverManager.getConnection(
              "jdbc:" + services.settings().get("PORTAL_DB_URL"), "postgres", "");
          ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("案件不能丢");
        assertThat(show(c, "data_checksums")).isEqualTo("on");
      }
      assertThat(services.settings().get("PORTAL_DATA_KEY")).isEqualTo(key);
    }
    assertThat(Files.readString(home.resolve("admin-password")).strip())
        .hasSizeGreaterThanOrEqualTo(16);
  }

  @Test
  void aKilledPostgresOrRedisIsRestartedWithItsData() throws Exception {
    try (LocalServices services = LocalServices.prepare()) {
      services.supervise(Duration.ofMillis(200));
      String url = "jdbc:" + services.settings().get("PORTAL_DB_URL");
      try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
        c.createStatement().execute("create table kept (v text)");
        c.createStatement().execute("insert into kept values ('提交后立即崩溃')");
      }
      ProcessHandle postmaster = services.postgresProcess().orElseThrow();
      new ProcessBuilder("kill", "-9", Long.toString(postmaster.pid())).start().waitFor();

      String value = null;
      long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (value == null && System.nanoTime() < until) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
            ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
          rs.next();
          value = rs.getString(1);
        } catch (SQLException notYet) {
          Thread.sleep(200);
        }
      }
      assertThat(value).isEqualTo("提交后立即崩溃");
      assertThat(services.postgresProcess().orElseThrow().pid()).isNotEqualTo(postmaster.pid());

      String redisUrl = services.settings().get("PORTAL_REDIS_URL");
      RedisClient redis = RedisClient.create(redisUrl);
      try (var connection = redis.connect()) {
        connection.sync().set("kept", "1");
        try {
          connection.sync().shutdown(false); // Redis stops as if killed
        } catch (RuntimeException expected) {
          // the connection drops with the server
        }
      }
      String pong = null;
      until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (pong == null && System.nanoTime() < until) {
        try (var connection = redis.connect()) {
          pong = connection.sync().ping();
        } catch (RuntimeException notYet) {
          Thread.sleep(200);
        }
      }
      redis.shutdown();
      assertThat(pong).isEqualTo("PONG");
    }
  }

  private static String show(Connection c, String setting) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery("show " + setting)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
