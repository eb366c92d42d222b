package cn.xiangyang.portal.ui.filing;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.filing.FilingApi.Consent;
import cn.xiangyang.portal.ui.filing.FilingApi.Message;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAccessControl;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * 我的消息: notices and documents served to the signed-in party, each marked read when opened (the first
 * reading is the time of service), and the consent to electronic service in plain words.
 */
@Route(value = "inbox", layout = MainLayout.class)
@PageTitle("我的消息 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("styles/filing.css")
@Menu(title = "我的消息", order = 9, icon = "vaadin:envelope")
@RolesAllowed({PortalAccessControl.WORKER, PortalAccessControl.EMPLOYER, PortalAccessControl.VISITOR
})
public class InboxView extends Main implements BeforeEnterObserver {

  private final FilingClient filings;
  private final CurrentUser currentUser;
  private final ProblemAlert alert = new ProblemAlert();
  private final Div messages = new Div();
  final Checkbox consent = new Checkbox("同意通过本平台接收文书（电子送达）");
  private final Paragraph consentExplanation = new Paragraph();
  private final Paragraph consentState = new Paragraph();
  private final Section consentSection =
      new Section(new H2("电子送达"), consentExplanation, consent, consentState);
  /** 更早的消息: the next page of the inbox, shown below the messages while there is one. */
  final Button older = new Button("查看更早的消息");

  private @Nullable String nextPage;
  private @Nullable String token;
  private boolean loading;

  public InboxView(FilingClient filings, CurrentUser currentUser) {
    this.filings = filings;
    this.currentUser = currentUser;
    addClassNames("page", "inbox");
    messages.addClassName("messages");
    consentState.getElement().setAttribute("role", "status");
    consent.addValueChangeListener(e -> {
      if (!loading && e.isFromClient()) {
        changeConsent(e.getValue());
      }
    });
    consentSection.addClassName("card");
    older.setVisible(false);
    older.addClickListener(e -> showOlder());
    add(new H1("我的消息"), alert, messages, older, consentSection);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SignedIn signedIn = currentUser.required();
    token = signedIn.token();
    alert.clear();
    messages.removeAll();
    try {
      FilingClient.InboxPage first = filings.inbox(token, null);
      if (first.messages().isEmpty()) {
        messages.add(new Paragraph("还没有消息。"));
      }
      show(first);
      // A 公众 account is party to no case: no documents to serve, so no consent to ask for.
      boolean visitor = "VISITOR".equals(signedIn.account().kind());
      consentSection.setVisible(!visitor);
      if (!visitor) {
        showConsent(filings.consent(token));
      }
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("暂时无法查看消息。"));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
  }

  /** Adds a page's messages, and a button for the older ones when there are more. */
  private void show(FilingClient.InboxPage page) {
    page.messages().forEach(m -> messages.add(message(m)));
    older.setVisible(page.next() != null);
    nextPage = page.next();
  }

  private void showOlder() {
    alert.clear();
    try {
      show(filings.inbox(token == null ? "" : token, nextPage));
    } catch (BackendProblem | BackendUnavailable failed) {
      alert.show(
          failed instanceof BackendProblem p
              ? p.detailOr("更早的消息暂时打不开。")
              : BackendUnavailable.MESSAGE + "。");
    }
  }

  private Div message(Message m) {
    Div card = new Div();
    card.addClassNames("card", "message", m.readAt() == null ? "unread" : "read");
    Span state = new Span(m.readAt() == null ? "未读" : "已读");
    state.addClassName(m.readAt() == null ? "badge-unread" : "badge-read");
    H2 heading = new H2(m.title());
    Paragraph when = new Paragraph(CaseParts.dateTime(m.createdAt()));
    Paragraph body = new Paragraph(m.body() == null ? "" : m.body());
    body.setVisible(m.readAt() != null);
    card.add(state, heading, when, body);
    if (m.readAt() == null) {
      Button open = new Button("打开查看");
      open.addClickListener(e -> {
        try {
          Message read = filings.read(token == null ? "" : token, m.id());
          messages.replace(card, message(read));
        } catch (BackendProblem | BackendUnavailable failed) {
          alert.show(
              failed instanceof BackendProblem p
                  ? p.detailOr("消息打不开。")
                  : BackendUnavailable.MESSAGE + "。");
        }
      });
      card.add(open);
    } else {
      card.add(new Paragraph("阅读时间：" + CaseParts.dateTime(m.readAt())));
    }
    if (m.serviceNote() != null) {
      Paragraph service = new Paragraph(m.serviceNote());
      service.addClassName("service");
      card.add(service);
    }
    if (m.caseId() != null) {
      card.add(new RouterLink(
          "查看案件", MyCaseView.class, new RouteParameters("id", m.caseId().toString())));
    }
    return card;
  }

  private void changeConsent(boolean consented) {
    alert.clear();
    try {
      showConsent(filings.setConsent(token == null ? "" : token, consented));
    } catch (BackendProblem | BackendUnavailable failed) {
      loading = true;
      consent.setValue(!consented);
      loading = false;
      alert.show(
          failed instanceof BackendProblem p
              ? p.detailOr("没有保存成功。")
              : BackendUnavailable.MESSAGE + "。");
    }
  }

  private void showConsent(Consent current) {
    loading = true;
    consent.setValue(current.consented());
    loading = false;
    consentExplanation.setText(
        current.explanation() == null
            ? "同意后，开庭通知、裁决书等文书发到这里，您打开的时间就是收到的时间；不同意的，文书会寄给您。可以随时更改。"
            : current.explanation());
    consentState.setText(current.consented() ? "您已同意电子送达。" : "您目前没有同意电子送达，文书将以书面方式送达。");
  }
}
