package cn.xiangyang.portal.ui.accounts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An account as the backend shows it to its owner; personal numbers arrive already masked. Fields the
 * backend adds later are ignored.
 *
 * @param kind {@code WORKER}, {@code EMPLOYER}, {@code STAFF} or {@code VISITOR} (公众)
 * @param kindLabel the backend's Chinese name for the kind, when it sends one
 * @param username a staff member's login name
 * @param role for staff: {@code CLERK}, {@code MEDIATOR}, {@code ARBITRATOR} or {@code ADMIN}
 * @param roleLabel the backend's Chinese title for the role, when it sends one
 * @param verification an employer's verification state ({@code UNVERIFIED}, {@code PENDING}, {@code VERIFIED}, …)
 * @param verificationLabel its Chinese word
 * @param verificationReason why staff rejected or suspended the account
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Account(
    UUID id,
    String kind,
    @Nullable String kindLabel,
    String displayName,
    @Nullable String phoneMasked,
    @Nullable String idNumberMasked,
    @Nullable String creditCode,
    @Nullable String companyName,
    @Nullable String contactName,
    @Nullable String username,
    @Nullable String role,
    @Nullable String roleLabel,
    @Nullable String commissionId,
    @Nullable String commissionName,
    @Nullable String verification,
    @Nullable String verificationLabel,
    @Nullable String verificationReason)
    implements Serializable {

  public boolean isEmployer() {
    return "EMPLOYER".equals(kind);
  }

  public boolean isAdmin() {
    return isStaff() && "ADMIN".equals(role);
  }

  public boolean isStaff() {
    return "STAFF".equals(kind);
  }

  /** The kind of account in words: the backend's label, else ours; an unknown kind is shown as sent. */
  public String kindInWords() {
    if (kindLabel != null && !kindLabel.isBlank()) {
      return kindLabel;
    }
    return switch (kind) {
      case "WORKER" -> "劳动者";
      case "EMPLOYER" -> "用人单位";
      case "STAFF" -> "工作人员";
      case "VISITOR" -> "公众";
      default -> kind;
    };
  }

  /** The staff role in words (the backend's label, else ours), or {@code null} for accounts without one. */
  public @Nullable String roleInWords() {
    if (roleLabel != null && !roleLabel.isBlank()) {
      return roleLabel;
    }
    if (role == null) {
      return null;
    }
    return switch (role) {
      case "CLERK" -> "书记员";
      case "MEDIATOR" -> "调解员";
      case "ARBITRATOR" -> "仲裁员";
      case "DIRECTOR" -> "仲裁委主任";
      case "ADMIN" -> "系统管理员";
      default -> role;
    };
  }
}
