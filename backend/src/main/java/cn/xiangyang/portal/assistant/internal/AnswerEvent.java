package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.assistant.Answer;
import cn.xiangyang.portal.assistant.Citation;

/** What an answer stream carries: text as it is produced, the citations, and the complete answer last. */
sealed interface AnswerEvent {

  /** SSE event name. */
  String name();

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
