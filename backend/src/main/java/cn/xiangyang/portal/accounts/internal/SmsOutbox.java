package cn.xiangyang.portal.accounts.internal;

import static cn.xiangyang.portal.system.Rows.required;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The embedded default's "gateway" when no provider is configured: each message is stored in
 * {@code accounts.sms_outbox}, where administrators read it (staff console 短信发件箱) and pass the
 * code on, for example by telephone. Messages older than a day are removed now and then when new ones arrive.
 */
class SmsOutbox implements SmsGateway {

  private final DatabaseClient db;
  private final AccountsProperties.Sms settings;
  private final Clock clock;

  SmsOutbox(DatabaseClient db, AccountsProperties.Sms settings, Clock clock) {
    this.db = db;
    this.settings = settings;
    this.clock = clock;
  }

  /** One stored message, as administrators see it. */
  record Message(
      String phone,
      String purpose,
      String purposeLabel,
      String code,
      String text,
      Instant sentAt) {}

  @Override
  public Mono<Void> send(String phone, SmsPurpose purpose, String code) {
    Instant now = clock.instant();
    // Old messages go now and then, not on every send: the delete scans the table.
    Mono<Void> cleanup = ThreadLocalRandom.current().nextInt(100) == 0
        ? db.sql("delete from accounts.sms_outbox where created_at < :before")
            .bind("before", now.minusSeconds(86_400))
            .then()
        : Mono.empty();
    return cleanup.then(db.sql("""
                    insert into accounts.sms_outbox (phone, purpose, code, text, created_at)
                    values (:phone, :purpose, :code, :text, :now)""")
        .bind("phone", phone)
        .bind("purpose", purpose.name())
        .bind("code", code)
        .bind("text", purpose.text(settings.signName(), code, settings.codeTtl().toMinutes()))
        .bind("now", now)
        .then());
  }

  /** The messages to one phone, newest first (at most 50). */
  Flux<Message> to(String phone) {
    return db.sql("""
            select phone, purpose, code, text, created_at from accounts.sms_outbox
             where phone = :phone order by created_at desc, id desc limit 50""")
        .bind("phone", phone)
        .map(row -> {
          SmsPurpose purpose = SmsPurpose.valueOf(required(row, "purpose", String.class));
          return new Message(
              required(row, "phone", String.class),
              purpose.name(),
              purpose.label(),
              required(row, "code", String.class),
              required(row, "text", String.class),
              required(row, "created_at", Instant.class));
        })
        .all();
  }
}
