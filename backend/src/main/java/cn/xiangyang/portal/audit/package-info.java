/**
 * Audit: the one record of who did what to which subject, kept by every module through {@link
 * cn.xiangyang.portal.audit.AuditTrail}. A record written inside a module's transaction commits or
 * rolls back with the change it describes. It alone reads the {@code audit} schema.
 */
@NullMarked
package cn.xiangyang.portal.audit;

import org.jspecify.annotations.NullMarked;
