package cn.xiangyang.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start command's defaults: real embedded PostgreSQL and Redis whose data survives a restart. */
class LocalServicesIntegrationTests {

  @TempDir Path home;

  @AfterEach
  void stop() {
    LocalServices.stop();
    System.clearProperty("PORTAL_HOME");
    System.clearProperty("PORTAL_EMBEDDED");
  }

  @Test
  void embeddedPostgresKeepsItsDataAcrossRestartsAndRedisAnswers() throws Exception {
    System.setProperty("PORTAL_HOME", home.toString());
    System.setProperty("PORTAL_EMBEDDED", "always");

    LocalServices.prepare();
    String url = "jdbc:" + System.getProperty("PORTAL_DB_URL");
    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
      c.createStatement().execute("create table kept (v text)");
      c.createStatement().execute("insert into kept values ('案件不能丢')");
    }
    RedisClient redis = RedisClient.create(System.getProperty("PORTAL_REDIS_URL"));
    try (var connection = redis.connect()) {
      assertThat(connection.sync().ping()).isEqualTo("PONG");
    } finally {
      redis.shutdown();
    }
    String key = System.getProperty("PORTAL_DATA_KEY");
    LocalServices.stop();

    System.setProperty("PORTAL_HOME", home.toString());
    System.setProperty("PORTAL_EMBEDDED", "always");
    LocalServices.prepare();
    try (Connection c = DriverManager.getConnection("jdbc:" + System.getProperty("PORTAL_DB_URL"), "postgres", "");
        ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("案件不能丢");
    }
    assertThat(System.getProperty("PORTAL_DATA_KEY")).isEqualTo(key);
    assertThat(Files.readString(home.resolve("admin-password")).strip()).hasSizeGreaterThanOrEqualTo(16);
  }
}
