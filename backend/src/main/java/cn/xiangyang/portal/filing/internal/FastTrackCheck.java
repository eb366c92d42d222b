package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.calculators.Citation;
import cn.xiangyang.portal.filing.ClaimType;
import cn.xiangyang.portal.filing.internal.CheckResult.Outcome;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Whether the case may be handled simply (劳动人事争议仲裁办案规则 第五十六条): advisory only. */
@Component
@Order(90)
class FastTrackCheck implements EligibilityCheck {

  @Override
  public Mono<List<CheckResult>> check(Facts facts) {
    Citation citation = Citation.caseHandlingRules(56);
    List<ApplicationForm.Claim> claims = facts.form().claimsOrEmpty();
    boolean wagesOnly = !claims.isEmpty()
        && claims.stream()
            .allMatch(
                c -> c.type() == ClaimType.UNPAID_WAGES || c.type() == ClaimType.OVERTIME_PAY);
    boolean migrant = Boolean.TRUE.equals(facts.form().migrantWorker());
    if (wagesOnly) {
      return Mono.just(List.of(new CheckResult(
          "FAST_TRACK",
          Outcome.INFO,
          migrant ? "农民工讨薪，可能适用简易处理" : "单纯追索工资，可能适用简易处理",
          "事实清楚、权利义务关系明确、争议不大的案件，仲裁委员会可以简易处理"
              + (migrant ? "，农民工欠薪案件通常优先办理" : "")
              + "。这只是提示：是否简易处理由仲裁委员会决定，系统不作承诺。准备好工资条、考勤、聊天记录等证据有助于快速处理。",
          citation)));
    }
    return Mono.just(List.of(new CheckResult(
        "FAST_TRACK",
        Outcome.INFO,
        "一般按普通程序办理",
        "事实清楚、争议不大，或者标的额不超过本省上年度职工年平均工资等情形的，可以简易处理；是否适用由仲裁委员会决定，这只是提示。",
        citation)));
  }
}
