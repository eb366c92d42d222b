/** 庭审直播 and 开放日: the public schedule with live status and player, open-day booking, and the staff pages. */
@NullMarked
package cn.xiangyang.portal.ui.hearings;

import org.jspecify.annotations.NullMarked;
