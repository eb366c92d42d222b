package cn.xiangyang.portal.ui.accounts;

import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAccessControl;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 单位认证: an employer uploads the business licence (and an agent the 授权委托书) for staff to check,
 * or enters the 案件查询码 printed on the notice the commission served. Shows where the check stands.
 */
@Route(value = "employer/verification", layout = MainLayout.class)
@PageTitle("单位认证 - " + PortalAppShell.SERVICE_NAME)
@RolesAllowed(PortalAccessControl.EMPLOYER)
public class EmployerVerificationView extends Main implements BeforeEnterObserver {

  static final String PATH = "employer/verification";

  private final VerificationClient client;
  private final CurrentUser currentUser;
  private final Paragraph state = new Paragraph();
  private final Paragraph how = new Paragraph();
  private final ProblemAlert alert = new ProblemAlert();
  private final Div documents = new Div();
  final Upload licence;
  final Upload authorization;
  final Button submit = FormFields.submit("提交审核");
  final TextField caseCode = FormFields.text("案件查询码", 20, Autocomplete.OFF);
  final Button linkCase = new Button("关联案件");
  private final Paragraph caseAnswer = new Paragraph();
  private @Nullable String token;
  private @Nullable String licenceName;
  private byte @Nullable [] licenceBytes;
  private @Nullable String authorizationName;
  private byte @Nullable [] authorizationBytes;

  public EmployerVerificationView(VerificationClient client, CurrentUser currentUser) {
    this.client = client;
    this.currentUser = currentUser;
    addClassNames("page", "form-page");
    licence = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
      licenceName = metadata.fileName();
      licenceBytes = bytes;
    }));
    authorization = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
      authorizationName = metadata.fileName();
      authorizationBytes = bytes;
    }));
    for (Upload upload : new Upload[] {licence, authorization}) {
      upload.setMaxFiles(1);
      upload.setMaxFileSize(10 * 1024 * 1024);
      upload.setAcceptedFileTypes(
          "application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
      upload.setI18n(chineseUploadTexts());
    }
    licence.setUploadButton(new Button("选择营业执照"));
    authorization.setUploadButton(new Button("选择授权委托书"));
    licence.getElement().setAttribute("aria-label", "营业执照");
    authorization.getElement().setAttribute("aria-label", "授权委托书");
    submit.addClickListener(event -> {
      try {
        submitDocuments();
      } finally {
        submit.setEnabled(true);
      }
    });
    caseCode.setHelperText("应诉通知书或申请书副本上的12位查询码，例如 ABCD-EFGH-JKMN");
    linkCase.addClickListener(event -> enterCode());
    caseAnswer.getElement().setAttribute("aria-live", "polite");
    state.addClassName("verification-state");
    add(
        new H1("单位认证"),
        state,
        how,
        alert,
        new H2("方式一：上传证明材料"),
        new Paragraph("营业执照（必传），PDF、JPG 或 PNG，不超过 10 MB："),
        licence,
        new Paragraph("如您不是法定代表人本人，请同时上传法定代表人签署的授权委托书："),
        authorization,
        submit,
        documents,
        new H2("方式二：填写案件查询码"),
        new Paragraph("仲裁委向单位注册地址送达的应诉通知书上印有案件查询码。填写后，该案件即关联到本账号" + "（账号已认证的立即生效，否则经工作人员审核后生效）。"),
        caseCode,
        linkCase,
        caseAnswer);
  }

  private static UploadI18N chineseUploadTexts() {
    UploadI18N i18n = new UploadI18N();
    i18n.setAddFiles(new UploadI18N.AddFiles().setOne("选择文件").setMany("选择文件"));
    i18n.setDropFiles(new UploadI18N.DropFiles().setOne("把文件拖到这里").setMany("把文件拖到这里"));
    i18n.setError(new UploadI18N.Error()
        .setFileIsTooBig("文件超过 10 MB，请压缩图片后上传。")
        .setTooManyFiles("只能选一个文件。")
        .setIncorrectFileType("只能上传 PDF、JPG 或 PNG 文件。"));
    i18n.setUploading(new UploadI18N.Uploading()
        .setStatus(new UploadI18N.Uploading.Status()
            .setConnecting("正在连接…")
            .setStalled("上传停滞")
            .setProcessing("正在处理…")
            .setHeld("排队中"))
        .setRemainingTime(
            new UploadI18N.Uploading.RemainingTime().setPrefix("剩余时间：").setUnknown("剩余时间未知"))
        .setError(new UploadI18N.Uploading.Error()
            .setServerUnavailable("上传失败，请稍后再试")
            .setUnexpectedServerError("上传失败，请稍后再试")
            .setForbidden("上传被拒绝")));
    i18n.setUnits(
        new UploadI18N.Units(List.of("B", "KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
    i18n.setFile(new UploadI18N.File().setRetry("重试").setStart("开始").setRemove("移除"));
    return i18n;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SignedIn signedIn = currentUser.required();
    token = signedIn.token();
    load();
  }

  private void load() {
    if (token == null) {
      return;
    }
    try {
      show(client.status(token));
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("暂时无法查看认证状态。"));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
  }

  private void show(VerificationClient.Status status) {
    state.setText("认证状态：" + status.verificationLabel()
        + (status.reason() == null ? "" : "（退回理由：" + status.reason() + "）"));
    how.setText(
        switch (status.verification()) {
          case "VERIFIED" -> "本单位账号已认证，可以查看本单位的案件并答辩。";
          case "PENDING" -> "材料已提交，工作人员审核后会更新这里的状态。";
          default -> status.howToVerify() == null ? "" : status.howToVerify();
        });
    documents.removeAll();
    if (status.documents() != null) {
      status
          .documents()
          .forEach(d -> documents.add(new Paragraph("已提交：" + d.kindLabel() + " " + d.fileName())));
    }
    boolean open =
        !"VERIFIED".equals(status.verification()) && !"SUSPENDED".equals(status.verification());
    submit.setVisible(open);
    licence.setVisible(open);
    authorization.setVisible(open);
  }

  private void submitDocuments() {
    alert.clear();
    if (token == null) {
      return;
    }
    if (licenceName == null || licenceBytes == null) {
      alert.show("请先选择营业执照文件。");
      return;
    }
    try {
      show(client.submit(token, licenceName, licenceBytes, authorizationName, authorizationBytes));
      licence.clearFileList();
      authorization.clearFileList();
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("材料没有提交成功，请稍后再试。"));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。材料没有提交，请稍后再试。");
    }
  }

  private void enterCode() {
    caseCode.setInvalid(false);
    if (token == null) {
      return;
    }
    if (caseCode.getValue().isBlank()) {
      caseCode.setErrorMessage("请填写案件查询码");
      caseCode.setInvalid(true);
      return;
    }
    try {
      caseAnswer.setText(
          client.enterCaseCode(token, caseCode.getValue().strip()).detail());
      load();
    } catch (BackendProblem refusal) {
      caseCode.setErrorMessage(refusal.detailOr("案件查询码不正确。"));
      caseCode.setInvalid(true);
    } catch (BackendUnavailable e) {
      caseAnswer.setText(BackendUnavailable.MESSAGE + "。");
    }
  }
}
