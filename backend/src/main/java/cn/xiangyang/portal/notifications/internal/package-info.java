/** The inbox listeners, its storage and its HTTP endpoints. */
@NullMarked
package cn.xiangyang.portal.notifications.internal;

import org.jspecify.annotations.NullMarked;
