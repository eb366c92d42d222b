/** 用工体检: the employer check-up wizard, its report with chart and PDF, training requests, and the staff pages for requests and the served-enterprise registry. */
@NullMarked
package cn.xiangyang.portal.ui.compliance;

import org.jspecify.annotations.NullMarked;
