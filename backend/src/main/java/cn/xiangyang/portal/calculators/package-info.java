/**
 * Calculators: pure legal rules (limitation, deadlines, jurisdiction, final-award threshold) and the
 * local figures they need, shared by filing, assistant and compliance. This package is the API.
 */
@NullMarked
package cn.xiangyang.portal.calculators;

import org.jspecify.annotations.NullMarked;
