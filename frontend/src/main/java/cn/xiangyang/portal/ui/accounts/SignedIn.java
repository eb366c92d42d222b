package cn.xiangyang.portal.ui.accounts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.Serializable;
import java.time.Instant;

/**
 * A session the backend opened ({@code 201} of {@code POST /api/v1/sessions}). The token stays on the
 * server, in the Vaadin session; it never reaches the browser.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignedIn(String token, Instant expiresAt, Account account) implements Serializable {

  /** Same session, with the account as the backend shows it now. */
  public SignedIn withAccount(Account fresh) {
    return new SignedIn(token, expiresAt, fresh);
  }

  @Override
  public String toString() {
    return "SignedIn[token=***, expiresAt=" + expiresAt + ", account=" + account.id() + "]";
  }
}
