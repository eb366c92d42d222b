package cn.xiangyang.portal.accounts.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the accounts module ({@code portal.accounts}).
 *
 * @param sessionTtl how long a login stays valid
 * @param dataKey the secret that encrypts ID numbers at rest (environment {@code PORTAL_DATA_KEY})
 * @param bootstrapAdmin the first administrator, created on first start when there is none
 * @param loginLimits how many login attempts are allowed
 */
@ConfigurationProperties("portal.accounts")
record AccountsProperties(
    Duration sessionTtl, String dataKey, BootstrapAdmin bootstrapAdmin, LoginLimits loginLimits) {

  /**
   * @param username the administrator's login name
   * @param password the initial password; no administrator is created while it is empty
   */
  record BootstrapAdmin(String username, String password) {}

  /**
   * @param perAccount failed attempts on one account within the window before it is locked for the window
   * @param perIp attempts from one address within the window
   * @param window the counting window
   */
  record LoginLimits(int perAccount, int perIp, Duration window) {}
}
