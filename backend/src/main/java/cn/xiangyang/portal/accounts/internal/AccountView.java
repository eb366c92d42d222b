package cn.xiangyang.portal.accounts.internal;

import cn.xiangyang.portal.accounts.AccountKind;
import cn.xiangyang.portal.accounts.StaffRole;
import cn.xiangyang.portal.accounts.VerificationState;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An account as its owner sees it; personal numbers only masked.
 *
 * @param id the account id
 * @param kind worker, employer, staff or visitor (公众)
 * @param displayName the name shown in the portal
 * @param phoneMasked the phone with the middle digits hidden
 * @param idNumberMasked a worker's ID number with the middle hidden
 * @param companyName an employer's name
 * @param creditCode an employer's credit code (public information)
 * @param contactName an employer's contact person
 * @param username a staff member's login name
 * @param role a staff member's role
 * @param roleLabel the role's Chinese title
 * @param commissionId a staff member's commission
 * @param commissionName its name
 * @param verification an employer's verification state
 * @param verificationLabel its Chinese word
 * @param verificationReason why staff rejected or suspended the account
 */
record AccountView(
    UUID id,
    AccountKind kind,
    String kindLabel,
    String displayName,
    @Nullable String phoneMasked,
    @Nullable String idNumberMasked,
    @Nullable String companyName,
    @Nullable String creditCode,
    @Nullable String contactName,
    @Nullable String username,
    @Nullable StaffRole role,
    @Nullable String roleLabel,
    @Nullable String commissionId,
    @Nullable String commissionName,
    @Nullable VerificationState verification,
    @Nullable String verificationLabel,
    @Nullable String verificationReason) {

  static String maskPhone(String phone) {
    return phone.length() == 11 ? phone.substring(0, 3) + "****" + phone.substring(7) : "****";
  }
}
