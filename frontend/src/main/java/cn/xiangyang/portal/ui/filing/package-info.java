/** Online filing (在线申请), the worker's and employer's cases (我的案件) and the inbox (我的消息). */
@NullMarked
package cn.xiangyang.portal.ui.filing;

import org.jspecify.annotations.NullMarked;
