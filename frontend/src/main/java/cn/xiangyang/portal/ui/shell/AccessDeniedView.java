package cn.xiangyang.portal.ui.shell;

import cn.xiangyang.portal.ui.home.HomeView;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown to a signed-in account that opens a page not meant for it (a party on a staff page, say): whom
 * the page is for, in Chinese ({@link PortalAccessControl#refusal(Class)}), and a way back.
 */
@PageTitle("无法打开此页面 - " + PortalAppShell.SERVICE_NAME)
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException> {

  private final Paragraph explanation = new Paragraph();

  public AccessDeniedView() {
    addClassNames("page", "access-denied");
    RouterLink home = new RouterLink("返回首页", HomeView.class);
    home.addClassName("button-link");
    add(new H1("无法打开此页面"), explanation, home);
  }

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
    String message = parameter.hasCustomMessage() ? parameter.getCustomMessage() : "";
    explanation.setText(message.isBlank() ? "您的账号不能使用此页面。" : message);
    return HttpServletResponse.SC_FORBIDDEN;
  }
}
