package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.calculators.Citation;

/**
 * One result of the checks before submission: advice, never a refusal.
 *
 * @param code what was checked: REQUIRED_ELEMENTS, LIMITATION, JURISDICTION, FINAL_AWARD, FAST_TRACK
 * @param outcome OK, WARNING, PROBLEM or INFO
 * @param title one line in Chinese
 * @param explanation the plain-language explanation, in Chinese
 * @param citation the rule applied
 */
record CheckResult(String code, Outcome outcome, String title, String explanation, Citation citation) {

  enum Outcome {
    OK,
    WARNING,
    PROBLEM,
    INFO
  }
}
