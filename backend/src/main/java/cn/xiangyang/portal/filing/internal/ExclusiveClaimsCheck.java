package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.calculators.Citation;
import cn.xiangyang.portal.filing.ClaimType;
import cn.xiangyang.portal.filing.internal.CheckResult.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Claims that exclude each other, with the choice explained. */
@Component
@Order(50)
class ExclusiveClaimsCheck implements EligibilityCheck {

  @Override
  public Mono<List<CheckResult>> check(Facts facts) {
    Set<ClaimType> types =
        facts.claims().stream().map(ApplicationForm.Claim::type).collect(Collectors.toSet());
    List<CheckResult> results = new ArrayList<>();
    if (types.contains(ClaimType.ECONOMIC_COMPENSATION)
        && types.contains(ClaimType.UNLAWFUL_TERMINATION_DAMAGES)) {
      // 劳动合同法实施条例 第二十五条: damages paid → no economic compensation as well.
      results.add(new CheckResult(
          "EXCLUSIVE_CLAIMS",
          Outcome.WARNING,
          "经济补偿和违法解除赔偿金只能得到一项",
          "单位违法解除或终止劳动合同、支付了赔偿金（经济补偿标准的二倍）的，不再支付经济补偿。认为单位违法解除的，请求赔偿金；"
              + "单位合法解除（例如协商一致、裁员、合同到期不续签）的，请求经济补偿。拿不准时，可以在事实和理由中写明以哪一项为主，开庭前向仲裁员说明。",
          Citation.laborContractRegulation(25),
          List.of(Citation.laborContractRegulation(25), Citation.laborContractLaw(87))));
    }
    if (types.contains(ClaimType.CONTINUE_EMPLOYMENT)
        && (types.contains(ClaimType.UNLAWFUL_TERMINATION_DAMAGES)
            || types.contains(ClaimType.ECONOMIC_COMPENSATION))) {
      // 劳动合同法 第四十八条: continue the contract, or (if not wanted or impossible) damages.
      results.add(new CheckResult(
          "EXCLUSIVE_CLAIMS",
          Outcome.WARNING,
          "继续履行劳动合同和赔偿金（经济补偿）只能选一种",
          "单位违法解除劳动合同的，您可以要求继续履行（恢复工作）；不要求继续履行或者合同已经不能继续履行的，才支付赔偿金。" + "想回去上班就选“继续履行”，不想回去就选“赔偿金”。",
          Citation.laborContractLaw(48)));
    }
    ApplicationForm.Employment e = facts.employment();
    if (types.contains(ClaimType.DOUBLE_WAGES_NO_CONTRACT)
        && e != null
        && Boolean.TRUE.equals(e.writtenContract())) {
      // 劳动合同法 第八十二条: double wages only for the months without a written contract.
      results.add(new CheckResult(
          "EXCLUSIVE_CLAIMS",
          Outcome.WARNING,
          "已签书面合同的期间不能主张二倍工资",
          "您填写了已签订书面劳动合同。二倍工资只针对入职满一个月后仍未签书面合同的期间（最多 11 个月），请把请求期间限定在签合同之前，"
              + "或者核对是否真的签过（只签了空白合同、合同不在自己手里的，请在事实和理由中写明）。",
          Citation.laborContractLaw(82)));
    }
    return Mono.just(results);
  }
}
