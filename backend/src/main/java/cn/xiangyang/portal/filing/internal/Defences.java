package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.filing.CaseAction;
import cn.xiangyang.portal.filing.Party;
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
  private final CaseTransitions transitions;
  private final TransactionalOperator tx;
  private final Clock clock;

  Defences(CaseAccess access, Filings filings, Delivery delivery, CaseTransitions transitions, TransactionalOperator tx, Clock clock) {
    this.access = access;
    this.filings = filings;
    this.delivery = delivery;
    this.transitions = transitions;
    this.tx = tx;
    this.clock = clock;
  }

  Mono<Views.CaseView> submit(PortalUser user, UUID id, Requests.Defence body) {
    return access.visible(user, id)
        .filter(v -> v.party() == Party.RESPONDENT)
        .switchIfEmpty(Mono.error(new FilingProblems.NoSuchCase()))
        .flatMap(
            v -> {
              CaseRecord c = v.record();
              // The state and the defence period (劳动争议调解仲裁法第三十条) are the transition table's.
              transitions.require(c, CaseAction.SUBMIT_DEFENCE, v.actor());
              Instant now = clock.instant();
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
