/** The front page: what the service is, what it costs (nothing), and where to start. */
@NullMarked
package cn.xiangyang.portal.ui.home;

import org.jspecify.annotations.NullMarked;
