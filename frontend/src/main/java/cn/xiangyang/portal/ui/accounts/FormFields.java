package cn.xiangyang.portal.ui.accounts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Binder.Binding;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Fields and format hints the account forms share. The hints only catch typing mistakes early; the
 * backend decides what it accepts and its answer is shown as it is.
 */
final class FormFields {

  static final String PRIVACY_NOTICE = "个人信息仅用于办理劳动人事争议相关业务，依法保护。";

  /** Mainland mobile number: 11 digits starting with 13–19 (the backend's rule). */
  static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  /** 8–64 visible ASCII characters with at least one letter and one digit (the backend's rule). */
  static final Pattern PASSWORD = Pattern.compile("(?=.*[A-Za-z])(?=.*[0-9])[\\x21-\\x7E]{8,64}");

  static final String PASSWORD_HINT = "8–64位，同时包含字母和数字，不能有空格或汉字";

  private FormFields() {}

  static TextField text(String label, int maxLength, Autocomplete autocomplete) {
    TextField field = new TextField(label);
    field.setMaxLength(maxLength);
    field.setAutocomplete(autocomplete);
    field.setRequiredIndicatorVisible(true);
    field.setWidthFull();
    return field;
  }

  static TextField digits(
      String label, String helper, int maxLength, String allowedChars, Autocomplete autocomplete) {
    TextField field = text(label, maxLength, autocomplete);
    field.setHelperText(helper);
    field.setAllowedCharPattern(allowedChars);
    return field;
  }

  static PasswordField password(String label, Autocomplete autocomplete) {
    PasswordField field = new PasswordField(label);
    field.setAutocomplete(autocomplete);
    field.setRequiredIndicatorVisible(true);
    field.setMaxLength(64);
    field.setWidthFull();
    return field;
  }

  /** Binds a new password and its confirmation, re-checking the confirmation when the password changes. */
  static <T> void bindNewPassword(
      Binder<T> binder, PasswordField password, PasswordField confirmation) {
    password.setHelperText(PASSWORD_HINT);
    binder
        .forField(password)
        .asRequired("请设置密码")
        .withValidator(value -> PASSWORD.matcher(value).matches(), "密码需为" + PASSWORD_HINT)
        .bind("password");
    Binding<T, String> confirmed = binder
        .forField(confirmation)
        .asRequired("请再次输入密码")
        .withValidator(value -> value.equals(password.getValue()), "两次输入的密码不一致")
        .bind("confirmPassword");
    password.addValueChangeListener(event -> {
      if (!confirmation.isEmpty()) {
        confirmed.validate();
      }
    });
  }

  static boolean matches(Pattern pattern, String value) {
    return pattern.matcher(normalize(value)).matches();
  }

  /**
   * Whether a typed resident ID number (GB 11643) has the right form, a real birth date and the right
   * check character (ISO 7064 MOD 11-2). Catches most typing mistakes before anything is sent.
   */
  static boolean isResidentIdNumber(String typed) {
    return Identifiers.idNumberProblem(typed, LocalDate.now()) == null;
  }

  /** Whether a typed unified social credit code (GB 32100) has 18 valid characters and the right check character. */
  static boolean isCreditCode(String typed) {
    return Identifiers.creditCodeProblem(typed) == null;
  }

  /** A binder check that names the reason a typed ID number is refused. */
  static com.vaadin.flow.data.binder.Validator<String> idNumberCheck() {
    return (value, context) -> result(Identifiers.idNumberProblem(value, LocalDate.now()));
  }

  /** A binder check that names the reason a typed credit code is refused (a wrong check character as such). */
  static com.vaadin.flow.data.binder.Validator<String> creditCodeCheck() {
    return (value, context) -> result(Identifiers.creditCodeProblem(value));
  }

  private static com.vaadin.flow.data.binder.ValidationResult result(
      @org.jspecify.annotations.Nullable String problem) {
    return problem == null
        ? com.vaadin.flow.data.binder.ValidationResult.ok()
        : com.vaadin.flow.data.binder.ValidationResult.error(problem);
  }

  /** What is sent for a typed number or code: no spaces, capital letters. */
  static String normalize(String value) {
    return value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  static Button submit(String text) {
    Button button = new Button(text);
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    button.addClassName("submit");
    button.setWidthFull();
    button.setDisableOnClick(true);
    return button;
  }

  static Component privacyNotice() {
    Paragraph notice = new Paragraph(PRIVACY_NOTICE);
    notice.addClassName("privacy");
    return notice;
  }
}
