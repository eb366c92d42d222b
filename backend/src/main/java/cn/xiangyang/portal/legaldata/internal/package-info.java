/** Storage and HTTP endpoints of the legal calendar and the local figures. */
@NullMarked
package cn.xiangyang.portal.legaldata.internal;

import org.jspecify.annotations.NullMarked;
