package cn.xiangyang.portal.accounts.internal;

import cn.xiangyang.portal.accounts.StaffRole;
import cn.xiangyang.portal.accounts.ValidCreditCode;
import cn.xiangyang.portal.accounts.ValidResidentIdNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the accounts API, validated with Chinese messages. */
final class Requests {

  static final String PHONE = "^1[3-9][0-9]{9}$";
  static final String PHONE_MESSAGE = "请填写 11 位手机号码";
  static final String PASSWORD = "^(?=.*[A-Za-z])(?=.*[0-9])[\\x21-\\x7E]{8,64}$";
  static final String PASSWORD_MESSAGE = "密码需为 8–64 位，同时包含字母和数字，不能有空格或汉字";

  private Requests() {}

  /** 劳动者注册. */
  record WorkerRegistration(
      @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过 50 个字") String name,
      @NotBlank(message = "请填写手机号码") @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
      @NotBlank(message = "请填写居民身份证号") @ValidResidentIdNumber String idNumber,
      @NotBlank(message = "请设置密码") @Pattern(regexp = PASSWORD, message = PASSWORD_MESSAGE) String password) {

    @Override
    public String toString() {
      return "WorkerRegistration[redacted]";
    }
  }

  /** 用人单位注册. */
  record EmployerRegistration(
      @NotBlank(message = "请填写单位名称") @Size(max = 100, message = "单位名称不能超过 100 个字") String companyName,
      @NotBlank(message = "请填写统一社会信用代码") @ValidCreditCode String creditCode,
      @NotBlank(message = "请填写联系人") @Size(max = 50, message = "联系人不能超过 50 个字") String contactName,
      @NotBlank(message = "请填写联系电话") @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
      @NotBlank(message = "请设置密码") @Pattern(regexp = PASSWORD, message = PASSWORD_MESSAGE) String password) {

    @Override
    public String toString() {
      return "EmployerRegistration[redacted]";
    }
  }

  /** 工作人员账号（由管理员创建）. */
  record StaffRegistration(
      @NotBlank(message = "请填写账号名")
          @Pattern(regexp = "^[a-z][a-z0-9._-]{2,31}$", message = "账号名为 3–32 位小写字母、数字或 . _ -，以字母开头")
          String username,
      @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过 50 个字") String displayName,
      @NotNull(message = "请选择岗位") StaffRole role,
      @NotBlank(message = "请选择仲裁委员会") String commissionId,
      @NotBlank(message = "请设置初始密码") @Pattern(regexp = PASSWORD, message = PASSWORD_MESSAGE) String password) {

    @Override
    public String toString() {
      return "StaffRegistration[" + username + "]";
    }
  }

  /** 登录. */
  record Login(
      @NotBlank(message = "请填写手机号、身份证号、统一社会信用代码或工作人员账号")
          @Size(max = 64, message = "账号过长")
          String account,
      @NotBlank(message = "请填写密码") @Size(max = 128, message = "密码过长") String password) {

    @Override
    public String toString() {
      return "Login[redacted]";
    }
  }
}
