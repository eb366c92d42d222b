package cn.xiangyang.portal.calculators;

import cn.xiangyang.portal.system.DomainProblem;
import java.util.List;
import org.springframework.http.HttpStatus;

/** The inputs of a calculator cannot be calculated with; each field says what to correct (400). */
public final class CalculationRejected extends DomainProblem {

  private final List<FieldMessage> errors;

  public CalculationRejected(List<FieldMessage> errors) {
    super(
        HttpStatus.BAD_REQUEST,
        "填写内容有误",
        "有 " + errors.size() + " 处填写内容需要修改：" + errors.getFirst().message());
    this.errors = List.copyOf(errors);
  }

  /** One field's problem. */
  public static CalculationRejected field(String field, String message) {
    return new CalculationRejected(List.of(new FieldMessage(field, message)));
  }

  @Override
  public List<FieldMessage> errors() {
    return errors;
  }
}
