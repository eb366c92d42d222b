package cn.xiangyang.portal.ui.assistant;

import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One question and its answer: the text as it streams in, the sources as chips (article label linking
 * to the article page, the quote on expand), follow-up questions, next steps and the feedback buttons.
 * Changed only on the UI thread.
 */
class AnswerPanel extends Section {

  static final String WAITING = "正在查找法律依据，请稍候……";

  /** Asks {@code story} again with {@code facts} corrected; the question line shows {@code shown}. */
  interface Corrector {
    void correct(String story, java.util.Map<String, String> facts, String shown);
  }

  private final AssistantClient client;
  private final Consumer<String> askNext;
  private final String sent;
  private final Corrector corrector;
  private final Paragraph status = new Paragraph(WAITING);
  private final Div text = new Div();
  private final Div citations = new Div();
  private final Div more = new Div();
  private final Div answerBox;
  private final Set<String> cited = new LinkedHashSet<>();
  private boolean received;

  AnswerPanel(String question, AssistantClient client, Consumer<String> askNext) {
    this(question, question, client, askNext, (story, facts, shown) -> askNext.accept(story));
  }

  /** A panel for {@code question} as shown; {@code sent} is the text asked (the story, for a correction). */
  AnswerPanel(
      String question,
      String sent,
      AssistantClient client,
      Consumer<String> askNext,
      Corrector corrector) {
    this.client = client;
    this.askNext = askNext;
    this.sent = sent;
    this.corrector = corrector;
    addClassName("turn");
    H2 asked = new H2();
    asked.addClassName("question");
    Span prefix = new Span("问：");
    prefix.addClassName("question-prefix");
    asked.add(prefix, new Span(question));

    status.addClassName("answer-status");
    text.addClassName("answer-text");
    citations.addClassName("citations");
    citations.setVisible(false);
    answerBox = new Div(status, text, citations, more);
    answerBox.addClassName("answer");
    // Screen readers hear the answer once it is complete, not every fragment as it streams in.
    answerBox.getElement().setAttribute("aria-live", "polite");
    answerBox.getElement().setAttribute("aria-busy", "true");
    add(asked, answerBox);
  }

  /** Shows a completed answer at once (when the page is opened again). */
  static AnswerPanel of(
      Conversation.Turn turn,
      AssistantClient client,
      Consumer<String> askNext,
      Corrector corrector) {
    AnswerPanel panel = new AnswerPanel(turn.question(), turn.sent(), client, askNext, corrector);
    panel.append(turn.answer().text());
    panel.complete(turn.answer());
    return panel;
  }

  void append(String fragment) {
    if (!received) {
      received = true;
      status.setVisible(false);
    }
    text.setText(text.getText() + fragment);
  }

  void cite(Citation citation) {
    if (!cited.add(citation.url() + "|" + citation.caption())) {
      return;
    }
    if (citations.getComponentCount() == 0) {
      citations.add(new H3("法律依据与参考"));
    }
    citations.add(chip(citation));
    citations.setVisible(true);
  }

  /** Ends the stream: the complete answer replaces what streamed in (they normally agree). */
  void complete(Answer answer) {
    received = true;
    status.setVisible(false);
    text.setText(answer.text());
    if (answer.disclaimer() != null
        && !answer.disclaimer().isBlank()
        && !answer.text().contains(answer.disclaimer())) {
      Paragraph disclaimer = new Paragraph(answer.disclaimer());
      disclaimer.addClassName("answer-disclaimer");
      more.add(disclaimer);
    }
    if (answer.refused()) {
      addClassName("refused");
    }
    cited.clear();
    citations.removeAll();
    citations.setVisible(false);
    answer.citations().forEach(this::cite);

    if (!facts(answer).isEmpty()) {
      more.add(understood(answer));
      Component quickReplies = quickReplies(answer);
      if (quickReplies != null) {
        more.add(quickReplies);
      }
    }
    // a situation answer's follow-ups are the quick replies above, in words
    if (!answer.followUps().isEmpty() && facts(answer).isEmpty()) {
      Div followUps = new Div(new H3("您可能还想问"));
      followUps.addClassName("follow-ups");
      for (String followUp : answer.followUps()) {
        Button ask = new Button(followUp, event -> askNext.accept(followUp));
        ask.addClassName("follow-up");
        followUps.add(ask);
      }
      more.add(followUps);
    }
    if (!answer.actions().isEmpty()) {
      Div actions = new Div(new H3(answer.refused() ? "您可以找人工帮助" : "您还可以"));
      actions.addClassName("next-steps");
      answer.actions().stream()
          .map(a -> action(a, answer))
          .filter(java.util.Objects::nonNull)
          .forEach(actions::add);
      if (actions.getComponentCount() > 1) {
        more.add(actions);
      }
    }
    more.add(feedback(answer));
    answerBox.getElement().setAttribute("aria-busy", "false");
  }

  /** The facts of an answer; none (a general answer) when the backend sent none. */
  private static java.util.List<Fact> facts(Answer answer) {
    java.util.List<Fact> facts = answer.facts();
    return facts == null ? java.util.List.of() : facts;
  }

  /** The current corrections of the story: every fact the person corrected, and {@code key} set to {@code value}. */
  private static java.util.Map<String, String> corrections(
      Answer answer, String key, String value) {
    java.util.Map<String, String> facts = new java.util.LinkedHashMap<>();
    facts(answer).stream()
        .filter(f -> f.corrected() && f.value() != null)
        .forEach(f -> facts.put(f.key(), f.value()));
    facts.put(key, value);
    return facts;
  }

  /** "我理解的情况": each fact with its value, and for a decisive one a button per other value that corrects it. */
  private Component understood(Answer answer) {
    Div box = new Div(new H3("我理解的情况"));
    box.addClassName("understood");
    Paragraph hint = new Paragraph("说得不对的，点一下改过来，我会按改过的情况重新回答。");
    hint.addClassName("understood-hint");
    box.add(hint);
    for (Fact fact : facts(answer)) {
      if (fact.asked() && fact.value() == null) {
        continue;
      }
      Div row = new Div();
      row.addClassName("fact");
      row.getElement().setAttribute("data-fact", fact.key());
      Span label = new Span(fact.label() + "：");
      label.addClassName("fact-label");
      Span value = new Span(fact.shown() == null ? "未说明" : fact.shown());
      value.addClassName("fact-value");
      row.add(label, value);
      if (fact.corrected()) {
        Span mark = new Span("（已更正）");
        mark.addClassName("fact-corrected");
        row.add(mark);
      }
      for (Fact.Option option : fact.options()) {
        if (option.value().equals(fact.value())) {
          continue;
        }
        Button flip = new Button(
            "改为“" + option.label() + "”",
            e -> corrector.correct(
                sent,
                corrections(answer, fact.key(), option.value()),
                "更正：" + fact.label() + "是“" + option.label() + "”"));
        flip.addClassName("fact-chip");
        row.add(flip);
      }
      box.add(row);
    }
    return box;
  }

  /** The answer's questions whose answers are a choice, each with one button per answer. */
  private @Nullable Component quickReplies(Answer answer) {
    Div box = new Div();
    box.addClassName("quick-replies");
    for (Fact fact : facts(answer)) {
      if (!fact.asked() || fact.options().isEmpty()) {
        continue;
      }
      Paragraph question = new Paragraph(fact.question() == null ? fact.label() : fact.question());
      question.addClassName("quick-question");
      Div options = new Div();
      options.addClassName("quick-options");
      for (Fact.Option option : fact.options()) {
        Button reply = new Button(
            option.label(),
            e -> corrector.correct(
                sent, corrections(answer, fact.key(), option.value()), option.label()));
        reply.addClassName("quick-reply");
        options.add(reply);
      }
      box.add(question, options);
    }
    return box.getComponentCount() == 0 ? null : box;
  }

  /** The answer broke off or never came: says so in the panel; an empty panel is removed by the caller. */
  void fail(String message) {
    status.setText(message);
    status.addClassName("answer-failed");
    status.setVisible(true);
    answerBox.getElement().setAttribute("aria-busy", "false");
  }

  boolean received() {
    return received;
  }

  String answerText() {
    return text.getText();
  }

  private static Component chip(Citation citation) {
    Div chip = new Div();
    chip.addClassName("citation-chip");
    Anchor link = new Anchor(citation.url(), citation.caption());
    link.addClassName("citation-link");
    chip.add(link);
    if (citation.quote() != null && !citation.quote().isBlank()) {
      Paragraph quote = new Paragraph("“" + citation.quote() + "”");
      quote.addClassName("citation-quote");
      Details details = new Details("查看条文", quote);
      details.addClassName("citation-details");
      chip.add(details);
    }
    return chip;
  }

  /**
   * A next step as a link where the portal has the page; a phone number as a {@code tel:} link;
   * {@code null} (not shown) when the portal has no page for it, so that nothing promises a service
   * that does not exist.
   */
  static @org.jspecify.annotations.Nullable Component action(SuggestedAction action) {
    return action(action, null);
  }

  /**
   * As {@link #action(SuggestedAction)}; "按这个情况申请" of an answer that carries an application is a button
   * that opens the wizard with a draft created from it.
   */
  static @org.jspecify.annotations.Nullable Component action(
      SuggestedAction action, @Nullable Answer answer) {
    if ("file-application".equals(action.type())
        && answer != null
        && answer.application() != null) {
      var application = answer.application();
      Button apply = new Button(
          action.label(),
          VaadinIcon.FILE_TEXT_O.create(),
          event -> cn.xiangyang.portal.ui.filing.FilingWizardView.openWith(application));
      apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      apply.addClassNames("next-step", "apply-situation");
      return apply;
    }
    String url = action.url();
    if (url.startsWith("tel:")) {
      Anchor call = new Anchor(url, action.label());
      call.addClassName("next-step");
      call.getElement().appendChild(VaadinIcon.PHONE.create().getElement());
      return call;
    }
    if (routeExists(url)) {
      return link(url, action.label());
    }
    if ("file-application".equals(action.type())) {
      return link("filing/new", action.label());
    }
    return null;
  }

  private static Anchor link(String url, String label) {
    Anchor link = new Anchor(url, label);
    link.addClassName("next-step");
    return link;
  }

  static boolean routeExists(String url) {
    if (!url.startsWith("/") || url.startsWith("//")) {
      return false;
    }
    String path = url.substring(1);
    int end = indexOfAny(path, '?', '#');
    path = end < 0 ? path : path.substring(0, end);
    try {
      return RouteConfiguration.forApplicationScope().isPathAvailable(path);
    } catch (RuntimeException noRouter) {
      return false;
    }
  }

  private static int indexOfAny(String text, char a, char b) {
    int i = text.indexOf(a);
    int j = text.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }

  private Component feedback(Answer answer) {
    Div box = new Div();
    box.addClassName("feedback");
    Paragraph askHelpful = new Paragraph("这条回答对您有帮助吗？");
    askHelpful.addClassName("feedback-question");
    Paragraph result = new Paragraph();
    result.addClassName("feedback-result");
    result.getElement().setAttribute("role", "status");
    Button helpful = new Button("有帮助", VaadinIcon.THUMBS_UP_O.create());
    Button unhelpful = new Button("没帮助", VaadinIcon.THUMBS_DOWN_O.create());
    Div buttons = new Div(helpful, unhelpful);
    buttons.addClassName("feedback-buttons");

    TextArea reason = new TextArea("哪里没有帮助？（选填）");
    reason.setMaxLength(500);
    reason.setWidthFull();
    Button sendReason = new Button("提交意见");
    sendReason.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Div why = new Div(reason, sendReason);
    why.addClassName("feedback-reason");
    why.setVisible(false);

    helpful.addClickListener(event -> {
      if (rate(answer, true, null, result)) {
        buttons.setVisible(false);
        askHelpful.setVisible(false);
        result.setText("感谢您的反馈！");
      }
    });
    unhelpful.addClickListener(event -> {
      if (rate(answer, false, null, result)) {
        buttons.setVisible(false);
        askHelpful.setVisible(false);
        result.setText("感谢您的反馈。可以告诉我们哪里没有帮助，工作人员会据此改进。");
        why.setVisible(true);
      }
    });
    sendReason.addClickListener(event -> {
      String typed = reason.getValue().strip();
      if (typed.isEmpty()) {
        why.setVisible(false);
        return;
      }
      if (rate(answer, false, typed, result)) {
        why.setVisible(false);
        result.setText("已收到您的意见，谢谢！");
      }
    });
    box.add(askHelpful, buttons, why, result);
    return box;
  }

  /** Sends a rating; on failure says why in {@code result} and returns false. */
  private boolean rate(Answer answer, boolean helpful, @Nullable String reason, Paragraph result) {
    try {
      client.feedback(answer.messageId(), helpful, reason);
      return true;
    } catch (BackendProblem refusal) {
      result.setText(refusal.detailOr("反馈没有提交成功，请稍后再试。"));
    } catch (BackendUnavailable e) {
      result.setText(BackendUnavailable.MESSAGE);
    }
    return false;
  }
}
