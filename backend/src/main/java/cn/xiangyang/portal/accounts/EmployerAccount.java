package cn.xiangyang.portal.accounts;

import java.util.UUID;

/**
 * An employer account as other modules may know it: the company it claims to act for and whether
 * that claim was verified.
 *
 * @param accountId the account
 * @param creditCode the company's unified social credit code, as registered (public, not proof)
 * @param companyName the company name, as registered
 * @param verification where the account stands in verification
 */
public record EmployerAccount(
    UUID accountId, String creditCode, String companyName, VerificationState verification) {

  /** True only for {@link VerificationState#VERIFIED}: staff checked the licence, or a verified colleague invited it. */
  public boolean verified() {
    return verification == VerificationState.VERIFIED;
  }
}
