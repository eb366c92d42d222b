/**
 * Commissions: Xiangyang's labor-dispute arbitration commissions and the areas each serves, the
 * reference data every other module names (filing routes a case to a commission, staff belong to one,
 * minimum wages are set per area). This package is the module's API: {@link
 * cn.xiangyang.portal.commissions.Commissions}; it alone reads the {@code commissions} schema.
 */
@NullMarked
package cn.xiangyang.portal.commissions;

import org.jspecify.annotations.NullMarked;
