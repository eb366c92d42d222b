/** The audit module's insides: the table behind {@link cn.xiangyang.portal.audit.AuditTrail}. */
@NullMarked
package cn.xiangyang.portal.audit.internal;

import org.jspecify.annotations.NullMarked;
