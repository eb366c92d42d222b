package cn.xiangyang.portal.assistant;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One fact of the situation as the assistant understood it ("我理解的情况"), shown so that a misreading can
 * be corrected in one tap: send the story again with {@code facts: {key: value}} (the value of one of the
 * {@code options}, or a typed value of the same form) and it is answered with the fact corrected.
 *
 * @param key the fact's name in the API: {@code asker}, {@code stillEmployed}, {@code ending},
 *     {@code writtenContract}, {@code start}, {@code end}, {@code serviceMonths}, {@code monthlyWage},
 *     {@code unpaidMonths}, {@code unpaidAmount}, {@code area}, {@code weekdayOvertimeHours},
 *     {@code restDayOvertimeHours}, {@code holidayOvertimeHours}, {@code unusedLeaveDays}
 * @param label what the fact is, e.g. 是否在职
 * @param value its value in API form ({@code true}, {@code DISMISSED}, {@code 2025-03-01}, {@code 4500});
 *     {@code null} when the story does not say and the answer asks for it
 * @param shown the value as a person reads it, e.g. 已离职; empty when unknown
 * @param options the values it can be flipped to in one tap; empty for a fact that is typed
 * @param corrected true when the person corrected it (keep sending it with the story)
 * @param asked true when the answer asks for it: one of its at most two questions, with {@code question}
 * @param question the question asked, e.g. 您现在已经离职了吗？; null when not asked
 */
public record Fact(
    String key,
    String label,
    @Nullable String value,
    String shown,
    List<Option> options,
    boolean corrected,
    boolean asked,
    @Nullable String question) {

  public Fact {
    options = List.copyOf(options);
  }

  /** A value a fact can take, with its words: {@code false} → 已离职. */
  public record Option(String value, String label) {}
}
