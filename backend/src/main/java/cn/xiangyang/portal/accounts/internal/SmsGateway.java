package cn.xiangyang.portal.accounts.internal;

import reactor.core.publisher.Mono;

/**
 * Sends a verification code to a phone. One implementation per deployment: the provider's HTTP
 * endpoint ({@link HttpSmsGateway}) when one is configured, else the {@link SmsOutbox} that
 * administrators read. Implementations never log the code.
 */
interface SmsGateway {

  /** Completes when the provider (or the outbox) accepted the message; errors when it refused. */
  Mono<Void> send(String phone, SmsPurpose purpose, String code);
}
