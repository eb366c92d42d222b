package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.filing.CaseAction;
import cn.xiangyang.portal.filing.Party;
import cn.xiangyang.portal.system.DomainProblem.FieldMessage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * An employer's defence (答辩) within the 10 days after service, or its choice not to submit one. The
 * defence answers the application claim by claim (同意 / 不同意并说明理由 / 部分同意及有异议的金额) and may
 * add an overall statement; its copy is served on the applicant (劳动争议调解仲裁法 第三十条).
 */
@Service
class Defences {

  private final CaseAccess access;
  private final Filings filings;
  private final Delivery delivery;
  private final CaseTransitions transitions;
  private final TransactionalOperator tx;
  private final Clock clock;

  Defences(
      CaseAccess access,
      Filings filings,
      Delivery delivery,
      CaseTransitions transitions,
      TransactionalOperator tx,
      Clock clock) {
    this.access = access;
    this.filings = filings;
    this.delivery = delivery;
    this.transitions = transitions;
    this.tx = tx;
    this.clock = clock;
  }

  Mono<Views.CaseView> submit(PortalUser user, UUID id, Requests.Defence body) {
    return access
        .visible(user, id)
        .filter(v -> v.party() == Party.RESPONDENT)
        .switchIfEmpty(Mono.error(new FilingProblems.NoSuchCase()))
        .flatMap(v -> {
          CaseRecord c = v.record();
          // The state and the defence period (劳动争议调解仲裁法第三十条) are the transition table's.
          transitions.require(c, CaseAction.SUBMIT_DEFENCE, v.actor());
          Instant now = clock.instant();
          List<Filings.ClaimAnswer> answers = answers(c, body);
          String statement =
              body.declined() || body.statement() == null || body.statement().isBlank()
                  ? null
                  : body.statement().strip();
          return filings
              .employerCreditCode(user.accountId())
              .flatMap(code -> tx.transactional(filings
                  .insertDefence(
                      id, code, user.accountId(), body.declined(), statement, answers, now)
                  .flatMap(n -> n == 1
                      ? Mono.<Void>empty()
                      : Mono.error(
                          new FilingProblems.RuleViolated("已答辩", "本单位已经提交过答辩（或已选择不答辩），不能重复提交。")))
                  .then(filings.event(
                      id,
                      now,
                      body.declined() ? "DEFENCE_DECLINED" : "DEFENCE",
                      body.declined() ? "被申请人表示不提交答辩书" : "被申请人提交答辩书",
                      body.declined() ? null : summary(answers)))
                  .then(filings.audit(
                      id,
                      user.accountId(),
                      now,
                      body.declined() ? "case.defence-declined" : "case.defence",
                      Map.of("creditCode", code, "claimsAnswered", answers.size())))
                  .then(
                      body.declined()
                          ? Mono.empty()
                          : delivery
                              .issue(
                                  c,
                                  "DEFENCE",
                                  "答辩书副本",
                                  copy(c, statement, answers),
                                  user.accountId(),
                                  Delivery.To.APPLICANT,
                                  now)
                              .then())))
              .then(access.visible(user, id).flatMap(access::view));
        });
  }

  /**
   * The answers to the claims, checked against the application: a known claim number, each claim once
   * and all of them, a reason for a disagreement, a disputed amount not above the claim. 400 with every
   * problem at its field otherwise.
   */
  static List<Filings.ClaimAnswer> answers(CaseRecord c, Requests.Defence body) {
    List<ApplicationForm.Claim> claims = c.application().form().claimsOrEmpty();
    List<Requests.ClaimAnswer> given = body.claimsOrEmpty();
    List<FieldMessage> errors = new ArrayList<>();
    if (body.declined()) {
      if (!given.isEmpty()) {
        errors.add(new FieldMessage("claims", "选择不提交答辩时，不能同时对请求发表意见；如要答辩，请不要选择“不提交答辩”。"));
      }
      throwIfAny(errors);
      return List.of();
    }
    if (given.isEmpty() && (body.statement() == null || body.statement().isBlank())) {
      errors.add(new FieldMessage("statement", "请填写答辩内容，或对各项请求逐项发表意见，或选择不提交答辩。"));
    }
    String statementProblem =
        body.statement() == null ? null : PrintableText.problem("答辩内容", body.statement());
    if (statementProblem != null) {
      errors.add(new FieldMessage("statement", statementProblem));
    }
    Set<Integer> seen = new HashSet<>();
    List<Filings.ClaimAnswer> answers = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      Requests.ClaimAnswer a = given.get(i);
      String field = "claims[" + i + "]";
      Integer number = a.claimId();
      if (number == null || a.position() == null) {
        continue; // already refused by the field checks
      }
      if (number < 1 || number > claims.size()) {
        errors.add(new FieldMessage(
            field + ".claimId",
            "没有第 " + number + " 项请求：本申请共有 " + claims.size() + " 项请求（claimId 为请求的序号，从 1 开始）。"));
        continue;
      }
      if (!seen.add(number)) {
        errors.add(new FieldMessage(field + ".claimId", "对第 " + number + " 项请求的意见重复了，每项请求只写一次。"));
        continue;
      }
      ApplicationForm.Claim claim = claims.get(number - 1);
      BigDecimal claimed = claim.amount();
      String reason =
          a.reason() == null || a.reason().isBlank() ? null : a.reason().strip();
      String reasonProblem = reason == null ? null : PrintableText.problem("理由", reason);
      if (reasonProblem != null) {
        errors.add(new FieldMessage(field + ".reason", reasonProblem));
      }
      // Yuan with two decimals (the field allows no more), so that 5000 reads 5000.00 like the
      // claim.
      BigDecimal disputed = a.disputedAmount() == null
          ? null
          : a.disputedAmount().setScale(2, java.math.RoundingMode.UNNECESSARY);
      switch (a.position()) {
        case AGREE -> {
          if (disputed != null && disputed.signum() > 0) {
            errors.add(new FieldMessage(
                field + ".disputedAmount",
                "同意第 " + number + " 项请求的，不应填写有异议的金额；对部分金额有异议请选择“部分同意”。"));
          }
          disputed = null;
        }
        case DISAGREE, PARTLY -> {
          if (reason == null) {
            errors.add(new FieldMessage(
                field + ".reason",
                (a.position() == Requests.Position.DISAGREE ? "不同意" : "部分同意") + "第 " + number
                    + " 项请求的，请写明理由（以及有什么证据）。"));
          }
          if (disputed != null && claimed == null) {
            errors.add(new FieldMessage(
                field + ".disputedAmount", "第 " + number + " 项请求没有金额，无需填写有异议的金额。"));
          } else if (disputed != null && disputed.compareTo(claimed) > 0) {
            errors.add(new FieldMessage(
                field + ".disputedAmount",
                "有异议的金额（" + disputed.toPlainString() + " 元）不能超过第 " + number + " 项请求的金额（"
                    + claimed.toPlainString() + " 元）。"));
          } else if (a.position() == Requests.Position.PARTLY
              && claimed != null
              && (disputed == null || disputed.signum() == 0)) {
            errors.add(new FieldMessage(
                field + ".disputedAmount",
                "部分同意第 " + number + " 项请求的，请写明有异议的金额（不超过 " + claimed.toPlainString() + " 元）。"));
          } else if (a.position() == Requests.Position.DISAGREE && disputed == null) {
            disputed = claimed; // not agreeing to any of it disputes the whole sum
          }
        }
      }
      answers.add(new Filings.ClaimAnswer(number, a.position().name(), reason, disputed));
    }
    if (!given.isEmpty() && errors.isEmpty()) {
      TreeSet<Integer> missing = new TreeSet<>();
      for (int n = 1; n <= claims.size(); n++) {
        if (!seen.contains(n)) {
          missing.add(n);
        }
      }
      if (!missing.isEmpty()) {
        errors.add(new FieldMessage(
            "claims",
            "请对第 " + String.join("、", missing.stream().map(String::valueOf).toList())
                + " 项请求也表明意见（同意、不同意或部分同意）。"));
      }
    }
    throwIfAny(errors);
    answers.sort(java.util.Comparator.comparingInt(Filings.ClaimAnswer::claimId));
    return answers;
  }

  private static void throwIfAny(List<FieldMessage> errors) {
    if (!errors.isEmpty()) {
      throw new FilingProblems.InvalidInput(errors);
    }
  }

  static String positionLabel(String position) {
    return switch (position) {
      case "AGREE" -> "同意";
      case "DISAGREE" -> "不同意";
      case "PARTLY" -> "部分同意";
      default -> position;
    };
  }

  /** One claim's answer in words, e.g. "第1项（支付拖欠的工资 9000.00 元）：部分同意，对 3000.00 元有异议。理由：…". */
  static String line(CaseRecord c, Filings.ClaimAnswer a) {
    List<ApplicationForm.Claim> claims = c.application().form().claimsOrEmpty();
    ApplicationForm.Claim claim =
        a.claimId() >= 1 && a.claimId() <= claims.size() ? claims.get(a.claimId() - 1) : null;
    String what = claim == null
        ? ""
        : "（" + (claim.type() == null ? "请求" : claim.type().label())
            + (claim.amount() == null ? "" : " " + claim.amount().toPlainString() + " 元") + "）";
    return "第" + a.claimId() + "项" + what + "：" + positionLabel(a.position())
        + (a.disputedAmount() == null ? "" : "，对 " + a.disputedAmount().toPlainString() + " 元有异议")
        + (a.reason() == null ? "。" : "。理由：" + a.reason());
  }

  private static @Nullable String summary(List<Filings.ClaimAnswer> answers) {
    if (answers.isEmpty()) {
      return null;
    }
    long agreed = answers.stream().filter(a -> a.position().equals("AGREE")).count();
    return "逐项答辩 " + answers.size() + " 项请求：同意 " + agreed + " 项，不同意或部分同意 "
        + (answers.size() - agreed) + " 项。";
  }

  /** The text of the 答辩书副本 served on the applicant. */
  private static String copy(
      CaseRecord c, @Nullable String statement, List<Filings.ClaimAnswer> answers) {
    StringBuilder text = new StringBuilder();
    if (!answers.isEmpty()) {
      text.append("对各项仲裁请求的意见和理由：");
      answers.forEach(a -> text.append("\n").append(line(c, a)));
    }
    if (statement != null) {
      text.append(text.isEmpty() ? "" : "\n").append("答辩意见：").append(statement);
    }
    return text.toString();
  }
}
