package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.accounts.PortalUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** An employer's defence (答辩) within the 10 days after service, or its choice not to submit one. */
@Service
class Defences {

  private final CaseAccess access;
  private final Filings filings;
  private final Delivery delivery;
  private final TransactionalOperator tx;
  private final Clock clock;

  Defences(CaseAccess access, Filings filings, Delivery delivery, TransactionalOperator tx, Clock clock) {
    this.access = access;
    this.filings = filings;
    this.delivery = delivery;
    this.tx = tx;
    this.clock = clock;
  }

  Mono<Views.CaseView> submit(PortalUser user, UUID id, Requests.Defence body) {
    return access.visible(user, id)
        .filter(v -> v.role().equals("RESPONDENT"))
        .switchIfEmpty(Mono.error(new FilingProblems.NoSuchCase()))
        .flatMap(
            v -> {
              CaseRecord c = v.record();
              if (!c.status().pending()) {
                return Mono.error(new FilingProblems.IllegalTransition(c.status(), "不能再提交答辩。"));
              }
              Instant now = clock.instant();
              // 劳动争议调解仲裁法 第三十条: the defence is due within 10 days of receiving the copy.
              if (c.defenceDue() != null && java.time.LocalDate.ofInstant(now, clock.getZone()).isAfter(c.defenceDue())) {
                return Mono.error(new FilingProblems.RuleViolated("答辩期已过",
                    "答辩期已于 " + c.defenceDue() + " 届满（劳动争议调解仲裁法第三十条）。未提交答辩书不影响仲裁程序进行，您仍可以在开庭时陈述意见、提交证据。"));
              }
              if (!body.declined() && (body.statement() == null || body.statement().isBlank())) {
                return Mono.error(new StaffCases.BadStaffInput("statement", "请填写答辩内容，或选择不提交答辩。"));
              }
              return filings.employerCreditCode(user.accountId())
                  .flatMap(
                      code ->
                          tx.transactional(
                              filings.insertDefence(id, code, user.accountId(), body.declined(), body.declined() ? null : body.statement().strip(), now)
                                  .flatMap(n -> n == 1 ? Mono.<Void>empty() : Mono.error(new FilingProblems.RuleViolated("已答辩", "本单位已经提交过答辩（或已选择不答辩），不能重复提交。")))
                                  .then(filings.event(id, now, body.declined() ? "DEFENCE_DECLINED" : "DEFENCE", body.declined() ? "被申请人表示不提交答辩书" : "被申请人提交答辩书", null))
                                  .then(filings.audit(id, user.accountId(), now, body.declined() ? "case.defence-declined" : "case.defence", Map.of("creditCode", code)))
                                  .then(
                                      body.declined()
                                          ? Mono.empty()
                                          : delivery.issue(c, "DEFENCE", "答辩书副本", body.statement().strip(), user.accountId(), Delivery.To.APPLICANT, now).then())))
                  .then(access.visible(user, id).flatMap(access::view));
            });
  }
}
