package cn.xiangyang.portal.calculators;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the clock-dependent calculators available to other modules. */
@Configuration(proxyBeanMethods = false)
class CalculatorsConfiguration {

  @Bean
  LimitationPeriod limitationPeriod(Clock clock) {
    return new LimitationPeriod(clock);
  }

  @Bean
  Deadlines deadlines(Clock clock) {
    return new Deadlines(clock);
  }
}
