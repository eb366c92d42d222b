package cn.xiangyang.portal.hearings.internal;

import cn.xiangyang.portal.system.DomainProblem;
import java.util.List;
import org.springframework.http.HttpStatus;

/** The outcomes of hearing and open-day requests that the client must know about. */
final class HearingProblems {

  private HearingProblems() {}

  /** Unknown, not listed, or of another commission: always 404, so the existence of a closed hearing stays secret. */
  static final class NoSuchHearing extends DomainProblem {
    NoSuchHearing() {
      super(HttpStatus.NOT_FOUND, "找不到庭审", "找不到该庭审。庭审可能不公开、已取消，或链接有误，请回到庭审预告查看。");
    }
  }

  static final class NoSuchRoom extends DomainProblem {
    NoSuchRoom() {
      super(HttpStatus.NOT_FOUND, "找不到审判庭", "找不到该审判庭，请在本委员会的审判庭列表中选择。");
    }
  }

  static final class NoSuchObjection extends DomainProblem {
    NoSuchObjection() {
      super(HttpStatus.NOT_FOUND, "找不到异议", "找不到该异议，或该异议已经作出决定。");
    }
  }

  static final class NoSuchOpenDay extends DomainProblem {
    NoSuchOpenDay() {
      super(HttpStatus.NOT_FOUND, "找不到开放日", "找不到该开放日场次，请回到开放日列表查看。");
    }
  }

  /** The action does not fit the hearing's state (start an ended hearing, replay before the end …). */
  static final class NotNow extends DomainProblem {
    NotNow(String title, String detail) {
      super(HttpStatus.CONFLICT, title, detail);
    }
  }

  /** The account may not book this open day. */
  static final class NotForYou extends DomainProblem {
    NotForYou(String detail) {
      super(HttpStatus.FORBIDDEN, "不能预约", detail);
    }
  }

  static final class NoBooking extends DomainProblem {
    NoBooking() {
      super(HttpStatus.NOT_FOUND, "没有预约", "您没有预约该开放日场次，或预约已经取消。");
    }
  }

  /** Input that passed the field checks but not the domain's. */
  static final class InvalidInput extends DomainProblem {
    private final List<FieldMessage> errors;

    InvalidInput(String field, String message) {
      super(HttpStatus.BAD_REQUEST, "填写内容有误", message);
      this.errors = List.of(new FieldMessage(field, message));
    }

    @Override
    public List<FieldMessage> errors() {
      return errors;
    }
  }
}
