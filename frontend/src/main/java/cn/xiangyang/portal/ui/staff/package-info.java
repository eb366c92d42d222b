/** The staff console (案件办理): the commission's queue with deadline flags, case actions and the audit trail. */
@NullMarked
package cn.xiangyang.portal.ui.staff;

import org.jspecify.annotations.NullMarked;
