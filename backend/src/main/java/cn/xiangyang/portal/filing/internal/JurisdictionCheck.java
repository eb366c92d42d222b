package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.calculators.Citation;
import cn.xiangyang.portal.calculators.Jurisdiction;
import cn.xiangyang.portal.filing.internal.CheckResult.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Which commissions may hear the case: the place of performance and every respondent's location
 * (劳动争议调解仲裁法 第二十一条; 办案规则 第八条); dispatch agency and user unit are co-respondents (第二十二条).
 */
@Component
@Order(70)
class JurisdictionCheck implements EligibilityCheck {

  @Override
  public Mono<List<CheckResult>> check(Facts facts) {
    EligibilityChecks.Places places = facts.places();
    ApplicationForm.Employment e = facts.employment();
    String workArea = e == null ? null : e.workAreaCode();
    List<Citation> citations =
        new ArrayList<>(List.of(Citation.arbitrationLaw(21), Citation.caseHandlingRules(8)));
    // commission → why it has jurisdiction
    Map<String, List<String>> grounds = new LinkedHashMap<>();
    String performance = workArea == null ? null : places.areaCommissions().get(workArea);
    if (performance != null) {
      grounds
          .computeIfAbsent(performance, k -> new ArrayList<>())
          .add("劳动合同履行地（您工作的" + places.areaNames().getOrDefault(workArea, workArea) + "）");
    }
    String firstEmployer = null;
    int n = 0;
    List<ApplicationForm.Respondent> respondents = facts.form().respondentsOrEmpty();
    for (ApplicationForm.Respondent r : respondents) {
      n++;
      String commission = r.areaCode() == null ? null : places.areaCommissions().get(r.areaCode());
      if (commission == null) {
        continue;
      }
      if (firstEmployer == null) {
        firstEmployer = commission;
      }
      String who = EligibilityChecks.blank(r.name()) ? "第 " + n + " 个被申请人" : r.name();
      grounds
          .computeIfAbsent(commission, k -> new ArrayList<>())
          .add(who + "所在地（" + places.areaNames().getOrDefault(r.areaCode(), r.areaCode()) + "）");
    }
    Jurisdiction.Choice choice = Jurisdiction.choose(performance, firstEmployer);
    if (choice.commissionId() == null) {
      return Mono.just(List.of(new CheckResult(
          "JURISDICTION",
          Outcome.PROBLEM,
          "还不能确定由哪个仲裁委员会受理",
          "劳动争议由劳动合同履行地（您实际工作的地方）或者用人单位所在地的仲裁委员会管辖，您可以选择。请选择您工作地点所在的区域，"
              + "或者被申请人所在的区域；如果两地都不在襄阳，请向工作地或单位所在地的仲裁委员会申请。",
          citations.getFirst(),
          citations)));
    }
    StringBuilder text = new StringBuilder("您可以向以下仲裁委员会申请：");
    List<String> parts = new ArrayList<>();
    grounds.forEach(
        (commission, why) -> parts.add(places.commissionNames().getOrDefault(commission, commission)
            + "（" + String.join("、", why) + "）"));
    text.append(String.join("；", parts)).append("。");
    if (grounds.size() > 1) {
      text.append("这几个仲裁委员会都有管辖权，由您选择；双方分别申请的，由劳动合同履行地的仲裁委员会管辖。");
    }
    if (choice.basis() == Jurisdiction.Basis.EMPLOYER_LOCATION) {
      text.append("您没有填写工作地点，按单位所在地提出；实际在别处工作的，请填写工作地点。");
    }
    if (respondents.size() > 1) {
      // 劳动争议调解仲裁法 第二十二条第二款: dispatch agency and user unit are co-respondents.
      citations.add(Citation.arbitrationLaw(22));
      text.append("有多个被申请人时，每个被申请人所在地都要考虑；劳务派遣用工的，派遣单位和用工单位是共同当事人，请把两家都列为被申请人。");
    }
    String name =
        places.commissionNames().getOrDefault(choice.commissionId(), choice.commissionId());
    text.append("系统按")
        .append(choice.basis() == Jurisdiction.Basis.PLACE_OF_PERFORMANCE ? "劳动合同履行地" : "用人单位所在地")
        .append("建议由")
        .append(name)
        .append("受理。");
    return Mono.just(List.of(new CheckResult(
        "JURISDICTION",
        Outcome.OK,
        "可以由" + name + "受理",
        text.toString(),
        citations.getFirst(),
        citations)));
  }
}
