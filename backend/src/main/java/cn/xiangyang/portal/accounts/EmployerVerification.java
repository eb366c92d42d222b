package cn.xiangyang.portal.accounts;

import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Whether an employer account may act for its company in a case. Anyone can type a company's credit
 * code, which is public: until staff checked the licence (or the case's access code), an employer
 * account sees only that a case names the company, the commission and the deadline.
 */
public interface EmployerVerification {

  /** What an unverified employer is told, in the case view and in 403 answers. */
  String HOW_TO_VERIFY = "您的单位账号尚未认证，暂时不能查看申请人信息、请求、证据和开庭安排，也不能答辩。"
      + "请在「单位认证」页面上传营业执照（代理人另附法定代表人签署的授权委托书），"
      + "或填写仲裁委送达的应诉通知书上的案件查询码；工作人员审核通过后即可查看和答辩。";

  /** The account's state; {@link VerificationState#UNVERIFIED} for one that never applied or is not an employer. */
  Mono<VerificationState> state(UUID accountId);

  /** The employer account's company and verification state; empty when the account is not an employer. */
  Mono<EmployerAccount> employer(UUID accountId);

  /**
   * True when the employer account may see the case in full and act in it: the account is verified,
   * or this one case is linked to it by its access code and the link is approved. Always false for a
   * suspended account.
   */
  Mono<Boolean> mayActOn(UUID accountId, UUID caseId);
}
