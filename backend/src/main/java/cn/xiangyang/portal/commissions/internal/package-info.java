/** The commissions module's insides: the store behind {@link cn.xiangyang.portal.commissions.Commissions} and the public endpoints. */
@NullMarked
package cn.xiangyang.portal.commissions.internal;

import org.jspecify.annotations.NullMarked;
