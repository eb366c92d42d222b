/** Cross-cutting setup: local services, clock, security, error responses, Redis keys. */
@NullMarked
package cn.xiangyang.portal.system;

import org.jspecify.annotations.NullMarked;
