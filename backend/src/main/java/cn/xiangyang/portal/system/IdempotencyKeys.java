package cn.xiangyang.portal.system;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * The one format of an {@code Idempotency-Key} header, its one Chinese message, and the two problems
 * every endpoint that takes a key answers with.
 */
public final class IdempotencyKeys {

  /** The header a client sends. */
  public static final String HEADER = "Idempotency-Key";

  /** What is wrong with a key that {@link #valid} refuses. */
  public static final String MESSAGE = "Idempotency-Key 应为 1–100 个字母、数字或 - _ 字符（建议使用 UUID）。";

  private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9_-]{1,100}$");

  private IdempotencyKeys() {}

  /** Whether the key has the one format: 1–100 letters, digits, {@code -} or {@code _} (a UUID fits). */
  public static boolean valid(String key) {
    return KEY.matcher(key).matches();
  }

  /** Refuses a key of the wrong format (400, {@link BadKey}); no key is fine. */
  public static void require(@Nullable String key) {
    if (key != null && !valid(key)) {
      throw new BadKey();
    }
  }

  /** The key is not of the one format. */
  public static final class BadKey extends DomainProblem {
    public BadKey() {
      super(HttpStatus.BAD_REQUEST, "请求标识不正确", MESSAGE);
    }
  }

  /** The key was sent before by this account for a different request (another fingerprint). */
  public static final class Reused extends DomainProblem {
    public Reused() {
      super(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "重复的请求标识",
          "该 Idempotency-Key 已用于另一次请求，请为每次新的请求生成新的标识。");
    }
  }
}
