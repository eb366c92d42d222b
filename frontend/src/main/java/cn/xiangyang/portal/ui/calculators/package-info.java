/** The entitlement calculator pages: a few plain questions, the amount, the formula, the assumptions and the articles. */
@NullMarked
package cn.xiangyang.portal.ui.calculators;

import org.jspecify.annotations.NullMarked;
