/** The calculators' HTTP endpoints (entitlements, procedural deadlines, limitation) and their figure tables. */
@NullMarked
package cn.xiangyang.portal.calculators.internal;

import org.jspecify.annotations.NullMarked;
