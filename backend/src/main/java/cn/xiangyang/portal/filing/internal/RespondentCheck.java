package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.calculators.Citation;
import cn.xiangyang.portal.filing.internal.CheckResult.Outcome;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Who can be named as respondent when the employer has no credit code: the credit code is "如有", the
 * unlicensed boss, the contracting company or the licence lender can be named, and one may apply orally.
 */
@Component
@Order(30)
class RespondentCheck implements EligibilityCheck {

  @Override
  public Mono<List<CheckResult>> check(Facts facts) {
    List<ApplicationForm.Respondent> respondents = facts.form().respondentsOrEmpty();
    boolean anyWithoutCode =
        respondents.stream().anyMatch(r -> EligibilityChecks.blank(r.creditCode()));
    ApplicationForm.Employment e = facts.employment();
    boolean unlicensed =
        e != null && e.employerKind() == ApplicationForm.EmployerKind.UNLICENSED_BOSS;
    if (respondents.isEmpty() || (!anyWithoutCode && !unlicensed)) {
      return Mono.just(List.of());
    }
    // 解释（一） 第二十九条、第三十条; 劳动合同法 第九十四条; 劳动争议调解仲裁法 第二十八条第三款.
    return Mono.just(List.of(new CheckResult(
        "RESPONDENT",
        Outcome.INFO,
        "统一社会信用代码有就填，没有也可以申请",
        "统一社会信用代码可以在营业执照或“国家企业信用信息公示系统”查到，知道就填上。老板没有营业执照（或执照被吊销、过期仍在经营）的，"
            + "写老板（出资人）的姓名和住址即可；挂靠、借用别人营业执照经营的，把出借执照的单位一起列为被申请人；"
            + "个人承包经营违法招用工人的，发包的单位和承包人承担连带赔偿责任，可以一起列为被申请人。"
            + "书写申请书确有困难的，可以到仲裁委员会口头申请，由工作人员记入笔录。",
        Citation.spcInterpretation(29),
        List.of(
            Citation.spcInterpretation(29),
            Citation.spcInterpretation(30),
            Citation.laborContractLaw(94),
            Citation.arbitrationLaw(28)))));
  }
}
