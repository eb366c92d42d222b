package cn.xiangyang.portal.ui.filing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.ui.UiTest;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The employer answers claim by claim on its case page; the backend's refusal lands at the claim's field. */
class MyCaseViewTests extends UiTest {

  static final String CASE_ID = "1a2b3c4d-5e6f-4a3b-8c2d-1e0f9a8b7c6d";
  static final String CASE = """
            {"id":"%s","caseNumber":"襄劳人仲案字〔2026〕第21号","status":"ACCEPTED","statusLabel":"已受理",
             "role":"RESPONDENT","procedure":"ARBITRATION","applicant":{"name":"刘春生"},"awardExtended":false,
             "application":{"employment":{"startDate":"2025-03-01","monthlyWage":4500.00,"writtenContract":false,"workplace":"仓库"},
               "claims":[{"type":"UNPAID_WAGES","amount":9000.00,"periodFrom":"2026-08-01","periodTo":"2026-09-30"},
                         {"type":"CONFIRM_LABOR_RELATIONSHIP"}],
               "factsAndReasons":"单位拖欠两个月工资。"},
             "deadlines":[],"timeline":[],"hearings":[],"documents":[],"evidence":[],"defences":[],
             "allowedActions":[{"action":"ADD_EVIDENCE","label":"提交证据","allowed":true},
              {"action":"SUBMIT_DEFENCE","label":"提交答辩","allowed":true}]}""".formatted(CASE_ID);

  @Test
  void theEmployerAnswersEachClaimAndARefusalIsShownAtItsField() {
    backend
        .json("POST", "/api/v1/sessions", 201, session(EMPLOYER_ACCOUNT))
        .json("GET", "/api/v1/accounts/me", 200, EMPLOYER_ACCOUNT)
        .json("GET", "/api/v1/areas", 200, "[]")
        .json("GET", "/api/v1/cases/" + CASE_ID, 200, CASE)
        .problem("POST", "/api/v1/cases/" + CASE_ID + "/defence", 400, """
                        {"type":"about:blank","title":"填写内容有误","status":400,"detail":"有 1 处填写内容需要修改，请按提示更正后再提交。",
                         "errors":[{"field":"claims[0].disputedAmount","message":"有异议的金额（9500.00 元）不能超过第 1 项请求的金额（9000.00 元）。"}]}""", Map.of());
    navigate("login");
    _setValue(
        _get(TextField.class, spec -> spec.withLabel("手机号 / 身份证号 / 统一社会信用代码 / 工作人员账号")),
        "13900001111");
    _setValue(_get(PasswordField.class, spec -> spec.withLabel("密码")), "Secret-pass-1");
    _click(_get(Button.class, spec -> spec.withText("登录")));
    navigate("my-cases/" + CASE_ID);

    String text = _get(MyCaseView.class).getElement().getTextRecursively();
    assertThat(text)
        .contains(
            "申请书内容",
            "入职时间",
            "月工资",
            "4500.00 元",
            "书面劳动合同",
            "没有签订",
            "拖欠工资，9000.00 元",
            "单位拖欠两个月工资。",
            "第 1 项请求",
            "拖欠工资，9000.00 元，2026年8月1日至2026年9月30日",
            "第 2 项请求",
            "确认劳动关系");

    // Nothing chosen for a claim: said at the claim, nothing sent.
    _click(_get(Button.class, spec -> spec.withText("提交答辩")));
    assertThat(backend.received("POST", "/api/v1/cases/" + CASE_ID + "/defence"))
        .isEmpty();
    @SuppressWarnings("unchecked")
    RadioButtonGroup<String> first =
        _get(RadioButtonGroup.class, spec -> spec.withLabel("对第 1 项的意见"));
    assertThat(first.isInvalid()).isTrue();

    _setValue(first, "PARTLY");
    _setValue(_get(TextArea.class, spec -> spec.withLabel("第 1 项的理由和证据")), "8 月工资已支付");
    BigDecimalField disputed =
        _get(BigDecimalField.class, spec -> spec.withLabel("第 1 项有异议的金额（元）"));
    _setValue(disputed, new BigDecimal("9500"));
    @SuppressWarnings("unchecked")
    RadioButtonGroup<String> second =
        _get(RadioButtonGroup.class, spec -> spec.withLabel("对第 2 项的意见"));
    _setValue(second, "AGREE");
    _click(_get(Button.class, spec -> spec.withText("提交答辩")));

    assertThat(backend.received("POST", "/api/v1/cases/" + CASE_ID + "/defence"))
        .singleElement()
        .satisfies(r -> assertThat(r.body())
            .contains(
                "\"claimId\":1",
                "\"position\":\"PARTLY\"",
                "\"reason\":\"8 月工资已支付\"",
                "\"disputedAmount\":9500",
                "\"claimId\":2",
                "\"position\":\"AGREE\"")
            .doesNotContain("\"statement\""));
    assertThat(disputed.isInvalid()).isTrue();
    assertThat(disputed.getErrorMessage()).contains("不能超过第 1 项请求的金额");
    assertThat(_get(ProblemAlert.class).text()).contains("有 1 处填写内容需要修改");
  }
}
