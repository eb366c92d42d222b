package cn.xiangyang.portal.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in person behind a request, as other modules see them (the principal of the security
 * context).
 *
 * @param accountId the account
 * @param kind worker, employer, staff or visitor (公众)
 * @param displayName name or company name
 * @param role the staff role, null for workers and employers
 * @param commissionId the staff member's commission, null for workers and employers
 */
public record PortalUser(
    UUID accountId,
    AccountKind kind,
    String displayName,
    @Nullable StaffRole role,
    @Nullable String commissionId) {

  /** {@code ROLE_WORKER}, {@code ROLE_EMPLOYER}, {@code ROLE_STAFF} or {@code ROLE_VISITOR}, plus {@code ROLE_<role>} for staff. */
  public List<GrantedAuthority> authorities() {
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority("ROLE_" + kind.name()));
    if (role != null) {
      authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }
    return authorities;
  }

  public boolean isStaff() {
    return kind == AccountKind.STAFF;
  }
}
