package cn.xiangyang.portal.ui.calculators;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The result of a calculation: the amount large, then the formula with the numbers, the parts, what is
 * missing, the steps, the assumptions, the articles (links into the law library) and the local figures;
 * and, for an amount that can be claimed, the link that starts an application with it.
 */
class ResultPanel extends Section {

  /** The only addresses a citation may link to: an article of a law in the library. */
  private static final Pattern ARTICLE_URL = Pattern.compile("/laws/[a-z0-9-]+#第[0-9]+条");

  ResultPanel() {
    addClassName("calc-result");
    getElement().setAttribute("aria-live", "polite");
    setVisible(false);
  }

  void clear() {
    removeAll();
    setVisible(false);
  }

  void show(CalculatorsClient.Result r, @Nullable String claimType) {
    removeAll();
    Span amount = new Span(r.amount() + " 元");
    amount.addClassName("calc-amount");
    Paragraph formula = new Paragraph(r.formula());
    formula.addClassName("calc-formula");
    add(new H2("计算结果"), amount, formula);

    if (!r.parts().isEmpty()) {
      UnorderedList parts = new UnorderedList();
      parts.addClassName("calc-parts");
      r.parts()
          .forEach(p -> parts.add(new ListItem(
              p.label() + (p.amount() == null ? "" : "：" + p.amount() + " 元") + "。" + p.note())));
      add(parts);
    }
    if (!r.gaps().isEmpty()) {
      Div gaps = new Div(new H3("还缺少的信息"));
      gaps.addClassName("calc-gaps");
      r.gaps().forEach(g -> gaps.add(new Paragraph(g)));
      add(gaps);
    }
    if (claimType != null && new BigDecimal(r.amount()).signum() > 0) {
      Anchor apply = new Anchor(
          "filing/new?claim=" + claimType + "&amount="
              + URLEncoder.encode(r.amount(), StandardCharsets.UTF_8),
          "用这个金额申请");
      apply.addClassName("button-link");
      apply.setId("calc-apply");
      add(apply);
    }
    OrderedList steps = new OrderedList();
    r.steps().forEach(s -> steps.add(new ListItem(s)));
    add(new H3("计算过程"), steps);
    if (!r.assumptions().isEmpty()) {
      UnorderedList assumptions = new UnorderedList();
      r.assumptions().forEach(a -> assumptions.add(new ListItem(a)));
      add(new H3("计算的前提"), assumptions);
    }
    UnorderedList laws = new UnorderedList();
    laws.addClassName("calc-citations");
    r.citations().forEach(c -> {
      ListItem item = new ListItem();
      if (ARTICLE_URL.matcher(c.url()).matches()) {
        Anchor link =
            new Anchor(c.url().substring(1), "《" + c.law() + "》第" + chineseArticle(c) + "条");
        // A link with an anchor loads the law page afresh so that it scrolls to the article.
        link.getElement().setAttribute("router-ignore", true);
        item.add(link);
      } else {
        item.setText(c.label());
      }
      laws.add(item);
    });
    add(new H3("法律依据"), laws);
    if (!r.figuresUsed().isEmpty()) {
      UnorderedList figures = new UnorderedList();
      r.figuresUsed()
          .forEach(f -> figures.add(new ListItem(f.name() + "：" + f.value()
              + (f.effective() == null
                  ? ""
                  : "（" + f.effective().getYear() + "年" + f.effective().getMonthValue() + "月"
                      + f.effective().getDayOfMonth() + "日起）")
              + "；来源：" + f.source())));
      add(new H3("使用的地方标准"), figures);
    }
    Paragraph note = new Paragraph("以上结果仅供参考，最终以仲裁委员会认定为准。拿不准可拨打 12333 咨询。");
    note.addClassName("calc-note");
    add(note);
    setVisible(true);
  }

  /** The article number as written in the label (第四十七条 → 四十七), falling back to digits. */
  private static String chineseArticle(CalculatorsClient.Citation c) {
    String label = c.label();
    int start = label.lastIndexOf('第'), end = label.lastIndexOf('条');
    return start >= 0 && end > start
        ? label.substring(start + 1, end)
        : String.valueOf(c.article());
  }
}
