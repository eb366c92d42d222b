package cn.xiangyang.portal.compliance.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The chart of risk by area, drawn by JFreeChart: one horizontal bar per area, its length the area's score
 * (100 = no finding), its colour the area's level. Rendering is CPU work on AWT; callers run it on
 * {@code boundedElastic} (the PDF and the image endpoint do).
 */
final class RiskChart {

  private static final Color HIGH = new Color(0xC6, 0x28, 0x28);
  private static final Color MEDIUM = new Color(0xEF, 0x8F, 0x00);
  private static final Color LOW = new Color(0xF9, 0xC7, 0x4F);
  private static final Color NONE = new Color(0x2E, 0x7D, 0x32);
  private static final Color NOT_APPLICABLE = new Color(0xBD, 0xBD, 0xBD);

  private static final String FAMILY = cjkFamily();

  private RiskChart() {}

  // AWT finds installed fonts by family; prefer a CJK family so that the area names are not boxes.
  private static String cjkFamily() {
    Set<String> installed =
        Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
    for (String family : List.of(
        "Noto Sans CJK SC",
        "Noto Serif CJK SC",
        "WenQuanYi Zen Hei",
        "WenQuanYi Micro Hei",
        "PingFang SC",
        "Microsoft YaHei",
        "SimSun")) {
      if (installed.contains(family)) {
        return family;
      }
    }
    return Font.SANS_SERIF;
  }

  /** The chart as a PNG of the given size in pixels. */
  static byte[] png(List<Report.AreaResult> areas, int width, int height) {
    BufferedImage image = image(areas, width, height);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static BufferedImage image(List<Report.AreaResult> areas, int width, int height) {
    return chart(areas).createBufferedImage(width, height);
  }

  static JFreeChart chart(List<Report.AreaResult> areas) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Report.AreaResult a : areas) {
      data.addValue(a.score(), "得分", a.title() + "（" + a.levelLabel() + "）");
    }
    CategoryAxis categories = new CategoryAxis();
    categories.setTickLabelFont(new Font(FAMILY, Font.PLAIN, 13));
    categories.setMaximumCategoryLabelWidthRatio(0.45f);
    NumberAxis scores = new NumberAxis("得分（100 为未发现风险）");
    scores.setRange(0, 100);
    scores.setLabelFont(new Font(FAMILY, Font.PLAIN, 12));
    scores.setTickLabelFont(new Font(FAMILY, Font.PLAIN, 11));
    BarRenderer bars = new BarRenderer() {
      @Override
      public java.awt.Paint getItemPaint(int row, int column) {
        return colour(areas.get(column).level());
      }
    };
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setMaximumBarWidth(0.08);
    CategoryPlot plot = new CategoryPlot(data, categories, scores, bars);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setOutlineVisible(false);
    JFreeChart chart = new JFreeChart("各领域风险", new Font(FAMILY, Font.BOLD, 16), plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    return chart;
  }

  static Color colour(String level) {
    return switch (level) {
      case "HIGH" -> HIGH;
      case "MEDIUM" -> MEDIUM;
      case "LOW" -> LOW;
      case "NONE" -> NONE;
      default -> NOT_APPLICABLE;
    };
  }
}
