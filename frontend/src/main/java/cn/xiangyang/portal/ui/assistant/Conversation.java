package cn.xiangyang.portal.ui.assistant;

import cn.xiangyang.portal.ui.api.AssistantAnswer;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The conversation of this browser session: the backend's conversation id (for follow-up questions) and
 * the answers so far, so that someone who opens a cited article and comes back finds the conversation
 * as they left it. It belongs to whoever was signed in when it started: after a logout or another login
 * on the same browser the next person starts afresh. Use only with the session locked.
 */
final class Conversation implements Serializable {

  /** Answers kept for redisplay; older ones are dropped (the backend remembers its own last turns). */
  static final int KEPT_TURNS = 20;

  /** A question as shown, its answer, and the text that was sent (the story, for a correction of its facts). */
  record Turn(String question, AssistantAnswer answer, String sent) implements Serializable {}

  private final @Nullable UUID owner;
  private @Nullable UUID id;
  private final List<Turn> turns = new ArrayList<>();

  private Conversation(@Nullable UUID owner) {
    this.owner = owner;
  }

  /** The conversation of the current session for {@code account} ({@code null}: a visitor), new if there is none. */
  static Conversation of(VaadinSession session, @Nullable UUID account) {
    Conversation current = session.getAttribute(Conversation.class);
    if (current == null || !Objects.equals(current.owner, account)) {
      current = new Conversation(account);
      session.setAttribute(Conversation.class, current);
    }
    return current;
  }

  /** Forgets the conversation: the next question starts a new one. */
  static void forget(VaadinSession session) {
    session.setAttribute(Conversation.class, null);
  }

  @Nullable
  UUID id() {
    return id;
  }

  void id(UUID id) {
    this.id = id;
  }

  List<Turn> turns() {
    return List.copyOf(turns);
  }

  void add(String question, AssistantAnswer answer) {
    add(question, answer, question);
  }

  void add(String question, AssistantAnswer answer, String sent) {
    turns.add(new Turn(question, answer, sent));
    while (turns.size() > KEPT_TURNS) {
      turns.removeFirst();
    }
  }
}
