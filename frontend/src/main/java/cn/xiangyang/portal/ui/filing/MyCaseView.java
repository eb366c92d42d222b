package cn.xiangyang.portal.ui.filing;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.filing.FilingApi.Case;
import cn.xiangyang.portal.ui.filing.FilingApi.DefenceRequest;
import cn.xiangyang.portal.ui.filing.FilingApi.Document;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One case for a party: status, deadlines ahead (urgency in colour and words), hearings, documents
 * received and the timeline. An employer named in the claim can submit its defence (答辩) or decline.
 */
@Route(value = "my-cases/:id", layout = MainLayout.class)
@PageTitle("案件详情 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("styles/filing.css")
public class MyCaseView extends Main implements BeforeEnterObserver {

    private final FilingClient filings;
    private final CurrentUser currentUser;
    private final H1 title = new H1("案件详情");
    private final ProblemAlert alert = new ProblemAlert();
    private final Div content = new Div();
    final TextArea statement = new TextArea("答辩意见");
    private @Nullable String token;

    public MyCaseView(FilingClient filings, CurrentUser currentUser) {
        this.filings = filings;
        this.currentUser = currentUser;
        addClassNames("page", "my-case");
        statement.setWidthFull();
        statement.setMinHeight("10rem");
        statement.setMaxLength(10000);
        statement.setHelperText("写明贵单位对申请人各项请求的意见和理由，例如：工资已于某月某日支付，有银行流水为证。");
        add(title, alert, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        SignedIn signedIn = currentUser.get().orElse(null);
        if (!CaseParts.requireSignIn(signedIn, event, "my-cases/" + id)) {
            return;
        }
        token = signedIn.token();
        alert.clear();
        content.removeAll();
        try {
            show(filings.caseOf(token, UUID.fromString(id)));
        } catch (IllegalArgumentException | BackendProblem notFound) {
            content.add(new Paragraph("找不到这个案件。"), new RouterLink("返回我的案件", MyCasesView.class));
        } catch (BackendUnavailable e) {
            alert.show(BackendUnavailable.MESSAGE + "。");
        }
    }

    void show(Case c) {
        content.removeAll();
        title.setText(c.caseNumber() == null ? "案件详情" : c.caseNumber());
        Div summary = new Div(new Paragraph("状态：" + (c.statusLabel() == null ? c.status() : c.statusLabel())),
                new Paragraph("方式：" + CaseParts.procedureText(c.procedure())));
        summary.addClassNames("card", "case-summary");
        if (c.commission() != null) {
            summary.add(new Paragraph("受理机构：" + c.commission().name()));
        }
        if (c.applicant() != null) {
            summary.add(new Paragraph("申请人：" + c.applicant().name()));
        }
        if (c.application() != null) {
            c.application().respondentsOrEmpty().forEach(r -> summary.add(new Paragraph("被申请人：" + WizardText.nz(r.name()))));
            c.application().claimsOrEmpty().forEach(cl -> summary.add(new Paragraph("请求：" + CaseParts.claimTypeText(cl.type())
                    + (cl.amount() == null ? "" : " " + cl.amount().toPlainString() + " 元"))));
        }
        if (c.correctionItems() != null && !c.correctionItems().isEmpty()) {
            summary.add(new Paragraph("需要补正：" + String.join("；", c.correctionItems())));
        }
        if (c.rejectionReason() != null) {
            summary.add(new Paragraph("不予受理的理由：" + c.rejectionReason()));
        }
        if (c.outcomeSummary() != null) {
            summary.add(new Paragraph("结果：" + c.outcomeSummary()));
        }
        content.add(summary);

        content.add(section("需要注意的期限", CaseParts.deadlines(c.deadlinesOrEmpty(), filings)));

        Div hearings = new Div();
        c.hearingsOrEmpty().forEach(h -> hearings.add(CaseParts.hearing(h)));
        if (c.hearingsOrEmpty().isEmpty()) {
            hearings.add(new Paragraph("还没有安排开庭。安排后会在这里和“我的消息”里通知您。"));
        }
        content.add(section("开庭安排", hearings));

        if ("RESPONDENT".equals(c.role())) {
            content.add(defence(c));
        }

        Div documents = new Div();
        for (Document d : c.documentsOrEmpty()) {
            Details details = new Details(d.title() + "（" + CaseParts.dateTime(d.issuedAt()) + "）",
                    new Paragraph(d.body() == null ? "" : d.body()));
            details.addClassName("document");
            documents.add(details);
        }
        if (c.documentsOrEmpty().isEmpty()) {
            documents.add(new Paragraph("还没有收到文书。"));
        }
        content.add(section("收到的文书", documents));
        content.add(section("办理经过", CaseParts.timeline(c.timelineOrEmpty())));
        // One link per line, full width: side by side on a phone they squeezed each other (issue 14).
        Div links = new Div();
        links.addClassName("case-links");
        if ("APPLICANT".equals(c.role()) && !c.isDraft() && token != null) {
            links.add(ApplicationPdfLink.of(filings, token, c.id(), c.caseNumber()));
        }
        links.add(new RouterLink("返回我的案件", MyCasesView.class));
        content.add(links);
    }

    private Section defence(Case c) {
        Section section = section("答辩");
        if (!c.defencesOrEmpty().isEmpty()) {
            var d = c.defencesOrEmpty().getFirst();
            section.add(new Paragraph(d.declined() ? "贵单位已表示不提交答辩书。" : "贵单位已提交答辩意见：" + WizardText.nz(d.statement())));
            return section;
        }
        section.add(new Paragraph("被申请人收到申请书副本后 10 日内可以提交答辩书；不答辩的，不影响仲裁程序进行。"
                + "（《中华人民共和国劳动争议调解仲裁法》第三十条）"));
        c.deadlinesOrEmpty().stream().filter(d -> "DEFENCE".equals(d.code()))
                .forEach(d -> section.add(CaseParts.deadline(d, filings)));
        // Whether a defence can still be submitted is the backend's transition table's answer.
        if (!c.allows("SUBMIT_DEFENCE")) {
            c.allowedActionsOrEmpty().stream().filter(a -> "SUBMIT_DEFENCE".equals(a.action()) && a.reason() != null)
                    .forEach(a -> section.add(new Paragraph(a.reason())));
            return section;
        }
        Button submit = new Button("提交答辩");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> defend(c, false, submit));
        Button decline = new Button("不提交答辩");
        decline.addThemeVariants(ButtonVariant.LUMO_LARGE);
        decline.setDisableOnClick(true);
        decline.addClickListener(e -> defend(c, true, decline));
        Div buttons = new Div(submit, decline);
        buttons.addClassName("actions");
        section.add(statement, buttons);
        return section;
    }

    private void defend(Case c, boolean declined, Button button) {
        alert.clear();
        try {
            if (!declined && statement.getValue().isBlank()) {
                statement.setErrorMessage("请写答辩意见，或选择“不提交答辩”");
                statement.setInvalid(true);
                return;
            }
            Case updated = filings.defend(token == null ? "" : token, c.id(),
                    new DefenceRequest(declined, declined ? null : statement.getValue().strip()));
            show(updated);
        } catch (BackendProblem refusal) {
            alert.show(refusal, Map.of("statement", statement), "答辩没有提交成功，请稍后再试。");
        } catch (BackendUnavailable e) {
            alert.show(BackendUnavailable.MESSAGE + "。您写的内容还在页面上。");
        } finally {
            button.setEnabled(true);
        }
    }

    private static Section section(String heading, com.vaadin.flow.component.Component... parts) {
        Section section = new Section(new H2(heading));
        section.add(parts);
        return section;
    }
}
