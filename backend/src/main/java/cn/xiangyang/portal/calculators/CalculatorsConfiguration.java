package cn.xiangyang.portal.calculators;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the legal calendar and the clock-dependent calculators available to other modules. */
@Configuration(proxyBeanMethods = false)
class CalculatorsConfiguration {

  /** Starts from the maintained file; the stored (administered) years replace it once loaded. */
  @Bean
  LegalCalendar legalCalendar() {
    return LegalCalendar.fromClasspath();
  }

  @Bean
  LimitationPeriod limitationPeriod(LegalCalendar calendar, Clock clock) {
    return new LimitationPeriod(calendar, clock);
  }

  @Bean
  Deadlines deadlines(LegalCalendar calendar, Clock clock) {
    return new Deadlines(calendar, clock);
  }
}
