package cn.xiangyang.portal.ui.accounts;

import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Supplier;

/**
 * The SMS code step of a form: a "获取验证码" button that asks the backend to send a code to the
 * phone typed above, the backend's answer (the same whether or not the phone is registered), and the
 * 6-digit code field.
 */
final class SmsCodeField extends Div {

  final TextField code = FormFields.digits("短信验证码", "6位数字，5分钟内有效", 6, "[0-9]", Autocomplete.OFF);
  final Button send = new Button("获取验证码");
  private final Paragraph answer = new Paragraph();

  SmsCodeField(AccountsClient accounts, Supplier<TextField> phone, String purpose) {
    addClassName("sms-code");
    send.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
    send.setWidthFull();
    send.setDisableOnClick(true);
    answer.addClassName("hint");
    answer.getElement().setAttribute("aria-live", "polite");
    answer.setVisible(false);
    send.addClickListener(event -> {
      try {
        TextField field = phone.get();
        String number = FormFields.normalize(field.getValue());
        if (!FormFields.MOBILE.matcher(number).matches()) {
          field.setErrorMessage("请先填写11位手机号，再获取验证码");
          field.setInvalid(true);
          field.focus();
          return;
        }
        show(accounts.requestSmsCode(number, purpose));
        code.focus();
      } catch (BackendProblem refusal) {
        show(
            refusal.status() == 429
                ? refusal.detailOr(LoginView.tooManyAttempts(refusal))
                : refusal.detailOr("验证码没有发出，请稍后再试。"));
      } catch (BackendUnavailable e) {
        show(BackendUnavailable.MESSAGE + "，验证码没有发出，请稍后再试。");
      } finally {
        send.setEnabled(true);
      }
    });
    add(send, answer, code);
  }

  private void show(String text) {
    answer.setText(text);
    answer.setVisible(true);
  }
}
