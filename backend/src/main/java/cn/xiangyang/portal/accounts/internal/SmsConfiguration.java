package cn.xiangyang.portal.accounts.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.client.WebClient;

/** Chooses the SMS gateway: the provider's HTTP API when {@code PORTAL_SMS_URL} is set, else the outbox. */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SmsConfiguration.class);

  @Bean
  SmsGateway smsGateway(AccountsProperties properties, DatabaseClient db, Clock clock) {
    AccountsProperties.Sms sms = properties.sms();
    if (sms.gatewayConfigured()) {
      log.info("短信：通过短信网关发送验证码");
      return new HttpSmsGateway(WebClient.builder(), sms);
    }
    log.info("短信：未配置短信网关（PORTAL_SMS_URL），验证码写入短信发件箱，管理员在工作人员后台「短信发件箱」查看");
    return new SmsOutbox(db, sms, clock);
  }
}
