package cn.xiangyang.portal.ui.assistant;

import cn.xiangyang.portal.ui.api.AssistantAnswer;
import cn.xiangyang.portal.ui.api.AssistantCitation;

/**
 * Receives an answer while it streams in, on the thread that reads the stream (not the UI thread).
 * {@link #onDone} comes last and carries the whole answer.
 */
public interface AnswerListener {

  /**
   * First, before anything is searched: what the backend understood the question to be about ({@code lookingUp}:
   * the issues, empty when none) and a sentence saying so ("收到您的问题，正在查找：…").
   */
  default void onAck(String text, java.util.List<String> lookingUp) {}

  /** The answer waits its turn: {@code position} 1 is next; {@code text} says so ("人多，请稍等：…"). */
  default void onQueue(long position, String text) {}

  void onDelta(String text);

  void onCitation(AssistantCitation citation);

  void onDone(AssistantAnswer answer);

  /** Checked between events: once true, the stream is closed and nothing more is delivered. */
  default boolean cancelled() {
    return false;
  }
}
