package cn.xiangyang.portal.ui.knowledge;

import cn.xiangyang.portal.ui.knowledge.LocalFiguresClient.AreaTier;
import cn.xiangyang.portal.ui.knowledge.LocalFiguresClient.AverageWage;
import cn.xiangyang.portal.ui.knowledge.LocalFiguresClient.Standard;
import cn.xiangyang.portal.ui.knowledge.LocalFiguresClient.Tier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** The local figures as tables a person can read on a phone. */
final class FiguresTables {

  static final String NOT_VERIFIED = "尚未核实，请以官方文件或 12333 为准";

  private FiguresTables() {}

  static String yuan(@Nullable BigDecimal amount) {
    return amount == null ? "—" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " 元";
  }

  /** 第1档: 月 2400.00 元, 小时 24.00 元 — one row per tier. */
  static NativeTable tiers(Standard standard) {
    NativeTable table = new NativeTable();
    table.addClassName("figures-table");
    table.setCaptionText("各档最低工资标准");
    NativeTableRow head = table.getHead().addRow();
    head.addHeaderCell().setText("档次");
    head.addHeaderCell().setText("月最低工资");
    head.addHeaderCell().setText("小时最低工资");
    for (Tier tier : standard.tiers()) {
      NativeTableRow row = table.getBody().addRow();
      row.addDataCell().setText("第" + tier.tier() + "档");
      row.addDataCell().setText(yuan(tier.monthly()));
      row.addDataCell().setText(yuan(tier.hourly()));
    }
    return table;
  }

  /** Each area with its tier and monthly amount, or that the tier is not verified yet. */
  static NativeTable areas(Standard standard) {
    NativeTable table = new NativeTable();
    table.addClassName("figures-table");
    table.setCaptionText("各区域适用档次");
    NativeTableRow head = table.getHead().addRow();
    head.addHeaderCell().setText("区域");
    head.addHeaderCell().setText("月最低工资");
    for (AreaTier area : standard.areas()) {
      NativeTableRow row = table.getBody().addRow();
      row.addDataCell().setText(area.areaName());
      row.addDataCell()
          .setText(standard
              .tier(area.tier())
              .map(t -> "第" + t.tier() + "档 " + yuan(t.monthly()))
              .orElse(NOT_VERIFIED));
    }
    return table;
  }

  /** Effective date, source and whether it was checked against the official text. */
  static Component provenance(Standard standard) {
    Div div = new Div(
        new Paragraph("执行日期："
            + (standard.effective() == null ? "未定" : KnowledgeLinks.date(standard.effective()))),
        new Paragraph("依据：" + standard.source()),
        new Paragraph(standard.verified() ? "已与官方文件核对。" : "尚未与官方文件核对，请以官方文件为准。"));
    if (standard.note() != null && !standard.note().isBlank()) {
      div.add(new Paragraph("说明：" + standard.note()));
    }
    div.addClassName("provenance");
    return div;
  }

  static Component averageWage(AverageWage wage) {
    Div div = new Div();
    div.addClassName("average-wage");
    String year = wage.year() == null ? "" : wage.year() + "年度";
    if (wage.monthly() != null) {
      div.add(new Paragraph(wage.area() + year + "职工月平均工资：" + yuan(wage.monthly())
          + (wage.annual() == null ? "" : "（年平均工资 " + yuan(wage.annual()) + "）")));
    } else {
      div.add(new Paragraph(wage.area() + year + "职工月平均工资：" + NOT_VERIFIED));
    }
    if (wage.effective() != null) {
      div.add(new Paragraph("适用起始日期：" + KnowledgeLinks.date(wage.effective())));
    }
    if (wage.source() != null && !wage.source().isBlank()) {
      div.add(new Paragraph("依据：" + wage.source() + (wage.verified() ? "（已核对）" : "（尚未核对）")));
    }
    if (wage.note() != null && !wage.note().isBlank()) {
      div.add(new Paragraph("说明：" + wage.note()));
    }
    return div;
  }
}
