package cn.xiangyang.portal.ui.calculators;

import cn.xiangyang.portal.ui.calculators.TimeLimitsClient.Citation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** Pieces the deadline and limitation pages share: dates in words, warnings, the cited articles. */
final class TimeLimitsParts {

  private TimeLimitsParts() {}

  /** 2026年12月4日（星期五）. */
  static String date(LocalDate d) {
    String[] names = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日（"
        + names[d.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()] + "）";
  }

  static Div warnings(List<String> warnings) {
    Div box = new Div();
    box.addClassNames("card", "check-warning", "timing-warnings");
    box.getElement().setAttribute("role", "note");
    warnings.forEach(w -> box.add(new Paragraph("注意：" + w)));
    box.setVisible(!warnings.isEmpty());
    return box;
  }

  static Div citations(List<Citation> citations) {
    Div box = new Div();
    box.addClassName("timing-citations");
    box.add(new H2("法律依据"));
    UnorderedList list = new UnorderedList();
    for (Citation c : citations) {
      Anchor link = new Anchor("/laws/" + c.lawId() + "#第" + c.article() + "条", c.label());
      list.add(new ListItem(link));
    }
    box.add(list);
    return box;
  }
}
