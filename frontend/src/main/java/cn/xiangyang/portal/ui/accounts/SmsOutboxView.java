package cn.xiangyang.portal.ui.accounts;

import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAccessControl;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 短信发件箱: on a portal without an SMS gateway, administrators look up the codes sent to a phone and
 * pass them on (for example by telephone, after checking who is calling).
 */
@Route(value = "staff/sms-outbox", layout = MainLayout.class)
@PageTitle("短信发件箱 - " + PortalAppShell.SERVICE_NAME)
@RolesAllowed(PortalAccessControl.ADMIN)
public class SmsOutboxView extends Main implements BeforeEnterObserver {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  private final VerificationClient client;
  private final CurrentUser currentUser;
  final TextField phone = FormFields.digits("手机号", "要查询的11位手机号", 11, "[0-9]", Autocomplete.OFF);
  final Button search = new Button("查询");
  private final ProblemAlert alert = new ProblemAlert();
  private final Div list = new Div();
  private @Nullable String token;

  public SmsOutboxView(VerificationClient client, CurrentUser currentUser) {
    this.client = client;
    this.currentUser = currentUser;
    addClassNames("page", "form-page");
    search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    search.addClickListener(e -> load());
    add(
        new H1("短信发件箱"),
        new Paragraph("未配置短信网关时，验证码不会真正发到手机，而是存在这里。请核实来电人身份后再告知验证码。"),
        phone,
        search,
        alert,
        list);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SignedIn signedIn = currentUser.required();
    token = signedIn.token();
  }

  private void load() {
    alert.clear();
    list.removeAll();
    if (token == null) {
      return;
    }
    try {
      List<VerificationClient.SmsMessage> messages =
          client.outbox(token, FormFields.normalize(phone.getValue()));
      if (messages.isEmpty()) {
        list.add(new Paragraph("这个手机号最近没有短信。"));
      }
      messages.forEach(m -> {
        Div card = new Div();
        card.addClassNames("card", "sms-message");
        card.add(
            new H2(m.purposeLabel() + "：验证码 " + m.code()),
            new Paragraph("发送时间：" + TIME.format(m.sentAt())),
            new Paragraph(m.text()));
        list.add(card);
      });
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("暂时无法查询。"));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
  }
}
