package cn.xiangyang.portal.compliance.internal;

import cn.xiangyang.portal.system.DomainProblem;
import java.util.List;
import org.springframework.http.HttpStatus;

/** The answers cannot be evaluated: unknown questions, malformed answers or required questions left out. */
final class CheckupRejected extends DomainProblem {

  private final List<Field> fields;

  record Field(String field, String message) {}

  CheckupRejected(List<Field> fields) {
    super(
        HttpStatus.BAD_REQUEST,
        "体检答案有误",
        "有 " + fields.size() + " 处答案需要修改：" + fields.get(0).message()
            + (fields.size() > 1 ? "（等）" : ""));
    this.fields = List.copyOf(fields);
  }

  @Override
  public List<FieldMessage> errors() {
    return fields.stream().map(f -> new FieldMessage(f.field(), f.message())).toList();
  }
}
