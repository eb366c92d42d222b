package cn.xiangyang.portal.accounts.internal;

/** What an SMS verification code is for, with the words of the message. */
enum SmsPurpose {
  REGISTER("注册账号"),
  RESET_PASSWORD("找回密码"),
  CHANGE_PHONE("更换手机号");

  private final String label;

  SmsPurpose(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** The message text; the code is the only secret in it. */
  String text(String signName, String code, long minutes) {
    return "【" + signName + "】您正在" + label + "，验证码 " + code + "，" + minutes
        + " 分钟内有效。如非本人操作，请忽略本短信，不要把验证码告诉任何人。";
  }
}
