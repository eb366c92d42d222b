package cn.xiangyang.portal.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sets up what every page and session shares: {@code <html lang="zh-CN">}, the Chinese locale, and an
 * error handler that shows a short Chinese message instead of a stack trace.
 */
@Component
class ShellSetup implements VaadinServiceInitListener {

  static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.addIndexHtmlRequestListener(response -> {
      org.jsoup.nodes.Document page = response.getDocument();
      page.getElementsByTag("html").attr("lang", "zh-CN");
      firstPaint(page);
    });
    event.getSource().addUIInitListener(init -> {
      UI ui = init.getUI();
      // the application has drawn itself: the first-paint shell goes
      ui.getPage()
          .executeJs("var e = document.getElementById('first-paint'); if (e) { e.remove(); }");
      ui.setLocale(CHINESE);
      ui.getReconnectDialogConfiguration().setDialogText("网络连接中断，正在重新连接……");
      ui.getReconnectDialogConfiguration().setDialogTextGaveUp("网络连接已断开，请检查网络后刷新页面。");
    });
    event.getSource().addSessionInitListener(session -> {
      session.getSession().setLocale(CHINESE);
      session.getSession().setErrorHandler(new FriendlyErrors());
    });
  }

  /**
   * The first paint: the service's name in its blue bar and a loading line, in the HTML itself with its
   * own few lines of CSS, so that a phone on a slow connection shows the portal at once instead of a white
   * page while the scripts load (issue 14). The page's script removes it when the view is drawn; until
   * then it is only words, no control that would not work yet.
   */
  static void firstPaint(org.jsoup.nodes.Document page) {
    page.head()
        .appendElement("style")
        .attr("id", "first-paint-style")
        .appendText(
            "#first-paint{font-family:system-ui,-apple-system,\"Noto Sans CJK SC\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif;color:#1a1a1a}"
                + "#first-paint .bar{background:#0b4a8b;color:#fff;min-height:3.5rem;display:flex;align-items:center;"
                + "padding:0 1rem;font-size:1.125rem;font-weight:700;line-height:1.3}"
                + "#first-paint p{margin:1.25rem 1rem;font-size:1rem}"
                + "body:has(vaadin-app-layout) #first-paint{display:none}");
    org.jsoup.nodes.Element shell = page.body().prependElement("div").attr("id", "first-paint");
    shell.appendElement("div").addClass("bar").text(PortalAppShell.SERVICE_NAME);
    shell.appendElement("p").attr("role", "status").text("正在加载，请稍候……");
    shell.appendElement("noscript").appendElement("p").text("本网站需要浏览器启用 JavaScript。");
  }

  /** For failures in event listeners (a click, a value change): log the cause, tell the user in a sentence. */
  static final class FriendlyErrors implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public void error(ErrorEvent event) {
      Throwable failure = event.getThrowable();
      boolean unavailable = Failures.isBackendUnavailable(failure);
      if (unavailable) {
        log.warn("backend unavailable: {}", failure.toString());
      } else {
        log.error("unexpected error in the UI", failure);
      }
      // Runs inside the request that failed, with the session locked: the UI can be changed
      // directly.
      if (UI.getCurrent() != null) {
        show(unavailable ? BackendUnavailable.MESSAGE : Failures.UNEXPECTED);
      }
    }

    private static void show(String message) {
      Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
      notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }
}
