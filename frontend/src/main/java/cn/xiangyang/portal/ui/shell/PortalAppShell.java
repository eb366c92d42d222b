package cn.xiangyang.portal.ui.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The HTML page around every view: Lumo plus the portal's own stylesheet (no frontend build, so plain
 * CSS under {@code META-INF/resources}), and the page metadata. The {@code lang} attribute is set by
 * {@link ShellSetup}.
 */
// Server push: the assistant's answers stream into the page while the backend writes them.
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
public class PortalAppShell implements AppShellConfigurator {

  /** The service's name as the people it serves know it. */
  public static final String SERVICE_NAME = "襄阳劳动人事争议调解仲裁";

  @Override
  public void configurePage(AppShellSettings settings) {
    // Zoom must stay possible (WCAG 1.4.4): no maximum-scale, no user-scalable=no.
    settings.setViewport("width=device-width, initial-scale=1");
    settings.setPageTitle(SERVICE_NAME);
    settings.addMetaTag("description", "襄阳市劳动人事争议调解仲裁网上服务：注册登录，了解调解仲裁，劳动争议仲裁不收费。");
    settings.addMetaTag("theme-color", "#0b4a8b");
    settings.addMetaTag("format-detection", "telephone=yes");
    // The portal's icon (a white 仲 on its blue) in the tab, on the home screen and for /favicon.ico
    // itself.
    settings.addLink("favicon.ico", java.util.Map.of("rel", "icon", "sizes", "any"));
    settings.addFavIcon("icon", "icons/icon-192.png", "192x192");
    settings.addLink("apple-touch-icon", "icons/apple-touch-icon.png");
    settings.addLink("manifest", "manifest.webmanifest");
  }
}
