package cn.xiangyang.portal.ui.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.ui.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

class ErrorHandlingTests extends UiTest {

  @Test
  void aPageThatFailsShowsAChineseMessageWithoutDetails() {
    navigate("test/explode");

    UnexpectedErrorView page = _get(UnexpectedErrorView.class);
    assertThat(_get(H1.class).getText()).isEqualTo("页面暂时无法显示");
    assertThat(page.getElement().getTextRecursively())
        .contains("系统出现问题，请稍后再试")
        .doesNotContain("secret", "Exception", "at cn.");
  }

  @Test
  void aPageThatCannotReachTheBackendSaysTheServiceIsUnavailable() {
    navigate("test/explode?cause=backend");

    assertThat(_get(UnexpectedErrorView.class).getElement().getTextRecursively())
        .contains("服务暂时不可用，请稍后再试");
  }

  @Test
  void anUnexpectedErrorInAClickIsToldInChinese() {
    navigate("");

    VaadinSession.getCurrent()
        .getErrorHandler()
        .error(new ErrorEvent(new IllegalStateException("bug")));

    expectNotifications("系统出现问题，请稍后再试。如需帮助，请拨打 12333。");
  }

  @Test
  void anUnreachableBackendInAClickIsToldInChinese() {
    navigate("");

    VaadinSession.getCurrent()
        .getErrorHandler()
        .error(new ErrorEvent(new RuntimeException(new BackendUnavailable("down"))));

    expectNotifications("服务暂时不可用，请稍后再试");
    assertThat(UI.getCurrent()).isNotNull();
  }
}
