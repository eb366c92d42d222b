package cn.xiangyang.portal.ui.accounts;

import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Submits a registration form: checks the hints, sends it, shows the backend's refusal on the form, and
 * after success signs the new account in and opens "我的".
 *
 * <p>One {@code Idempotency-Key} is kept until the backend has given a definite answer, so resubmitting
 * after a timeout cannot create the account twice; after a refusal or a success a new key is used.
 *
 * @param <F> the form record the binder writes
 */
final class SignUp<F> {

  /** Sends the form to the backend with the given idempotency key. */
  @FunctionalInterface
  interface Send<F> {
    Account send(F form, String idempotencyKey);
  }

  private static final Logger log = LoggerFactory.getLogger(SignUp.class);

  private final Binder<F> binder;
  private final Map<String, ? extends HasValidation> fields;
  private final Send<F> send;
  private final Function<F, Credentials> credentials;
  private final CurrentUser currentUser;
  private final ProblemAlert alert = new ProblemAlert();
  private final Button submitButton = FormFields.submit("注册");
  private String idempotencyKey = UUID.randomUUID().toString();

  SignUp(
      Binder<F> binder,
      Map<String, ? extends HasValidation> fields,
      Send<F> send,
      Function<F, Credentials> credentials,
      CurrentUser currentUser) {
    this.binder = binder;
    this.fields = fields;
    this.send = send;
    this.credentials = credentials;
    this.currentUser = currentUser;
    submitButton.addClickListener(event -> {
      try {
        submit();
      } finally {
        submitButton.setEnabled(true);
      }
    });
  }

  ProblemAlert alert() {
    return alert;
  }

  Button submitButton() {
    return submitButton;
  }

  private void submit() {
    alert.clear();
    F form;
    try {
      form = binder.writeRecord();
    } catch (ValidationException e) {
      alert.show("请按红色提示修改后再提交。");
      e.getFieldValidationErrors().stream()
          .findFirst()
          .map(error -> error.getField())
          .filter(Focusable.class::isInstance)
          .ifPresent(field -> ((Focusable<?>) field).focus());
      return;
    }
    try {
      send.send(form, idempotencyKey);
    } catch (BackendUnavailable e) {
      // Outcome unknown: keep the key, so that trying again cannot register twice.
      alert.show(BackendUnavailable.MESSAGE + "。您填写的内容还在，可以稍后再点“注册”。");
      return;
    } catch (BackendProblem refusal) {
      idempotencyKey = UUID.randomUUID().toString();
      alert.show(refusal, fields, fallback(refusal));
      return;
    }
    idempotencyKey = UUID.randomUUID().toString();
    signInAndOpenProfile(credentials.apply(form));
  }

  private void signInAndOpenProfile(Credentials credentials) {
    try {
      currentUser.signIn(credentials);
      // At the bottom, not in the middle: the toast covered the account card on a phone (issue 14).
      Notification.show("注册成功，已为您登录", 4000, Notification.Position.BOTTOM_STRETCH);
      UI.getCurrent().navigate(ProfileView.class);
    } catch (BackendProblem | BackendUnavailable e) {
      // The account exists; only the automatic login failed. Let the person log in by hand.
      log.warn("registered but automatic login failed: {}", e.toString());
      Notification.show("注册成功，请登录", 6000, Notification.Position.MIDDLE);
      UI.getCurrent()
          .navigate(LoginView.class, QueryParameters.of(LoginView.CONTINUE, ProfileView.PATH));
    }
  }

  private static String fallback(BackendProblem refusal) {
    return switch (refusal.status()) {
      case 409 -> "该账号已经注册过，请直接登录。";
      case 429 -> LoginView.tooManyAttempts(refusal);
      case 400, 422 -> "请按红色提示修改后再提交。";
      default -> "注册没有成功，请检查填写的内容后再试。";
    };
  }
}
