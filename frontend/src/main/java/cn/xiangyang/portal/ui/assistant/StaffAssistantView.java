package cn.xiangyang.portal.ui.assistant;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.LoginView;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.api.AssistantQuestionRow;
import cn.xiangyang.portal.ui.api.AssistantTopicGroup;
import cn.xiangyang.portal.ui.api.AssistantUnansweredReport;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAccessControl;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For staff: the questions the assistant could not answer or that people rated unhelpful, by topic (also
 * as a CSV file, fetched by the server with the staff member's token, which never reaches the browser),
 * and the sensitive-word list, one word per line. Others are sent to login or told the page is for staff.
 */
@Route(value = StaffAssistantView.PATH, layout = MainLayout.class)
@PageTitle("智能问答管理 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("styles/assistant.css")
@RolesAllowed(PortalAccessControl.STAFF)
public class StaffAssistantView extends Main implements BeforeEnterObserver {

  public static final String PATH = "staff/assistant";

  /** Questions shown on the page; the CSV file holds all the backend keeps. */
  static final int SHOWN = 500;

  private static final Logger log = LoggerFactory.getLogger(StaffAssistantView.class);
  private static final DateTimeFormatter ASKED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  private final AssistantClient client;
  private final CurrentUser currentUser;
  private final Paragraph summary = new Paragraph();
  private final Div topics = new Div();
  private final ProblemAlert reportAlert = new ProblemAlert();
  private final TextArea words = new TextArea("敏感词（每行一个）");
  private final ProblemAlert wordsAlert = new ProblemAlert();
  private final Button save = new Button("保存敏感词");
  private final Section content;
  private final Paragraph forbidden = new Paragraph("此页面仅供仲裁委员会工作人员使用。");

  public StaffAssistantView(AssistantClient client, CurrentUser currentUser) {
    this.client = client;
    this.currentUser = currentUser;
    addClassNames("page", "staff-assistant");

    Anchor csv = new Anchor(
        DownloadHandler.fromInputStream(event -> {
          @Nullable String token = token(event.getSession());
          if (token == null) {
            return DownloadResponse.error(401);
          }
          try {
            byte[] bytes = client.unansweredCsv(token);
            return new DownloadResponse(
                new ByteArrayInputStream(bytes),
                "unanswered.csv",
                "text/csv;charset=UTF-8",
                bytes.length);
          } catch (BackendProblem | BackendUnavailable e) {
            log.warn("unanswered CSV not fetched: {}", e.toString());
            return DownloadResponse.error(503);
          }
        }),
        "下载全部问题（CSV，可用 Excel 打开）");
    csv.addClassNames("button-link-secondary", "csv-download");

    summary.addClassName("report-summary");
    topics.addClassName("topics");
    Section report = new Section(new H2("未解答与无帮助的问题"), summary, reportAlert, csv, topics);

    words.setWidthFull();
    words.setHelperText("含有这些词的问题不会被回答。保存后立即生效。");
    words.addClassName("sensitive-words");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    save.addClickListener(event -> saveWords());
    Section wordList = new Section(new H2("敏感词"), words, wordsAlert, save);

    content = new Section(report, wordList);
    content.addClassName("staff-content");
    forbidden.addClassName("stale-notice");
    forbidden.setVisible(false);
    add(new H1("智能问答管理"), forbidden, content);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SignedIn signedIn = currentUser.required();
    // The backend has the last word: a 403 from it shows the refusal (see expired).
    forbidden.setVisible(false);
    content.setVisible(true);
    try {
      showReport(client.unanswered(signedIn.token(), SHOWN));
    } catch (BackendProblem refusal) {
      if (expired(refusal, event)) {
        return;
      }
      reportAlert.show(refusal.detailOr("暂时无法读取问题列表。"));
    } catch (BackendUnavailable e) {
      reportAlert.show(BackendUnavailable.MESSAGE);
    }
    try {
      words.setValue(String.join("\n", client.sensitiveWords(signedIn.token())));
    } catch (BackendProblem refusal) {
      if (expired(refusal, event)) {
        return;
      }
      wordsAlert.show(refusal.detailOr("暂时无法读取敏感词。"));
    } catch (BackendUnavailable e) {
      wordsAlert.show(BackendUnavailable.MESSAGE);
      save.setEnabled(false);
    }
  }

  private boolean expired(BackendProblem refusal, BeforeEnterEvent event) {
    if (refusal.status() == 401) {
      currentUser.clear();
      event.forwardTo(
          LoginView.class,
          QueryParameters.simple(
              Map.of(LoginView.CONTINUE, PATH, LoginView.REASON, LoginView.EXPIRED)));
      return true;
    }
    if (refusal.status() == 403) {
      forbidden.setVisible(true);
      content.setVisible(false);
    }
    return false;
  }

  private void showReport(AssistantUnansweredReport report) {
    topics.removeAll();
    summary.setText(
        report.total() == null || report.total() == 0
            ? "目前没有未解答或被评为无帮助的问题。"
            : "共 " + report.total() + " 个问题，按主题分为 " + report.topics().size() + " 组（问题多的在前）。");
    for (AssistantTopicGroup topic : report.topics()) {
      UnorderedList questions = new UnorderedList();
      questions.addClassName("question-list");
      for (AssistantQuestionRow question : topic.questions()) {
        ListItem item = new ListItem();
        Paragraph asked = new Paragraph(question.question());
        asked.addClassName("asked");
        Span kind = new Span(question.kindLabel() == null ? question.kind() : question.kindLabel());
        kind.addClassName("kind");
        Span when = new Span(ASKED.format(question.askedAt()));
        when.addClassName("asked-at");
        Paragraph meta = new Paragraph(kind, new Span(" · "), when);
        meta.addClassName("meta");
        item.add(asked, meta);
        if (question.reason() != null && !question.reason().isBlank()) {
          Paragraph reason = new Paragraph("意见：" + question.reason());
          reason.addClassName("reason");
          item.add(reason);
        }
        questions.add(item);
      }
      String kinds = topic.byKind().entrySet().stream()
          .map(e -> kindLabel(e.getKey(), topic) + " " + e.getValue())
          .collect(Collectors.joining("，"));
      Details group =
          new Details(topic.topic() + "（" + topic.count() + "）", new Paragraph(kinds), questions);
      group.addClassName("topic");
      topics.add(group);
    }
  }

  private static String kindLabel(String kind, AssistantTopicGroup topic) {
    return topic.questions().stream()
        .filter(q -> q.kind().equals(kind) && q.kindLabel() != null)
        .map(AssistantQuestionRow::kindLabel)
        .findFirst()
        .orElse(kind);
  }

  private void saveWords() {
    wordsAlert.clear();
    @Nullable String token = currentUser.get().map(SignedIn::token).orElse(null);
    if (token == null) {
      getUI()
          .ifPresent(
              ui -> ui.navigate(LoginView.class, QueryParameters.of(LoginView.CONTINUE, PATH)));
      return;
    }
    List<String> list = Arrays.stream(words.getValue().split("\\R"))
        .map(String::strip)
        .filter(word -> !word.isEmpty())
        .toList();
    try {
      List<String> saved = client.replaceSensitiveWords(token, list);
      words.setValue(String.join("\n", saved));
      Notification.show("已保存，共 " + saved.size() + " 个敏感词", 4000, Notification.Position.MIDDLE);
    } catch (BackendProblem refusal) {
      wordsAlert.show(refusal.detailOr("敏感词没有保存成功，请检查后再试。"));
    } catch (BackendUnavailable e) {
      wordsAlert.show(BackendUnavailable.MESSAGE + "，敏感词没有保存。");
    }
  }

  /** The staff token of the session a download request belongs to; it is read on the server only. */
  private static @Nullable String token(VaadinSession session) {
    session.lock();
    try {
      SignedIn signedIn = session.getAttribute(SignedIn.class);
      if (signedIn == null
          || !signedIn.expiresAt().isAfter(Clock.systemUTC().instant())
          || !signedIn.account().isStaff()) {
        return null;
      }
      return signedIn.token();
    } finally {
      session.unlock();
    }
  }
}
