package cn.xiangyang.portal.accounts.internal;

import cn.xiangyang.portal.system.DomainProblem;
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
}
