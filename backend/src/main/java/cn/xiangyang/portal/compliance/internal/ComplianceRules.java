package cn.xiangyang.portal.compliance.internal;

import cn.xiangyang.portal.kb.Article;
import cn.xiangyang.portal.kb.ArticleRef;
import cn.xiangyang.portal.kb.Law;
import cn.xiangyang.portal.knowledge.KnowledgeLibrary;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The rule book of the running application, read once at start-up and checked against the knowledge base:
 * a rule citing an article the knowledge base does not have stops the start with the list of problems
 * (the build's {@code ComplianceRuleBookTests} catch it earlier).
 */
@Component
class ComplianceRules {

  private final RuleBook book;
  private final KnowledgeLibrary library;
  private final Map<String, Report.Basis> bases = new ConcurrentHashMap<>();

  ComplianceRules(KnowledgeLibrary library) {
    this.library = library;
    this.book = RuleBook.fromClasspath();
    List<String> problems = book.problems(ref -> library.corpus().article(ref));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("体检规则有误：\n" + String.join("\n", problems));
    }
  }

  RuleBook book() {
    return book;
  }

  /** The cited article with its exact text, for the report; the citation was checked at start-up. */
  Report.Basis basis(String citation) {
    return bases.computeIfAbsent(citation, c -> {
      ArticleRef ref = ArticleRef.parse(c);
      Article article = library.corpus().article(ref).orElseThrow();
      Law law = library.corpus().law(ref.lawId()).orElseThrow();
      String label = article.label().startsWith("第")
          ? article.label()
          : "第" + article.label().replace("、", "").replace(".", "") + "项";
      return new Report.Basis(
          c, law.shortName(), label, article.text(), KnowledgeLibrary.articleUrl(ref));
    });
  }
}
