package cn.xiangyang.portal.accounts.internal;

import cn.xiangyang.portal.accounts.StaffRole;
import cn.xiangyang.portal.accounts.ValidCreditCode;
import cn.xiangyang.portal.accounts.ValidResidentIdNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Request bodies of the accounts API, validated with Chinese messages. */
final class Requests {

  static final String PHONE = "^1[3-9][0-9]{9}$";
  static final String PHONE_MESSAGE = "请填写 11 位手机号码";
  static final String PASSWORD = "^(?=.*[A-Za-z])(?=.*[0-9])[\\x21-\\x7E]{8,64}$";
  static final String PASSWORD_MESSAGE = "密码需为 8–64 位，同时包含字母和数字，不能有空格或汉字";
  static final String SMS_CODE = "^[0-9]{6}$";
  static final String SMS_CODE_MESSAGE = "请填写短信里的 6 位数字验证码";

  private Requests() {}

  /** 劳动者注册. */
  record WorkerRegistration(
      @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过 50 个字")
      String name,

      @NotBlank(message = "请填写手机号码") @Pattern(regexp = PHONE, message = PHONE_MESSAGE)
      String phone,

      @NotBlank(message = "请填写居民身份证号") @ValidResidentIdNumber
      String idNumber,

      @NotBlank(message = "请设置密码") @Pattern(regexp = PASSWORD, message = PASSWORD_MESSAGE)
      String password,

      @NotBlank(message = "请填写短信验证码") @Pattern(regexp = SMS_CODE, message = SMS_CODE_MESSAGE)
      String smsCode) {

    @Override
    public String toString() {
      return "WorkerRegistration[redacted]";
    }
  }

  /** 用人单位注册. */
  record EmployerRegistration(
      @NotBlank(message = "请填写单位名称") @Size(max = 100, message = "单位名称不能超过 100 个字")
      String companyName,

      @NotBlank(message = "请填写统一社会信用代码") @ValidCreditCode String creditCode,

      @NotBlank(message = "请填写联系人") @Size(max = 50, message = "联系人不能超过 50 个字")
      String contactName,

      @NotBlank(message = "请填写联系电话") @Pattern(regexp = PHONE, message = PHONE_MESSAGE)
      String phone,

      @NotBlank(message = "请设置密码") @Pattern(regexp = PASSWORD, message = PASSWORD_MESSAGE)
      String password,

      @NotBlank(message = "请填写短信验证码") @Pattern(regexp = SMS_CODE, message = SMS_CODE_MESSAGE)
      String smsCode,

      @Nullable @Size(max = 40, message = "邀请码过长") String invitation) {

    @Override
    public String toString() {
      return "EmployerRegistration[redacted]";
    }
  }

  /** 公众注册：预约开放日等，只需手机号和姓名. */
  record VisitorRegistration(
      @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过 50 个字")
      String name,

      @NotBlank(message = "请填写手机号码") @Pattern(regexp = PHONE, message = PHONE_MESSAGE)
      String phone,

      @NotBlank(message = "请设置密码") @Pattern(regexp = PASSWORD, message = PASSWORD_MESSAGE)
      String password,

      @NotBlank(message = "请填写短信验证码") @Pattern(regexp = SMS_CODE, message = SMS_CODE_MESSAGE)
      String smsCode) {

    @Override
    public String toString() {
      return "VisitorRegistration[redacted]";
    }
  }

  /** 工作人员账号（由管理员创建）. */
  record StaffRegistration(
      @NotBlank(message = "请填写账号名")
      @Pattern(regexp = "^[a-z][a-z0-9._-]{2,31}$", message = "账号名为 3–32 位小写字母、数字或 . _ -，以字母开头")
      String username,

      @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过 50 个字")
      String displayName,

      @NotNull(message = "请选择岗位") StaffRole role,
      @NotBlank(message = "请选择仲裁委员会") String commissionId,

      @NotBlank(message = "请设置初始密码") @Pattern(regexp = PASSWORD, message = PASSWORD_MESSAGE)
      String password) {

    @Override
    public String toString() {
      return "StaffRegistration[" + username + "]";
    }
  }

  /** 登录. */
  record Login(
      @NotBlank(message = "请填写手机号、身份证号、统一社会信用代码或工作人员账号") @Size(max = 64, message = "账号过长")
      String account,

      @NotBlank(message = "请填写密码") @Size(max = 128, message = "密码过长")
      String password) {

    @Override
    public String toString() {
      return "Login[redacted]";
    }
  }

  /** 获取短信验证码. */
  record SmsCodeRequest(
      @NotBlank(message = "请填写手机号码") @Pattern(regexp = PHONE, message = PHONE_MESSAGE)
      String phone,

      @NotNull(message = "请说明验证码的用途：REGISTER、RESET_PASSWORD 或 CHANGE_PHONE")
      SmsPurpose purpose) {

    @Override
    public String toString() {
      return "SmsCodeRequest[" + purpose + "]";
    }
  }

  /** 忘记密码：用短信验证码重设. */
  record PasswordReset(
      @NotBlank(message = "请填写手机号码") @Pattern(regexp = PHONE, message = PHONE_MESSAGE)
      String phone,

      @NotBlank(message = "请填写短信验证码") @Pattern(regexp = SMS_CODE, message = SMS_CODE_MESSAGE)
      String code,

      @NotBlank(message = "请设置新密码") @Pattern(regexp = PASSWORD, message = PASSWORD_MESSAGE)
      String newPassword) {

    @Override
    public String toString() {
      return "PasswordReset[redacted]";
    }
  }

  /** 修改密码（已登录）. */
  record PasswordChange(
      @NotBlank(message = "请填写当前密码") @Size(max = 128, message = "密码过长")
      String currentPassword,

      @NotBlank(message = "请设置新密码") @Pattern(regexp = PASSWORD, message = PASSWORD_MESSAGE)
      String newPassword) {

    @Override
    public String toString() {
      return "PasswordChange[redacted]";
    }
  }

  /** 更换手机号：验证码发到新号码. */
  record PhoneChange(
      @NotBlank(message = "请填写新手机号码") @Pattern(regexp = PHONE, message = PHONE_MESSAGE)
      String phone,

      @NotBlank(message = "请填写短信验证码") @Pattern(regexp = SMS_CODE, message = SMS_CODE_MESSAGE)
      String code) {

    @Override
    public String toString() {
      return "PhoneChange[redacted]";
    }
  }

  /** 案件查询码. */
  record CaseCode(
      @NotBlank(message = "请填写应诉通知书上的案件查询码") @Size(max = 40, message = "案件查询码为 12 位字母和数字")
      String code) {}

  /** 工作人员的认证审核决定. */
  record Decision(
      @NotBlank(message = "请选择通过（APPROVE）或退回（REJECT）")
      @Pattern(regexp = "^(APPROVE|REJECT)$", message = "审核决定只能是 APPROVE（通过）或 REJECT（退回）")
      String decision,

      @Nullable @Size(max = 500, message = "理由不能超过 500 个字") String reason) {}

  /** 停用冒名账号. */
  record Suspension(
      @NotBlank(message = "请写明停用理由") @Size(max = 500, message = "理由不能超过 500 个字")
      String reason) {}

  /** 举报冒用本单位名义的账号. */
  record ImpostorReport(
      @Nullable UUID accountId,

      @NotBlank(message = "请说明举报理由") @Size(max = 500, message = "理由不能超过 500 个字")
      String reason) {}
}
