package cn.xiangyang.portal.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.kb.ArticleRef;
import cn.xiangyang.portal.kb.Corpus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every article the deadline and limitation rules cite exists in the knowledge base (once its law is there). */
class CitationsResolveTests {

  @Test
  void everyCitedArticleExistsInTheKnowledgeBase() {
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    Clock clock = Clock.fixed(LocalDate.of(2026, 12, 2).atStartOfDay(zone).toInstant(), zone);
    LegalCalendar calendar = LegalCalendar.fromClasspath();
    Deadlines deadlines = new Deadlines(calendar, clock);
    LimitationPeriod limitation = new LimitationPeriod(calendar, clock);
    Set<Citation> cited = new LinkedHashSet<>();
    for (LocalDate d = LocalDate.of(2025, 12, 1);
        d.isBefore(LocalDate.of(2027, 2, 1));
        d = d.plusDays(3)) {
      for (Deadlines.Step step : Deadlines.Step.values()) {
        cited.addAll(deadlines.compute(step, d).citations());
      }
      // 办案规则 第四十六条: the award period counted anew after a restart, suspended days excluded.
      cited.addAll(deadlines.award(d, true, "受理反申请之日", 10).citations());
    }
    for (LimitationPeriod.ClaimKind kind : LimitationPeriod.ClaimKind.values()) {
      for (LocalDate knew : new LocalDate[] {LocalDate.of(2025, 3, 15), LocalDate.of(2026, 5, 1)}) {
        cited.addAll(limitation
            .assess(new LimitationPeriod.Query(
                kind, knew, knew, false, knew, knew, null, null, null, null))
            .citations());
      }
    }
    Corpus corpus = Corpus.loadFromClasspath();
    Set<String> pending = Set.of(Citation.CASE_HANDLING_RULES_ID, Citation.HOLIDAY_MEASURES_ID);
    assertThat(cited)
        .contains(
            Citation.caseHandlingRules(80),
            Citation.caseHandlingRules(46),
            Citation.civilCode(203),
            Citation.holidayMeasures(2));
    for (Citation c : cited) {
      if (corpus.law(c.lawId()).isEmpty()) {
        assertThat(pending)
            .as("law %s (%s) is not in the knowledge base", c.lawId(), c.label())
            .contains(c.lawId());
        continue;
      }
      assertThat(corpus.article(new ArticleRef(c.lawId(), c.article())))
          .as(c.label())
          .isPresent();
    }
  }

  @Test
  void labelsReadTheWayTheLawIsWritten() {
    assertThat(Citation.civilCode(203).label()).isEqualTo("民法典 第二百零三条");
    assertThat(Citation.caseHandlingRules(80).label()).isEqualTo("劳动人事争议仲裁办案规则 第八十条");
    assertThat(Citation.arbitrationLaw(14).label()).isEqualTo("劳动争议调解仲裁法 第十四条");
    assertThat(Citation.laborContractLaw(110).label()).isEqualTo("劳动合同法 第一百一十条");
  }
}
