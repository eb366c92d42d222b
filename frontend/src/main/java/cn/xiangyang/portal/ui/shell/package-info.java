/**
 * The frame every page shares: app shell, main layout and navigation, the connection to the backend
 * (problem-detail parsing, unavailability) and the handling of unexpected errors.
 */
@NullMarked
package cn.xiangyang.portal.ui.shell;

import org.jspecify.annotations.NullMarked;
