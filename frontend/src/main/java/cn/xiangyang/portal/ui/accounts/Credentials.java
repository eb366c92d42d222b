package cn.xiangyang.portal.ui.accounts;

/**
 * Body of {@code POST /api/v1/sessions}.
 *
 * @param account a phone number, resident ID number, unified social credit code or staff user name
 */
public record Credentials(String account, String password) {

  @Override
  public String toString() {
    return "Credentials[account=***, password=***]";
  }
}
