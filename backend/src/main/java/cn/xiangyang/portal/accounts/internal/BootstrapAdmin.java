package cn.xiangyang.portal.accounts.internal;

import cn.xiangyang.portal.accounts.StaffRole;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Creates the first administrator (of the city commission) on first start, from configuration; does
 * nothing once any administrator exists or while no initial password is configured.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

  private final Accounts accounts;
  private final PasswordHashing passwords;
  private final AccountsProperties properties;
  private final Clock clock;

  BootstrapAdmin(
      Accounts accounts, PasswordHashing passwords, AccountsProperties properties, Clock clock) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    AccountsProperties.BootstrapAdmin admin = properties.bootstrapAdmin();
    if (admin == null || admin.password() == null || admin.password().isBlank()) {
      return;
    }
    // Start-up runs on the main thread, not an event loop: waiting here is fine.
    accounts
        .anyAdmin()
        .flatMap(exists -> exists
            ? Mono.<Void>empty()
            : passwords
                .hash(admin.password())
                .flatMap(hash -> accounts.insertStaff(
                    UUID.randomUUID(),
                    admin.username(),
                    "系统管理员",
                    StaffRole.ADMIN,
                    "xiangyang",
                    hash,
                    clock.instant()))
                .doOnSuccess(v -> log.info("已创建首个管理员账号 {}", admin.username())))
        .block();
  }
}
