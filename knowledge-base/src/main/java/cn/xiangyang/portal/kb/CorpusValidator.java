package cn.xiangyang.portal.kb;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks the corpus and reports every problem at once, each as {@code file: 中文说明 / English explanation}.
 *
 * <p>It reports: a file that cannot be read (bad UTF-8, bad YAML, no front matter); a missing required field, a
 * malformed date or citation, an unknown level or validity, an unknown field; a law whose articles are not numbered
 * 1..n in order, an empty article, text outside an article, a blank line inside one; a case without its five
 * sections in order; the same id used twice anywhere in laws, cases and FAQ; a case or FAQ citing a law or an
 * article that does not exist.
 */
public final class CorpusValidator {

  private CorpusValidator() {}

  /** Every problem in the corpus under a {@code kb} directory; empty when it is sound. */
  public static List<String> check(Path kbDirectory) {
    return read(CorpusFiles.fromDirectory(kbDirectory)).problems();
  }

  /** Every problem in the corpus on the classpath under {@code kb/}; empty when it is sound. */
  public static List<String> checkClasspath() {
    return read(CorpusFiles.fromClasspath(CorpusValidator.class.getClassLoader()))
        .problems();
  }

  /** What reading the files gave: the corpus as far as it could be read, and every problem found. */
  record Reading(Corpus corpus, List<String> problems) {}

  static Reading read(CorpusFiles files) {
    Problems problems = new Problems();
    problems.addAll(files.problems());
    List<Law> laws = new ArrayList<>();
    Map<String, String> preambles = new HashMap<>();
    Map<String, String> appendices = new HashMap<>();
    List<CaseDigest> cases = new ArrayList<>();
    List<Faq> faqs = new ArrayList<>();
    Map<String, List<String>> idsSeen = new LinkedHashMap<>();
    // Laws whose file could not be read at all: citing them is not a second problem.
    Set<String> unreadableLaws = new HashSet<>();
    List<Map.Entry<String, List<ArticleRef>>> citations = new ArrayList<>();

    files.contents().forEach((path, bytes) -> {
      String text = utf8(bytes, path, problems);
      if (path.startsWith("laws/")) {
        LawFile.Read read = text == null ? null : LawFile.read(path, text, problems);
        if (read == null) {
          unreadableLaws.add(path.substring("laws/".length(), path.length() - ".md".length()));
        } else {
          laws.add(read.law());
          if (read.preamble() != null) {
            preambles.put(read.law().id(), read.preamble());
          }
          if (read.appendix() != null) {
            appendices.put(read.law().id(), read.appendix());
          }
          seen(idsSeen, read.law().id(), path);
        }
      } else if (text == null) {
        return;
      } else if (path.startsWith("cases/")) {
        CaseDigest digest = CaseFile.read(path, text, problems);
        if (digest != null) {
          cases.add(digest);
          seen(idsSeen, digest.id(), path);
          citations.add(Map.entry(path, digest.cites()));
        }
      } else {
        for (Faq faq : FaqFile.read(path, text, problems)) {
          faqs.add(faq);
          seen(idsSeen, faq.id(), path);
          citations.add(Map.entry(path + " [" + faq.id() + "]", faq.citations()));
        }
      }
    });

    idsSeen.forEach((id, where) -> {
      if (where.size() > 1) {
        problems.add(
            String.join(", ", where), "id " + id + " 重复使用", "id " + id + " is used more than once");
      }
    });
    Corpus corpus = new Corpus(laws, cases, faqs, preambles, appendices, files.contentHash());
    citations.forEach(
        c -> checkCitations(corpus, unreadableLaws, c.getKey(), c.getValue(), problems));
    return new Reading(corpus, problems.list());
  }

  private static void checkCitations(
      Corpus corpus,
      Set<String> unreadableLaws,
      String where,
      List<ArticleRef> refs,
      Problems problems) {
    for (ArticleRef ref : refs) {
      if (unreadableLaws.contains(ref.lawId())) {
        continue;
      }
      if (corpus.law(ref.lawId()).isEmpty()) {
        problems.add(where, "引用的法规不存在：" + ref, "cites a law that is not in the corpus: " + ref);
      } else if (corpus.article(ref).isEmpty()) {
        problems.add(where, "引用的条文不存在：" + ref, "cites an article that does not exist: " + ref);
      }
    }
  }

  private static void seen(Map<String, List<String>> idsSeen, String id, String path) {
    if (!id.isEmpty()) {
      idsSeen.computeIfAbsent(id, k -> new ArrayList<>()).add(path);
    }
  }

  private static @Nullable String utf8(byte[] bytes, String path, Problems problems) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      problems.add(path, "不是 UTF-8 编码的文本", "not UTF-8 text");
      return null;
    }
  }
}
