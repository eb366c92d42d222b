package cn.xiangyang.portal.assistant.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What the assistant is for: whether a text speaks of labor and personnel matters (cue words maintained in
 * {@code assistant/scope.txt}), whether a short question follows up on the previous one, and which
 * clauses try to give the assistant new instructions (those are dropped; they never change what it does).
 */
@Component
class Scope {

  // "那我能拿多少钱？", "如果公司不同意呢" — questions that only make sense after the previous one
  private static final Pattern FOLLOW_UP = Pattern.compile(
      "^(那|那么|那我|那他|那公司|这|这样|这种|这个|如果|要是|假如|还|还有|还能|另外|再|那要|那该|那应该|那如果|能不能|可以吗|可不可以|是不是)"
          + "|多少钱|拿多少|赔多少|补多少|怎么算|怎么办|呢[？?]?$|吗[？?]?$");

  // attempts to override the assistant's rules; matched clause by clause
  private static final Pattern INJECTION = Pattern.compile(
      "(忽略|无视|忘记|忘掉|不要理会|跳过|绕过|覆盖).{0,12}(规则|指令|提示|设定|要求|限制|以上|之前|前面|上面)"
          + "|(你现在是|你现在扮演|扮演一个|假装你是|从现在起你|开发者模式|越狱|jailbreak)"
          + "|(系统提示|system prompt|提示词|prompt)"
          + "|ignore (all |the )?(previous|above|prior)|disregard (all |the )?(previous|above)|you are now",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern CLAUSE_END = Pattern.compile("(?<=[，,。；;！!？?\\n])");

  private final List<String> cues;

  Scope() {
    this.cues = load("assistant/scope.txt");
  }

  /** True when the text has at least one labor or personnel cue word. */
  boolean isLaborMatter(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String cue : cues) {
      if (lower.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  /** True for a short question that leans on the one before ("那我能拿多少钱？"). */
  boolean isFollowUp(String question) {
    return question.length() <= 40 && FOLLOW_UP.matcher(question.strip()).find();
  }

  /** The text without the clauses that try to instruct the assistant; may be empty. */
  String withoutInstructions(String text) {
    StringBuilder kept = new StringBuilder();
    for (String clause : CLAUSE_END.split(text)) {
      if (!INJECTION.matcher(clause).find()) {
        kept.append(clause);
      }
    }
    return kept.toString().strip();
  }

  /** True when some clause tries to instruct the assistant. */
  boolean hasInstructions(String text) {
    return INJECTION.matcher(text).find();
  }

  private static List<String> load(String resource) {
    try (InputStream in = Scope.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      List<String> words = new ArrayList<>();
      for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .toList()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
      return List.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
