package cn.xiangyang.portal.ui.shell;

import cn.xiangyang.portal.ui.home.HomeView;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown for an address that is no page of the portal, in Chinese and with a way back. */
@PageTitle("页面不存在 - " + PortalAppShell.SERVICE_NAME)
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

  public NotFoundView() {
    addClassName("page");
    RouterLink home = new RouterLink("返回首页", HomeView.class);
    home.addClassName("button-link");
    add(new H1("页面不存在"), new Paragraph("您要找的页面不存在或已移动，请检查网址，或返回首页。"), home);
  }

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    return HttpServletResponse.SC_NOT_FOUND;
  }
}
