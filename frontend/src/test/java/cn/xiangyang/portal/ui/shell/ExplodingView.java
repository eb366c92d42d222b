package cn.xiangyang.portal.ui.shell;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page that fails while opening, for the error-page tests only. */
@Route(value = "test/explode", layout = MainLayout.class)
@AnonymousAllowed
public class ExplodingView extends Main implements BeforeEnterObserver {

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String cause =
        event.getLocation().getQueryParameters().getSingleParameter("cause").orElse("bug");
    if (cause.equals("backend")) {
      throw new BackendUnavailable("test: backend down");
    }
    throw new IllegalStateException("test: secret internal detail");
  }
}
