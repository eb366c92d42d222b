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
        event.addIndexHtmlRequestListener(response ->
                response.getDocument().getElementsByTag("html").attr("lang", "zh-CN"));
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.setLocale(CHINESE);
            ui.getReconnectDialogConfiguration().setDialogText("网络连接中断，正在重新连接……");
            ui.getReconnectDialogConfiguration().setDialogTextGaveUp("网络连接已断开，请检查网络后刷新页面。");
        });
        event.getSource().addSessionInitListener(session -> {
            session.getSession().setLocale(CHINESE);
            session.getSession().setErrorHandler(new FriendlyErrors());
        });
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
            // Runs inside the request that failed, with the session locked: the UI can be changed directly.
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
