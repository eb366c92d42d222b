package cn.xiangyang.portal.ui.knowledge;

import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The backend's public knowledge API (read only, no login). Every method throws {@link BackendProblem}
 * when the backend refuses the request (400 for a query it will not run, 404 for an unknown law, article,
 * case or FAQ topic) and {@link BackendUnavailable} when it cannot answer.
 */
@Component
public class KnowledgeClient {

  private final RestClient backend;

  KnowledgeClient(RestClient backend) {
    this.backend = backend;
  }

  /** Searches articles, cases and FAQ entries; at most {@code limit} hits, best first. */
  public SearchResult search(String query, int limit) {
    return get(
        SearchResult.class,
        "/api/v1/knowledge/search?q={q}&k={k}&types=article,case,faq",
        query,
        limit);
  }

  /** Every law of the knowledge base, with its level and validity. */
  public List<LawSummary> laws() {
    return List.of(get(LawSummary[].class, "/api/v1/knowledge/laws"));
  }

  /** A law with all its articles in chapters and sections. */
  public LawDetail law(String lawId) {
    return get(LawDetail.class, "/api/v1/knowledge/laws/{lawId}", lawId);
  }

  /** Case digests, those tagged with {@code topic} when it is given, and every topic in use. */
  public CaseList cases(@Nullable String topic) {
    return topic == null || topic.isBlank()
        ? get(CaseList.class, "/api/v1/knowledge/cases")
        : get(CaseList.class, "/api/v1/knowledge/cases?topic={topic}", topic);
  }

  public CaseDetail caseDigest(String id) {
    return get(CaseDetail.class, "/api/v1/knowledge/cases/{id}", id);
  }

  /** Every FAQ entry, grouped by topic. */
  public FaqList faq() {
    return get(FaqList.class, "/api/v1/knowledge/faq");
  }

  private <T> T get(Class<T> type, String uri, Object... variables) {
    return Objects.requireNonNull(
        backend
            .get()
            .uri(uri, variables)
            .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
            .retrieve()
            .body(type),
        "empty knowledge body");
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SearchResult(String query, List<Hit> hits, List<Suggestion> suggestions) {
    public SearchResult {
      hits = hits == null ? List.of() : hits;
      suggestions = suggestions == null ? List.of() : suggestions;
    }
  }

  /** A question the knowledge base answers, offered by the backend when a search finds nothing. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Suggestion(String question, @Nullable String topic, String url) {}

  /**
   * One search hit.
   *
   * @param type {@code article}, {@code case} or {@code faq}
   * @param snippet HTML-escaped text with the matched words in {@code <em>…</em>}; see {@link Snippet}
   * @param url the portal page of the hit, e.g. {@code /laws/labor-contract-law#第82条}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Hit(
      String type,
      String id,
      @Nullable String law,
      @Nullable String lawId,
      @Nullable Integer article,
      String title,
      String snippet,
      double score,
      String url) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record LawSummary(
      String id,
      String title,
      String shortName,
      String level,
      String levelLabel,
      String validity,
      String validityLabel,
      @Nullable LocalDate effective,
      @Nullable LocalDate lastAmended,
      @Nullable LocalDate asOf,
      int articleCount) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record LawDetail(
      String id,
      String title,
      String shortName,
      String level,
      String levelLabel,
      @Nullable String issuer,
      @Nullable LocalDate adopted,
      @Nullable LocalDate lastAmended,
      @Nullable LocalDate effective,
      String validity,
      String validityLabel,
      @Nullable String replacedBy,
      @Nullable LocalDate asOf,
      @Nullable String source,
      int articleCount,
      @Nullable String preamble,
      List<Chapter> chapters,
      @Nullable String appendix,
      @Nullable Boolean verified,
      @Nullable String verification) {
    public LawDetail {
      chapters = chapters == null ? List.of() : chapters;
    }
  }

  /** A chapter; {@code title} is null for a law without chapters. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Chapter(@Nullable String title, List<Section> sections) {
    public Chapter {
      sections = sections == null ? List.of() : sections;
    }
  }

  /** A section; {@code title} is null for the articles of a chapter that stand in no section. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Section(@Nullable String title, List<ArticleText> articles) {
    public Section {
      articles = articles == null ? List.of() : articles;
    }
  }

  /** An article; paragraphs of {@code text} are separated by line breaks. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ArticleText(int number, String label, String text, String url) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CaseList(List<String> topics, List<CaseSummary> cases) {
    public CaseList {
      topics = topics == null ? List.of() : topics;
      cases = cases == null ? List.of() : cases;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CaseSummary(
      String id,
      String title,
      String source,
      @Nullable LocalDate published,
      @Nullable Integer caseNumber,
      List<String> topics,
      String url) {
    public CaseSummary {
      topics = topics == null ? List.of() : topics;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CaseDetail(
      String id,
      String title,
      String source,
      @Nullable LocalDate published,
      @Nullable Integer caseNumber,
      List<String> topics,
      List<CaseSection> sections,
      List<CitedArticle> cites,
      String url) {
    public CaseDetail {
      topics = topics == null ? List.of() : topics;
      sections = sections == null ? List.of() : sections;
      cites = cites == null ? List.of() : cites;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CaseSection(String heading, String text) {}

  /** A cited article: {@code label} is e.g. 《劳动法》第四十七条, {@code url} its anchor on the law page. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CitedArticle(String lawId, String law, int article, String label, String url) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FaqList(List<FaqTopic> topics) {
    public FaqList {
      topics = topics == null ? List.of() : topics;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FaqTopic(String slug, String topic, List<FaqEntry> entries) {
    public FaqTopic {
      entries = entries == null ? List.of() : entries;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FaqEntry(
      String id, String question, String answer, List<CitedArticle> citations, String url) {
    public FaqEntry {
      citations = citations == null ? List.of() : citations;
    }
  }
}
