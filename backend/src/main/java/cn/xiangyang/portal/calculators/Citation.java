package cn.xiangyang.portal.calculators;

/**
 * A legal source as people and the knowledge base name it.
 *
 * @param law the law's Chinese short title, e.g. 劳动争议调解仲裁法
 * @param article the article number
 * @param lawId the knowledge base's identifier of the law
 */
public record Citation(String law, int article, String lawId) {

  public static final String MEDIATION_ARBITRATION_LAW = "劳动争议调解仲裁法";
  public static final String MEDIATION_ARBITRATION_LAW_ID =
      "labor-dispute-mediation-arbitration-law";
  /** The knowledge base id of 劳动人事争议仲裁办案规则 (人社部令第33号). */
  public static final String CASE_HANDLING_RULES_ID = "labor-personnel-arbitration-rules";
  /** The knowledge base id of 全国年节及纪念日放假办法. */
  public static final String HOLIDAY_MEASURES_ID = "national-holidays-measures";

  /** An article of the 劳动争议调解仲裁法. */
  public static Citation arbitrationLaw(int article) {
    return new Citation(MEDIATION_ARBITRATION_LAW, article, MEDIATION_ARBITRATION_LAW_ID);
  }

  /** An article of the 劳动人事争议仲裁办案规则 (人社部令第33号). */
  public static Citation caseHandlingRules(int article) {
    return new Citation("劳动人事争议仲裁办案规则", article, CASE_HANDLING_RULES_ID);
  }

  /** An article of the 民法典 (总则编). */
  public static Citation civilCode(int article) {
    return new Citation("民法典", article, "civil-code-general-part");
  }

  /** An article of the 全国年节及纪念日放假办法 (2024年11月10日修订). */
  public static Citation holidayMeasures(int article) {
    return new Citation("全国年节及纪念日放假办法", article, HOLIDAY_MEASURES_ID);
  }

  /** An article of the 劳动合同法. */
  public static Citation laborContractLaw(int article) {
    return new Citation("劳动合同法", article, "labor-contract-law");
  }

  /** An article of the 劳动合同法实施条例. */
  public static Citation laborContractRegulation(int article) {
    return new Citation("劳动合同法实施条例", article, "labor-contract-law-implementing-regulation");
  }

  /** An article of the 职工带薪年休假条例. */
  public static Citation annualLeaveRegulation(int article) {
    return new Citation("职工带薪年休假条例", article, "annual-leave-regulation");
  }

  /** An article of the 企业职工带薪年休假实施办法. */
  public static Citation annualLeaveMeasures(int article) {
    return new Citation("企业职工带薪年休假实施办法", article, "annual-leave-measures");
  }

  /** An article of the 最高人民法院关于审理劳动争议案件适用法律问题的解释（一）. */
  public static Citation spcInterpretation(int article) {
    return new Citation(
        "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）", article, "spc-labor-dispute-interpretation-1");
  }

  /** An article of the 社会保险法. */
  public static Citation socialInsuranceLaw(int article) {
    return new Citation("社会保险法", article, "social-insurance-law");
  }

  /** An article of the 工伤保险条例. */
  public static Citation workInjuryRegulation(int article) {
    return new Citation("工伤保险条例", article, "work-injury-insurance-regulation");
  }

  /** The way people write it: 劳动争议调解仲裁法 第二十七条. */
  public String label() {
    return law + " 第" + ChineseNumbers.of(article) + "条";
  }
}
