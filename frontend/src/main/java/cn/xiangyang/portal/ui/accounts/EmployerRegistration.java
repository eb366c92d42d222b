package cn.xiangyang.portal.ui.accounts;

/** Body of {@code POST /api/v1/accounts/employers}. */
public record EmployerRegistration(
    String companyName,
    String creditCode,
    String contactName,
    String phone,
    String password,
    String smsCode,
    @org.jspecify.annotations.Nullable String invitation) {

  @Override
  public String toString() {
    return "EmployerRegistration[companyName=" + companyName + ", creditCode=" + creditCode
        + ", contactName=***, phone=***, password=***]";
  }
}
