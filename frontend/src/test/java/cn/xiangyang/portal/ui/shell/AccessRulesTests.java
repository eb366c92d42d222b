package cn.xiangyang.portal.ui.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.ui.UiTest;
import cn.xiangyang.portal.ui.accounts.Account;
import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.LoginView;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.staff.StaffQueueView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationContext;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Who may open which page: every route against every kind of person, through the same {@link
 * PortalAccessControl} (Vaadin's {@code AnnotatedViewAccessChecker}) that guards navigation. A new page
 * must carry an access annotation and be added to {@link #EXPECTED}, or this test fails.
 */
class AccessRulesTests extends UiTest {

  @Autowired
  private CurrentUser currentUser;

  /** The people the portal knows: nobody signed in, the account kinds, and staff with and without ADMIN. */
  enum Who {
    NOBODY(null, null),
    WORKER("WORKER", null),
    EMPLOYER("EMPLOYER", null),
    PUBLIC("VISITOR", null),
    STAFF("STAFF", "ARBITRATOR"),
    ADMIN("STAFF", "ADMIN");

    final @Nullable String kind;
    final @Nullable String role;

    Who(@Nullable String kind, @Nullable String role) {
      this.kind = kind;
      this.role = role;
    }

    @Nullable
    Account account() {
      if (kind == null) {
        return null;
      }
      return new Account(
          UUID.nameUUIDFromBytes(name().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          kind,
          null,
          "测试" + name(),
          "138****0000",
          null,
          null,
          null,
          null,
          "STAFF".equals(kind) ? "staff-" + name().toLowerCase(java.util.Locale.ROOT) : null,
          role,
          null,
          "STAFF".equals(kind) ? "xiangyang-city" : null,
          null,
          null,
          null,
          null);
    }
  }

  private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
  private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.NOBODY));
  private static final Set<Who> PARTIES = EnumSet.of(Who.WORKER, Who.EMPLOYER, Who.PUBLIC);
  private static final Set<Who> STAFF = EnumSet.of(Who.STAFF, Who.ADMIN);

  /** Every route of the portal and who may open it ({@code test/explode} is a page of the tests). */
  private static final Map<String, Set<Who>> EXPECTED = expected();

  private static Map<String, Set<Who>> expected() {
    Map<String, Set<Who>> m = new LinkedHashMap<>();
    for (String open : List.of(
        "",
        "assistant",
        "hearings",
        "hearings/:id",
        "open-days",
        "calculators",
        "calculators/annual-leave-pay",
        "calculators/deadlines",
        "calculators/double-wages",
        "calculators/economic-compensation",
        "calculators/final-award",
        "calculators/limitation",
        "calculators/minimum-wage-check",
        "calculators/overtime-pay",
        "calculators/unlawful-termination",
        "checkup",
        "laws",
        "laws/:lawId",
        "cases",
        "cases/:caseId",
        "faq",
        "local-figures",
        "login",
        "password-reset",
        "register/worker",
        "register/employer",
        "register/visitor",
        "test/explode")) {
      m.put(open, EVERYONE);
    }
    for (String signedIn :
        List.of("me", "me/security", "checkups", "checkups/:id", "checkup/training")) {
      m.put(signedIn, SIGNED_IN);
    }
    m.put("filing/new", EnumSet.of(Who.WORKER));
    m.put("filing/:id", EnumSet.of(Who.WORKER));
    m.put("my-cases", PARTIES);
    m.put("my-cases/:id", PARTIES);
    m.put("inbox", PARTIES);
    m.put("employer/colleagues", EnumSet.of(Who.EMPLOYER));
    m.put("employer/verification", EnumSet.of(Who.EMPLOYER));
    for (String staff : List.of(
        "staff/cases",
        "staff/cases/:id",
        "staff/trainings",
        "staff/enterprises",
        "staff/employers",
        "staff/calendar",
        "staff/hearings",
        "staff/open-days",
        "staff/assistant",
        "staff/local-figures")) {
      m.put(staff, STAFF);
    }
    m.put("staff/sms-outbox", EnumSet.of(Who.ADMIN));
    return m;
  }

  @Test
  void everyRouteAdmitsExactlyThePeopleItIsFor() {
    List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
    Map<String, Class<?>> targets = new LinkedHashMap<>();
    for (RouteData route : routes) {
      targets.put(route.getTemplate(), route.getNavigationTarget());
      route
          .getRouteAliases()
          .forEach(alias -> targets.put(alias.getTemplate(), alias.getNavigationTarget()));
    }
    assertThat(new TreeSet<>(targets.keySet()))
        .as("every route is in EXPECTED (add a new page there with who may open it)")
        .isEqualTo(new TreeSet<>(EXPECTED.keySet()));

    PortalAccessControl control = new PortalAccessControl(currentUser);
    for (Map.Entry<String, Class<?>> route : targets.entrySet()) {
      Set<Who> admitted = EnumSet.noneOf(Who.class);
      for (Who who : Who.values()) {
        Account account = who.account();
        Set<String> roles = account == null ? Set.of() : PortalAccessControl.rolesOf(account);
        NavigationContext context = new NavigationContext(
            VaadinService.getCurrent().getRouter(),
            route.getValue(),
            new Location(route.getKey()),
            RouteParameters.empty(),
            account == null ? null : () -> account.id().toString(),
            roles::contains,
            false);
        if (control.checkAccess(context, true).decision() == AccessCheckDecision.ALLOW) {
          admitted.add(who);
        }
      }
      assertThat(admitted).as(route.getKey()).isEqualTo(EXPECTED.get(route.getKey()));
    }
  }

  @Test
  void everyPageCarriesOneAccessAnnotation() {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
    Set<Class<?>> pages = scanner.findCandidateComponents("cn.xiangyang.portal.ui").stream()
        .map(definition -> load(definition.getBeanClassName()))
        .collect(Collectors.toSet());
    assertThat(pages).hasSizeGreaterThan(40);
    List<Class<? extends Annotation>> access =
        List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);
    assertThat(pages)
        .allSatisfy(
            page -> assertThat(access.stream().filter(page::isAnnotationPresent).count())
                .as(page.getSimpleName() + ": @AnonymousAllowed, @PermitAll or @RolesAllowed")
                .isOne());
  }

  private static Class<?> load(@Nullable String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theMenuShowsEachPersonTheirEntriesInOrder() {
    List<String> common = List.of("首页", "智能问答", "庭审直播", "开放日", "计算器");
    List<String> knowledge = List.of("法规库", "案例库", "常见问题", "地方标准");
    Map<Who, List<String>> expected = new LinkedHashMap<>();
    expected.put(Who.NOBODY, concat(common, List.of("用工体检", "劳动者注册", "用人单位注册", "登录"), knowledge));
    expected.put(
        Who.WORKER, concat(common, List.of("我的", "在线申请", "我的案件", "我的消息", "用工体检"), knowledge));
    expected.put(Who.EMPLOYER, concat(common, List.of("我的", "我的案件", "我的消息", "用工体检"), knowledge));
    expected.put(Who.PUBLIC, expected.get(Who.EMPLOYER));
    List<String> staff = concat(
        common,
        List.of("我的", "案件办理", "用工体检", "培训申请", "服务企业名册", "单位认证审核", "节假日与调休", "庭审管理", "开放日管理"),
        knowledge);
    expected.put(Who.STAFF, staff);
    expected.put(Who.ADMIN, staff);

    for (Who who : Who.values()) {
      signIn(who);
      navigate("");
      List<SideNavItem> items = _find(SideNavItem.class);
      assertThat(items.stream().map(SideNavItem::getLabel).toList())
          .as(who.name())
          .isEqualTo(expected.get(who));
      assertThat(items)
          .as(who.name() + ": every entry has its icon")
          .allSatisfy(item ->
              assertThat(((Icon) item.getPrefixComponent()).getIcon()).startsWith("vaadin:"));
    }
    assertThat(_get(SideNavItem.class, spec -> spec.withLabel("首页")).getPath()).isEmpty();
  }

  @Test
  void aVisitorIsSentToLoginAndComesBackAfterwards() {
    navigate("staff/cases");

    assertThat(currentView()).isInstanceOf(LoginView.class);
    assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
        .isEqualTo("login?continue=staff%2Fcases");
  }

  @Test
  void aPartyOnAStaffPageIsToldInChineseWhomItIsFor() {
    for (Who who : PARTIES) {
      signIn(who);
      navigate("staff/cases");

      assertThat(currentView()).as(who.name()).isInstanceOf(AccessDeniedView.class);
      assertThat(_get(AccessDeniedView.class).getElement().getTextRecursively())
          .contains("无法打开此页面", "此页面仅供仲裁委员会工作人员使用。");
    }
    assertThat(backend.received().stream().map(r -> r.path()))
        .noneMatch(p -> p.startsWith("/api/v1/staff"));
  }

  @Test
  void staffAreToldTheSmsOutboxIsForAdministratorsAndPartiesPagesAreNotTheirs() {
    signIn(Who.STAFF);
    navigate("staff/sms-outbox");
    assertThat(_get(AccessDeniedView.class).getElement().getTextRecursively())
        .contains("此页面仅供系统管理员使用。");

    navigate("employer/colleagues");
    assertThat(_get(AccessDeniedView.class).getElement().getTextRecursively())
        .contains("此页面供用人单位账号使用。");

    signIn(Who.EMPLOYER);
    navigate("filing/new");
    assertThat(_get(AccessDeniedView.class).getElement().getTextRecursively())
        .contains("只对劳动者账号开放");
  }

  @Test
  void staffOpenTheirPages() {
    signIn(Who.STAFF);
    navigate("staff/cases");

    assertThat(currentView()).isInstanceOf(StaffQueueView.class);
  }

  private static void signIn(Who who) {
    Account account = who.account();
    VaadinSession.getCurrent()
        .setAttribute(
            SignedIn.class,
            account == null
                ? null
                : new SignedIn("tok-" + who, Instant.parse("2099-01-01T00:00:00Z"), account));
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    return Stream.of(parts).flatMap(List::stream).toList();
  }
}
