package cn.xiangyang.portal.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One link of the main menu. It points at a view class, so it cannot point at a page that does not exist.
 *
 * @param audience who sees the link: everyone, only visitors who are not signed in, or only signed-in users
 */
public record NavigationEntry(
    String label, Class<? extends Component> view, VaadinIcon icon, Audience audience) {

  public enum Audience {
    EVERYONE,
    SIGNED_OUT,
    SIGNED_IN,
    /** Signed-in workers only. */
    WORKERS,
    /** Signed-in workers and employers (the parties to a case). */
    PARTIES,
    /** Signed-in commission staff only. */
    STAFF;

    boolean includes(boolean signedIn) {
      return switch (this) {
        case EVERYONE -> true;
        case SIGNED_IN -> signedIn;
        case SIGNED_OUT -> !signedIn;
        case WORKERS -> signedIn && "WORKER".equals(signedInKind());
        case PARTIES -> signedIn && !"STAFF".equals(signedInKind());
        case STAFF -> signedIn && "STAFF".equals(signedInKind());
      };
    }

    private static @org.jspecify.annotations.Nullable String signedInKind() {
      com.vaadin.flow.server.VaadinSession session =
          com.vaadin.flow.server.VaadinSession.getCurrent();
      cn.xiangyang.portal.ui.accounts.SignedIn signedIn = session == null
          ? null
          : session.getAttribute(cn.xiangyang.portal.ui.accounts.SignedIn.class);
      return signedIn == null ? null : signedIn.account().kind();
    }
  }

  public boolean shownTo(boolean signedIn) {
    return audience.includes(signedIn);
  }
}
