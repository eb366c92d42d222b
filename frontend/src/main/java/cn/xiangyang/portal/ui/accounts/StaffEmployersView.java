package cn.xiangyang.portal.ui.accounts;

import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.LabelledSelect;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAccessControl;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** 单位认证审核: staff open the submitted licence, then approve or reject with a reason the employer sees. */
@Route(value = "staff/employers", layout = MainLayout.class)
@PageTitle("单位认证审核 - " + PortalAppShell.SERVICE_NAME)
@Menu(title = "单位认证审核", order = 14, icon = "vaadin:diploma")
@RolesAllowed(PortalAccessControl.STAFF)
public class StaffEmployersView extends Main implements BeforeEnterObserver {

  static final Map<String, String> STATES = new LinkedHashMap<>();

  static {
    STATES.put("PENDING", "待审核");
    STATES.put("REPORTED", "被举报冒用");
    STATES.put("VERIFIED", "已认证");
    STATES.put("REJECTED", "已退回");
    STATES.put("SUSPENDED", "已停用");
  }

  private final VerificationClient client;
  private final CurrentUser currentUser;
  private final ProblemAlert alert = new ProblemAlert();
  final Select<String> filter = new LabelledSelect<>();
  private final Div list = new Div();
  private @Nullable String token;

  public StaffEmployersView(VerificationClient client, CurrentUser currentUser) {
    this.client = client;
    this.currentUser = currentUser;
    addClassNames("page");
    filter.setLabel("显示");
    filter.setItems(List.copyOf(STATES.keySet()));
    filter.setItemLabelGenerator(STATES::get);
    filter.setValue("PENDING");
    filter.addValueChangeListener(e -> load());
    add(
        new H1("单位认证审核"),
        new Paragraph("核对营业执照上的单位名称、统一社会信用代码与注册信息一致；代理人须有法定代表人签署的授权委托书。"),
        filter,
        alert,
        list);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SignedIn signedIn = currentUser.required();
    // ?state=REPORTED and the like: a link from a notice or a colleague opens the right list.
    event
        .getLocation()
        .getQueryParameters()
        .getSingleParameter("state")
        .filter(STATES::containsKey)
        .ifPresent(filter::setValue);
    token = signedIn.token();
    load();
  }

  private void load() {
    alert.clear();
    list.removeAll();
    String staffToken = token;
    if (staffToken == null) {
      return;
    }
    try {
      List<VerificationClient.QueueItem> items = client.queue(staffToken, filter.getValue());
      if (items.isEmpty()) {
        list.add(new Paragraph("没有单位账号。"));
      }
      items.forEach(item -> list.add(card(item, staffToken)));
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("暂时无法查看。"));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
  }

  private Div card(VerificationClient.QueueItem item, String staffToken) {
    Div card = new Div();
    card.addClassNames("card", "employer-row");
    card.add(
        new H2(item.companyName()),
        new Paragraph("统一社会信用代码：" + item.creditCode()),
        new Paragraph("联系人：" + item.contactName() + "　电话：" + item.phoneMasked()),
        new Paragraph("状态：" + item.verificationLabel()
            + (item.method() == null ? "" : "　方式：" + methodText(item.method()))));
    if (item.documents() != null) {
      item.documents().forEach(d -> {
        Anchor open = new Anchor(
            DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(client.document(staffToken, item.id(), d.id())),
                d.fileName(),
                d.mediaType(),
                d.sizeBytes())),
            "查看" + d.kindLabel() + "（" + d.fileName() + "）");
        open.setTarget("_blank");
        card.add(new Paragraph(open));
      });
    }
    if (item.caseLinks() != null && !item.caseLinks().isEmpty()) {
      card.add(new Paragraph("通过案件查询码申请关联 " + item.caseLinks().size() + " 件案件"));
    }
    if (item.reports() != null) {
      item.reports().forEach(r -> card.add(new Paragraph("举报：" + r.reason())));
    }
    if ("PENDING".equals(item.verification())) {
      TextArea reason = new TextArea("退回理由（退回时必填，单位会看到）");
      reason.setMaxLength(500);
      reason.setWidthFull();
      Button approve = new Button("通过", e -> decide(item, "APPROVE", null));
      approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      Button reject = new Button("退回", e -> decide(item, "REJECT", reason.getValue()));
      reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
      Div actions = new Div(approve, reject);
      actions.addClassName("actions");
      card.add(reason, actions);
    }
    boolean reported = item.reports() != null && !item.reports().isEmpty();
    if (!"SUSPENDED".equals(item.verification())
        && (reported || "VERIFIED".equals(item.verification()))) {
      // A company reported the account as an impostor (or staff found it so): suspending it ends
      // its
      // sessions, voids what it filed in cases and tells the workers.
      TextArea reason = new TextArea("停用理由（核实为冒用后填写，单位会看到）");
      reason.setMaxLength(500);
      reason.setWidthFull();
      Button suspend = new Button("停用冒用账号", e -> suspend(item, reason));
      suspend.addThemeVariants(ButtonVariant.LUMO_ERROR);
      Div actions = new Div(suspend);
      actions.addClassName("actions");
      card.add(reason, actions);
    }
    return card;
  }

  private void suspend(VerificationClient.QueueItem item, TextArea reason) {
    reason.setInvalid(false);
    if (reason.getValue().isBlank()) {
      reason.setErrorMessage("请写明停用理由");
      reason.setInvalid(true);
      return;
    }
    if (token == null) {
      return;
    }
    try {
      VerificationClient.Status status =
          client.suspend(token, item.id(), reason.getValue().strip());
      Notification.show(
          item.companyName() + "：" + status.verificationLabel(),
          4000,
          Notification.Position.MIDDLE);
      load();
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("没有停用成功，请稍后再试。"));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
  }

  private void decide(VerificationClient.QueueItem item, String decision, @Nullable String reason) {
    if (token == null) {
      return;
    }
    try {
      VerificationClient.Status status = client.decide(token, item.id(), decision, reason);
      Notification.show(
          item.companyName() + "：" + status.verificationLabel(),
          4000,
          Notification.Position.MIDDLE);
      load();
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("没有成功，请稍后再试。"));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
  }

  private static String methodText(String method) {
    return switch (method) {
      case "DOCUMENTS" -> "上传材料";
      case "CASE_CODE" -> "案件查询码";
      case "INVITATION" -> "同事邀请";
      default -> method;
    };
  }
}
