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
  public static final String MEDIATION_ARBITRATION_LAW_ID = "labor-dispute-mediation-arbitration-law";

  /** An article of the 劳动争议调解仲裁法. */
  public static Citation arbitrationLaw(int article) {
    return new Citation(MEDIATION_ARBITRATION_LAW, article, MEDIATION_ARBITRATION_LAW_ID);
  }

  /** An article of the 劳动人事争议仲裁办案规则 (人社部令第33号). */
  public static Citation caseHandlingRules(int article) {
    return new Citation("劳动人事争议仲裁办案规则", article, "labor-personnel-dispute-arbitration-rules");
  }
}
