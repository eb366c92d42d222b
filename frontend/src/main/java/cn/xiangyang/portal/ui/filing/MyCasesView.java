package cn.xiangyang.portal.ui.filing;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.api.FilingCaseView;
import cn.xiangyang.portal.ui.api.FilingDeadlineView;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAccessControl;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * 我的案件: a worker's applications (drafts included) and an employer's claims naming it, each with its
 * status and the next deadline.
 */
@Route(value = "my-cases", layout = MainLayout.class)
@PageTitle("我的案件 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("styles/filing.css")
@Menu(title = "我的案件", order = 8, icon = "vaadin:folder-open")
@RolesAllowed({PortalAccessControl.WORKER, PortalAccessControl.EMPLOYER, PortalAccessControl.VISITOR
})
public class MyCasesView extends Main implements BeforeEnterObserver {

  private final FilingClient filings;
  private final CurrentUser currentUser;
  private final Paragraph intro = new Paragraph();
  private final Div list = new Div();
  private final ProblemAlert alert = new ProblemAlert();
  private final Div actions = new Div();

  public MyCasesView(FilingClient filings, CurrentUser currentUser) {
    this.filings = filings;
    this.currentUser = currentUser;
    addClassNames("page", "my-cases");
    list.addClassName("case-list");
    actions.addClassName("actions");
    add(new H1("我的案件"), intro, alert, actions, list);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SignedIn signedIn = currentUser.required();
    alert.clear();
    list.removeAll();
    actions.removeAll();
    boolean employer = "EMPLOYER".equals(signedIn.account().kind());
    if (employer) {
      intro.setText("这里是劳动者对贵单位提出的申请。仲裁委员会受理并送达后才会出现在这里，请在期限内提交答辩。");
    } else {
      intro.setText("这里是您提交的申请和草稿，以及办理进度和需要注意的期限。");
      RouterLink start = new RouterLink("开始新的申请", FilingWizardView.class);
      start.addClassName("button-link");
      actions.add(start);
    }
    List<FilingCaseView> cases;
    try {
      cases = filings.cases(signedIn.token());
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("暂时无法查看案件。"));
      return;
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
      return;
    }
    if (cases.isEmpty()) {
      list.add(new Paragraph(employer ? "目前没有针对贵单位的申请。" : "您还没有申请。"));
    }
    cases.forEach(c -> list.add(row(c)));
  }

  /** 删除草稿 with a second, explicit confirmation: the draft and its uploaded files are gone for good. */
  private Div deleteDraft(FilingCaseView c) {
    Button ask = new Button("删除草稿…");
    ask.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    Button yes = new Button("确认删除");
    yes.addThemeVariants(ButtonVariant.LUMO_ERROR);
    yes.setDisableOnClick(true);
    Button no = new Button("不删除");
    Div confirm = new Div(new Paragraph("删除后，草稿和已上传的材料都不能恢复。"), yes, no);
    confirm.addClassName("actions");
    confirm.setVisible(false);
    ask.addClickListener(e -> {
      confirm.setVisible(true);
      ask.setVisible(false);
    });
    no.addClickListener(e -> {
      confirm.setVisible(false);
      ask.setVisible(true);
    });
    yes.addClickListener(e -> {
      alert.clear();
      SignedIn signedIn = currentUser.get().orElse(null);
      try {
        filings.deleteDraft(signedIn == null ? "" : signedIn.token(), c.id());
        getUI().ifPresent(ui -> ui.getPage().reload());
      } catch (BackendProblem refusal) {
        alert.show(refusal.detailOr("草稿没有删除成功。"));
        yes.setEnabled(true);
      } catch (BackendUnavailable down) {
        alert.show(BackendUnavailable.MESSAGE + "，草稿没有删除。");
        yes.setEnabled(true);
      }
    });
    Div box = new Div(ask, confirm);
    box.addClassName("delete-draft");
    return box;
  }

  private Div row(FilingCaseView c) {
    Div card = new Div();
    card.addClassNames("card", "case-row");
    String name = c.caseNumber() != null
        ? c.caseNumber()
        : c.applicationNumber() != null ? c.applicationNumber() : "草稿（尚未提交）";
    RouterLink open = FilingApi.isDraft(c)
        ? new RouterLink(
            name, FilingWizardView.class, new RouteParameters("id", c.id().toString()))
        : new RouterLink(
            name, MyCaseView.class, new RouteParameters("id", c.id().toString()));
    open.addClassName("case-link");
    H2 heading = new H2(open);
    Span status = new Span("状态：" + (c.statusLabel() == null ? c.status() : c.statusLabel()));
    status.addClassName("status");
    card.add(heading, status);
    if (c.application() != null && !c.application().respondents().isEmpty()) {
      String respondent = c.application().respondents().getFirst().name();
      if (respondent != null) {
        card.add(new Paragraph("被申请人：" + respondent));
      }
    }
    if (FilingApi.isDraft(c)) {
      card.add(new Paragraph("点编号继续填写，填过的内容都已保存。"));
      if (FilingApi.allows(c, "DELETE_DRAFT")) {
        card.add(deleteDraft(c));
      }
    }
    FilingDeadlineView next = FilingApi.nextDeadline(c);
    if (next != null) {
      card.add(CaseParts.deadline(next, null));
    }
    return card;
  }
}
