package cn.xiangyang.portal.system;

import org.springframework.http.HttpStatus;

/**
 * A request parameter or body the client must correct, answered 400 with the Chinese detail given.
 * The only exception that becomes a 400 by its message: an {@link IllegalArgumentException} from
 * anywhere else is a bug of ours and answered 500.
 */
public class InvalidInput extends DomainProblem {

  public InvalidInput(String detail) {
    super(HttpStatus.BAD_REQUEST, "请求参数不正确", detail);
  }
}
