package cn.xiangyang.portal.ui.shell;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Puts {@link PortalAccessControl} in front of every navigation of every UI (and so of the menu). */
@Component
class AccessSetup implements VaadinServiceInitListener {

  private final PortalAccessControl accessControl;

  AccessSetup(CurrentUser currentUser) {
    this.accessControl = new PortalAccessControl(currentUser);
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(accessControl));
  }
}
