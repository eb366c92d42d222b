package cn.xiangyang.portal.ui.assistant;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.ui.UiTest;
import cn.xiangyang.portal.ui.api.AssistantAnswer;
import cn.xiangyang.portal.ui.api.AssistantCitation;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssistantViewTests extends UiTest {

  static final String CONVERSATION = "3f1c2a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6";
  static final String MESSAGES = "/api/v1/assistant/conversations/" + CONVERSATION + "/messages";

  static final String ANSWER = """
            event:delta
            data:{"text":"用人单位应当依法为劳动者缴纳社会保险费。"}

            event:delta
            data:{"text":"您可以向社会保险费征收机构投诉。"}

            : keep-alive comment

            event:citation
            data:{"type":"article","law":"社会保险法","lawId":"social-insurance-law","article":58,"label":"《社会保险法》第五十八条","quote":"用人单位应当自用工之日起三十日内为其职工向社会保险经办机构申请办理社会保险登记。","url":"/laws/social-insurance-law#第58条"}

            event:done
            data:{"messageId":"9a8b7c6d-1111-2222-3333-444455556666","conversationId":"%s","text":"用人单位应当依法为劳动者缴纳社会保险费。您可以向社会保险费征收机构投诉。","citations":[{"type":"article","law":"社会保险法","lawId":"social-insurance-law","article":58,"label":"《社会保险法》第五十八条","quote":"用人单位应当自用工之日起三十日内为其职工向社会保险经办机构申请办理社会保险登记。","url":"/laws/social-insurance-law#第58条"},{"type":"faq","id":"faq-12","title":"公司不交社保可以辞职要补偿吗","url":"/faq/faq-12"}],"followUps":["公司不交社保我能辞职要补偿吗"],"actions":[{"type":"calculator","label":"计算经济补偿或赔偿金","url":"/calculators/economic-compensation?start=2022-01-01&monthlyWage=3000","params":{"kind":"economic-compensation","start":"2022-01-01","monthlyWage":"3000"}},{"type":"file-application","label":"在线申请劳动仲裁","url":"/filing/new","params":{}},{"type":"call-12333","label":"拨打 12333 咨询","url":"tel:12333","params":{}}],"refused":false,"refusalReason":null,"asOf":"2026-11-01","disclaimer":"仅供参考，不构成法律意见。","generatedBy":"offline","futureField":1}

            """.formatted(CONVERSATION);

  static final String REFUSAL = """
            event:delta
            data:{"text":"抱歉，我只能解答劳动人事争议方面的问题。"}

            event:done
            data:{"messageId":"9a8b7c6d-1111-2222-3333-777788889999","conversationId":"%s","text":"抱歉，我只能解答劳动人事争议方面的问题。\\n\\n您可以：拨打 12333 人社服务热线咨询。","citations":[],"followUps":[],"actions":[{"type":"leave-question","label":"留下问题，由工作人员答复","url":"/assistant/leave-question","params":{}},{"type":"call-12333","label":"拨打 12333 咨询","url":"tel:12333","params":{}}],"refused":true,"refusalReason":"OFF_TOPIC","asOf":null,"disclaimer":"仅供参考","generatedBy":"offline"}

            """.formatted(CONVERSATION);

  static final String SITUATION = """
            event:delta
            data:{"text":"我理解的情况：您是劳动者，没签书面劳动合同。"}

            event:done
            data:{"messageId":"9a8b7c6d-1111-2222-3333-aaaabbbbcccc","conversationId":"%s","text":"我理解的情况：您是劳动者，没签书面劳动合同。","citations":[],"followUps":["我已经离职了","我还在上班"],"actions":[{"type":"file-application","label":"按这个情况申请","url":"/filing/new?claim=UNPAID_WAGES&amount=9000.00","params":{}}],"refused":false,"disclaimer":"仅供参考","generatedBy":"offline","facts":[{"key":"asker","label":"您是","value":"WORKER","shown":"劳动者","options":[{"value":"WORKER","label":"劳动者"},{"value":"EMPLOYER","label":"用人单位"}],"corrected":false,"asked":false},{"key":"stillEmployed","label":"是否在职","shown":"未说明","options":[{"value":"false","label":"已离职"},{"value":"true","label":"仍在职"}],"corrected":false,"asked":true,"question":"您现在已经离职了吗？"},{"key":"writtenContract","label":"书面劳动合同","value":"false","shown":"没签书面合同","options":[{"value":"true","label":"签了书面合同"},{"value":"false","label":"没签书面合同"}],"corrected":true,"asked":false},{"key":"monthlyWage","label":"月工资","value":"4500","shown":"4500 元","options":[],"corrected":false,"asked":false}],"application":{"respondents":[{"name":"襄阳华宇机械有限公司"}],"employment":{"monthlyWage":4500,"writtenContract":false},"claims":[{"type":"UNPAID_WAGES","amount":9000.00}],"factsAndReasons":"事实与理由（要素式）："}}

            """.formatted(CONVERSATION);

  @Test
  void aFactChipAsksTheSameStoryAgainWithTheFactCorrectedKeepingEarlierCorrections() {
    backend
        .json("POST", "/api/v1/assistant/conversations", 201, "{\"id\":\"" + CONVERSATION + "\"}")
        .eventStream("POST", MESSAGES, SITUATION);
    navigate("assistant");
    ask("老板欠我两个月工资，月薪4500");

    AnswerPanel panel = _get(AnswerPanel.class);
    assertThat(panel.getElement().getTextRecursively())
        .contains("我理解的情况", "书面劳动合同：", "没签书面合同", "（已更正）", "月工资：", "4500 元", "您现在已经离职了吗？");
    // the quick replies replace the follow-ups that say the same in words
    assertThat(_find(Button.class, spec -> spec.withClasses("follow-up"))).isEmpty();
    _click(_get(Button.class, spec -> spec.withClasses("quick-reply").withText("仍在职")));
    awaitAnswer();

    var sent = backend.received("POST", MESSAGES);
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).body())
        .contains(
            "老板欠我两个月工资，月薪4500", "\"stillEmployed\":\"true\"", "\"writtenContract\":\"false\"");
    assertThat(_find(AnswerPanel.class)).hasSize(2);
    assertThat(_find(AnswerPanel.class).get(1).getElement().getTextRecursively())
        .contains("仍在职");

    _click(_find(Button.class, spec -> spec.withClasses("fact-chip").withText("改为“签了书面合同”"))
        .getLast());
    awaitAnswer();
    assertThat(backend.received("POST", MESSAGES).get(2).body())
        .contains("\"writtenContract\":\"true\"");
  }

  @Test
  void firstVisitOffersSuggestedQuestionsUnderTheDisclaimer() {
    navigate("assistant");

    String page = _get(AssistantView.class).getElement().getTextRecursively();
    assertThat(page).contains("不构成法律意见", "仲裁不收费", "12333");
    assertThat(_find(Button.class, spec -> spec.withClasses("starter")))
        .extracting(Button::getText)
        .containsExactlyElementsOf(AssistantView.STARTERS);
    assertThat(_get(TextArea.class, spec -> spec.withLabel("您的问题")).getMaxLength())
        .isEqualTo(3000);
  }

  @Test
  void streamsTheAnswerWithCitationChipsFollowUpsAndNextSteps() {
    backend
        .json("POST", "/api/v1/assistant/conversations", 201, "{\"id\":\"" + CONVERSATION + "\"}")
        .eventStream("POST", MESSAGES, ANSWER);
    navigate("assistant");

    _click(_get(Button.class, spec -> spec.withText("公司不给我交社保怎么办")));
    awaitAnswer();

    AnswerPanel panel = _get(AnswerPanel.class);
    assertThat(panel.answerText()).isEqualTo("用人单位应当依法为劳动者缴纳社会保险费。您可以向社会保险费征收机构投诉。");
    Anchor chip =
        _get(Anchor.class, spec -> spec.withClasses("citation-link").withText("《社会保险法》第五十八条"));
    assertThat(chip.getHref()).isEqualTo("/laws/social-insurance-law#第58条");
    assertThat(panel.getElement().getTextRecursively())
        .contains("用人单位应当自用工之日起三十日内", "常见问答：公司不交社保可以辞职要补偿吗");
    assertThat(_get(Button.class, spec -> spec.withClasses("follow-up")).getText())
        .isEqualTo("公司不交社保我能辞职要补偿吗");
    assertThat(_get(Anchor.class, spec -> spec.withText("拨打 12333 咨询")).getHref())
        .isEqualTo("tel:12333");
    // Online filing and the calculators exist: live links, the calculator pre-filled with what was
    // said.
    assertThat(_get(Anchor.class, spec -> spec.withText("在线申请劳动仲裁")).getHref())
        .isEqualTo("/filing/new");
    assertThat(_get(Anchor.class, spec -> spec.withText("计算经济补偿或赔偿金")).getHref())
        .isEqualTo("/calculators/economic-compensation?start=2022-01-01&monthlyWage=3000");
    assertThat(panel.getElement().getTextRecursively()).doesNotContain("计算经济补偿或赔偿金（即将上线）");
    assertThat(_find(Button.class, spec -> spec.withClasses("starter"))).isEmpty();

    var sent = backend.received("POST", MESSAGES).getFirst();
    assertThat(sent.body()).contains("公司不给我交社保怎么办");
    assertThat(sent.header("Accept")).contains("text/event-stream");
    assertThat(sent.header("Authorization")).isNull();
  }

  static final String ACK_AND_QUEUE = """
            event:ack
            data:{"text":"收到您的问题，正在查找：社会保险……","lookingUp":["社会保险"]}

            event:queue
            data:{"position":3,"text":"人多，请稍等：您前面还有 2 人，轮到您时会马上开始回答。"}

            event:queue
            data:{"position":1,"text":"人多，请稍等：马上轮到您。"}

            """;

  @org.springframework.beans.factory.annotation.Autowired
  AssistantClient client;

  /** The client hands on the backend's ack and queue events, in order, before the text. */
  @Test
  void theClientHandsOnWhatIsLookedUpAndThePlaceInLineBeforeTheText() {
    backend.eventStream("POST", MESSAGES, ACK_AND_QUEUE + ANSWER);
    java.util.List<String> events = new java.util.ArrayList<>();
    client.ask(java.util.UUID.fromString(CONVERSATION), "公司不给我交社保怎么办", null, new AnswerListener() {
      @Override
      public void onAck(String text, java.util.List<String> lookingUp) {
        events.add("ack " + text + " " + lookingUp);
      }

      @Override
      public void onQueue(long position, String text) {
        events.add("queue " + position + " " + text);
      }

      @Override
      public void onDelta(String text) {
        events.add("delta");
      }

      @Override
      public void onCitation(AssistantCitation citation) {
        events.add("citation");
      }

      @Override
      public void onDone(AssistantAnswer answer) {
        events.add("done");
      }
    });
    assertThat(events)
        .containsExactly(
            "ack 收到您的问题，正在查找：社会保险…… [社会保险]",
            "queue 3 人多，请稍等：您前面还有 2 人，轮到您时会马上开始回答。",
            "queue 1 人多，请稍等：马上轮到您。",
            "delta",
            "delta",
            "citation",
            "done");
  }

  /** The panel shows at once what is looked up, then the place in line, in a status region of its own. */
  @Test
  void thePanelShowsWhatIsLookedUpAndThePlaceInLineAtOnce() {
    AnswerPanel panel = new AnswerPanel("公司不给我交社保怎么办", client, q -> {});
    assertThat(panel.progressText()).isEmpty();

    panel.acknowledge("收到您的问题，正在查找：社会保险……", java.util.List.of("社会保险"));
    var progress = _get(
        panel,
        com.vaadin.flow.component.html.Paragraph.class,
        spec -> spec.withClasses("answer-progress"));
    assertThat(progress.getElement().getAttribute("role")).isEqualTo("status");
    assertThat(progress.getElement().getAttribute("aria-live")).isEqualTo("polite");
    assertThat(panel.progressText()).isEqualTo("收到您的问题，正在查找：社会保险……");
    // the generic waiting line gives way to what is looked up
    assertThat(_find(
            panel,
            com.vaadin.flow.component.html.Paragraph.class,
            spec -> spec.withClasses("answer-status")))
        .isEmpty();

    panel.queued(3, "人多，请稍等：您前面还有 2 人，轮到您时会马上开始回答。");
    assertThat(panel.progressText()).isEqualTo("人多，请稍等：您前面还有 2 人，轮到您时会马上开始回答。");
    assertThat(progress.getElement().getAttribute("data-position")).isEqualTo("3");

    panel.append("用人单位应当依法为劳动者缴纳社会保险费。");
    assertThat(panel.progressText()).isEqualTo("收到您的问题，正在查找：社会保险……");
    panel.queued(2, "人多，请稍等：您前面还有 1 人，轮到您时会马上开始回答。"); // late: ignored
    assertThat(panel.progressText()).isEqualTo("收到您的问题，正在查找：社会保险……");
  }

  @Test
  void theViewShowsWhatWasLookedUpAboveTheAnswer() {
    backend
        .json("POST", "/api/v1/assistant/conversations", 201, "{\"id\":\"" + CONVERSATION + "\"}")
        .eventStream("POST", MESSAGES, ACK_AND_QUEUE + ANSWER);
    navigate("assistant");
    _click(_get(Button.class, spec -> spec.withText("公司不给我交社保怎么办")));
    awaitAnswer();
    AnswerPanel panel = _get(AnswerPanel.class);
    assertThat(panel.progressText()).isEqualTo("已查找：社会保险");
    assertThat(panel.answerText()).startsWith("用人单位应当依法为劳动者缴纳社会保险费。");
  }

  @Test
  void aFollowUpContinuesTheSameConversation() {
    backend
        .json("POST", "/api/v1/assistant/conversations", 201, "{\"id\":\"" + CONVERSATION + "\"}")
        .eventStream("POST", MESSAGES, ANSWER);
    navigate("assistant");
    ask("公司不给我交社保怎么办");

    _click(_get(Button.class, spec -> spec.withClasses("follow-up")));
    awaitAnswer();

    assertThat(_find(AnswerPanel.class)).hasSize(2);
    assertThat(backend.received("POST", "/api/v1/assistant/conversations")).hasSize(1);
    assertThat(backend.received("POST", MESSAGES)).hasSize(2);
  }

  @Test
  void theConversationIsStillThereAfterVisitingAnotherPage() {
    backend
        .json("POST", "/api/v1/assistant/conversations", 201, "{\"id\":\"" + CONVERSATION + "\"}")
        .eventStream("POST", MESSAGES, ANSWER);
    navigate("assistant");
    ask("公司不给我交社保怎么办");

    navigate("");
    navigate("assistant");

    assertThat(_get(AnswerPanel.class).answerText()).startsWith("用人单位应当依法");
    _click(_get(Button.class, spec -> spec.withText("开始新的对话")));
    assertThat(_find(AnswerPanel.class)).isEmpty();
    assertThat(_find(Button.class, spec -> spec.withClasses("starter"))).hasSize(4);
  }

  @Test
  void aRefusalIsShownPlainlyWithTheHandOff() {
    backend
        .json("POST", "/api/v1/assistant/conversations", 201, "{\"id\":\"" + CONVERSATION + "\"}")
        .eventStream("POST", MESSAGES, REFUSAL);
    navigate("assistant");

    ask("今天天气怎么样");

    AnswerPanel panel = _get(AnswerPanel.class);
    assertThat(panel.getClassNames()).contains("refused");
    assertThat(panel.answerText()).startsWith("抱歉，我只能解答劳动人事争议方面的问题。");
    assertThat(_find(Anchor.class, spec -> spec.withClasses("citation-link"))).isEmpty();
    assertThat(_get(Anchor.class, spec -> spec.withText("拨打 12333 咨询")).getHref())
        .isEqualTo("tel:12333");
    assertThat(panel.getElement().getTextRecursively()).doesNotContain("即将上线", "留下问题，由工作人员答复");
  }

  @Test
  void tooManyQuestionsSaysHowLongToWaitAndKeepsTheQuestion() {
    backend
        .json("POST", "/api/v1/assistant/conversations", 201, "{\"id\":\"" + CONVERSATION + "\"}")
        .problem("POST", MESSAGES, 429, """
                        {"title":"提问过于频繁","status":429,"detail":"您提问太频繁了，请 42 秒后再试。"}""", Map.of("Retry-After", "42"));
    navigate("assistant");

    ask("老板拖欠工资怎么办");

    assertThat(_get(ProblemAlert.class).text()).isEqualTo("提问太频繁，请 42 秒后再试。");
    assertThat(_get(TextArea.class, spec -> spec.withLabel("您的问题")).getValue())
        .isEqualTo("老板拖欠工资怎么办");
    assertThat(_find(AnswerPanel.class)).isEmpty();
    assertThat(_get(Button.class, spec -> spec.withClasses("send")).isEnabled()).isTrue();
  }

  @Test
  void aBackendThatIsDownGetsAFriendlyMessage() {
    backend.hangUp("POST", "/api/v1/assistant/conversations");
    navigate("assistant");

    ask("被辞退了有没有补偿");

    assertThat(_get(ProblemAlert.class).text()).startsWith("服务暂时不可用，请稍后再试");
    assertThat(_find(AnswerPanel.class)).isEmpty();
  }

  @Test
  void anExpiredConversationIsReplacedByANewOne() {
    backend
        .json("POST", "/api/v1/assistant/conversations", 201, "{\"id\":\"" + CONVERSATION + "\"}")
        .eventStream("POST", MESSAGES, ANSWER);
    navigate("assistant");
    ask("公司不给我交社保怎么办");
    String other = "0000aaaa-1b2c-4d5e-8f90-a1b2c3d4e5f6";
    backend
        .problem("POST", MESSAGES, 404, """
                        {"title":"找不到对话","status":404,"detail":"这个对话不存在或已过期"}""", Map.of())
        .json("POST", "/api/v1/assistant/conversations", 201, "{\"id\":\"" + other + "\"}")
        .eventStream("POST", "/api/v1/assistant/conversations/" + other + "/messages", ANSWER);

    ask("没签劳动合同能要双倍工资吗");

    assertThat(_find(AnswerPanel.class)).hasSize(2);
    assertThat(backend.received("POST", "/api/v1/assistant/conversations/" + other + "/messages"))
        .hasSize(1);
  }

  @Test
  void feedbackIsSentWithAnOptionalReason() {
    backend
        .json("POST", "/api/v1/assistant/conversations", 201, "{\"id\":\"" + CONVERSATION + "\"}")
        .eventStream("POST", MESSAGES, ANSWER)
        .noContent(
            "POST", "/api/v1/assistant/messages/9a8b7c6d-1111-2222-3333-444455556666/feedback");
    navigate("assistant");
    ask("公司不给我交社保怎么办");

    _click(_get(Button.class, spec -> spec.withText("没帮助")));
    _setValue(_get(TextArea.class, spec -> spec.withLabel("哪里没有帮助？（选填）")), "没说怎么投诉");
    _click(_get(Button.class, spec -> spec.withText("提交意见")));

    var sent = backend.received(
        "POST", "/api/v1/assistant/messages/9a8b7c6d-1111-2222-3333-444455556666/feedback");
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).body()).contains("\"helpful\":false").doesNotContain("没说");
    assertThat(sent.get(1).body()).contains("\"helpful\":false", "\"reason\":\"没说怎么投诉\"");
    assertThat(_get(AnswerPanel.class).getElement().getTextRecursively()).contains("已收到您的意见");
  }

  private static void ask(String question) {
    _setValue(_get(TextArea.class, spec -> spec.withLabel("您的问题")), question);
    _click(_get(Button.class, spec -> spec.withClasses("send")));
    awaitAnswer();
  }

  /** Runs what the background thread pushed until the answer is complete or has failed. */
  static void awaitAnswer() {
    AssistantView view = _get(AssistantView.class);
    long deadline = System.nanoTime() + 10_000_000_000L;
    do {
      MockVaadin.runUIQueue();
      if (!view.answering()) {
        return;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    } while (System.nanoTime() < deadline);
    throw new AssertionError("no answer within 10 s");
  }
}
