package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.filing.ClaimType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Runs every {@link EligibilityCheck} in order; each cites its rule and explains itself in Chinese. */
@Component
class EligibilityChecks {

  private final List<EligibilityCheck> checks;
  private final Clock clock;

  /** @param checks the checks, in their {@code @Order} */
  EligibilityChecks(List<EligibilityCheck> checks, Clock clock) {
    this.checks = List.copyOf(checks);
    this.clock = clock;
  }

  /** Reference data the checks need. */
  record Places(
      Map<String, String> areaCommissions,
      Map<String, String> areaNames,
      Map<String, String> commissionNames) {}

  Mono<List<CheckResult>> run(ApplicationForm form, int evidenceCount, Places places) {
    EligibilityCheck.Facts facts =
        new EligibilityCheck.Facts(form, evidenceCount, places, LocalDate.now(clock));
    return Flux.fromIterable(checks)
        .concatMap(c -> c.check(facts))
        .concatMapIterable(r -> r)
        .collectList()
        .map(List::copyOf);
  }

  /** What a 补正 notice would ask for, as one list; empty when the application is complete. */
  static List<String> missingElements(ApplicationForm form, int evidenceCount) {
    // 劳动争议调解仲裁法 第二十八条: the contents an application must state. The credit code is not one of
    // them ("如有"): a worker of an unlicensed boss names the boss.
    List<String> missing = new ArrayList<>();
    ApplicationForm.Applicant applicant = form.applicant();
    if (applicant == null || blank(applicant.address())) {
      missing.add("申请人的住所（经常居住地）");
    }
    if (form.respondentsOrEmpty().isEmpty()) {
      missing.add("被申请人（用人单位）");
    }
    int n = 0;
    for (ApplicationForm.Respondent r : form.respondentsOrEmpty()) {
      n++;
      String who = form.respondentsOrEmpty().size() > 1 ? "第 " + n + " 个被申请人的" : "被申请人的";
      if (blank(r.name())) {
        missing.add(who + "名称（没有营业执照的，写老板或包工头的姓名）");
      }
      if (blank(r.address())) {
        missing.add(who + "住所（注册地或经营地址）");
      }
      if (blank(r.legalRepresentative())) {
        missing.add(who + "法定代表人或者主要负责人的姓名");
      }
    }
    ApplicationForm.Employment e = form.employment();
    if (e == null || e.startDate() == null) {
      missing.add("入职时间");
    }
    if (e == null || blank(e.workAreaCode())) {
      missing.add("工作地点所在区域（用于确定由哪个仲裁委员会受理）");
    }
    if (form.claimsOrEmpty().isEmpty()) {
      missing.add("至少一项仲裁请求");
    }
    n = 0;
    for (ApplicationForm.Claim c : form.claimsOrEmpty()) {
      n++;
      if (c.type() != null
          && c.type().moneyClaim()
          && (c.amount() == null || c.amount().signum() == 0)) {
        missing.add("第 " + n + " 项请求（" + c.type().label() + "）的金额");
      }
      if (c.type() == ClaimType.OTHER && blank(c.description())) {
        missing.add("第 " + n + " 项“其他请求”的具体内容");
      }
    }
    if (blank(form.factsAndReasons())) {
      missing.add("事实和理由");
    }
    if (evidenceCount == 0 && blank(form.evidenceNotes())) {
      missing.add("证据和证据来源（上传材料，或写明证据、证人姓名和住所）");
    }
    return missing;
  }

  static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
