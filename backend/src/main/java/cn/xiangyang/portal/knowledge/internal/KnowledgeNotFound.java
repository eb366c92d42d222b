package cn.xiangyang.portal.knowledge.internal;

import cn.xiangyang.portal.system.DomainProblem;
import org.springframework.http.HttpStatus;

/** A law, article, case or FAQ topic the knowledge base does not hold (404). */
final class KnowledgeNotFound extends DomainProblem {

  KnowledgeNotFound(String detail) {
    super(HttpStatus.NOT_FOUND, "找不到", detail);
  }

  static KnowledgeNotFound law(String lawId) {
    return new KnowledgeNotFound("知识库中没有编号为“" + shorten(lawId) + "”的法律法规，请从法规列表中选择。");
  }

  static KnowledgeNotFound article(String law, int number) {
    return new KnowledgeNotFound("《" + law + "》没有第 " + number + " 条，请核对条文序号。");
  }

  static KnowledgeNotFound caseDigest(String id) {
    return new KnowledgeNotFound("知识库中没有编号为“" + shorten(id) + "”的案例，请从案例列表中选择。");
  }

  private static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }
}
