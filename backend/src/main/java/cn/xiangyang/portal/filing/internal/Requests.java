package cn.xiangyang.portal.filing.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Request bodies of the staff, defence and inbox endpoints, validated with Chinese messages. */
final class Requests {

  private Requests() {}

  /** The applicant's withdrawal, with an optional reason (已与单位和解 …). */
  record Withdrawal(
      @Size(max = 500, message = "理由不能超过 500 字") @Nullable String reason) {}

  record Accept(
      @Size(max = 1000, message = "备注不能超过 1000 字") @Nullable String note) {}

  record Reject(
      @NotBlank(message = "请写明不予受理的理由") @Size(max = 2000, message = "理由不能超过 2000 字")
      String reasons) {}

  record CorrectionRequest(
      @NotEmpty(message = "请列出需要补正的内容") @Size(max = 20, message = "补正事项最多 20 项")
      List<@NotBlank(message = "补正事项不能为空") @Size(max = 200, message = "每项不超过 200 字") String> items,

      @Size(max = 1000, message = "说明不能超过 1000 字") @Nullable String note) {}

  record Assign(@NotNull(message = "请选择承办人员") UUID staffId) {}

  /** START: begin mediation; AGREEMENT: record the agreement (调解书) with its terms. */
  record Mediation(
      @NotBlank(message = "请选择操作")
      @Pattern(regexp = "^(START|AGREEMENT)$", message = "操作应为 START（开始调解）或 AGREEMENT（达成调解协议）")
      String action,

      @Size(max = 5000, message = "调解协议内容不能超过 5000 字") @Nullable
      String terms) {}

  record Arbitration(
      @Size(max = 1000, message = "说明不能超过 1000 字") @Nullable String reason) {}

  record Hearing(
      @NotBlank(message = "请填写仲裁庭（地点）") @Size(max = 100, message = "地点不能超过 100 字")
      String room,

      @NotNull(message = "请填写开庭时间") @Future(message = "开庭时间必须在将来")
      Instant startsAt) {}

  record Extension(
      @NotBlank(message = "请写明延期理由（经仲裁委员会主任批准）") @Size(max = 1000, message = "理由不能超过 1000 字")
      String reason) {}

  /** A staff member's request to the director for the award extension (办案规则 第四十五条). */
  record ExtensionRequest(
      @NotBlank(message = "请写明需要延期的理由，例如：案情复杂") @Size(max = 1000, message = "理由不能超过 1000 字")
      String reason) {}

  /**
   * The recorded receipt of the application copy by the respondent.
   *
   * @param servedOn the day the respondent received it (签收日期)
   * @param method PAPER (书面送达, the default) or ELECTRONIC (电子送达 confirmed by the commission)
   */
  record Service(
      @NotNull(message = "请填写被申请人签收的日期") @Nullable LocalDate servedOn,

      @Pattern(regexp = "^(PAPER|ELECTRONIC)$", message = "送达方式应为 PAPER（书面送达）或 ELECTRONIC（电子送达）")
      @Nullable
      String method) {}

  /**
   * An event of 劳动人事争议仲裁办案规则 第四十六条 recorded by staff (or the suspension and resumption of 第四十七条).
   *
   * @param action CHANGE_CLAIMS, ADD_PARTY, ACCEPT_COUNTER_APPLICATION, TRANSFER_JURISDICTION, ACCEPT_TRANSFER, SUSPEND or RESUME
   * @param on the day of the decision (受理、决定追加、接受移送、中止、恢复之日)
   * @param receivedOn for a counter-application, the day the commission received it (it must lie in the defence period)
   * @param party for ADD_PARTY, who is added
   * @param commissionId for TRANSFER_JURISDICTION, the receiving commission
   */
  record PeriodEvent(
      @NotNull(message = "请选择要办理的事项")
      @Pattern(
          regexp =
              "^(CHANGE_CLAIMS|ADD_PARTY|ACCEPT_COUNTER_APPLICATION|TRANSFER_JURISDICTION|ACCEPT_TRANSFER|SUSPEND|RESUME)$",
          message = "事项应为增加或变更仲裁请求、追加当事人、反申请、移送管辖、接受移送、中止审理或恢复审理之一")
      @Nullable
      String action,

      @NotNull(message = "请填写日期") @Nullable LocalDate on,

      @NotBlank(message = "请写明理由或依据") @Size(max = 1000, message = "理由不能超过 1000 字") @Nullable
      String reason,

      @Nullable LocalDate receivedOn,

      @Size(max = 200, message = "当事人名称不能超过 200 字") @Nullable
      String party,

      @Size(max = 40, message = "仲裁委员会编号有误") @Nullable String commissionId) {}

  /** The body of {@code POST /api/v1/staff/cases/{id}/documents/{documentId}/service}: 书面送达 of one document on one side. */
  record DocumentService(
      @NotNull(message = "请选择送达的当事人")
      @Pattern(
          regexp = "^(APPLICANT|RESPONDENT)$",
          message = "当事人应为 APPLICANT（申请人）或 RESPONDENT（被申请人）")
      @Nullable
      String party,

      @NotNull(message = "请填写当事人签收的日期") @Nullable LocalDate servedOn) {}

  record Award(
      @NotBlank(message = "请填写裁决主文") @Size(max = 10000, message = "裁决内容不能超过 10000 字")
      String summary,

      @NotNull(message = "请说明是否为终局裁决") Boolean finalAward) {}

  /**
   * An employer's defence (答辩), or its statement that it will not submit one: the overall statement
   * and, claim by claim, its position ("对各项请求的意见和理由"). Either the statement or the answers to
   * the claims are needed unless it declines; when answers are given, every claim is answered once.
   */
  record Defence(
      boolean declined,

      @Size(max = 10000, message = "答辩内容不能超过 10000 字") @Nullable
      String statement,

      @Size(max = 20, message = "最多对 20 项请求发表意见") @Nullable
      List<@Valid @NotNull(message = "对请求的意见不能为空") ClaimAnswer> claims) {

    List<ClaimAnswer> claimsOrEmpty() {
      return claims == null ? List.of() : claims;
    }
  }

  /** The respondent's position on one claim. */
  enum Position {
    /** 同意该项请求. */
    AGREE,
    /** 不同意该项请求. */
    DISAGREE,
    /** 部分同意：对其中一部分金额有异议. */
    PARTLY
  }

  /**
   * The answer to one claim.
   *
   * @param claimId the claim's number in the application (1 = the first claim)
   * @param disputedAmount the part of the claimed amount the respondent disputes, in yuan
   */
  record ClaimAnswer(
      @NotNull(message = "请写明是第几项请求（claimId）") @Nullable Integer claimId,

      @NotNull(message = "请选择对该项请求的意见：同意、不同意或部分同意") @Nullable
      Position position,

      @Size(max = 2000, message = "理由不能超过 2000 字") @Nullable String reason,

      @DecimalMin(value = "0.00", message = "有异议的金额不能为负数")
      @DecimalMax(value = "999999999.99", message = "金额过大，请检查是否多写了 0")
      @Digits(integer = 40, fraction = 2, message = "金额最多两位小数（分）")
      @Nullable
      BigDecimal disputedAmount) {}
}
