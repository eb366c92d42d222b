package cn.xiangyang.portal.filing;

import cn.xiangyang.portal.calculators.FinalAward;

/** The structured claims (要素式仲裁请求) a worker can make, with the final-award category of each. */
public enum ClaimType {
  UNPAID_WAGES("支付拖欠的工资", true, FinalAward.Category.LABOR_REMUNERATION),
  OVERTIME_PAY("支付加班费", true, FinalAward.Category.LABOR_REMUNERATION),
  ECONOMIC_COMPENSATION("支付解除（终止）劳动合同经济补偿", true, FinalAward.Category.ECONOMIC_COMPENSATION),
  UNLAWFUL_TERMINATION_DAMAGES("支付违法解除（终止）劳动合同赔偿金", true, FinalAward.Category.DAMAGES),
  DOUBLE_WAGES_NO_CONTRACT("支付未签订书面劳动合同的二倍工资差额", true, FinalAward.Category.DAMAGES),
  ANNUAL_LEAVE_PAY("支付未休年休假工资报酬", true, FinalAward.Category.LABOR_STANDARDS),
  SOCIAL_INSURANCE("补缴社会保险或赔偿社会保险待遇损失", false, FinalAward.Category.LABOR_STANDARDS),
  CONFIRM_LABOR_RELATIONSHIP("确认与被申请人存在劳动关系", false, FinalAward.Category.OTHER),
  WORK_INJURY_MEDICAL_COSTS("支付工伤医疗费", true, FinalAward.Category.WORK_INJURY_MEDICAL_COSTS),
  NON_COMPETE_COMPENSATION("支付竞业限制经济补偿", true, FinalAward.Category.NON_COMPETE_COMPENSATION),
  CONTINUE_EMPLOYMENT("继续履行劳动合同（恢复劳动关系）", false, FinalAward.Category.OTHER),
  OTHER("其他请求", false, FinalAward.Category.OTHER);

  private final String label;
  private final boolean moneyClaim;
  private final FinalAward.Category category;

  ClaimType(String label, boolean moneyClaim, FinalAward.Category category) {
    this.label = label;
    this.moneyClaim = moneyClaim;
    this.category = category;
  }

  public String label() {
    return label;
  }

  /** True when the claim is for a sum of money that the application must state. */
  public boolean moneyClaim() {
    return moneyClaim;
  }

  public FinalAward.Category finalAwardCategory() {
    return category;
  }
}
