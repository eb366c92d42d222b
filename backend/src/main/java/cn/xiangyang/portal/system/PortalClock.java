package cn.xiangyang.portal.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application, in Xiangyang's zone; tests replace it to move time. */
@Configuration(proxyBeanMethods = false)
public class PortalClock {

  /** Asia/Shanghai: every deadline is counted in the dates people see on their calendar. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Bean
  Clock clock() {
    return Clock.system(ZONE);
  }
}
