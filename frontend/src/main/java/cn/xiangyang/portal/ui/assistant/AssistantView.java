package cn.xiangyang.portal.ui.assistant;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.api.AssistantAnswer;
import cn.xiangyang.portal.ui.api.AssistantCitation;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.ClientAddress;
import cn.xiangyang.portal.ui.shell.Failures;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 智能问答: a question box and the answers, which stream into the page with server push while the
 * backend writes them. Open to everyone; a signed-in person's questions count against their account's
 * limit. The conversation (for follow-up questions) lives in the Vaadin session.
 */
@Route(value = AssistantView.PATH, layout = MainLayout.class)
@PageTitle("智能问答 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("styles/assistant.css")
@Menu(title = "智能问答", order = 2, icon = "vaadin:comments-o")
@AnonymousAllowed
public class AssistantView extends Main {

  public static final String PATH = "assistant";

  /** The backend refuses longer questions. */
  static final int MAX_CHARS = 3000;

  static final List<String> STARTERS =
      List.of("公司不给我交社保怎么办", "老板拖欠工资怎么办", "没签劳动合同能要双倍工资吗", "被辞退了有没有补偿");

  private static final Logger log = LoggerFactory.getLogger(AssistantView.class);

  private final AssistantClient client;
  private final CurrentUser currentUser;
  private final Div turns = new Div();
  private final Section starters = new Section();
  private final TextArea input = new TextArea("您的问题");
  private final Button send = new Button("发送", VaadinIcon.PAPERPLANE_O.create());
  private final Button restart = new Button("开始新的对话");
  private final ProblemAlert alert = new ProblemAlert();
  private @Nullable AtomicBoolean running;

  public AssistantView(AssistantClient client, CurrentUser currentUser) {
    this.client = client;
    this.currentUser = currentUser;
    addClassNames("page", "assistant");

    Paragraph disclaimer = new Paragraph();
    disclaimer.addClassName("assistant-disclaimer");
    Span important = new Span("请注意：");
    important.addClassName("strong");
    Anchor hotline = new Anchor("tel:12333", "12333");
    disclaimer.add(
        important,
        new Span("回答由系统根据法律法规、典型案例和常见问答自动整理，仅供参考，不构成法律意见。" + "劳动人事争议仲裁不收费。需要人工帮助请拨打 "),
        hotline,
        new Span("。"));

    starters.addClassName("starters");
    starters.add(new H2("您可以这样问"));
    Div starterButtons = new Div();
    starterButtons.addClassName("starter-buttons");
    STARTERS.forEach(question -> {
      Button starter = new Button(question, event -> ask(question));
      starter.addClassName("starter");
      starterButtons.add(starter);
    });
    starters.add(starterButtons);

    turns.addClassName("turns");

    input.setMaxLength(MAX_CHARS);
    input.setWidthFull();
    input.setPlaceholder("请描述您遇到的劳动争议问题，例如：公司拖欠我三个月工资，我该怎么办？");
    // LAZY: a 3,000-character story typed on a phone is not sent back to the server on every key
    input.setValueChangeMode(ValueChangeMode.LAZY);
    input.addValueChangeListener(event -> count());
    input.addClassName("question-input");
    count();
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    send.addClassName("send");
    send.addClickListener(event -> ask(input.getValue()));
    restart.addClassName("restart");
    restart.addClickListener(event -> restart());

    Div form = new Div(input, alert, send, restart);
    form.addClassName("ask-form");

    add(new H1("智能问答"), disclaimer, starters, turns, form);
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    turns.removeAll();
    conversation()
        .turns()
        .forEach(turn -> turns.add(AnswerPanel.of(turn, client, this::ask, this::correct)));
    showStartersIfNew();
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    // Whoever left the page no longer waits for the answer: stop reading it.
    if (running != null) {
      running.set(true);
      running = null;
    }
    super.onDetach(detachEvent);
  }

  /** Asks {@code typed} unless an answer is still coming or nothing was typed. */
  void ask(String typed) {
    ask(typed, typed, java.util.Map.of());
  }

  /** Asks {@code story} again with {@code facts} corrected (a tapped fact chip); the question shows {@code shown}. */
  void correct(String story, java.util.Map<String, String> facts, String shown) {
    ask(shown, story, facts);
  }

  private void ask(String shownQuestion, String typed, java.util.Map<String, String> facts) {
    String question = typed.strip();
    String shown = shownQuestion.strip();
    if (running != null) {
      return;
    }
    if (question.isEmpty()) {
      alert.show("请先输入您的问题。");
      input.focus();
      return;
    }
    alert.clear();
    input.clear();
    busy(true);
    starters.setVisible(false);
    AnswerPanel panel = new AnswerPanel(shown, question, client, this::ask, this::correct);
    turns.add(panel);
    panel.scrollIntoView();

    UI ui = UI.getCurrent();
    Conversation conversation = conversation();
    @Nullable UUID known = conversation.id();
    @Nullable String token = currentUser.get().map(SignedIn::token).orElse(null);
    AtomicBoolean stopped = new AtomicBoolean();
    running = stopped;
    @Nullable String visitor = ClientAddress.current();
    Thread.ofVirtual()
        .name("assistant-answer")
        .start(() -> ClientAddress.runAs(
            visitor, () -> answer(ui, panel, shown, question, facts, known, token, stopped)));
  }

  /** Runs on a background thread: every change to the page goes through {@link #push}. */
  private void answer(
      UI ui,
      AnswerPanel panel,
      String shown,
      String question,
      java.util.Map<String, String> facts,
      @Nullable UUID known,
      @Nullable String token,
      AtomicBoolean stopped) {
    AnswerListener listener = new AnswerListener() {
      @Override
      public void onAck(String text, java.util.List<String> lookingUp) {
        push(ui, stopped, () -> panel.acknowledge(text, lookingUp));
      }

      @Override
      public void onQueue(long position, String text) {
        push(ui, stopped, () -> panel.queued(position, text));
      }

      @Override
      public void onDelta(String text) {
        push(ui, stopped, () -> panel.append(text));
      }

      @Override
      public void onCitation(AssistantCitation citation) {
        push(ui, stopped, () -> panel.cite(citation));
      }

      @Override
      public void onDone(AssistantAnswer answer) {
        push(ui, stopped, () -> {
          panel.complete(answer);
          conversation().add(shown, answer, question);
          finished(stopped);
        });
      }

      @Override
      public boolean cancelled() {
        return stopped.get();
      }
    };
    try {
      UUID id = known != null ? known : started(ui, stopped, token);
      try {
        client.ask(id, question, facts, token, listener);
      } catch (BackendProblem refusal) {
        if (refusal.status() != 404 || known == null) {
          throw refusal;
        }
        // The backend forgets conversations after a day: carry on in a new one.
        client.ask(started(ui, stopped, token), question, facts, token, listener);
      }
    } catch (BackendProblem refusal) {
      failed(ui, stopped, panel, question, messageFor(refusal));
    } catch (BackendUnavailable down) {
      failed(ui, stopped, panel, question, BackendUnavailable.MESSAGE + "。如需帮助，请拨打 12333。");
    } catch (RuntimeException e) {
      log.error("assistant answer failed", e);
      failed(ui, stopped, panel, question, Failures.UNEXPECTED);
    }
  }

  private UUID started(UI ui, AtomicBoolean stopped, @Nullable String token) {
    UUID id = client.startConversation(token);
    push(ui, stopped, () -> conversation().id(id));
    return id;
  }

  static String messageFor(BackendProblem refusal) {
    if (refusal.status() == 429) {
      return refusal
          .retryAfter()
          .map(wait -> "提问太频繁，请 " + Math.max(1, wait.toSeconds()) + " 秒后再试。")
          .orElse(refusal.detailOr("提问太频繁，请稍后再试。"));
    }
    return refusal.detailOr("这个问题暂时无法提交，请修改后再试。");
  }

  private void failed(
      UI ui, AtomicBoolean stopped, AnswerPanel panel, String question, String message) {
    push(ui, stopped, () -> {
      if (panel.received()) {
        panel.fail("回答中断：" + message);
      } else {
        turns.remove(panel);
      }
      if (input.isEmpty()) {
        input.setValue(question);
      }
      alert.show(message);
      finished(stopped);
      showStartersIfNew();
    });
  }

  private void finished(AtomicBoolean stopped) {
    if (running == stopped) {
      running = null;
    }
    busy(false);
  }

  /** Changes the page from the background thread; a page that is gone stops the answer instead. */
  private static void push(UI ui, AtomicBoolean stopped, Command change) {
    if (stopped.get()) {
      return;
    }
    try {
      ui.access(change);
    } catch (UIDetachedException gone) {
      stopped.set(true);
    }
  }

  private void restart() {
    if (running != null) {
      running.set(true);
      running = null;
    }
    Conversation.forget(VaadinSession.getCurrent());
    turns.removeAll();
    alert.clear();
    busy(false);
    showStartersIfNew();
    input.focus();
  }

  private void busy(boolean busy) {
    send.setEnabled(!busy);
    send.setText(busy ? "正在回答……" : "发送");
    getElement().setAttribute("data-busy", busy);
  }

  private void showStartersIfNew() {
    boolean fresh = turns.getComponentCount() == 0;
    starters.setVisible(fresh);
    restart.setVisible(!fresh);
  }

  private void count() {
    input.setHelperText(input.getValue().length() + "/" + MAX_CHARS + " 字");
  }

  private Conversation conversation() {
    return Conversation.of(
        VaadinSession.getCurrent(),
        currentUser.get().map(signedIn -> signedIn.account().id()).orElse(null));
  }

  /** For tests: whether an answer is still being received. */
  boolean answering() {
    return running != null;
  }
}
