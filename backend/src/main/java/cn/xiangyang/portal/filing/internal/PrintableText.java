package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.system.DomainProblem.FieldMessage;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Refuses, at input, text that the application PDF cannot print: emoji (the CJK font has none),
 * control and invisible format characters, private-use and unassigned code points. Refused with the
 * field and the character named, never dropped silently. Han characters outside the basic plane
 * (rare name characters such as 𠮷) are kept.
 */
final class PrintableText {

  private PrintableText() {}

  static List<FieldMessage> problems(ApplicationForm form) {
    List<FieldMessage> errors = new ArrayList<>();
    ApplicationForm.Applicant a = form.applicant();
    if (a != null) {
      check(errors, "applicant.address", "您的住址", a.address());
      check(errors, "applicant.occupation", "职业", a.occupation());
    }
    int i = 0;
    for (ApplicationForm.Respondent r : form.respondentsOrEmpty()) {
      String p = "respondents[" + i++ + "].";
      check(errors, p + "name", "单位名称", r.name());
      check(errors, p + "address", "单位地址", r.address());
      check(errors, p + "legalRepresentative", "法定代表人或负责人姓名", r.legalRepresentative());
      check(errors, p + "legalRepresentativeTitle", "职务", r.legalRepresentativeTitle());
      check(errors, p + "phone", "单位电话", r.phone());
    }
    ApplicationForm.Employment e = form.employment();
    if (e != null) {
      check(errors, "employment.job", "岗位", e.job());
      check(errors, "employment.workplace", "具体工作地点", e.workplace());
    }
    i = 0;
    for (ApplicationForm.Claim c : form.claimsOrEmpty()) {
      check(errors, "claims[" + i++ + "].description", "请求的补充说明", c.description());
    }
    check(errors, "factsAndReasons", "事实与理由", form.factsAndReasons());
    check(errors, "evidenceNotes", "证据说明", form.evidenceNotes());
    i = 0;
    for (ApplicationForm.Witness w : form.witnessesOrEmpty()) {
      String p = "witnesses[" + i++ + "].";
      check(errors, p + "name", "证人姓名", w.name());
      check(errors, p + "address", "证人住所", w.address());
      check(errors, p + "proves", "证人能证明什么", w.proves());
    }
    return errors;
  }

  /** The reason {@code text} cannot be printed, naming the first offending character; null when it can. */
  static @Nullable String problem(String label, @Nullable String text) {
    if (text == null) {
      return null;
    }
    int position = 0;
    for (int offset = 0; offset < text.length(); ) {
      int cp = text.codePointAt(offset);
      offset += Character.charCount(cp);
      position++;
      if (emoji(cp)) {
        return "“" + label + "”第 " + position + " 个字是表情符号（" + new String(Character.toChars(cp))
            + "），申请书无法打印表情符号，请删除或改用文字说明";
      }
      if (unprintable(cp)) {
        return "“" + label + "”第 " + position + " 个字是无法打印的特殊字符（" + String.format("U+%04X", cp)
            + "），可能是从别处复制带进来的，请删除后重新输入";
      }
    }
    return null;
  }

  private static void check(
      List<FieldMessage> errors, String field, String label, @Nullable String text) {
    String problem = problem(label, text);
    if (problem != null) {
      errors.add(new FieldMessage(field, problem));
    }
  }

  static boolean emoji(int cp) {
    // Variation selector 16 and the zero-width joiner build emoji sequences; 1F000–1FAFF are the
    // emoji blocks.
    return Character.isEmojiPresentation(cp)
        || cp == 0xFE0F
        || cp == 0x200D
        || (cp >= 0x1F000 && cp <= 0x1FAFF)
        || Character.isEmojiModifier(cp);
  }

  static boolean unprintable(int cp) {
    if (cp == '\n' || cp == '\r' || cp == '\t') {
      return false;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.SURROGATE -> true;
      default -> false;
    };
  }
}
