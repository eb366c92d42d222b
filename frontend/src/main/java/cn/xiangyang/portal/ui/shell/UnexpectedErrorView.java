package cn.xiangyang.portal.ui.shell;

import cn.xiangyang.portal.ui.home.HomeView;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown instead of a page that failed to open: a sentence in Chinese, never a stack trace. A backend that
 * is down gets its own message; anything else is logged in full for the operators.
 */
@PageTitle("暂时无法显示 - " + PortalAppShell.SERVICE_NAME)
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class UnexpectedErrorView extends Main implements HasErrorParameter<Exception> {

  private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

  private final Paragraph explanation = new Paragraph();

  public UnexpectedErrorView() {
    addClassName("page");
    RouterLink home = new RouterLink("返回首页", HomeView.class);
    home.addClassName("button-link");
    add(new H1("页面暂时无法显示"), explanation, home);
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
    Exception failure = parameter.getCaughtException();
    if (Failures.isBackendUnavailable(failure)) {
      log.warn(
          "page {} not shown, backend unavailable: {}",
          event.getLocation().getPath(),
          failure.toString());
      explanation.setText(BackendUnavailable.MESSAGE + "。如需帮助，请拨打 12333。");
      return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
    log.error("page {} failed", event.getLocation().getPath(), failure);
    explanation.setText(Failures.UNEXPECTED);
    return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
  }
}
