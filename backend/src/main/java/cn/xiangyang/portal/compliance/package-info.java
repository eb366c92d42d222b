/** The employer check-up (线上用工体检): questionnaire, rule evaluation, reports, training on demand and the served-enterprise registry. */
@NullMarked
package cn.xiangyang.portal.compliance;

import org.jspecify.annotations.NullMarked;
