package cn.xiangyang.portal.compliance.internal;

import cn.xiangyang.portal.compliance.internal.Questionnaire.AnswerType;
import cn.xiangyang.portal.compliance.internal.Questionnaire.Area;
import cn.xiangyang.portal.compliance.internal.Questionnaire.Question;
import cn.xiangyang.portal.kb.Article;
import cn.xiangyang.portal.kb.ArticleRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The questionnaire and the rules, read from the YAML files under {@code compliance/} on the classpath, and
 * the evaluation of a set of answers against them. Immutable once read; safe to share between threads.
 *
 * <p>Which areas apply, which questions are asked and which rules fire are all decided by the conditions
 * in the files: this class has no legal rule of its own.
 */
final class RuleBook {

  static final String QUESTIONNAIRE = "compliance/questionnaire.yaml";
  static final String RULES = "compliance/rules.yaml";

  /** The calculators an exposure may name, with the inputs each needs. */
  static final Map<String, Set<String>> CALCULATOR_INPUTS = Map.of(
      "double-wages", Set.of("workers", "months", "monthlyWage"),
      "overtime-pay", Set.of("workers", "weekdayHours", "months", "monthlyWage"),
      "annual-leave-pay", Set.of("workers", "unusedDays", "monthlyWage"),
      "economic-compensation", Set.of("workers", "years", "monthlyWage", "area"),
      "unlawful-termination", Set.of("workers", "years", "monthlyWage", "area"));

  private final Questionnaire questionnaire;
  private final List<Rule> rules;
  private final Map<String, Question> questions;

  private record RuleFile(List<Rule> rules) {}

  RuleBook(Questionnaire questionnaire, List<Rule> rules) {
    this.questionnaire = questionnaire;
    this.rules = List.copyOf(rules);
    this.questions = questionnaire.questionsById();
  }

  /** Reads both files from the classpath; a file that does not parse fails here with its name. */
  static RuleBook fromClasspath() {
    YAMLMapper yaml = YAMLMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
    return new RuleBook(
        read(yaml, QUESTIONNAIRE, Questionnaire.class),
        read(yaml, RULES, RuleFile.class).rules());
  }

  private static <T> T read(YAMLMapper yaml, String path, Class<T> type) {
    try (InputStream in = RuleBook.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("缺少体检数据文件 " + path);
      }
      return yaml.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    } catch (RuntimeException e) {
      throw new IllegalStateException("体检数据文件 " + path + " 格式错误：" + e.getMessage(), e);
    }
  }

  Questionnaire questionnaire() {
    return questionnaire;
  }

  List<Rule> rules() {
    return rules;
  }

  Map<String, Question> questions() {
    return questions;
  }

  /**
   * Every problem of the files, in Chinese: duplicate ids, conditions that read unknown questions or
   * compare with values a question cannot have, rules of unknown areas, citations that the knowledge base
   * does not have, exposures naming unknown calculators or inputs. Empty when the book is sound.
   */
  List<String> problems(Function<ArticleRef, Optional<Article>> articles) {
    List<String> problems = new ArrayList<>();
    Set<String> areaCodes = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (Area area : questionnaire.areas()) {
      if (!areaCodes.add(area.code())) {
        problems.add("领域编号重复：" + area.code());
      }
      if (area.applicableIf() != null) {
        checkCondition("领域 " + area.code() + " 的 applicableIf", area.applicableIf(), problems);
      }
      for (Question q : area.questions()) {
        if (!seen.add(q.id())) {
          problems.add("问题编号重复：" + q.id());
        }
        if (q.type() == AnswerType.CHOICE && (q.options() == null || q.options().isEmpty())) {
          problems.add("选择题 " + q.id() + " 没有选项");
        }
        if (q.askIf() != null) {
          checkCondition("问题 " + q.id() + " 的 askIf", q.askIf(), problems);
          for (String dependency : q.askIf().questions()) {
            if (dependency.equals(q.id())) {
              problems.add("问题 " + q.id() + " 的 askIf 引用了它自己");
            }
          }
        }
      }
    }
    Set<String> ruleIds = new HashSet<>();
    for (Rule rule : rules) {
      String where = "规则 " + rule.id();
      if (!ruleIds.add(rule.id())) {
        problems.add("规则编号重复：" + rule.id());
      }
      if (!areaCodes.contains(rule.area())) {
        problems.add(where + " 属于不存在的领域 " + rule.area());
      } else if (!questionnaire.area(rule.area()).orElseThrow().isScored()) {
        problems.add(where + " 属于不计分的领域 " + rule.area());
      }
      checkCondition(where, rule.when(), problems);
      if (rule.basis().isEmpty()) {
        problems.add(where + " 没有法律依据");
      }
      for (String citation : rule.basis()) {
        try {
          if (articles.apply(ArticleRef.parse(citation)).isEmpty()) {
            problems.add(where + " 引用的条文在知识库中不存在：" + citation);
          }
        } catch (IllegalArgumentException e) {
          problems.add(where + " 的引用格式错误：" + citation + "（应为 law-id#条文序号）");
        }
      }
      if (rule.remedy().isEmpty()) {
        problems.add(where + " 没有整改步骤");
      }
      if (rule.exposure() != null) {
        Set<String> needed = CALCULATOR_INPUTS.get(rule.exposure().calculator());
        if (needed == null) {
          problems.add(where + " 使用了不存在的计算器 " + rule.exposure().calculator());
        } else if (!needed.equals(rule.exposure().inputs().keySet())) {
          problems.add(where + " 的计算器 " + rule.exposure().calculator() + " 需要输入 " + needed + "，实际为 "
              + rule.exposure().inputs().keySet());
        }
        for (String id : rule.exposure().inputs().values()) {
          if (!questions.containsKey(id)) {
            problems.add(where + " 的金额估算引用了不存在的问题 " + id);
          }
        }
      }
    }
    return problems;
  }

  private void checkCondition(String where, Condition c, List<String> problems) {
    c.shapeProblems().forEach(p -> problems.add(where + "：" + p));
    walk(c, leaf -> {
      List<String> ids = leaf.ratio() != null
          ? List.of(leaf.ratio().of(), leaf.ratio().to())
          : leaf.q() == null ? List.of() : List.of(leaf.q());
      for (String id : ids) {
        Question q = questions.get(id);
        if (q == null) {
          problems.add(where + " 引用了不存在的问题 " + id);
          continue;
        }
        boolean numberQuestion = q.type() == AnswerType.NUMBER || q.type() == AnswerType.MONEY;
        if (leaf.ratio() != null && !numberQuestion) {
          problems.add(where + " 对非数字问题 " + id + " 求比例");
        }
        if (leaf.numeric() && !numberQuestion) {
          problems.add(where + " 对非数字问题 " + id + " 做大小比较");
        }
        if (leaf.ratio() == null) {
          List<String> values = new ArrayList<>();
          if (leaf.eq() != null) values.add(leaf.eq());
          if (leaf.ne() != null) values.add(leaf.ne());
          if (leaf.in() != null) values.addAll(leaf.in());
          Set<String> allowed = new HashSet<>();
          q.choices().forEach(o -> allowed.add(o.value()));
          for (String v : values) {
            if (!numberQuestion && !allowed.contains(v)) {
              problems.add(where + " 把问题 " + id + " 与它不可能的答案比较：" + v);
            }
          }
        }
      }
    });
  }

  static void walk(Condition c, java.util.function.Consumer<Condition> leaves) {
    if (c.all() != null) {
      c.all().forEach(x -> walk(x, leaves));
    } else if (c.any() != null) {
      c.any().forEach(x -> walk(x, leaves));
    } else if (c.not() != null) {
      walk(c.not(), leaves);
    } else {
      leaves.accept(c);
    }
  }

  /**
   * Reads raw answers (question id → JSON value) into normalized values (a String for YES_NO and CHOICE,
   * a BigDecimal for NUMBER and MONEY), keeping only the questions that are asked given the other answers.
   *
   * @throws CheckupRejected listing every unknown question, malformed answer and unanswered required question
   */
  Map<String, Object> normalize(Map<String, ?> raw) {
    List<CheckupRejected.Field> errors = new ArrayList<>();
    Map<String, Object> parsed = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : raw.entrySet()) {
      Question q = questions.get(e.getKey());
      if (q == null) {
        errors.add(new CheckupRejected.Field("answers." + e.getKey(), "没有这个问题：" + e.getKey()));
        continue;
      }
      if (e.getValue() == null) {
        continue;
      }
      Object value = parse(q, e.getValue(), errors);
      if (value != null) {
        parsed.put(q.id(), value);
      }
    }
    Map<String, Object> asked = asked(parsed);
    for (Area area : questionnaire.areas()) {
      if (!applies(area, asked)) {
        continue;
      }
      for (Question q : area.questions()) {
        if (q.isRequired()
            && isAsked(q, asked)
            && !asked.containsKey(q.id())
            && errors.stream().noneMatch(f -> f.field().equals("answers." + q.id()))) {
          errors.add(new CheckupRejected.Field("answers." + q.id(), "请回答：" + q.text()));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new CheckupRejected(errors);
    }
    return asked;
  }

  // A skipped question's answer is dropped; dropping it may skip further questions, so repeat until
  // stable.
  private Map<String, Object> asked(Map<String, Object> parsed) {
    Map<String, Object> current = new LinkedHashMap<>(parsed);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Area area : questionnaire.areas()) {
        boolean applies = applies(area, current);
        for (Question q : area.questions()) {
          if (current.containsKey(q.id()) && (!applies || !isAsked(q, current))) {
            current.remove(q.id());
            changed = true;
          }
        }
      }
    }
    return current;
  }

  boolean applies(Area area, Map<String, Object> answers) {
    return area.applicableIf() == null || area.applicableIf().test(answers);
  }

  boolean isAsked(Question q, Map<String, Object> answers) {
    return q.askIf() == null || q.askIf().test(answers);
  }

  private static @Nullable Object parse(
      Question q, Object value, List<CheckupRejected.Field> errors) {
    String field = "answers." + q.id();
    switch (q.type()) {
      case YES_NO, CHOICE -> {
        String text =
            value instanceof Boolean b ? (b ? "yes" : "no") : value.toString().strip();
        if (q.choices().stream().noneMatch(o -> o.value().equals(text))) {
          errors.add(new CheckupRejected.Field(
              field,
              "“" + q.text() + "”的答案只能是："
                  + String.join(
                      "、", q.choices().stream().map(Questionnaire.Option::label).toList())));
          return null;
        }
        return text;
      }
      default -> {
        BigDecimal n;
        try {
          n = new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
          errors.add(new CheckupRejected.Field(field, "“" + q.text() + "”请填写数字"));
          return null;
        }
        if (q.type() == AnswerType.NUMBER && n.stripTrailingZeros().scale() > 0) {
          errors.add(new CheckupRejected.Field(field, "“" + q.text() + "”请填写整数"));
          return null;
        }
        if (q.type() == AnswerType.MONEY && n.stripTrailingZeros().scale() > 2) {
          errors.add(new CheckupRejected.Field(field, "“" + q.text() + "”金额最多保留两位小数"));
          return null;
        }
        if ((q.min() != null && n.compareTo(q.min()) < 0)
            || (q.max() != null && n.compareTo(q.max()) > 0)) {
          errors.add(new CheckupRejected.Field(
              field, "“" + q.text() + "”应在 " + plain(q.min()) + " 到 " + plain(q.max()) + " 之间"));
          return null;
        }
        return q.type() == AnswerType.MONEY
            ? n.setScale(2, java.math.RoundingMode.UNNECESSARY)
            : n.stripTrailingZeros();
      }
    }
  }

  private static String plain(@Nullable BigDecimal n) {
    return n == null ? "不限" : n.stripTrailingZeros().toPlainString();
  }

  /** The rules that fire for normalized answers: their area applies and their condition holds. */
  List<Rule> firing(Map<String, Object> answers) {
    List<Rule> fired = new ArrayList<>();
    for (Rule rule : rules) {
      Area area = questionnaire.area(rule.area()).orElseThrow();
      if (applies(area, answers) && rule.when().test(answers)) {
        fired.add(rule);
      }
    }
    return fired;
  }
}
