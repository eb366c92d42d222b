package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.accounts.EmployerSuspended;
import cn.xiangyang.portal.events.DurableListener;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Voids what a suspended impostor account filed: its answers (答辩) leave the case, the audit trail
 * keeps their text, the timeline says so, and the worker is told. A durable listener: the outbox delivers
 * the suspension at least once, and the deletion, audit and notice happen once in its transaction.
 */
@Component
class ImpostorAnswers {

  private final DatabaseClient db;
  private final Filings filings;
  private final Delivery delivery;

  ImpostorAnswers(DatabaseClient db, Filings filings, Delivery delivery) {
    this.db = db;
    this.filings = filings;
    this.delivery = delivery;
  }

  private record Voided(
      UUID caseId, UUID workerId, String creditCode, boolean declined, String statement) {}

  @DurableListener
  Mono<Void> on(EmployerSuspended event) {
    return db.sql("""
            delete from defences d using cases c where d.case_id = c.id and d.account_id = :account
            returning d.case_id, c.worker_id, d.credit_code, d.declined, coalesce(d.statement, '') as statement""")
        .bind("account", event.accountId())
        .map(row -> new Voided(
            row.get("case_id", UUID.class),
            row.get("worker_id", UUID.class),
            row.get("credit_code", String.class),
            Boolean.TRUE.equals(row.get("declined", Boolean.class)),
            row.get("statement", String.class)))
        .all()
        .concatMap(v -> filings
            .audit(
                v.caseId(),
                event.suspendedBy(),
                event.suspendedAt(),
                "case.defence-voided",
                Map.of(
                    "account",
                    event.accountId().toString(),
                    "creditCode",
                    v.creditCode(),
                    "declined",
                    v.declined(),
                    "statement",
                    v.statement(),
                    "reason",
                    event.reason()))
            .then(filings.event(
                v.caseId(),
                event.suspendedAt(),
                "DEFENCE_VOIDED",
                "冒名账号提交的答辩已作废",
                "经核实，提交该答辩的单位账号并非被申请人本单位，已被停用，其答辩作废。"))
            // The worker is told with a served notice (it reaches the inbox like every document).
            .then(filings.find(v.caseId()))
            .flatMap(c -> delivery.issue(
                c,
                "DEFENCE_VOIDED",
                "被申请人答辩作废通知",
                "经工作人员核实，本案中以被申请人名义提交答辩的账号并非该单位本身，已被停用，该答辩作废。被申请人本单位认证后可以重新答辩。",
                event.suspendedBy(),
                Delivery.To.APPLICANT,
                event.suspendedAt())))
        .then();
  }
}
