package cn.xiangyang.portal.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xiangyang.portal.assistant.internal.situation.LegalIssue;
import cn.xiangyang.portal.kb.ArticleRef;
import cn.xiangyang.portal.kb.Corpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IssueGuidesTests {

  private final IssueGuides guides = new IssueGuides();

  @Test
  void everyIssueHasAGuideWithRuleClaimEvidenceAndNextStep() {
    for (LegalIssue issue : LegalIssue.values()) {
      IssueGuides.Guide guide = guides.of(issue);
      assertThat(guide.rule()).as(issue.name()).isNotBlank();
      assertThat(guide.claim()).as(issue.name()).isNotBlank();
      assertThat(guide.evidence()).as(issue.name()).isNotEmpty();
      assertThat(guide.next()).as(issue.name()).isNotBlank();
      assertThat(guide.citations()).as(issue.name()).isNotEmpty();
    }
  }

  @Test
  void everyGuideCitesArticlesThatExistInTheKnowledgeBase() {
    Corpus corpus = Corpus.loadFromClasspath();
    List<String> missing = new ArrayList<>();
    for (LegalIssue issue : LegalIssue.values()) {
      for (String citation : guides.of(issue).citations()) {
        if (corpus.article(ArticleRef.parse(citation)).isEmpty()) {
          missing.add(issue + " → " + citation);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void refusesToStartWithoutAGuideForEveryIssue() {
    assertThatThrownBy(() -> new IssueGuides(Map.of())).hasMessageContaining("缺少问题指引");
  }
}
