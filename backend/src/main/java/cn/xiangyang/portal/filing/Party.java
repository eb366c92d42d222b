package cn.xiangyang.portal.filing;

/** How a person relates to a case: the worker who applied, an employer named as respondent, or staff. */
public enum Party {
  APPLICANT,
  RESPONDENT,
  STAFF
}
