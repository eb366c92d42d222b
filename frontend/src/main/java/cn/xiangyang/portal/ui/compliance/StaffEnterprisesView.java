package cn.xiangyang.portal.ui.compliance;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.compliance.ComplianceApi.EnterpriseView;
import cn.xiangyang.portal.ui.compliance.ComplianceApi.Score;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.LabelledSelect;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAccessControl;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Staff: the served-enterprise registry (服务企业名册) of the staff member's commission, with the
 * arbitrator or mediator assigned to each enterprise, the check-up scores it agreed to share over time and
 * its trainings; export as CSV.
 */
@Route(value = "staff/enterprises", layout = MainLayout.class)
@PageTitle("服务企业名册 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("styles/filing.css")
@StyleSheet("styles/compliance.css")
@Menu(title = "服务企业名册", order = 13, icon = "vaadin:building-o")
@RolesAllowed(PortalAccessControl.STAFF)
public class StaffEnterprisesView extends Main implements BeforeEnterObserver {

  private final ComplianceClient client;
  private final CurrentUser currentUser;
  private final ProblemAlert alert = new ProblemAlert();
  private final Div list = new Div();
  private final Div tools = new Div();
  final TextField creditCode = new TextField("统一社会信用代码");
  final TextField name = new TextField("企业名称");
  final TextField industry = new TextField("行业（可不填）");
  final IntegerField headcount = new IntegerField("职工人数（可不填）");
  final TextField contactName = new TextField("企业联系人（可不填）");
  final TextField contactPhone = new TextField("联系电话（可不填）");
  final TextField assignedName = new TextField("联系仲裁员/调解员");
  final LabelledSelect<String> assignedRole = new LabelledSelect<>();
  private String token = "";

  public StaffEnterprisesView(ComplianceClient client, CurrentUser currentUser) {
    this.client = client;
    this.currentUser = currentUser;
    addClassNames("page", "staff", "checkup", "filing");
    assignedRole.setLabel("角色");
    assignedRole.setItems("ARBITRATOR", "MEDIATOR");
    assignedRole.setItemLabelGenerator(r -> r.equals("ARBITRATOR") ? "仲裁员" : "调解员");
    assignedRole.setValue("ARBITRATOR");
    Stream.<com.vaadin.flow.component.HasSize>of(
            creditCode,
            name,
            industry,
            headcount,
            contactName,
            contactPhone,
            assignedName,
            assignedRole)
        .forEach(f -> f.setWidthFull());
    Button add = new Button("加入名册", e -> add());
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Div form = new Div(
        creditCode,
        name,
        industry,
        headcount,
        contactName,
        contactPhone,
        assignedName,
        assignedRole,
        add);
    form.addClassName("step-body");
    Details adding = new Details("新增服务企业", form);
    add(
        new H1("服务企业名册"),
        new Paragraph("本委员会服务的企业、联系的仲裁员或调解员、企业同意展示的体检得分和培训情况。"),
        tools,
        adding,
        alert,
        list);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SignedIn signedIn = currentUser.required();
    list.removeAll();
    tools.removeAll();
    token = signedIn.token();
    Anchor csv = new Anchor(
        DownloadHandler.fromInputStream(e -> {
          try {
            byte[] bytes = client.enterprisesCsv(token);
            return new DownloadResponse(
                new ByteArrayInputStream(bytes),
                "enterprises.csv",
                "text/csv; charset=UTF-8",
                bytes.length);
          } catch (BackendProblem refusal) {
            return DownloadResponse.error(refusal.status());
          } catch (BackendUnavailable ex) {
            return DownloadResponse.error(503);
          }
        }),
        "导出名册（CSV）");
    csv.addClassName("button-link-secondary");
    tools.add(csv);
    refresh();
  }

  private void refresh() {
    list.removeAll();
    try {
      List<EnterpriseView> all = client.enterprises(token);
      if (all.isEmpty()) {
        list.add(new Paragraph("名册中还没有企业。"));
      }
      all.forEach(v -> list.add(card(v)));
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("无法读取名册。"));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
  }

  private static Div card(EnterpriseView v) {
    var e = v.enterprise();
    Div card = new Div(new H2(e.name()), new Paragraph("统一社会信用代码：" + e.creditCode()));
    card.addClassNames("card", "enterprise");
    if (e.assignedName() != null) {
      card.add(new Paragraph(
          "联系" + ("MEDIATOR".equals(e.assignedRole()) ? "调解员" : "仲裁员") + "：" + e.assignedName()));
    }
    if (e.industry() != null || e.headcount() != null) {
      card.add(new Paragraph((e.industry() == null ? "" : e.industry() + "　")
          + (e.headcount() == null ? "" : e.headcount() + " 人")));
    }
    card.add(new Paragraph(
        v.scores().isEmpty()
            ? "体检得分：企业尚未同意展示"
            : "体检得分："
                + v.scores().stream()
                    .map(StaffEnterprisesView::score)
                    .collect(Collectors.joining(" → "))));
    card.add(new Paragraph("培训：申请 " + v.trainings().size() + " 次，已完成 " + v.trainingsDone() + " 次"));
    return card;
  }

  private static String score(Score s) {
    return LocalDate.ofInstant(s.at(), ReportPanel.ZONE) + " " + s.score() + " 分（" + s.levelLabel()
        + "）";
  }

  private void add() {
    alert.clear();
    try {
      client.addEnterprise(
          token,
          new ComplianceApi.EnterpriseBody(
              creditCode.getValue().strip(),
              name.getValue().strip(),
              null,
              blank(industry.getValue()),
              headcount.getValue(),
              blank(contactName.getValue()),
              blank(contactPhone.getValue()),
              blank(assignedName.getValue()),
              assignedRole.getValue(),
              null));
      Stream.of(creditCode, name, industry, contactName, contactPhone, assignedName)
          .forEach(TextField::clear);
      headcount.clear();
      refresh();
    } catch (BackendProblem refusal) {
      alert.show(
          refusal,
          Map.of(
              "creditCode",
              creditCode,
              "name",
              name,
              "industry",
              industry,
              "headcount",
              headcount,
              "contactName",
              contactName,
              "contactPhone",
              contactPhone,
              "assignedName",
              assignedName),
          "没有加入名册，请检查后再试。");
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
  }

  private static @Nullable String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
