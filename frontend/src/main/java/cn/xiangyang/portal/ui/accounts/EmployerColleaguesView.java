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
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * 本单位账号: a verified employer account sees every account that claims the company's credit code,
 * invites HR colleagues (a one-use code, 7 days) and reports an account that is not the company's. An
 * account that is not verified yet, often the real company after an impostor registered first, reports
 * every other account of its credit code at once.
 */
@Route(value = EmployerColleaguesView.PATH, layout = MainLayout.class)
@PageTitle("本单位账号 - " + PortalAppShell.SERVICE_NAME)
@RolesAllowed(PortalAccessControl.EMPLOYER)
public class EmployerColleaguesView extends Main implements BeforeEnterObserver {

  static final String PATH = "employer/colleagues";
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final VerificationClient client;
  private final CurrentUser currentUser;
  private final ProblemAlert alert = new ProblemAlert();
  private final Div content = new Div();
  private @Nullable String token;

  public EmployerColleaguesView(VerificationClient client, CurrentUser currentUser) {
    this.client = client;
    this.currentUser = currentUser;
    addClassNames("page", "form-page", "colleagues");
    add(new H1("本单位账号"), alert, content);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SignedIn signedIn = currentUser.refreshed().orElseGet(currentUser::required);
    content.removeAll();
    alert.clear();
    token = signedIn.token();
    if ("VERIFIED".equals(signedIn.account().verification())) {
      showVerified();
    } else {
      showUnverified();
    }
  }

  private void showVerified() {
    String employerToken = token;
    if (employerToken == null) {
      return;
    }
    Paragraph invitation = new Paragraph();
    invitation.addClassName("invitation");
    invitation.getElement().setAttribute("role", "status");
    invitation.setVisible(false);
    Button invite = new Button("生成同事邀请码", e -> {
      alert.clear();
      try {
        VerificationClient.Invitation i = client.invite(employerToken);
        invitation.removeAll();
        invitation.add(
            new Span("邀请码："),
            strong(i.token()),
            new Span("（" + LocalDate.ofInstant(i.expiresAt(), ZONE) + " 前有效）。" + i.detail()));
        invitation.setVisible(true);
      } catch (BackendProblem refusal) {
        alert.show(refusal.detailOr("没有生成邀请码，请稍后再试。"));
      } catch (BackendUnavailable ex) {
        alert.show(BackendUnavailable.MESSAGE + "。");
      }
    });
    invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    content.add(new Section(
        new H2("邀请同事"),
        new Paragraph(
            "本单位的人事同事可以各用自己的手机号注册账号；用邀请码注册的账号即为本单位已认证账号，" + "本单位的案件由各账号共同办理，每项操作都记在操作人名下。"),
        invite,
        invitation));
    Section list = new Section(new H2("使用本单位统一社会信用代码的账号"));
    list.add(new Paragraph("如发现不是本单位的账号，请举报：工作人员核实后停用该账号、作废它在案件中提交的材料，并通知申请人。"));
    try {
      for (VerificationClient.Colleague c : client.colleagues(employerToken)) {
        Div card = new Div(
            new Paragraph(c.contactName() + (c.you() ? "（您）" : "") + "　" + c.phoneMasked()),
            new Paragraph("状态：" + c.verificationLabel()));
        card.addClassNames("card", "colleague-row");
        if (!c.you() && !"SUSPENDED".equals(c.verification())) {
          card.add(reportForm(c.id(), "举报此账号冒用本单位名义"));
        }
        list.add(card);
      }
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("暂时无法查看本单位的账号。"));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
    content.add(list);
  }

  private void showUnverified() {
    content.add(
        new Paragraph("本账号尚未认证，认证后可以邀请同事、查看本单位的其他账号。"),
        new RouterLink("去认证：上传营业执照或填写案件查询码", EmployerVerificationView.class),
        new Section(
            new H2("有人冒用本单位名义注册？"),
            new Paragraph("如果有人用本单位的统一社会信用代码注册了账号，甚至以本单位名义答辩，请在这里举报，并上传营业执照完成认证。"
                + "工作人员核对后停用冒用的账号，作废它提交的材料，并为本单位开通。"),
            reportForm(null, "举报冒用本单位名义的账号")));
  }

  private Div reportForm(@Nullable UUID accountId, String buttonText) {
    TextArea reason = new TextArea("举报理由");
    reason.setHelperText("例如：本单位没有这名员工，也没有委托他人注册");
    reason.setMaxLength(500);
    reason.setWidthFull();
    Paragraph answer = new Paragraph();
    answer.getElement().setAttribute("role", "status");
    answer.setVisible(false);
    Button report = new Button(buttonText);
    report.addThemeVariants(ButtonVariant.LUMO_ERROR);
    report.addClickListener(e -> {
      alert.clear();
      reason.setInvalid(false);
      if (reason.getValue().isBlank()) {
        reason.setErrorMessage("请说明举报理由");
        reason.setInvalid(true);
        return;
      }
      if (token == null) {
        return;
      }
      try {
        VerificationClient.Answer done =
            client.reportImpostor(token, accountId, reason.getValue().strip());
        answer.setText(done.detail() == null ? "已举报。" : done.detail());
        answer.setVisible(true);
        report.setEnabled(false);
      } catch (BackendProblem refusal) {
        reason.setErrorMessage(refusal.detailOr("没有举报成功，请稍后再试。"));
        reason.setInvalid(true);
      } catch (BackendUnavailable ex) {
        alert.show(BackendUnavailable.MESSAGE + "。");
      }
    });
    Div form = new Div(reason, report, answer);
    form.addClassName("impostor-report");
    return form;
  }

  private static Span strong(String text) {
    Span s = new Span(text);
    s.addClassName("code");
    return s;
  }
}
