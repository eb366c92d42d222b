package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.filing.CaseStatus;
import cn.xiangyang.portal.system.DomainProblem;
import java.util.List;
import org.springframework.http.HttpStatus;

/** The outcomes of filing requests that the client must know about. */
final class FilingProblems {

  private FilingProblems() {}

  /** The case does not exist or the caller may not know it exists: always 404, never 403. */
  static final class NoSuchCase extends DomainProblem {
    NoSuchCase() {
      super(HttpStatus.NOT_FOUND, "找不到案件", "找不到该申请或案件。请从“我的案件”中打开，或检查链接是否正确。");
    }
  }

  /** The document does not exist in that case or is not addressed to the caller: 404. */
  static final class NoSuchDocument extends DomainProblem {
    NoSuchDocument() {
      super(HttpStatus.NOT_FOUND, "找不到文书", "找不到该文书。文书只向受送达人显示，请从本案的“收到的文书”中打开。");
    }
  }

  static final class NoSuchEvidence extends DomainProblem {
    NoSuchEvidence() {
      super(HttpStatus.NOT_FOUND, "找不到材料", "找不到该证据材料，可能已被删除。");
    }
  }

  /** The requested change is not allowed in the case's current state. */
  static final class IllegalTransition extends DomainProblem {
    IllegalTransition(CaseStatus current, String detail) {
      super(HttpStatus.CONFLICT, "当前状态不能办理", "案件当前状态为“" + current.label() + "”，" + detail);
    }
  }

  /** A rule of the procedure forbids the request (hearing notice too short, defence period over …). */
  static final class RuleViolated extends DomainProblem {
    RuleViolated(String title, String detail) {
      super(HttpStatus.CONFLICT, title, detail);
    }
  }

  /** The application lacks what a case cannot be filed without. */
  static final class CannotFile extends DomainProblem {
    private final List<FieldMessage> errors;

    CannotFile(List<FieldMessage> errors) {
      super(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "申请书还不能提交",
          "申请书缺少立案必需的内容，请补充后再提交："
              + String.join("；", errors.stream().map(FieldMessage::message).toList()) + "。");
      this.errors = errors;
    }

    @Override
    public List<FieldMessage> errors() {
      return errors;
    }
  }

  /** Input that passed the field checks but not the checks across fields. */
  static final class InvalidInput extends DomainProblem {
    private final List<FieldMessage> errors;

    InvalidInput(List<FieldMessage> errors) {
      super(HttpStatus.BAD_REQUEST, "填写内容有误", "有 " + errors.size() + " 处填写内容需要修改，请按提示更正后再提交。");
      this.errors = errors;
    }

    @Override
    public List<FieldMessage> errors() {
      return errors;
    }
  }

  /** An uploaded file we do not take. */
  static final class UnacceptableFile extends DomainProblem {
    UnacceptableFile(HttpStatus status, String detail) {
      super(status, "文件无法上传", detail);
    }
  }

  /** The Idempotency-Key was used before for a different request. */
  static final class KeyReused extends DomainProblem {
    KeyReused() {
      super(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "重复的请求标识",
          "该 Idempotency-Key 已用于另一份申请，请为每次新的提交生成新的标识。");
    }
  }
}
