/** Storage and HTTP endpoints of the local figures (minimum wage tiers, average wage). */
@NullMarked
package cn.xiangyang.portal.calculators.internal;

import org.jspecify.annotations.NullMarked;
