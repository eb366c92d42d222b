package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.assistant.Answer;
import cn.xiangyang.portal.assistant.Citation;

/**
 * What an answer stream carries: first an acknowledgement with what is being looked up, while the answer waits
 * its turn its place in line, then text as it is produced, the citations, and the complete answer last.
 */
sealed interface AnswerEvent {

  /** SSE event name. */
  String name();

  /**
   * Sent as soon as the question is accepted, before anything is searched: what the assistant understood it to be
   * about ({@code lookingUp}: the issues it spotted, empty when none) and a sentence saying so.
   */
  record Ack(String text, java.util.List<String> lookingUp) implements AnswerEvent {
    public String name() {
      return "ack";
    }
  }

  /** The answer waits its turn: the place in line ({@code position} 1 = next) and a sentence saying so. */
  record Queued(AnswerQueue.Place place) implements AnswerEvent {
    public String name() {
      return "queue";
    }
  }

  record Delta(String text) implements AnswerEvent {
    public String name() {
      return "delta";
    }
  }

  record Cited(Citation citation) implements AnswerEvent {
    public String name() {
      return "citation";
    }
  }

  record Done(Answer answer) implements AnswerEvent {
    public String name() {
      return "done";
    }
  }
}
