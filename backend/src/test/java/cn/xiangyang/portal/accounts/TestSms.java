package cn.xiangyang.portal.accounts;

import cn.xiangyang.portal.TestServices;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Gets SMS codes the way a person does on the embedded default: asks the backend to send one, then
 * reads the message from the SMS outbox (here straight from the table, as an administrator would see it).
 */
public final class TestSms {

  private TestSms() {}

  /** A test whose backend runs on its own database (embedded by the launcher) reads the outbox there. */
  private static volatile String ownDatabase;

  public static void readFrom(String jdbcUrl) {
    ownDatabase = jdbcUrl;
  }

  private static Connection outbox() throws SQLException {
    String own = ownDatabase;
    return own == null
        ? TestServices.jdbc()
        : java.sql.DriverManager.getConnection(own, "postgres", "");
  }

  /** Requests a code for the phone and purpose and returns it from the outbox. */
  public static String code(WebTestClient http, String phone, String purpose) {
    long before = latestId(phone);
    http.post()
        .uri("/api/v1/sms-codes")
        .bodyValue(Map.of("phone", phone, "purpose", purpose))
        .exchange()
        .expectStatus()
        .isAccepted();
    return awaitCode(phone, before);
  }

  /** The id of the newest outbox message to the phone, 0 when there is none. */
  public static long latestId(String phone) {
    try (Connection c = outbox();
        PreparedStatement s = c.prepareStatement(
            "select coalesce(max(id), 0) from accounts.sms_outbox where phone = ?")) {
      s.setString(1, phone);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits (up to 5 s: sending is detached from the answer) for a message newer than {@code after}. */
  public static String awaitCode(String phone, long after) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (System.nanoTime() < deadline) {
      try (Connection c = outbox();
          PreparedStatement s = c.prepareStatement(
              "select code from accounts.sms_outbox where phone = ? and id > ? order by id desc limit 1")) {
        s.setString(1, phone);
        s.setLong(2, after);
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            return r.getString(1);
          }
        }
        Thread.sleep(20);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("no SMS to " + phone + " in the outbox within 5 s");
  }
}
