package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.assistant.Citation;
import cn.xiangyang.portal.kb.Article;
import cn.xiangyang.portal.kb.ChineseNumerals;
import cn.xiangyang.portal.kb.Corpus;
import cn.xiangyang.portal.kb.Law;
import cn.xiangyang.portal.knowledge.KnowledgeLibrary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks every citation against the corpus before anyone sees it: the law and the article must exist and
 * the quoted passage must stand in the article's text word for word; a case or FAQ entry must exist.
 * Labels, names and links are rebuilt from the corpus, never taken from the citation.
 */
@Component
class CitationCheck {

  // 《劳动合同法》第八十二条, 劳动合同法第82条, 《工伤保险条例》第十四条第一款
  private static final Pattern MENTION = Pattern.compile(
      "(?:《([^》]{2,40})》|([\\p{IsHan}（）()]{2,30}?(?:法|条例|规定|办法|解释(?:（[一二三四五]）)?)))\\s*第([零〇一二两三四五六七八九十百千0-9]{1,8})条");

  private final Corpus corpus;
  private final Map<String, Law> lawsByName = new LinkedHashMap<>();

  CitationCheck(KnowledgeLibrary library) {
    this.corpus = library.corpus();
    for (Law law : corpus.laws()) {
      lawsByName.putIfAbsent(law.title(), law);
      lawsByName.putIfAbsent(law.shortName(), law);
      law.aliases().forEach(alias -> lawsByName.putIfAbsent(alias, law));
    }
  }

  /** The citation as the corpus confirms it, or empty when it does not hold up. */
  Optional<Citation> verify(Citation citation) {
    if (citation.refersToArticle()) {
      String lawId = citation.lawId();
      Integer number = citation.article();
      String quote = citation.quote();
      if (lawId == null || number == null || quote == null) {
        return Optional.empty();
      }
      Optional<Law> law = corpus.law(lawId);
      Optional<Article> article = law.flatMap(l -> l.article(number));
      if (article.isEmpty() || !quotes(article.get(), quote)) {
        return Optional.empty();
      }
      return Optional.of(articleCitation(law.get(), article.get(), quote));
    }
    if (citation.id() == null) {
      return Optional.empty();
    }
    return switch (citation.type()) {
      case "case" ->
        corpus
            .caseDigest(citation.id())
            .map(c -> Citation.entry("case", c.id(), c.title(), KnowledgeLibrary.caseUrl(c.id())));
      case "faq" ->
        corpus
            .faq(citation.id())
            .map(f -> Citation.entry("faq", f.id(), f.question(), KnowledgeLibrary.faqUrl(f.id())));
      default -> Optional.empty();
    };
  }

  /** The citations that hold up, each source once, in order. */
  List<Citation> verifyAll(List<Citation> citations) {
    Map<String, Citation> kept = new LinkedHashMap<>();
    for (Citation citation : citations) {
      verify(citation).ifPresent(c -> kept.putIfAbsent(c.key(), c));
    }
    return new ArrayList<>(kept.values());
  }

  static Citation articleCitation(Law law, Article article, String quote) {
    return Citation.article(
        law.shortName(),
        law.id(),
        article.number(),
        "《" + law.shortName() + "》" + article.label(),
        quote,
        KnowledgeLibrary.articleUrl(law.id(), article.number()));
  }

  /** True when {@code quote} (spacing aside) stands in the article's text. */
  static boolean quotes(Article article, String quote) {
    String q = squeeze(quote);
    return !q.isEmpty() && squeeze(article.text()).contains(q);
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }

  /** An article named in free text, and whether the corpus has it. */
  record Mention(int start, int end, String text, @Nullable Law law, int number, boolean exists) {}

  /** The articles named in a text ("《劳动合同法》第八十二条"), each resolved against the corpus. */
  List<Mention> mentions(String text) {
    List<Mention> mentions = new ArrayList<>();
    Matcher m = MENTION.matcher(text);
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      Law law = resolveLaw(name);
      int number = number(m.group(3));
      boolean exists = law != null && number > 0 && law.article(number).isPresent();
      mentions.add(new Mention(m.start(), m.end(), m.group(), law, number, exists));
    }
    return mentions;
  }

  private @Nullable Law resolveLaw(String name) {
    String n = name.strip().replace("中华人民共和国", "");
    Law law = lawsByName.get(n);
    if (law == null) {
      law = lawsByName.get("中华人民共和国" + n);
    }
    if (law == null) {
      // "…规定" written after more words: take the longest known name the text ends with
      for (Map.Entry<String, Law> e : lawsByName.entrySet()) {
        if (n.endsWith(e.getKey()) && (law == null || e.getKey().length() > 2)) {
          law = e.getValue();
        }
      }
    }
    return law;
  }

  private static int number(String digits) {
    if (digits.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(digits);
    }
    try {
      return ChineseNumerals.parse(
          digits.toLowerCase(Locale.ROOT).replace('两', '二').replace('〇', '零'));
    } catch (RuntimeException e) {
      return -1;
    }
  }
}
