package cn.xiangyang.portal.ui.filing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.ui.UiTest;
import cn.xiangyang.portal.ui.accounts.ProfileView;
import cn.xiangyang.portal.ui.api.FilingApplicationForm;
import cn.xiangyang.portal.ui.api.FilingClaim;
import cn.xiangyang.portal.ui.api.FilingRespondent;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilingWizardViewTests extends UiTest {

  static final String DRAFT_ID = "3f1c2b7a-1d2e-4f5a-9b8c-7d6e5f4a3b21";
  static final String DRAFT = """
            {"id":"%s","status":"DRAFT","statusLabel":"草稿",
             "application":{"procedure":"ARBITRATION","claims":[{"type":"UNPAID_WAGES","amount":13500}]},
             "evidence":[],"allowedActions":[{"action":"SUBMIT","label":"提交申请","allowed":true}],"futureField":1}""".formatted(DRAFT_ID);
  static final String LAWS = """
            [{"id":"labor-dispute-mediation-arbitration-law","title":"中华人民共和国劳动争议调解仲裁法"}]""";

  @Test
  void theChecksStepShowsEachOutcomeInWordsAndLinksOnlyLawsOfTheKnowledgeBase() {
    openDraftAsWorker();
    backend.json("POST", "/api/v1/filings/" + DRAFT_ID + "/checks", 200, """
                {"checks":[
                 {"code":"REQUIRED_ELEMENTS","outcome":"OK","title":"申请书内容齐全","explanation":"已写明法律要求的各项内容。",
                  "citation":{"law":"劳动人事争议仲裁办案规则","article":29,"lawId":null}},
                 {"code":"LIMITATION","outcome":"WARNING","title":"时效即将届满，请尽快提交","explanation":"还剩 20 天。",
                  "citation":{"law":"中华人民共和国劳动争议调解仲裁法","article":27,"lawId":"labor-dispute-mediation-arbitration-law"}},
                 {"code":"RESPONDENT","outcome":"PROBLEM","title":"缺少被申请人","explanation":"请填写单位名称。",
                  "citation":{"law":"某已废止条例","article":3,"lawId":"not-in-the-knowledge-base"}},
                 {"code":"MIGRANT","outcome":"INFO","title":"农民工案件优先办理","explanation":"仲裁委员会将优先处理。","citation":null}
                ]}""");

    view().go(5);

    String text = view().getElement().getTextRecursively();
    assertThat(text)
        .contains(
            "第 6 步，共 7 步",
            "没问题",
            "请注意",
            "需要补充",
            "提示",
            "申请书内容齐全",
            "时效即将届满，请尽快提交",
            "缺少被申请人",
            "农民工案件优先办理",
            "《劳动人事争议仲裁办案规则》第29条",
            "《某已废止条例》第3条");
    assertThat(_find(H3.class).stream().map(H3::getText))
        .contains("申请书内容齐全", "时效即将届满，请尽快提交", "缺少被申请人", "农民工案件优先办理");
    List<Anchor> links = _find(Anchor.class, spec -> spec.withClasses("citation-link"));
    assertThat(links).singleElement().satisfies(link -> {
      assertThat(link.getText()).isEqualTo("《中华人民共和国劳动争议调解仲裁法》第27条");
      assertThat(link.getHref()).isEqualTo("laws/labor-dispute-mediation-arbitration-law#第27条");
    });
    assertThat(backend.received("PUT", "/api/v1/filings/" + DRAFT_ID)).hasSize(1);
  }

  @Test
  void aRetriedSubmissionSendsTheSameIdempotencyKey() {
    openDraftAsWorker();
    view().go(6);
    backend.hangUp("POST", "/api/v1/filings/" + DRAFT_ID + "/submit");

    _click(_get(Button.class, spec -> spec.withText("确认提交申请")));

    assertThat(_get(ProblemAlert.class).text()).contains("服务暂时不可用", "不会重复提交");
    backend.json("POST", "/api/v1/filings/" + DRAFT_ID + "/submit", 201, """
                {"caseId":"%s","caseNumber":null,"applicationNumber":"SQ2600000127","status":"SUBMITTED","statusLabel":"已提交",
                 "commission":{"id":"xiangyang","name":"襄阳市劳动人事争议仲裁委员会"},
                 "submittedAt":"2026-11-27T02:00:00Z","acceptanceDue":"2026-12-02","checks":[]}""".formatted(DRAFT_ID));

    _click(_get(Button.class, spec -> spec.withText("确认提交申请")));

    var submissions = backend.received("POST", "/api/v1/filings/" + DRAFT_ID + "/submit");
    assertThat(submissions).hasSize(2);
    String key = submissions.get(0).header("Idempotency-Key");
    assertThat(key).isNotBlank();
    assertThat(submissions.get(1).header("Idempotency-Key")).isEqualTo(key);
    String text = view().getElement().getTextRecursively();
    assertThat(text)
        .contains("申请已提交", "申请编号：SQ2600000127", "受理后编立", "襄阳市劳动人事争议仲裁委员会", "2026年12月2日 前");
    assertThat(_find(ProblemAlert.class))
        .as("the alert of the failed try is gone")
        .isEmpty();
  }

  @Test
  void stepOneCannotBeLeftWithoutChoosingMediationOrArbitration() {
    openDraftAsWorker();
    view().procedure.clear();

    view().go(1);

    assertThat(view().procedure.isInvalid()).isTrue();
    assertThat(view().procedure.getErrorMessage()).contains("先行调解", "申请仲裁");
    assertThat(view().getElement().getTextRecursively()).contains("第 1 步，共 7 步");
    assertThat(backend.received("PUT", "/api/v1/filings/" + DRAFT_ID)).isEmpty();

    view().procedure.setValue("MEDIATION");
    view().go(1);
    assertThat(view().getElement().getTextRecursively()).contains("第 2 步，共 7 步");
  }

  @Test
  void everyItemTheLawRequiresIsMarkedAndNoOptionalOne() {
    openDraftAsWorker();
    FilingWizardView v = view();
    // 劳动争议调解仲裁法 第二十八条: the items the check step asks for when they are missing
    java.util.List<com.vaadin.flow.component.HasValue<?, ?>> required = java.util.List.of(
        v.procedure,
        v.respondentName,
        v.respondentAddress,
        v.legalRepresentative,
        v.startDate,
        v.applicantAddress,
        v.facts);
    assertThat(required)
        .allSatisfy(f -> assertThat(f.isRequiredIndicatorVisible()).isTrue());
    java.util.List<com.vaadin.flow.component.HasValue<?, ?>> optional = java.util.List.of(
        v.creditCode,
        v.legalRepresentativeTitle,
        v.respondentPhone,
        v.contactPhone,
        v.evidenceNotes);
    assertThat(optional)
        .allSatisfy(f -> assertThat(f.isRequiredIndicatorVisible()).isFalse());
    assertThat(java.util.List.of(
            v.legalRepresentativeTitle.getLabel(),
            v.respondentPhone.getLabel(),
            v.contactPhone.getLabel(),
            v.evidenceNotes.getLabel()))
        .allSatisfy(label -> assertThat(label).contains("选填"));
    // an empty required field of a draft is not red by itself: the check step says what is missing
    _setValue(v.respondentName, "");
    assertThat(v.respondentName.isInvalid()).isFalse();
  }

  @Test
  void wrongDatesAreNamedAtTheirFieldAndKeepTheWorkerOnTheStep() {
    openDraftAsWorker();
    view().go(1);
    view().go(2);
    var today = java.time.LocalDate.now(CaseParts.ZONE);

    _setValue(view().startDate, today.plusDays(3));
    assertThat(view().startDate.isInvalid()).isTrue();
    assertThat(view().startDate.getErrorMessage()).startsWith("入职时间不能晚于今天");

    _setValue(view().startDate, java.time.LocalDate.of(1949, 5, 1));
    assertThat(view().startDate.getErrorMessage()).contains("不能早于 1950 年");

    _setValue(view().startDate, today.minusYears(2));
    assertThat(view().startDate.isInvalid()).isFalse();
    _setValue(view().endDate, today.minusYears(3));
    assertThat(view().endDate.isInvalid()).isTrue();
    assertThat(view().endDate.getErrorMessage()).startsWith("离职时间不能早于入职时间");
    _setValue(view().knewOn, today.plusDays(1));
    assertThat(view().knewOn.getErrorMessage()).startsWith("知道权益受到侵害的日期不能晚于今天");
    _setValue(view().interruptedOn, today.plusDays(1));
    assertThat(view().interruptedOn.getErrorMessage()).startsWith("向单位主张权利的日期不能晚于今天");
    _setValue(view().interruptedOn, today.minusMonths(2));
    assertThat(view().interruptedOn.isInvalid()).isFalse();
    assertThat(view().collect().interruptedOn()).isEqualTo(today.minusMonths(2));

    view().go(3);
    assertThat(view().getElement().getTextRecursively()).contains("第 3 步，共 7 步");
    assertThat(_get(ProblemAlert.class).text()).contains("离职时间不能早于入职时间");

    _setValue(view().knewOn, today.minusYears(3));
    assertThat(view().knewOn.getErrorMessage()).startsWith("知道权益受到侵害的日期不能早于入职时间");
    // Moving the start date back makes both dates right again.
    _setValue(view().startDate, today.minusYears(4));
    assertThat(view().endDate.isInvalid()).isFalse();
    assertThat(view().knewOn.isInvalid()).isFalse();
  }

  @Test
  void cappedTextShowsItsLengthAndTheLastStepButtonSaysGoToSubmit() {
    openDraftAsWorker();
    view().go(1);
    view().go(2);
    view().go(3);
    view().go(4);
    _setValue(view().facts, "我在厂里干活。");

    assertThat(view().facts.getElement().getTextRecursively()).contains("已写 7 / 10000 字");
    view().go(5);
    assertThat(_find(Button.class, spec -> spec.withText("去提交"))).hasSize(1);
  }

  @Test
  void anApplicationFromTheAssistantBecomesADraftThroughTheApiWhenTheWizardOpens() {
    signInAs(WORKER_ACCOUNT);
    backend
        .json("GET", "/api/v1/areas", 200, "[]")
        .json("POST", "/api/v1/filings", 201, """
                        {"id":"%s","status":"DRAFT","application":{"respondents":[{"name":"襄阳华宇机械有限公司"}],
                         "claims":[{"type":"UNPAID_WAGES","amount":9000.00},{"type":"DOUBLE_WAGES_NO_CONTRACT","amount":31500.00}],
                         "factsAndReasons":"事实与理由（要素式）：一、……"},"evidence":[]}""".formatted(DRAFT_ID));
    var prefill = new FilingApplicationForm(
        null,
        null,
        List.of(new FilingRespondent("襄阳华宇机械有限公司", null, null, null, null, null, null)),
        null,
        List.of(new FilingClaim(
            "UNPAID_WAGES", new java.math.BigDecimal("9000.00"), null, null, null, null)),
        "事实与理由（要素式）：一、……",
        null,
        null,
        null,
        null,
        null);
    com.vaadin.flow.server.VaadinSession.getCurrent()
        .setAttribute(FilingWizardView.PENDING, prefill);
    navigate("filing/new");

    var created = backend.received("POST", "/api/v1/filings");
    assertThat(created).hasSize(1);
    assertThat(created.getFirst().body()).contains("襄阳华宇机械有限公司", "UNPAID_WAGES", "要素式");
    assertThat(created.getFirst().header("Idempotency-Key")).isNotBlank();
    assertThat(view().respondentName.getValue()).isEqualTo("襄阳华宇机械有限公司");
    assertThat(view().claims).hasSize(2);
    assertThat(view().facts.getValue()).startsWith("事实与理由（要素式）");
    // used once: the next new application starts empty
    assertThat(com.vaadin.flow.server.VaadinSession.getCurrent()
            .getAttribute(FilingWizardView.PENDING))
        .isNull();
  }

  private static FilingWizardView view() {
    return _get(FilingWizardView.class);
  }

  private static void openDraftAsWorker() {
    signInAs(WORKER_ACCOUNT);
    backend
        .json("GET", "/api/v1/areas", 200, """
                        [{"code":"gaoxin","name":"襄阳高新技术产业开发区","kind":"ZONE","commissionId":"xiangyang"}]""")
        .json("GET", "/api/v1/filings/" + DRAFT_ID, 200, DRAFT)
        .json("PUT", "/api/v1/filings/" + DRAFT_ID, 200, DRAFT)
        .json("GET", "/api/v1/knowledge/laws", 200, LAWS);
    navigate("filing/" + DRAFT_ID);
    assertThat(view().getElement().getTextRecursively()).contains("第 1 步，共 7 步");
  }

  static void signInAs(String account) {
    backend
        .json("POST", "/api/v1/sessions", 201, session(account))
        .json("GET", "/api/v1/accounts/me", 200, account);
    navigate("login");
    _setValue(
        _get(TextField.class, spec -> spec.withLabel("手机号 / 身份证号 / 统一社会信用代码 / 工作人员账号")),
        "13800000000");
    _setValue(_get(PasswordField.class, spec -> spec.withLabel("密码")), "Secret-pass-1");
    _click(_get(Button.class, spec -> spec.withText("登录")));
    assertThat(currentView()).isInstanceOf(ProfileView.class);
  }
}
