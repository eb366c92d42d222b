package cn.xiangyang.portal.ui.shell;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.LoginView;
import cn.xiangyang.portal.ui.accounts.ProfileView;
import cn.xiangyang.portal.ui.home.HomeView;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;

/**
 * The frame around every page: a header with the service name and a menu. On a phone the menu is a
 * drawer behind the menu button; on a wide screen it stays open beside the page. The menu lists the pages
 * that carry {@link com.vaadin.flow.router.Menu @Menu} (title, order, icon), as {@link
 * MenuConfiguration#getMenuEntries()} gives them: only those the person may open ({@link
 * PortalAccessControl}), without the {@link HiddenWhenSignedIn} ones once signed in.
 *
 * <p>Open to everyone ({@link AnonymousAllowed}): Vaadin checks a page's layouts too, and here the pages
 * themselves say who may open them.
 */
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

  private final CurrentUser currentUser;
  private final SideNav menu = new SideNav();
  private final Div headerAction = new Div();
  private final Button signOut = new Button("退出登录", VaadinIcon.SIGN_OUT.create());

  public MainLayout(CurrentUser currentUser) {
    this.currentUser = currentUser;
    setPrimarySection(Section.NAVBAR);

    DrawerToggle toggle = new DrawerToggle();
    // The accessible name only: a tooltip made every first load fetch vaadin-tooltip and its
    // markdown
    // helpers (about 31 KB transferred, ShellBrowserTests) for a word the button's label already
    // says.
    toggle.setAriaLabel("菜单");
    RouterLink serviceName = new RouterLink(PortalAppShell.SERVICE_NAME, HomeView.class);
    serviceName.addClassName("service-name");
    headerAction.addClassName("header-action");
    Header header = new Header(toggle, serviceName, headerAction);
    header.addClassName("portal-header");
    addToNavbar(header);

    menu.setLabel(null);
    menu.getElement().setAttribute("aria-label", "主菜单");
    menu.addClassName("portal-menu");
    signOut.addClassName("sign-out");
    signOut.addClickListener(event -> signOut());
    Footer help = new Footer(new Paragraph("咨询电话：12333（人社服务热线）"));
    help.addClassName("drawer-help");
    Div drawer = new Div(menu, signOut, help);
    drawer.addClassName("portal-drawer");
    addToDrawer(drawer);
  }

  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    boolean signedIn = currentUser.isSignedIn();
    menu.removeAll();
    MenuConfiguration.getMenuEntries().stream()
        .filter(
            entry -> !signedIn || !entry.menuClass().isAnnotationPresent(HiddenWhenSignedIn.class))
        .map(entry -> new SideNavItem(entry.title(), entry.menuClass(), new Icon(entry.icon())))
        .forEach(menu::addItem);
    signOut.setVisible(signedIn);

    headerAction.removeAll();
    Class<?> shown = event.getActiveChain().isEmpty()
        ? Object.class
        : event.getActiveChain().getFirst().getClass();
    if (signedIn && shown != ProfileView.class) {
      headerAction.add(new RouterLink("我的", ProfileView.class));
    } else if (!signedIn && shown != LoginView.class) {
      headerAction.add(new RouterLink("登录", LoginView.class));
    }

    // On a phone the drawer covers the page: close it once the person has picked a page.
    if (isOverlay()) {
      setDrawerOpened(false);
    }
  }

  private void signOut() {
    currentUser.signOut();
    getUI().ifPresent(ui -> ui.navigate(HomeView.class));
    Notification.show("您已退出登录", 4000, Notification.Position.MIDDLE);
  }
}
