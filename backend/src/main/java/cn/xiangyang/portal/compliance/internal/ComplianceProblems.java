package cn.xiangyang.portal.compliance.internal;

import cn.xiangyang.portal.system.DomainProblem;
import java.util.List;
import org.springframework.http.HttpStatus;

/** The outcomes of the check-up API that the caller has to know about. */
final class ComplianceProblems {

  private ComplianceProblems() {}

  /** No such check-up, or not one of the caller's. */
  static final class NoSuchCheckup extends DomainProblem {
    NoSuchCheckup() {
      super(HttpStatus.NOT_FOUND, "没有这次体检", "没有找到这次体检记录，或它不属于您的账号。匿名体检不保存，请重新体检。");
    }
  }

  /** Saving needs an employer account. */
  static final class SaveNeedsEmployer extends DomainProblem {
    SaveNeedsEmployer(boolean signedIn) {
      super(
          signedIn ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED,
          "需要用人单位账号",
          signedIn ? "只有用人单位账号可以保存体检结果；您仍可以不保存，直接查看报告。" : "保存体检结果需要先登录用人单位账号；不登录也可以体检，但结果不会保存。");
    }
  }

  /**
   * An employer account that staff have not verified: a credit code is public, so until the licence was
   * checked nothing is kept or requested in the company's name.
   */
  static final class EmployerNotVerified extends DomainProblem {
    EmployerNotVerified() {
      super(
          HttpStatus.FORBIDDEN,
          "单位账号尚未认证",
          "保存体检结果、稍后继续和申请培训需要已认证的单位账号。请在「单位认证」页面上传营业执照（代理人另附法定代表人签署的授权委托书），"
              + "工作人员审核通过后即可使用。认证之前也可以体检，只是结果不会保存。");
    }
  }

  static final class NoSuchTraining extends DomainProblem {
    NoSuchTraining() {
      super(HttpStatus.NOT_FOUND, "没有这个培训申请", "没有找到这个培训申请。");
    }
  }

  static final class TrainingNotOpen extends DomainProblem {
    TrainingNotOpen(String detail) {
      super(HttpStatus.CONFLICT, "培训申请的状态不允许这样操作", detail);
    }
  }

  static final class NoSuchEnterprise extends DomainProblem {
    NoSuchEnterprise() {
      super(HttpStatus.NOT_FOUND, "名册中没有这家企业", "本委员会的服务企业名册中没有这家企业。");
    }
  }

  /** A request body whose fields are wrong, each listed. */
  static final class Invalid extends DomainProblem {
    private final List<FieldMessage> fields;

    Invalid(List<FieldMessage> fields) {
      super(
          HttpStatus.BAD_REQUEST,
          "填写有误",
          fields.get(0).message() + (fields.size() > 1 ? "（共 " + fields.size() + " 处）" : ""));
      this.fields = List.copyOf(fields);
    }

    static Invalid of(String field, String message) {
      return new Invalid(List.of(new FieldMessage(field, message)));
    }

    @Override
    public List<FieldMessage> errors() {
      return fields;
    }
  }
}
