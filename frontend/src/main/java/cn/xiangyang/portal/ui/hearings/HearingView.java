package cn.xiangyang.portal.ui.hearings;

import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One public hearing with its player open; the status follows the live stream. */
@Route(value = "hearings/:id", layout = MainLayout.class)
@PageTitle("庭审 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("styles/hearings.css")
@AnonymousAllowed
public class HearingView extends Main implements BeforeEnterObserver {

  private final HearingsClient client;
  private final LiveFeed feed;
  private final ProblemAlert alert = new ProblemAlert();
  private @Nullable HearingCard card;
  private @Nullable Registration listening;

  public HearingView(HearingsClient client, LiveFeed feed) {
    this.client = client;
    this.feed = feed;
    addClassNames("page", "hearings");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    add(new H1("庭审"), alert, new RouterLink("返回庭审直播", HearingsView.class));
    UUID id;
    try {
      id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
    } catch (IllegalArgumentException e) {
      alert.show("庭审链接不正确，请回到庭审直播列表查看。");
      return;
    }
    try {
      card = new HearingCard(client.hearing(id), true);
      addComponentAtIndex(1, card);
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("找不到该庭审。"));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
  }

  @Override
  protected void onAttach(AttachEvent event) {
    UI ui = event.getUI();
    listening = feed.listenToChanges(change -> ui.access(() -> {
      if (card != null && card.hearing().id().equals(change.id())) {
        card.update(change);
      }
    }));
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (listening != null) {
      listening.remove();
    }
  }
}
