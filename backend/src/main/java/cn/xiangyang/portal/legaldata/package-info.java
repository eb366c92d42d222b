/**
 * Legal data that administrators maintain: the working-day calendar and the local figures, stored with
 * their sources and changed only through audited staff endpoints; the calculators read them.
 */
@NullMarked
package cn.xiangyang.portal.legaldata;

import org.jspecify.annotations.NullMarked;
