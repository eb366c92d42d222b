package cn.xiangyang.portal.ui.accounts;

import cn.xiangyang.portal.ui.home.HomeView;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "我的": the signed-in person's account as the backend shows it now. Visitors who are not signed in, or
 * whose login has expired, are sent to the login page and come back here afterwards.
 */
@Route(value = ProfileView.PATH, layout = MainLayout.class)
@PageTitle("我的 - " + PortalAppShell.SERVICE_NAME)
@Menu(title = "我的", order = 6, icon = "vaadin:user-card")
@PermitAll
public class ProfileView extends Main implements BeforeEnterObserver {

  public static final String PATH = "me";

  private static final Logger log = LoggerFactory.getLogger(ProfileView.class);

  private final AccountsClient accounts;
  private final CurrentUser currentUser;
  private final H2 name = new H2();
  private final DescriptionList details = new DescriptionList();
  private final Paragraph stale = new Paragraph();
  private final Paragraph security = new Paragraph(
      new com.vaadin.flow.router.RouterLink("账号安全：修改密码、更换手机号", AccountSecurityView.class));
  private final Div services = new Div();

  public ProfileView(AccountsClient accounts, CurrentUser currentUser) {
    this.accounts = accounts;
    this.currentUser = currentUser;
    addClassNames("page", "profile");

    stale.addClassName("stale-notice");
    stale.getElement().setAttribute("role", "status");
    stale.setVisible(false);
    details.addClassName("account-details");
    Div card = new Div(name, details);
    card.addClassName("card");

    Button signOut = new Button("退出登录", VaadinIcon.SIGN_OUT.create());
    signOut.addThemeVariants(ButtonVariant.LUMO_LARGE);
    signOut.addClassName("sign-out-button");
    signOut.setWidthFull();
    signOut.addClickListener(event -> {
      currentUser.signOut();
      Notification.show("您已退出登录", 4000, Notification.Position.BOTTOM_STRETCH);
      getUI().ifPresent(ui -> ui.navigate(HomeView.class));
    });

    services.addClassName("service-buttons");
    Section next = new Section(new H2("我的服务"), services, new Paragraph("如需帮助，请拨打人社服务热线 12333。"));

    security.addClassName("security-link");
    add(new H1("我的"), stale, card, security, next, signOut);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SignedIn signedIn = currentUser.required();
    Account account = signedIn.account();
    stale.setVisible(false);
    try {
      account = accounts.me(signedIn.token());
      currentUser.update(account);
    } catch (BackendProblem refusal) {
      if (refusal.status() == 401) {
        currentUser.clear();
        event.forwardTo(
            LoginView.class,
            QueryParameters.simple(
                Map.of(LoginView.CONTINUE, PATH, LoginView.REASON, LoginView.EXPIRED)));
        return;
      }
      log.warn("account not refreshed: {}", refusal.toString());
      showStale();
    } catch (BackendUnavailable e) {
      showStale();
    }
    show(account);
  }

  private void showStale() {
    stale.setText(BackendUnavailable.MESSAGE + "。下面是您登录时的信息。");
    stale.setVisible(true);
  }

  /** Big buttons to the services the portal has for this kind of account, nothing that is not there. */
  static List<Anchor> servicesFor(String kind) {
    List<String[]> links = switch (kind) {
      case "EMPLOYER" ->
        List.of(
            new String[] {"my-cases", "我的案件（答复申请）"},
            new String[] {"inbox", "我的消息"},
            new String[] {"checkup", "用工体检"},
            new String[] {"checkups", "我的体检报告"});
      case "STAFF" ->
        List.of(new String[] {"staff/cases", "案件办理"}, new String[] {"staff/assistant", "问答管理"});
      case "VISITOR" ->
        List.of(new String[] {"open-days", "开放日预约"}, new String[] {"inbox", "我的消息"}, new String[] {
          "hearings", "庭审直播"
        });
      default ->
        List.of(
            new String[] {"filing/new", "在线申请调解仲裁"},
            new String[] {"my-cases", "我的案件"},
            new String[] {"inbox", "我的消息"});
    };
    return links.stream()
        .map(l -> {
          Anchor a = new Anchor(l[0], l[1]);
          a.addClassName("button-link");
          return a;
        })
        .toList();
  }

  private void show(Account account) {
    services.removeAll();
    servicesFor(account.kind()).forEach(services::add);
    name.setText(account.displayName());
    details.removeAll();
    switch (account.kind()) {
      case "EMPLOYER" -> {
        row("账号类型", account.kindInWords());
        row("单位名称", account.companyName());
        row("统一社会信用代码", account.creditCode());
        row("联系人", account.contactName());
        row("联系电话", account.phoneMasked());
        row(
            "认证状态",
            account.verificationLabel()
                + (account.verificationReason() == null
                    ? ""
                    : "（" + account.verificationReason() + "）"));
        if (!"VERIFIED".equals(account.verification())) {
          details.add(
              new DescriptionList.Term("单位认证"),
              new DescriptionList.Description(new com.vaadin.flow.router.RouterLink(
                  "去认证：上传营业执照或填写案件查询码", EmployerVerificationView.class)));
        }
        details.add(
            new DescriptionList.Term("本单位账号"),
            new DescriptionList.Description(new com.vaadin.flow.router.RouterLink(
                "邀请同事、举报冒用本单位名义的账号", EmployerColleaguesView.class)));
      }
      case "STAFF" -> {
        row("账号类型", account.kindInWords());
        row("工作人员账号", account.username());
        row("岗位", account.roleInWords());
        row("所属仲裁委员会", account.commissionName());
        row("手机号", account.phoneMasked());
        if (account.isAdmin()) {
          // Without an SMS gateway the codes wait in the outbox for an administrator to pass on.
          details.add(
              new DescriptionList.Term("短信发件箱"),
              new DescriptionList.Description(
                  new com.vaadin.flow.router.RouterLink("查看发给某个手机号的验证码", SmsOutboxView.class)));
        }
      }
      default -> {
        row("账号类型", account.kindInWords());
        row("手机号", account.phoneMasked());
        row("身份证号", account.idNumberMasked());
      }
    }
  }

  private void row(String term, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      details.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }
  }
}
