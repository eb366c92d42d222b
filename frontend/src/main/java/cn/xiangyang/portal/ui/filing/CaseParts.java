package cn.xiangyang.portal.ui.filing;

import cn.xiangyang.portal.ui.api.CalculatorsCitation;
import cn.xiangyang.portal.ui.api.FilingDeadlineView;
import cn.xiangyang.portal.ui.api.FilingEvent;
import cn.xiangyang.portal.ui.api.FilingHearingView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Pieces the case pages share: dates in Beijing time, deadlines with their urgency in words, citations. */
public final class CaseParts {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private CaseParts() {}

  /**
   * Chinese texts for the calendar, and the date formats a person may type: 2025/3/1, 2025-3-1 or
   * 2025.3.1 (a new object each time: Vaadin's i18n objects are mutable).
   */
  public static DatePicker.DatePickerI18n chineseDates() {
    return new DatePicker.DatePickerI18n()
        .setDateFormats("yyyy/M/d", "yyyy-M-d", "yyyy.M.d")
        .setMonthNames(
            List.of("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"))
        .setWeekdays(List.of("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"))
        .setWeekdaysShort(List.of("日", "一", "二", "三", "四", "五", "六"))
        .setFirstDayOfWeek(1)
        .setToday("今天")
        .setCancel("取消");
  }

  public static String date(@Nullable LocalDate date) {
    return date == null ? "—" : DATE.format(date);
  }

  public static String dateTime(@Nullable Instant at) {
    return at == null ? "—" : DATE_TIME.format(at.atZone(ZONE));
  }

  /** The urgency in words (never colour alone). */
  public static String urgencyText(FilingDeadlineView deadline) {
    Long left = deadline.daysLeft();
    if (deadline.due() == null || left == null) {
      String pending = deadline.pending();
      return pending == null ? "尚未开始计算" : pending;
    }
    long days = left;
    return switch (deadline.urgency()) {
      case "OVERDUE" -> "已超期 " + Math.abs(days) + " 天";
      case "NEAR" -> days == 0 ? "今天到期" : "即将到期，还剩 " + days + " 天";
      default -> days == 0 ? "今天到期" : "还剩 " + days + " 天";
    };
  }

  /** One deadline: title, due date, urgency badge (colour and words), and the rule that sets it. */
  public static Component deadline(FilingDeadlineView deadline, @Nullable FilingClient laws) {
    Span badge = new Span(urgencyText(deadline));
    badge.addClassNames(
        "urgency", "urgency-" + deadline.urgency().toLowerCase(java.util.Locale.ROOT));
    LocalDate due = deadline.due();
    Div row = new Div(
        new Span(deadline.title()),
        new Span("截止：" + (due == null ? urgencyText(deadline) : date(due))),
        badge);
    row.addClassName("deadline");
    String text = deadline.note();
    if (text != null) {
      Paragraph note = new Paragraph(text);
      note.addClassName("deadline-note");
      row.add(note);
    }
    if (!FilingApi.citations(deadline).isEmpty()) {
      Paragraph rule = new Paragraph(new Span("依据："));
      boolean first = true;
      for (CalculatorsCitation c : FilingApi.citations(deadline)) {
        if (!first) {
          rule.add(new Span("；"));
        }
        rule.add(citation(c, laws));
        first = false;
      }
      rule.addClassName("citation");
      row.add(rule);
    }
    String explanation = deadline.explanation();
    if (explanation != null) {
      Details how = new Details("怎么算的", new Paragraph(explanation));
      how.addClassName("deadline-explanation");
      row.add(how);
    }
    return row;
  }

  public static Component deadlines(
      List<FilingDeadlineView> deadlines, @Nullable FilingClient laws) {
    Div list = new Div();
    list.addClassName("deadlines");
    deadlines.stream()
        .sorted(java.util.Comparator.comparing(
            FilingDeadlineView::due,
            java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
        .forEach(d -> list.add(deadline(d, laws)));
    if (deadlines.isEmpty()) {
      list.add(new Paragraph("目前没有需要注意的期限。"));
    }
    return list;
  }

  /**
   * The cited article: a link to the law's page when the knowledge base has the law, plain text
   * otherwise (some rules, such as the case-handling rules, are not in it).
   */
  public static Component citation(CalculatorsCitation citation, @Nullable FilingClient laws) {
    if (laws != null && laws.isKnowledgeBaseLaw(citation.lawId())) {
      Anchor link = new Anchor(
          "laws/" + citation.lawId() + "#第" + citation.article() + "条", FilingApi.text(citation));
      link.addClassName("citation-link");
      return link;
    }
    return new Span(FilingApi.text(citation));
  }

  public static Component timeline(List<FilingEvent> events) {
    UnorderedList list = new UnorderedList();
    list.addClassName("timeline");
    events.forEach(e -> {
      ListItem item = new ListItem(new Span(dateTime(e.at())), new Span(e.title()));
      if (e.detail() != null && !e.detail().isBlank()) {
        Paragraph detail = new Paragraph(e.detail());
        detail.addClassName("detail");
        item.add(detail);
      }
      list.add(item);
    });
    return list;
  }

  public static Component hearing(FilingHearingView hearing) {
    Div card = new Div(
        new Paragraph("开庭时间：" + dateTime(hearing.startsAt())),
        new Paragraph("地点：" + (hearing.place() == null ? hearing.room() : hearing.place())));
    if (hearing.noticedOn() != null) {
      card.add(new Paragraph("通知日期：" + date(hearing.noticedOn())));
    }
    card.addClassNames("card", "hearing");
    return card;
  }

  public static String procedureText(@Nullable String procedure) {
    if (procedure == null) {
      return "—";
    }
    return switch (procedure) {
      case "MEDIATION" -> "先行调解";
      case "ARBITRATION" -> "仲裁";
      default -> procedure;
    };
  }

  public static String claimTypeText(@Nullable String type) {
    if (type == null) {
      return "—";
    }
    return ClaimTypes.LABELS.getOrDefault(type, type);
  }
}
