/** The hearings module's storage, HTTP API, live-status fan-out, schedule cache and open-day bookings. */
@NullMarked
package cn.xiangyang.portal.hearings.internal;

import org.jspecify.annotations.NullMarked;
