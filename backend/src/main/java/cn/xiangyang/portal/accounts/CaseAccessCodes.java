package cn.xiangyang.portal.accounts;

import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * 案件查询码: the code the commission prints on the 应诉通知书 / 申请书副本 served on a respondent's
 * registered address. Entering it in an employer account links that one case to the account.
 */
public interface CaseAccessCodes {

  /**
   * The code for the case and respondent, issued on first call; later calls give a new code and void
   * the old one (only a keyed hash is stored, so the old code cannot be shown again).
   */
  Mono<String> issue(UUID caseId, String creditCode);
}
