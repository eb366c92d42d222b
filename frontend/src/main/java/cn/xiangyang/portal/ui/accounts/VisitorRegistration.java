package cn.xiangyang.portal.ui.accounts;

/** Body of {@code POST /api/v1/accounts/visitors}: a 公众 account for open-day bookings. */
public record VisitorRegistration(String name, String phone, String password, String smsCode) {

  @Override
  public String toString() {
    return "VisitorRegistration[name=***, phone=***, password=***]";
  }
}
