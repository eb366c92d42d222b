package cn.xiangyang.portal.ui.filing;

import java.util.LinkedHashMap;
import java.util.Map;

/** The claim types the backend knows, in plain words, in the order a worker is most likely to need them. */
final class ClaimTypes {

  static final Map<String, String> LABELS;

  static {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("UNPAID_WAGES", "拖欠工资");
    labels.put("OVERTIME_PAY", "加班费");
    labels.put("ECONOMIC_COMPENSATION", "经济补偿（解除或终止劳动合同）");
    labels.put("UNLAWFUL_TERMINATION_DAMAGES", "违法解除劳动合同赔偿金");
    labels.put("DOUBLE_WAGES_NO_CONTRACT", "未签书面劳动合同的二倍工资");
    labels.put("ANNUAL_LEAVE_PAY", "未休年休假工资");
    labels.put("SOCIAL_INSURANCE", "社会保险");
    labels.put("CONFIRM_LABOR_RELATIONSHIP", "确认劳动关系");
    labels.put("WORK_INJURY_MEDICAL_COSTS", "工伤医疗费");
    labels.put("NON_COMPETE_COMPENSATION", "竞业限制经济补偿");
    labels.put("CONTINUE_EMPLOYMENT", "继续履行劳动合同（恢复工作）");
    labels.put("OTHER", "其他");
    LABELS = java.util.Collections.unmodifiableMap(labels);
  }

  private ClaimTypes() {}
}
