package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.calculators.Citation;
import cn.xiangyang.portal.filing.internal.CheckResult.Outcome;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The contents the law requires of an application (劳动争议调解仲裁法 第二十八条). */
@Component
@Order(10)
class RequiredElementsCheck implements EligibilityCheck {

  @Override
  public Mono<List<CheckResult>> check(Facts facts) {
    List<String> missing = EligibilityChecks.missingElements(facts.form(), facts.evidenceCount());
    Citation citation = Citation.arbitrationLaw(28);
    if (missing.isEmpty()) {
      return Mono.just(List.of(new CheckResult(
          "REQUIRED_ELEMENTS", Outcome.OK, "申请书内容齐全", "申请书已写明法律要求的各项内容。", citation)));
    }
    return Mono.just(List.of(new CheckResult(
        "REQUIRED_ELEMENTS",
        Outcome.WARNING,
        "申请书还缺 " + missing.size() + " 项内容",
        "法律要求申请书写明当事人情况、仲裁请求和事实理由、证据。请补充：" + String.join("；", missing)
            + "。不补充也可以提交，但仲裁委员会可能要求您补正，会耽误受理。书写确有困难的，也可以到仲裁委员会口头申请，由工作人员记入笔录。",
        citation)));
  }
}
