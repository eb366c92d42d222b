package cn.xiangyang.portal.accounts.internal;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the accounts module ({@code portal.accounts}).
 *
 * @param sessionTtl how long a login stays valid
 * @param dataKey the secret that encrypts ID numbers at rest (environment {@code PORTAL_DATA_KEY})
 * @param bootstrapAdmin the first administrator, created on first start when there is none
 * @param loginLimits how many login attempts are allowed
 * @param sms the SMS gateway and the limits on verification codes
 * @param registrationLimits how many registrations one address and one phone may attempt
 * @param maxDocumentSize the largest verification document (licence, 授权委托书) accepted
 * @param sessionCacheTtl how long a replica keeps a session it looked up in Redis (default 10 s; zero turns it
 *     off). A logout or revocation drops it at once on every replica (Redis pub/sub); only a session key deleted
 *     in Redis by hand stays usable on a replica for at most this long.
 */
@ConfigurationProperties("portal.accounts")
record AccountsProperties(
    Duration sessionTtl,
    String dataKey,
    BootstrapAdmin bootstrapAdmin,
    LoginLimits loginLimits,
    Sms sms,
    RegistrationLimits registrationLimits,
    DataSize maxDocumentSize,
    @DefaultValue("10s") Duration sessionCacheTtl) {

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

  /**
   * @param gatewayUrl the provider's HTTP endpoint; empty: codes go to the SMS outbox administrators read
   * @param apiKey the provider's key, sent as a bearer token
   * @param signName the message signature the provider registered (【…】)
   * @param templates the provider's template id per purpose ({@code REGISTER}, {@code RESET_PASSWORD}, {@code CHANGE_PHONE})
   * @param codeTtl how long a code is valid
   * @param maxAttempts wrong entries after which a code is void
   * @param perPhone codes one phone may be sent within {@code window}
   * @param perIp codes one address may request within {@code window}
   * @param resendAfter the least time between two codes to one phone
   * @param window the counting window of both limits
   */
  record Sms(
      String gatewayUrl,
      String apiKey,
      String signName,
      Map<String, String> templates,
      Duration codeTtl,
      int maxAttempts,
      int perPhone,
      int perIp,
      Duration resendAfter,
      Duration window) {

    boolean gatewayConfigured() {
      return gatewayUrl != null && !gatewayUrl.isBlank();
    }
  }

  /**
   * @param perIp registrations (and password resets) one address may attempt within the window
   * @param perPhone registrations (and password resets) for one phone within the window
   * @param window the counting window
   */
  record RegistrationLimits(int perIp, int perPhone, Duration window) {}
}
