/** Staff pages for the legal data administrators maintain: the working-day calendar. */
@NullMarked
package cn.xiangyang.portal.ui.legaldata;

import org.jspecify.annotations.NullMarked;
