package cn.xiangyang.portal.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Opens the shared Redis connection at start-up. Lettuce otherwise connects on first use, and that
 * connect waits synchronously — on whichever event-loop thread serves the first request (BlockHound
 * caught it). Start-up also fails fast and clearly when Redis is unreachable.
 */
@Component
class RedisEagerConnection implements BeanPostProcessor {

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof LettuceConnectionFactory factory) {
      factory.setEagerInitialization(true);
    }
    return bean;
  }
}
