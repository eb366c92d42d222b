/**
 * Hearings: the schedule staff keep, the public listing with its privacy rules, rooms, live status,
 * replays and open days. This package is the module's API ({@link cn.xiangyang.portal.hearings.Hearings}
 * and its commands); {@code internal} holds its insides.
 */
@NullMarked
package cn.xiangyang.portal.hearings;

import org.jspecify.annotations.NullMarked;
