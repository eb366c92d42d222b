package cn.xiangyang.portal.kb;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A statute, regulation or judicial interpretation with its articles in order.
 *
 * @param id the corpus id used in citations and URLs, e.g. {@code labor-contract-law}
 * @param title the full official title
 * @param shortName the name people use, e.g. {@code 劳动合同法}
 * @param aliases other names people type
 * @param level its rank
 * @param issuer the body that issued it
 * @param adopted the date it was first adopted
 * @param lastAmended the date of the amendment this text reflects, or null if never amended
 * @param effective the date this text took effect
 * @param validity whether it is in force
 * @param replacedBy the id or title of what replaced it, when repealed or replaced
 * @param asOf the date the text was last checked against the official source
 * @param source where the official text was taken from
 * @param verified whether the text was compared in full with the official text or a second, independent public
 *     copy; false means it rests on one copy and the page says so
 * @param verification what was and was not compared; for a law verified against public copies, how they were compared
 * @param copies the independent public copies (repository, path, commit) a law without an official reference text
 *     was verified against, at least two; empty otherwise
 * @param articles the articles, numbered 1..n without gaps
 */
public record Law(
    String id,
    String title,
    String shortName,
    List<String> aliases,
    LawLevel level,
    String issuer,
    LocalDate adopted,
    @Nullable LocalDate lastAmended,
    LocalDate effective,
    Validity validity,
    @Nullable String replacedBy,
    LocalDate asOf,
    String source,
    boolean verified,
    @Nullable String verification,
    List<String> copies,
    List<Article> articles) {

  public Law {
    aliases = List.copyOf(aliases);
    copies = List.copyOf(copies);
    articles = List.copyOf(articles);
  }

  /** The article with this number, or empty when the law has no such article. */
  public Optional<Article> article(int number) {
    if (number >= 1 && number <= articles.size() && articles.get(number - 1).number() == number) {
      return Optional.of(articles.get(number - 1));
    }
    return articles.stream().filter(a -> a.number() == number).findFirst();
  }
}
