package cn.xiangyang.portal.ui.shell;

import cn.xiangyang.portal.ui.accounts.Account;
import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.LoginView;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import jakarta.annotation.security.RolesAllowed;
import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Who may open which page, decided by Vaadin's {@link AnnotatedViewAccessChecker} from the page's
 * annotation ({@code @AnonymousAllowed}, {@code @PermitAll}, {@code @RolesAllowed}; a page without one is
 * closed to everyone). There is no Spring Security here: the principal and roles come from the backend
 * account kept in the Vaadin session ({@link SignedIn}), see {@link #rolesOf(Account)}.
 *
 * <p>A visitor who is not signed in is sent to login, which brings them back to the page afterwards
 * ({@value LoginView#CONTINUE} parameter); a signed-in account without the role gets {@link
 * AccessDeniedView} with a Chinese sentence saying whom the page is for. The same rules filter the menu
 * ({@link com.vaadin.flow.server.menu.MenuConfiguration#getMenuEntries()}).
 */
public class PortalAccessControl extends NavigationAccessControl {

  /** A worker (劳动者) account. */
  public static final String WORKER = "WORKER";

  /** An employer (用人单位) account. */
  public static final String EMPLOYER = "EMPLOYER";

  /** A member of the public (公众) who registered to book open days. */
  public static final String VISITOR = "VISITOR";

  /** Any commission staff account, whatever its role. */
  public static final String STAFF = "STAFF";

  /** A staff account with the system administrator role. */
  public static final String ADMIN = "ADMIN";

  private final transient CurrentUser currentUser;

  public PortalAccessControl(CurrentUser currentUser) {
    super(
        List.of(new AnnotatedViewAccessChecker(new AccessAnnotationChecker())),
        new DefaultAccessCheckDecisionResolver());
    this.currentUser = currentUser;
    setLoginView(LoginView.class);
  }

  /**
   * The roles of an account: its kind ({@value #WORKER}, {@value #EMPLOYER}, {@value #VISITOR}, {@value
   * #STAFF}) and, for staff, its role ({@code CLERK}, {@code MEDIATOR}, {@code ARBITRATOR}, {@code
   * DIRECTOR}, {@value #ADMIN}).
   */
  public static Set<String> rolesOf(Account account) {
    Set<String> roles = new LinkedHashSet<>();
    roles.add(account.kind());
    if (account.isStaff() && account.role() != null) {
      roles.add(account.role());
    }
    return Set.copyOf(roles);
  }

  @Override
  protected @Nullable Principal getPrincipal(@Nullable VaadinRequest request) {
    return currentUser.get().map(PortalAccessControl::principalOf).orElse(null);
  }

  @Override
  protected Predicate<String> getRolesChecker(@Nullable VaadinRequest request) {
    Set<String> roles = currentUser.get().map(s -> rolesOf(s.account())).orElse(Set.of());
    return roles::contains;
  }

  static Principal principalOf(SignedIn signedIn) {
    String name = signedIn.account().id().toString();
    return () -> name;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!isEnabled()) {
      return;
    }
    VaadinRequest request = VaadinRequest.getCurrent();
    Principal principal = getPrincipal(request);
    NavigationContext context = new NavigationContext(event, principal, getRolesChecker(request));
    boolean production = event.getUI().getSession().getConfiguration().isProductionMode();
    AccessCheckResult result = checkAccess(context, production);
    if (result.decision() == AccessCheckDecision.ALLOW) {
      return;
    }
    if (principal == null) {
      // The page the visitor wanted: after login they come back to it.
      event.forwardTo(
          LoginView.class,
          QueryParameters.of(LoginView.CONTINUE, event.getLocation().getPath()));
    } else {
      event.rerouteToError(AccessDeniedException.class, refusal(event.getNavigationTarget()));
    }
  }

  /** Whom the page is for, in a sentence, from the roles its {@code @RolesAllowed} names. */
  public static String refusal(Class<?> target) {
    RolesAllowed allowed = target.getAnnotation(RolesAllowed.class);
    Set<String> roles = allowed == null ? Set.of() : Set.copyOf(Arrays.asList(allowed.value()));
    if (roles.equals(Set.of(STAFF))) {
      return "此页面仅供仲裁委员会工作人员使用。";
    }
    if (roles.equals(Set.of(ADMIN))) {
      return "此页面仅供系统管理员使用。";
    }
    if (roles.equals(Set.of(EMPLOYER))) {
      return "此页面供用人单位账号使用。";
    }
    if (roles.equals(Set.of(WORKER))) {
      return "此页面只对劳动者账号开放。";
    }
    if (!roles.contains(STAFF) && roles.contains(WORKER)) {
      return "此页面供劳动者、用人单位等当事人账号使用，工作人员请在“案件办理”中办理。";
    }
    return "您的账号不能使用此页面。";
  }
}
