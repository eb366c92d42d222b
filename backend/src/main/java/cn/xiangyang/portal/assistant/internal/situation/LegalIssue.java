package cn.xiangyang.portal.assistant.internal.situation;

import java.util.List;

/**
 * A legal issue a story can raise, with its plain Chinese name and the articles that govern it
 * ({@code law-id#article}, as in the knowledge base's citations). The first article is the one an answer
 * block about the issue quotes first.
 */
public enum LegalIssue {
  // 劳动合同法 第三十条; 劳动法 第五十条
  UNPAID_WAGES("拖欠、克扣工资", "labor-contract-law#30", "labor-law#50"),
  // 劳动合同法 第八十二条、第十条; 实施条例 第六、七条
  DOUBLE_WAGES(
      "未签书面劳动合同的二倍工资",
      "labor-contract-law#82",
      "labor-contract-law#10",
      "labor-contract-law-implementing-regulation#6",
      "labor-contract-law-implementing-regulation#7"),
  // 劳动合同法 第四十八条、第八十七条、第三十九条、第四十条、第四十三条
  UNLAWFUL_DISMISSAL(
      "被辞退是否合法、赔偿金",
      "labor-contract-law#48",
      "labor-contract-law#87",
      "labor-contract-law#39",
      "labor-contract-law#40",
      "labor-contract-law#43"),
  // 劳动合同法 第四十六条、第四十七条、第四十一条
  ECONOMIC_COMPENSATION(
      "经济补偿", "labor-contract-law#46", "labor-contract-law#47", "labor-contract-law#41"),
  // 劳动合同法 第三十八条
  RESIGN_FOR_CAUSE("单位有过错时劳动者可以解除合同", "labor-contract-law#38", "labor-contract-law#46"),
  // 劳动法 第四十四条、第四十一条、第三十六条; 工资支付暂行规定 第十三条
  OVERTIME_PAY(
      "加班费和工作时间", "labor-law#44", "labor-law#41", "labor-law#36", "wage-payment-provisions#13"),
  // 职工带薪年休假条例 第三条、第五条; 企业职工带薪年休假实施办法 第十条
  ANNUAL_LEAVE(
      "带薪年休假",
      "annual-leave-regulation#3",
      "annual-leave-regulation#5",
      "annual-leave-measures#10"),
  // 社会保险法 第五十八条、第六十条、第六十三条
  SOCIAL_INSURANCE(
      "社会保险", "social-insurance-law#58", "social-insurance-law#60", "social-insurance-law#63"),
  // 工伤保险条例 第十四条、第十七条、第六十二条
  WORK_INJURY(
      "工伤",
      "work-injury-insurance-regulation#14",
      "work-injury-insurance-regulation#17",
      "work-injury-insurance-regulation#62"),
  // 劳动合同法 第四十二条; 女职工劳动保护特别规定 第五条、第七条、第九条
  PREGNANCY(
      "孕期、产期、哺乳期保护",
      "labor-contract-law#42",
      "female-worker-protection-provisions#5",
      "female-worker-protection-provisions#7",
      "female-worker-protection-provisions#9"),
  // 劳动合同法 第十九条、第二十条、第二十一条
  PROBATION("试用期", "labor-contract-law#19", "labor-contract-law#20", "labor-contract-law#21"),
  // 劳动合同法 第二十三条、第二十四条
  NON_COMPETE("竞业限制和保密", "labor-contract-law#23", "labor-contract-law#24"),
  // 劳动合同法 第五十八条、第六十三条、第六十六条、第九十二条
  DISPATCH(
      "劳务派遣",
      "labor-contract-law#58",
      "labor-contract-law#63",
      "labor-contract-law#66",
      "labor-contract-law#92"),
  // 劳动合同法 第四条; 解释（一） 第五十条
  RULES_PROCEDURE("规章制度的制定程序", "labor-contract-law#4", "spc-labor-dispute-interpretation-1#50"),
  // 劳动合同法 第三十七条、第九十条
  RESIGNATION_NOTICE("劳动者辞职", "labor-contract-law#37", "labor-contract-law#90"),
  // 劳动争议调解仲裁法 第二十七条
  LIMITATION("仲裁时效", "labor-dispute-mediation-arbitration-law#27"),
  // 劳动合同法 第七条、第九十四条
  CONFIRM_RELATIONSHIP("确认劳动关系", "labor-contract-law#7", "labor-contract-law#94"),
  // 劳动合同法 第三十五条
  TRANSFER_PAY_CUT("调岗、降薪", "labor-contract-law#35"),
  // 劳动法 第四十八条
  MINIMUM_WAGE("最低工资", "labor-law#48"),
  // 劳动合同法 第四十四条; 实施条例 第二十一条; 解释（二） 第二十一条 (repealed 解释（一）第三十二条第一款 from 2025-09-01)
  RETIREMENT(
      "达到退休年龄后的用工",
      "labor-contract-law#44",
      "labor-contract-law-implementing-regulation#21",
      "spc-labor-dispute-interpretation-2#21"),
  // 劳动合同法 第二十六条
  WAIVER("放弃法定权利的约定", "labor-contract-law#26"),
  // 劳动合同法 第九条、第八十四条
  DEPOSIT("收取押金、扣押证件", "labor-contract-law#9", "labor-contract-law#84");

  private final String title;
  private final List<String> citations;

  LegalIssue(String title, String... citations) {
    this.title = title;
    this.citations = List.of(citations);
  }

  /** The issue's name as a person would say it. */
  public String title() {
    return title;
  }

  /** The governing articles, most important first, as {@code law-id#article}. */
  public List<String> citations() {
    return citations;
  }
}
