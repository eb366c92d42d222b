package cn.xiangyang.portal.ui.accounts;

import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The signed-in person of the current Vaadin session. The backend's bearer token is kept here, on the
 * server, and never sent to the browser.
 */
@Component
public class CurrentUser {

  private static final Logger log = LoggerFactory.getLogger(CurrentUser.class);

  private final AccountsClient accounts;
  private final Clock clock;

  @Autowired
  CurrentUser(AccountsClient accounts) {
    this(accounts, Clock.systemUTC());
  }

  CurrentUser(AccountsClient accounts, Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
  }

  /**
   * Opens a backend session and remembers it.
   *
   * @throws BackendProblem 401 for wrong credentials, 429 after too many attempts
   * @throws BackendUnavailable when the backend cannot answer
   */
  public SignedIn signIn(Credentials credentials) {
    SignedIn signedIn = accounts.signIn(credentials);
    set(signedIn);
    return signedIn;
  }

  /**
   * Closes the backend session and forgets it here. Here it is forgotten even when the backend cannot be
   * reached: whoever uses this browser next must not find the account open.
   */
  public void signOut() {
    Optional<SignedIn> signedIn = get();
    clear();
    signedIn.ifPresent(session -> {
      try {
        accounts.signOut(session.token());
      } catch (BackendProblem | BackendUnavailable e) {
        log.warn("backend session not closed: {}", e.toString());
      }
    });
  }

  /** The session of whoever uses this browser session, unless nobody signed in or it has expired. */
  public Optional<SignedIn> get() {
    VaadinSession session = VaadinSession.getCurrent();
    if (session == null) {
      return Optional.empty();
    }
    SignedIn signedIn = session.getAttribute(SignedIn.class);
    if (signedIn != null && !signedIn.expiresAt().isAfter(clock.instant())) {
      session.setAttribute(SignedIn.class, null);
      return Optional.empty();
    }
    return Optional.ofNullable(signedIn);
  }

  /**
   * The session, on a page that {@link cn.xiangyang.portal.ui.shell.PortalAccessControl} opens only to
   * signed-in people ({@code @PermitAll}, {@code @RolesAllowed}): it has already sent anyone else to login.
   */
  public SignedIn required() {
    return get()
        .orElseThrow(() -> new IllegalStateException("a signed-in page reached without a session"));
  }

  public boolean isSignedIn() {
    return get().isPresent();
  }

  /**
   * The session with the account as the backend shows it now (an employer's verification changes while
   * it is signed in); the remembered account when the backend cannot answer.
   */
  public Optional<SignedIn> refreshed() {
    Optional<SignedIn> signedIn = get();
    signedIn.ifPresent(s -> {
      try {
        update(accounts.me(s.token()));
      } catch (BackendProblem | BackendUnavailable e) {
        log.debug("account not refreshed: {}", e.toString());
      }
    });
    return get();
  }

  /** Keeps the session, with the account as the backend shows it now (no-op when nobody is signed in). */
  void update(Account fresh) {
    get()
        .ifPresent(signedIn ->
            VaadinSession.getCurrent().setAttribute(SignedIn.class, signedIn.withAccount(fresh)));
  }

  /** Remembers the session; the HTTP session id changes so that an id known before login is worthless. */
  private void set(SignedIn signedIn) {
    VaadinRequest request = VaadinRequest.getCurrent();
    if (request != null) {
      try {
        VaadinService.reinitializeSession(request);
      } catch (RuntimeException e) {
        // Some containers (and test mocks) cannot swap the session; the token must still be stored.
        log.debug("could not renew the HTTP session id: {}", e.toString());
      }
    }
    VaadinSession.getCurrent().setAttribute(SignedIn.class, signedIn);
  }

  /** Forgets the session (after logout, or when the backend says the token is no longer valid). */
  public void clear() {
    VaadinSession session = VaadinSession.getCurrent();
    if (session != null) {
      session.setAttribute(SignedIn.class, null);
    }
  }
}
