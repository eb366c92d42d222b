package cn.xiangyang.portal.filing.internal;

import java.time.ZoneId;

/** Xiangyang's zone: every date people see is a date in Asia/Shanghai. */
final class PortalZone {

  static final ZoneId ZONE = cn.xiangyang.portal.system.PortalClock.ZONE;

  private PortalZone() {}
}
