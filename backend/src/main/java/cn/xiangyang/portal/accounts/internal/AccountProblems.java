package cn.xiangyang.portal.accounts.internal;

import cn.xiangyang.portal.system.DomainProblem;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The outcomes of account requests that the client must know about. */
final class AccountProblems {

  private AccountProblems() {}

  /** The phone, ID number, credit code or username is already registered. */
  static final class DuplicateAccount extends DomainProblem {
    private final String field;

    DuplicateAccount(String field, String detail) {
      super(HttpStatus.CONFLICT, "账号已存在", detail);
      this.field = field;
    }

    @Override
    public List<FieldMessage> errors() {
      return List.of(new FieldMessage(field, detail()));
    }
  }

  /** Wrong login or password; deliberately does not say which. */
  static final class InvalidCredentials extends DomainProblem {
    InvalidCredentials() {
      super(HttpStatus.UNAUTHORIZED, "登录失败", "账号或密码不正确，请核对后重试。连续输错多次将暂时无法登录。");
    }
  }

  /** Too many login attempts for this account or from this address. */
  static final class TooManyLoginAttempts extends DomainProblem {
    private final long retryAfterSeconds;

    TooManyLoginAttempts(long retryAfterSeconds) {
      super(
          HttpStatus.TOO_MANY_REQUESTS,
          "尝试次数过多",
          "登录尝试过于频繁，为保护账号安全已暂停登录，请 " + Math.max(1, (retryAfterSeconds + 59) / 60) + " 分钟后再试。");
      this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Map<String, String> headers() {
      return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
  }

  /** The referenced commission does not exist. */
  static final class UnknownCommission extends DomainProblem {
    UnknownCommission() {
      super(HttpStatus.BAD_REQUEST, "仲裁委员会不存在", "所选仲裁委员会不存在，请从列表中选择。");
    }
  }

  /** An administrator tried to act outside their commission. */
  static final class OutsideCommission extends DomainProblem {
    OutsideCommission() {
      super(HttpStatus.FORBIDDEN, "没有权限", "只能为本仲裁委员会创建工作人员账号。");
    }
  }

  /** A field the client must correct, as a 400 with the field named. */
  static final class FieldProblem extends DomainProblem {
    private final String field;

    FieldProblem(String title, String field, String detail) {
      super(HttpStatus.BAD_REQUEST, title, detail);
      this.field = field;
    }

    @Override
    public List<FieldMessage> errors() {
      return List.of(new FieldMessage(field, detail()));
    }
  }

  /** The SMS code is wrong, expired, used or was never sent to this phone. */
  static FieldProblem invalidSmsCode(String field) {
    return new FieldProblem("验证码不正确", field, "短信验证码不正确或已失效（5 分钟内有效，只能用一次）。请核对，或重新获取验证码。");
  }

  /** The new password is one of the most common ones. */
  static FieldProblem commonPassword(String field) {
    return new FieldProblem(
        "密码过于常见", field, "这个密码是最常见的 1 万个密码之一，别人很容易猜中。请换一个只有您知道的密码，例如几个词和数字的组合。");
  }

  /** A limit on codes, registrations or attempts is used up for now. */
  static final class TooManyRequests extends DomainProblem {
    private final long retryAfterSeconds;

    TooManyRequests(String detail, Duration left) {
      super(HttpStatus.TOO_MANY_REQUESTS, "操作过于频繁", detail + "请 " + minutes(left) + " 分钟后再试。");
      this.retryAfterSeconds = Math.max(1, left.toSeconds());
    }

    private static long minutes(Duration left) {
      return Math.max(1, (left.toSeconds() + 59) / 60);
    }

    @Override
    public Map<String, String> headers() {
      return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
  }

  /** A request that does not fit the account's current state. */
  static final class Conflict extends DomainProblem {
    Conflict(String title, String detail) {
      super(HttpStatus.CONFLICT, title, detail);
    }
  }

  /** Something the caller may not do; the detail says why and what to do instead. */
  static final class Forbidden extends DomainProblem {
    Forbidden(String title, String detail) {
      super(HttpStatus.FORBIDDEN, title, detail);
    }
  }

  /** The named employer account, document or outbox does not exist (for this caller). */
  static final class NotFound extends DomainProblem {
    NotFound(String title, String detail) {
      super(HttpStatus.NOT_FOUND, title, detail);
    }
  }

  /** An uploaded document that is not a PDF, JPG or PNG, is empty or too large. */
  static final class UnacceptableDocument extends DomainProblem {
    UnacceptableDocument(HttpStatus status, String detail) {
      super(status, "文件不能接收", detail);
    }
  }
}
