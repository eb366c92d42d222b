package cn.xiangyang.portal.ui.assistant;

import cn.xiangyang.portal.ui.api.AssistantAnswer;
import cn.xiangyang.portal.ui.api.AssistantCitation;

/**
 * Receives an answer while it streams in, on the thread that reads the stream (not the UI thread).
 * {@link #onDone} comes last and carries the whole answer.
 */
public interface AnswerListener {

  void onDelta(String text);

  void onCitation(AssistantCitation citation);

  void onDone(AssistantAnswer answer);

  /** Checked between events: once true, the stream is closed and nothing more is delivered. */
  default boolean cancelled() {
    return false;
  }
}
