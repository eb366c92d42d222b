package cn.xiangyang.portal.ui.accounts;

/** Body of {@code POST /api/v1/accounts/workers}. */
public record WorkerRegistration(
    String name, String phone, String idNumber, String password, String smsCode) {

  @Override
  public String toString() {
    return "WorkerRegistration[name=***, phone=***, idNumber=***, password=***]";
  }
}
