package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.accounts.ValidCreditCode;
import cn.xiangyang.portal.filing.ClaimType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The contents of an application (申请书, 劳动争议调解仲裁法 第二十八条) as the worker fills them in. A
 * draft may be incomplete: every field is optional here, only its form is checked; what is missing is
 * reported by the checks ({@code REQUIRED_ELEMENTS}). The applicant's name, ID number and phone come
 * from the account, not from this form.
 */
record ApplicationForm(
    @Nullable Procedure procedure,
    @Valid @Nullable Applicant applicant,

    @Size(max = 10, message = "被申请人最多 10 个") @Nullable
    List<@Valid @NotNull(message = "被申请人不能为空") Respondent> respondents,

    @Valid @Nullable Employment employment,

    @Size(max = 20, message = "仲裁请求最多 20 项") @Nullable
    List<@Valid @NotNull(message = "请求不能为空") Claim> claims,

    @Size(max = 10000, message = "事实和理由不能超过 10000 字") @Nullable
    String factsAndReasons,

    @Size(max = 2000, message = "证据说明不能超过 2000 字") @Nullable String evidenceNotes,
    @Nullable LocalDate knewOn,
    @Nullable Boolean migrantWorker,

    @Size(max = 10, message = "证人最多 10 位") @Nullable
    List<@Valid @NotNull(message = "证人不能为空") Witness> witnesses,
    // 调解仲裁法 第二十七条第二款: the last day the worker claimed the right from the employer (a written
    // demand, a complaint, a mediation request) or the employer agreed to pay; the year runs again
    // from then
    @Nullable LocalDate interruptedOn) {

  static final String PHONE = "^1[3-9][0-9]{9}$";

  /** 先行调解 or straight to arbitration. */
  enum Procedure {
    MEDIATION,
    ARBITRATION
  }

  /** What the applicant adds to what the account knows (第二十八条: 性别、年龄、职业、住所). */
  record Applicant(
      @Size(max = 200, message = "住所不能超过 200 字") @Nullable String address,

      @Pattern(regexp = "^(MALE|FEMALE)$", message = "性别请选择 MALE 或 FEMALE") @Nullable
      String gender,

      @Size(max = 50, message = "职业不能超过 50 字") @Nullable String occupation,

      @Pattern(regexp = PHONE, message = "请填写 11 位手机号码") @Nullable
      String contactPhone) {}

  /** 被申请人（用人单位）. */
  record Respondent(
      @Size(max = 100, message = "单位名称不能超过 100 字") @Nullable String name,
      @ValidCreditCode @Nullable String creditCode,
      @Size(max = 200, message = "住所不能超过 200 字") @Nullable String address,

      @Size(max = 50, message = "法定代表人姓名不能超过 50 字") @Nullable
      String legalRepresentative,

      @Size(max = 30, message = "职务不能超过 30 字") @Nullable String legalRepresentativeTitle,
      @Size(max = 20, message = "区域代码不正确") @Nullable String areaCode,
      @Size(max = 20, message = "电话不能超过 20 位") @Nullable String phone) {}

  /** 劳动关系基本事实. */
  record Employment(
      @Nullable LocalDate startDate,
      @Nullable LocalDate endDate,
      @Size(max = 50, message = "岗位不能超过 50 字") @Nullable String job,

      @DecimalMin(value = "0.00", message = "月工资不能为负数")
      @DecimalMax(value = "9999999.99", message = "金额过大：月工资不超过 999 万元，请检查是否多写了 0")
      @Digits(integer = 40, fraction = 2, message = "月工资最多两位小数（分）")
      @Nullable
      BigDecimal monthlyWage,

      @Nullable Boolean writtenContract,
      @Size(max = 20, message = "区域代码不正确") @Nullable String workAreaCode,
      @Size(max = 200, message = "工作地点不能超过 200 字") @Nullable String workplace,
      @Nullable Boolean stillEmployed,
      @Nullable Boolean retiredWithPension,
      @Nullable EmployerKind employerKind) {}

  /**
   * Who employs the worker, asked in plain words because some kinds are outside the commission's
   * scope (最高人民法院关于审理劳动争议案件适用法律问题的解释（一） 第二条).
   */
  enum EmployerKind {
    /** 公司、企业、个体工商户、民办非企业单位等. */
    ORGANISATION,
    /** 没有营业执照的老板、包工头. */
    UNLICENSED_BOSS,
    /** 家庭或者个人雇请家政服务（保姆、钟点工）. */
    HOUSEHOLD,
    /** 个体工匠带的帮工、学徒. */
    CRAFTSMAN,
    /** 农村承包经营户雇请的人. */
    RURAL_CONTRACTOR
  }

  /** One structured claim (要素式请求); amount in yuan with at most 2 decimals. */
  record Claim(
      @NotNull(message = "请选择请求类型") @Nullable ClaimType type,

      @DecimalMin(value = "0.00", message = "金额不能为负数")
      @DecimalMax(value = "999999999.99", message = "金额过大：每项请求不超过 10 亿元，请检查是否多写了 0")
      @Digits(integer = 40, fraction = 2, message = "金额最多两位小数（分）")
      @Nullable
      BigDecimal amount,

      @Nullable LocalDate periodFrom,
      @Nullable LocalDate periodTo,

      @Size(max = 1000, message = "请求说明不能超过 1000 字") @Nullable
      String description,

      @Nullable LocalDate knewOn) {}

  /** 证人 (第二十八条第三项: 证人姓名和住所), and what the witness can tell. */
  record Witness(
      @Size(max = 50, message = "证人姓名不能超过 50 字") @Nullable String name,
      @Size(max = 200, message = "证人住所不能超过 200 字") @Nullable String address,
      @Size(max = 200, message = "证明内容不能超过 200 字") @Nullable String proves) {}

  List<Witness> witnessesOrEmpty() {
    return witnesses == null ? List.of() : witnesses;
  }

  List<Respondent> respondentsOrEmpty() {
    return respondents == null ? List.of() : respondents;
  }

  List<Claim> claimsOrEmpty() {
    return claims == null ? List.of() : claims;
  }

  static ApplicationForm empty() {
    return new ApplicationForm(null, null, null, null, null, null, null, null, null, null, null);
  }
}
