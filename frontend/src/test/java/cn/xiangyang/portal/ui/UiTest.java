package cn.xiangyang.portal.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the browserless UI tests: the real Spring context and views in a mocked Vaadin environment
 * (Karibu Testing), talking over HTTP to {@link StubBackend}. The embedded server runs too, so that the
 * tests of the served page share this one Spring context.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"portal.ui.connect-timeout=1s", "portal.ui.read-timeout=3s"})
public abstract class UiTest {

  private static final Routes ROUTES = new Routes().autoDiscoverViews("cn.xiangyang.portal.ui");

  protected static final StubBackend backend = StubBackend.instance();

  @Autowired
  private ApplicationContext context;

  @DynamicPropertySource
  static void backendUrl(DynamicPropertyRegistry registry) {
    registry.add("portal.ui.backend-url", backend::url);
  }

  @BeforeEach
  void setUpVaadin() {
    backend.reset();
    Function0<UI> uiFactory = UI::new;
    MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
  }

  @AfterEach
  void tearDownVaadin() {
    MockVaadin.tearDown();
  }

  /** Navigates as a typed address would, query string included. */
  protected static void navigate(String location) {
    int query = location.indexOf('?');
    if (query < 0) {
      UI.getCurrent().navigate(location);
    } else {
      UI.getCurrent()
          .navigate(
              location.substring(0, query),
              QueryParameters.fromString(location.substring(query + 1)));
    }
  }

  protected static Component currentView() {
    return UI.getCurrent().getCurrentView();
  }

  /** An account as the backend answers {@code GET /api/v1/accounts/me}, plus a field it may add later. */
  protected static final String WORKER_ACCOUNT = """
            {"id":"5b0c3f0e-7d1a-4c2e-9a51-0c7f2e6d1a11","kind":"WORKER","displayName":"张三",
             "phoneMasked":"138****0000","idNumberMasked":"420602********1234","createdAt":"2026-11-27T10:00:00Z",
             "preferences":{"sms":true}}""";

  protected static final String EMPLOYER_ACCOUNT = """
            {"id":"0b6e1e52-0f6c-4a4b-8f0e-3c2a1d9e7f22","kind":"EMPLOYER","displayName":"襄阳某某机械有限公司",
             "phoneMasked":"139****1111","creditCode":"91420600MA4F0XXX1F","companyName":"襄阳某某机械有限公司",
             "contactName":"李四"}""";

  protected static final String STAFF_ACCOUNT = """
            {"id":"7e0a4e52-0f6c-4a4b-8f0e-3c2a1d9e7f33","kind":"STAFF","kindLabel":"工作人员","displayName":"王仲裁",
             "username":"wangzc","role":"ARBITRATOR","roleLabel":"仲裁员",
             "commissionId":"xiangyang-city","commissionName":"襄阳市劳动人事争议仲裁委员会"}""";

  protected static String session(String account) {
    return "{\"token\":\"tok-123\",\"expiresAt\":\"2099-01-01T00:00:00Z\",\"account\":" + account
        + "}";
  }
}
