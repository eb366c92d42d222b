package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.system.DomainProblem;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The outcomes of assistant requests that the client has to know about. */
final class AssistantProblems {

  private AssistantProblems() {}

  static final class ConversationNotFound extends DomainProblem {
    ConversationNotFound() {
      super(HttpStatus.NOT_FOUND, "找不到对话", "这个对话不存在或已过期（对话保留 24 小时），请开始新的对话。");
    }
  }

  static final class MessageNotFound extends DomainProblem {
    MessageNotFound() {
      super(HttpStatus.NOT_FOUND, "找不到回答", "找不到这条回答，无法评价；请刷新页面后重试。");
    }
  }

  static final class TooManyQuestions extends DomainProblem {
    private final long seconds;

    TooManyQuestions(long seconds) {
      super(HttpStatus.TOO_MANY_REQUESTS, "提问过于频繁", "您提问太频繁了，请 " + seconds + " 秒后再试。");
      this.seconds = seconds;
    }

    @Override
    public Map<String, String> headers() {
      return Map.of("Retry-After", Long.toString(seconds));
    }
  }

  static final class QuestionInvalid extends DomainProblem {
    QuestionInvalid(String detail) {
      super(HttpStatus.BAD_REQUEST, "问题内容有误", detail);
    }
  }

  /** A corrected fact ({@code facts.<key>}) that cannot be used. */
  static final class FactInvalid extends DomainProblem {
    private final String field;

    FactInvalid(String field, String detail) {
      super(HttpStatus.BAD_REQUEST, "更正的情况有误", detail);
      this.field = field;
    }

    @Override
    public java.util.List<FieldMessage> errors() {
      return java.util.List.of(new FieldMessage(field, detail()));
    }
  }

  /** The waiting line of answers is full ({@link AnswerQueue}): the question is refused before its stream starts. */
  static final class AnswersBusy extends DomainProblem {
    AnswersBusy() {
      super(HttpStatus.SERVICE_UNAVAILABLE, "人多，请稍等", "现在提问的人很多，排队的人数已满，请 10 秒后再问。");
    }

    @Override
    public Map<String, String> headers() {
      return Map.of("Retry-After", "10");
    }
  }
}
